import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ASSET_FIELDS, TICKET_FIELDS } from '../packages/kpi-core/src/model/fields.js';
import { assetCountFor, csvCell, GENERATOR_VERSION, generateDataset, parseSize, UNWRITTEN_TICKET_FIELDS } from './generate.js';
import { Random, WeightedPicker } from './random.js';
import { AS_OF, DATA_END, DATA_START } from './scenario.js';
import { readRfc4180 } from '../fixtures/generator/rfc4180.js';
import { median } from './stats.js';
import { civilFromDays, daysFromCivil, isoParis, parisMidnight } from './time.js';

const dir = mkdtempSync(join(tmpdir(), 'revue-bench-gen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


describe('Paris time formatting', () => {
  const reference = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  });

  it('writes the same local time and offset as Intl (a second implementation) for any instant 2018–2030', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2018, 0, 1) / 60_000, max: Date.UTC(2030, 0, 1) / 60_000 }), (minutes) => {
        const ms = minutes * 60_000;
        const parts = Object.fromEntries(reference.formatToParts(ms).map((p) => [p.type, p.value]));
        const offset = parts.timeZoneName!.replace('GMT', '');
        const expected = `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
        expect(isoParis(ms)).toBe(expected);
        expect(Date.parse(isoParis(ms))).toBe(ms);
      }),
      { numRuns: 2000 },
    );
  });

  it('switches offset at the 2026 transitions (29 March and 25 October, 01:00 UTC)', () => {
    // EU rule: last Sunday of March / October at 01:00 UTC.
    expect(isoParis(Date.UTC(2026, 2, 29, 0, 59))).toBe('2026-03-29T01:59:00+01:00');
    expect(isoParis(Date.UTC(2026, 2, 29, 1, 0))).toBe('2026-03-29T03:00:00+02:00');
    expect(isoParis(Date.UTC(2026, 9, 25, 0, 59))).toBe('2026-10-25T02:59:00+02:00');
    expect(isoParis(Date.UTC(2026, 9, 25, 1, 0))).toBe('2026-10-25T02:00:00+01:00');
  });

  it('places local midnight at 22:00 or 23:00 UTC the day before', () => {
    // 1 April 2026 is summer time (+02:00), 1 January winter time (+01:00).
    expect(new Date(parisMidnight(2026, 4, 1)).toISOString()).toBe('2026-03-31T22:00:00.000Z');
    expect(new Date(parisMidnight(2026, 1, 1)).toISOString()).toBe('2025-12-31T23:00:00.000Z');
  });

  it('round-trips civil dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (days) => {
        const [y, m, d] = civilFromDays(days);
        expect(daysFromCivil(y, m, d)).toBe(days);
        expect(new Date(days * 86_400_000).toISOString().slice(0, 10)).toBe(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
      }),
      { numRuns: 500 },
    );
  });
});

describe('csvCell', () => {
  it('quotes only cells with a comma, quote or line break (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(12.5)).toBe('12.5');
  });

  it('round-trips any text through a plain RFC 4180 reader', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'é', ',', '"', '\n', ' ', '1') }), { minLength: 1, maxLength: 6 }), (cells) => {
        const line = cells.map(csvCell).join(',') + '\n';
        expect(readRfc4180(line)).toEqual([cells]);
      }),
    );
  });
});

describe('Random', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = new Random(42);
    const b = new Random(42);
    const c = new Random(43);
    const seqA = Array.from({ length: 5 }, () => a.uint32());
    expect(Array.from({ length: 5 }, () => b.uint32())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.uint32())).not.toEqual(seqA);
  });

  it('draws uniform values in [0, 1) with mean ≈ 1/2', () => {
    const random = new Random(1);
    let sum = 0;
    let outside = 0;
    // One expect at the end: 100,000 of them took over 5 s on a loaded 2-core machine.
    for (let i = 0; i < 100_000; i++) {
      const x = random.next();
      if (!(x >= 0 && x < 1)) outside++;
      sum += x;
    }
    expect(outside).toBe(0);
    // Standard error of the mean of U(0,1) over 1e5 draws: √(1/12/1e5) ≈ 0.0009; allow 5σ.
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.0046);
  });

  it('picks weighted indices in proportion', () => {
    const random = new Random(9);
    const picker = new WeightedPicker([1, 3]);
    let ones = 0;
    for (let i = 0; i < 40_000; i++) ones += picker.pick(random);
    // Expected share 3/4; binomial σ = √(0.75·0.25/40000) ≈ 0.0022; allow 5σ.
    expect(Math.abs(ones / 40_000 - 0.75)).toBeLessThan(0.011);
  });
});

describe('generateDataset', () => {
  it('writes canonical headers, N tickets and N/10 assets, deterministically, and reuses the files', async () => {
    const first = await generateDataset({ tickets: 2000, seed: 5, dir });
    expect(first.reused).toBe(false);
    expect(first.assets).toBe(200);
    const tickets = readRfc4180(readFileSync(first.ticketsPath, 'utf8'));
    const assets = readRfc4180(readFileSync(first.assetsPath, 'utf8'));
    const ticketHeader = Object.keys(TICKET_FIELDS).filter((field) => !(UNWRITTEN_TICKET_FIELDS as readonly string[]).includes(field));
    expect(tickets[0]).toEqual(ticketHeader);
    // Every asset field but the inventory's status word (the generator's assets carry none), and
    // every row as wide as its header: DuckDB's strict reader refuses a file where they differ.
    expect(assets[0]).toEqual(Object.keys(ASSET_FIELDS).filter((field) => field !== 'status'));
    expect(assets.every((row) => row.length === assets[0]!.length)).toBe(true);
    expect(tickets.length - 1).toBe(2000);
    expect(assets.length - 1).toBe(200);
    expect(tickets.every((row) => row.length === ticketHeader.length)).toBe(true);
    expect(statSync(first.ticketsPath).size).toBe(first.ticketBytes);

    const again = await generateDataset({ tickets: 2000, seed: 5, dir });
    expect(again.reused).toBe(true);
    const other = await generateDataset({ tickets: 2000, seed: 6, dir: join(dir, 'other') });
    expect(readFileSync(other.ticketsPath, 'utf8')).not.toBe(readFileSync(first.ticketsPath, 'utf8'));
    rmSync(join(dir, `v${GENERATOR_VERSION}-s5`, 'manifest-2000.json'));
    const regenerated = await generateDataset({ tickets: 2000, seed: 5, dir });
    expect(regenerated.reused).toBe(false);
    expect(readRfc4180(readFileSync(regenerated.ticketsPath, 'utf8'))).toEqual(tickets);
  });

  it('fills every optional column somewhere, leaves cells empty elsewhere, and stays within the data span', async () => {
    const data = await generateDataset({ tickets: 3000, seed: 11, dir });
    const [header, ...rows] = readRfc4180(readFileSync(data.ticketsPath, 'utf8'));
    const ids = new Set(readRfc4180(readFileSync(data.assetsPath, 'utf8')).slice(1).map((row) => row[0]));
    header!.forEach((name, column) => {
      const filled = rows.filter((row) => row[column] !== '').length;
      expect(filled, name).toBeGreaterThan(0);
      if (name !== 'id' && name !== 'openedAt' && name !== 'client') expect(filled, name).toBeLessThan(rows.length);
    });
    const at = (name: string) => header!.indexOf(name);
    for (const row of rows) {
      const opened = Date.parse(row[at('openedAt')]!);
      expect(opened).toBeGreaterThanOrEqual(DATA_START);
      expect(opened).toBeLessThan(DATA_END);
      for (const name of ['firstResponseAt', 'resolvedAt', 'closedAt']) {
        if (row[at(name)]) expect(Date.parse(row[at(name)]!)).toBeLessThanOrEqual(AS_OF);
      }
    }
    expect(rows.some((row) => row[at('title')]!.includes(',') && row[at('title')]!.includes('"'))).toBe(true);
    // About 70% of incidents reference the asset file (plus a few unknown ids).
    const incidents = rows.filter((row) => row[at('type')] === '' || row[at('type')] === 'incident');
    const linked = incidents.filter((row) => ids.has(row[at('assetId')])).length / incidents.length;
    expect(linked).toBeGreaterThan(0.65);
    expect(linked).toBeLessThan(0.75);
  });
});

describe('helpers', () => {
  it('parses sizes', () => {
    expect(parseSize('10k')).toBe(10_000);
    expect(parseSize('1m')).toBe(1_000_000);
    expect(parseSize('2500')).toBe(2500);
    expect(() => parseSize('ten')).toThrow('not a size');
  });

  it('sizes the asset file at a tenth of the tickets', () => {
    expect(assetCountFor(1_000_000)).toBe(100_000);
    expect(assetCountFor(3)).toBe(1);
  });

  it('takes the median of odd and even lists', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
