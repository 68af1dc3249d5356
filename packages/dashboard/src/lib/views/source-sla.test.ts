import { buildReport, parsePolicy, reportToMarkdown, ticketsFromRows } from '@revue/kpi-core';
import { describe, expect, it } from 'vitest';
import { sourceSlaLines } from './source-sla.js';

// Five P2 incidents in March 2026 (UTC) with the tool's own resolution due dates: four resolved
// after it (the tool: breached), one before (met) — the tool's 1/5 = 20 %. Revue's P2 target
// (default policy) judges them by its own clock, so the count of disagreements comes from kpi-core.
const hour = 3_600_000;
const rows = [0, 1, 2, 3, 4].map((i) => {
  const openedAt = Date.UTC(2026, 2, 2 + i, 9);
  return { id: `Z${i}`, openedAt, resolvedAt: openedAt + 3 * hour, slaResolutionDueAt: i === 0 ? openedAt + 4 * hour : openedAt + 2 * hour, priority: 'P2' };
});
const report = (language: 'en' | 'fr') => buildReport({ tickets: ticketsFromRows(rows), policy: parsePolicy({ timezone: 'UTC' }) }, { period: '2026-03', language });

describe('sourceSlaLines: the tool\'s verdicts beside Revue\'s, in the CLI\'s words', () => {
  it('gives the tool\'s rate, met/judged and the disagreements, the row of the Markdown summary', () => {
    const fr = report('fr');
    const source = fr.sla.source.resolution!;
    expect(source).toMatchObject({ met: 1, breached: 4, adherence: 0.2 });
    const lines = sourceSlaLines(fr, 'fr');
    expect(lines.map((line) => line.target)).toEqual(['resolution']);
    expect(lines[0]!.name).toBe('SLA de résolution respecté, selon l’outil source');
    expect(lines[0]!.value).toMatch(/^20\u202f% \(1 sur 5 tickets jugés par l’outil/);
    expect(reportToMarkdown(fr)).toContain(`| ${lines[0]!.name} | ${lines[0]!.value} |`);
    const en = report('en');
    const line = sourceSlaLines(en, 'en')[0]!;
    expect(line.name).toBe('Resolution SLA met, by the source tool');
    expect(reportToMarkdown(en)).toContain(`| ${line.name} | ${line.value} |`);
  });

  it('gives nothing when the export carries no verdict of the tool', () => {
    const plain = buildReport({ tickets: ticketsFromRows(rows.map(({ slaResolutionDueAt: _, ...row }) => row)), policy: parsePolicy({ timezone: 'UTC' }) }, { period: '2026-03' });
    expect(sourceSlaLines(plain, 'en')).toEqual([]);
  });
});
