import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listedTotal, SLIDE_ROWS, tableWindow } from './rows.js';

describe('tableWindow', () => {
  it('on a slide: the top ten rows and how many more there are in all', () => {
    // 500 listed of 1,234 breaches: 10 shown, 1,234 − 10 = 1,224 more.
    expect(tableWindow({ listed: 500, total: 1234, presenting: true })).toEqual({ shown: 10, more: 1224, hidden: 0, capped: true });
    // A short table shows whole: 4 rows, nothing more.
    expect(tableWindow({ listed: 4, presenting: true })).toEqual({ shown: 4, more: 0, hidden: 0, capped: false });
  });

  it('on screen: the first `limit` rows until expanded, then every listed row', () => {
    // 25 of 500 shown, 500 − 25 = 475 behind "Show all".
    expect(tableWindow({ listed: 500, total: 1234, presenting: false, limit: 25 })).toEqual({ shown: 25, more: 0, hidden: 475, capped: true });
    expect(tableWindow({ listed: 500, total: 1234, presenting: false, limit: 25, expanded: true })).toEqual({ shown: 500, more: 0, hidden: 0, capped: true });
    // No limit: every row.
    expect(tableWindow({ listed: 22, presenting: false })).toEqual({ shown: 22, more: 0, hidden: 0, capped: false });
  });

  it('never shows more than listed, and shown + more (slide) or shown + hidden (screen) adds up', () => {
    fc.assert(
      fc.property(fc.nat(2000), fc.nat(2000), fc.boolean(), fc.boolean(), fc.option(fc.nat(100), { nil: undefined }), (listed, extra, presenting, expanded, limit) => {
        const total = listed + extra;
        const w = tableWindow({ listed, total, presenting, expanded, limit });
        expect(w.shown).toBeLessThanOrEqual(listed);
        expect(w.capped).toBe(extra > 0);
        if (presenting) {
          expect(w.shown).toBe(Math.min(listed, SLIDE_ROWS));
          expect(w.shown + w.more).toBe(total);
          expect(w.hidden).toBe(0);
        } else {
          expect(w.shown + w.hidden).toBe(listed);
          expect(w.more).toBe(0);
        }
      }),
    );
  });
});

describe('listedTotal', () => {
  it("reads compactReport's count of a shortened list, else the list's length", () => {
    expect(listedTotal({ truncated: { 'recurrence.problems': { kept: 1000, total: 1500 } } }, 'recurrence.problems', 1000)).toBe(1500);
    expect(listedTotal({ truncated: { 'reliability.byAsset': { kept: 1000, total: 9000 } } }, 'recurrence.problems', 22)).toBe(22);
    expect(listedTotal({}, 'recurrence.problems', 22)).toBe(22);
  });
});
