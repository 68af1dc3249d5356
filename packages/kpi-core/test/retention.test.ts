/**
 * A table must not keep the decoded file alive: V8 makes a slice of 13 characters or more share
 * its source's characters, so one kept title would hold the whole text (520 MB at a million
 * rows). The probe reads a file whose text is ~80 MB and measures the heap each table keeps.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

it('keeps its rows, not the text they were read from (one string, or piece by piece)', () => {
  const probe = fileURLToPath(new URL('./retention-probe.ts', import.meta.url));
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', probe], { encoding: 'utf8', cwd: fileURLToPath(new URL('..', import.meta.url)) });
  const { textMb, wholeMb, piecesMb } = JSON.parse(out.trim().split('\n').pop()!) as { textMb: number; wholeMb: number; piecesMb: number };
  // The rows themselves: 200,000 ids, titles (~60 characters, two bytes each), instants and
  // shared clients and priorities, ~50 MB. Keeping the text would add its ~150 MB.
  expect(textMb).toBeGreaterThan(140);
  expect(wholeMb).toBeLessThan(textMb / 2);
  expect(piecesMb).toBeLessThan(textMb / 2);
}, 120_000);
