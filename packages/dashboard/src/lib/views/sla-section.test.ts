import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The SLA section's components have no unit harness (Playwright renders them); what they call is
// read from their source so that a duration written with `hours` (which drops a zero tenth and
// rounds from 100 h to the hour) cannot come back beside one written to the tenth.
const source = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

describe('the SLA section writes every duration by one rule', () => {
  it('the breaches table (elapsed, overrun) and the median / P90 notes use format.duration only', () => {
    for (const name of ['BreachesTable.svelte', 'SlaView.svelte']) {
      const text = source(name);
      expect(text, name).not.toMatch(/format\.hours\(/);
      expect(text, name).toMatch(/format\.duration\(/);
    }
    expect(source('BreachesTable.svelte').match(/format\.duration\(/g)).toHaveLength(2);
    expect(source('SlaView.svelte').match(/format\.duration\(/g)).toHaveLength(4);
  });
});
