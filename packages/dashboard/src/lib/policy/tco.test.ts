import { buildReport, parsePolicy, reportToMarkdown, ticketsFromRows } from '@revue/kpi-core';
import type { Report } from '@revue/kpi-core';
import { describe, expect, it } from 'vitest';
import { sameExclusions, tcoExcluding } from './tco.js';

// One P2 incident a day in Feb and Mar 2026 (UTC), 2 h of technician effort each, no asset file.
// With a technician rate the labour is priced; without a user rate the downtime is not, and with
// no asset file acquisition, contracts and licences are not either: a partial total.
const rows: Array<{ id: string; openedAt: number; resolvedAt: number; priority: string; effortMinutes: number }> = [];
for (let day = Date.UTC(2026, 1, 1); day < Date.UTC(2026, 3, 1); day += 86_400_000) {
  rows.push({ id: `T${day}`, openedAt: day + 9 * 3_600_000, resolvedAt: day + 11 * 3_600_000, priority: 'P2', effortMinutes: 120 });
}
const tickets = ticketsFromRows(rows);
const report = (language: 'en' | 'fr') =>
  buildReport({ tickets, policy: parsePolicy({ timezone: 'UTC', rates: { technicianHourly: 50 } }) }, { period: '2026-03', language });

describe('tcoExcluding: a partial cost total says what it leaves out, in the CLI\'s words', () => {
  it('names the parts left out beside a measured total, as the Markdown review\'s summary row', () => {
    const en = report('en');
    expect(en.tco.total).not.toBeNull();
    const text = tcoExcluding(en.tco, 'en');
    expect(text).toMatch(/^excluding /);
    expect(text).toContain('downtime');
    // The same words follow the total in `revue report --format md`.
    expect(reportToMarkdown(en)).toContain(`, ${text} |`);
    const fr = report('fr');
    const texte = tcoExcluding(fr.tco, 'fr');
    expect(texte).toMatch(/^hors .*indisponibilité/);
    expect(reportToMarkdown(fr)).toContain(`, ${texte} |`);
  });

  it('says nothing of a complete total, nor of a total not measured (its reason is said instead)', () => {
    expect(tcoExcluding({ total: 1200, excluded: [] }, 'en')).toBeNull();
    expect(tcoExcluding({ total: null, excluded: [{ part: 'downtime', reason: 'no-rate', hours: 3 }] }, 'en')).toBeNull();
    expect(tcoExcluding({ total: 94, excluded: [{ part: 'contracts', reason: 'no-assets', hours: null }, { part: 'licences', reason: 'no-assets', hours: null }, { part: 'labour', reason: 'not-recorded', hours: null }, { part: 'downtime', reason: 'no-rate', hours: 3 }] }, 'fr')).toBe(
      'hors contrats, licences, main-d’œuvre et indisponibilité',
    );
  });
});

describe('sameExclusions: a ▲/▼ verdict only between totals that leave out the same parts', () => {
  const downtime = { part: 'downtime', reason: 'no-rate', hours: 3 } as const;
  const labour = { part: 'technician-time', reason: 'no-rate', hours: 3 } as const;
  const of = (now: Report['tco']['excluded'], before: Report['tco']['excluded']) => ({ tco: { total: 1, excluded: now }, previous: { tco: { total: 1, excluded: before } } });

  it('compares totals that exclude the same parts, in any order', () => {
    expect(sameExclusions(of([downtime, labour], [labour, downtime]))).toBe(true);
    expect(sameExclusions(of([], []))).toBe(true);
  });

  it('refuses a verdict when one total leaves out a part the other counts', () => {
    expect(sameExclusions(of([downtime], [downtime, labour]))).toBe(false);
    expect(sameExclusions(of([downtime], []))).toBe(false);
  });

  it('on a real report, the two periods without a user rate leave out the same parts', () => {
    const march = report('en');
    expect(sameExclusions(march)).toBe(true);
  });
});
