import { DEFAULT_POLICY_JSON, parsePolicy } from '@revue/kpi-core';
import { describe, expect, it } from 'vitest';
import { FIELD_BY_ID, POLICY_FIELDS, defaultText, fieldText, isDefault, keptAsImported, setFieldText } from './document.js';

const field = (id: string) => FIELD_BY_ID.get(id)!;

describe('policy fields', () => {
  it('covers every value the report lists as an assumption, and the rates and headcount', async () => {
    const { ASSUMPTION_KEYS } = await import('@revue/kpi-core/report');
    const ids = [...FIELD_BY_ID.keys()];
    // affectedUsers, impactUnknown, pausedMinutes and slaTargetsFromFile are rules (1 user, a full
    // outage, exported paused minutes taken as they are, a file's target durations in calendar hours,
    // when the export does not say more), not policy values.
    const notInPolicy = new Set(['affectedUsers', 'impactUnknown', 'pausedMinutes', 'slaTargetsFromFile']);
    for (const key of ASSUMPTION_KEYS.filter((k) => !notInPolicy.has(k))) {
      // calendar.hours is one box per weekday; sla.P2 one per target; the others one box each.
      expect(ids.some((id) => id === key || id.startsWith(`${key}.`)), key).toBe(true);
    }
    for (const id of ['rates.userHourly', 'rates.technicianHourly', 'headcount']) expect(ids).toContain(id);
    expect(POLICY_FIELDS.sla).toHaveLength(15); // 5 priorities × response, resolution, clock
  });

  it('shows the document’s value, and the default as a placeholder when it does not give one', () => {
    expect(fieldText({ sla: { P2: { response: '1h' } } }, field('sla.P2.response'))).toBe('1h');
    expect(fieldText({ sla: { P2: { response: 90 } } }, field('sla.P2.response'))).toBe('90m');
    expect(fieldText({ calendar: { hours: { mon: ['08:30-12:30', '13:30-18:00'] } } }, field('calendar.hours.mon'))).toBe('08:30-12:30, 13:30-18:00');
    expect(fieldText({}, field('rates.userHourly'))).toBe('');
    // DEFAULT_POLICY_JSON: P2 resolution 8h, Monday 09:00-17:00, useful life 48 months.
    expect(defaultText({}, field('sla.P2.resolution'), DEFAULT_POLICY_JSON)).toBe('8h');
    expect(defaultText({}, field('calendar.hours.mon'), DEFAULT_POLICY_JSON)).toBe('09:00-17:00');
    expect(defaultText({}, field('usefulLifeMonths.default'), DEFAULT_POLICY_JSON)).toBe('48');
    // Money is never assumed: no default rate, no default headcount.
    expect(defaultText({}, field('rates.userHourly'), DEFAULT_POLICY_JSON)).toBe('');
    expect(defaultText({}, field('headcount'), DEFAULT_POLICY_JSON)).toBe('');
  });

  it('knows that a given SLA table or week replaces the defaults: a missing entry is none, not a default', () => {
    const document = { sla: { P1: { response: '30m', resolution: '4h', clock: '24x7' } } };
    expect(isDefault({}, field('sla.P2.resolution'))).toBe(true);
    expect(isDefault(document, field('sla.P2.resolution'))).toBe(false);
    expect(defaultText(document, field('sla.P2.resolution'), DEFAULT_POLICY_JSON)).toBe('');
    // kpi-core agrees: P2 has no target under that document.
    expect(parsePolicy(document).sla.P2).toBeUndefined();
    expect(isDefault({ calendar: { hours: { mon: ['08:00-12:00'] } } }, field('calendar.hours.tue'))).toBe(false);
  });

  it('sets a field from its text without changing the input document', () => {
    const before = { headcount: 85 };
    const after = setFieldText(before, field('rates.userHourly'), '42,5', DEFAULT_POLICY_JSON);
    expect(after).toEqual({ headcount: 85, rates: { userHourly: 42.5 } });
    expect(before).toEqual({ headcount: 85 });
    // An empty rate is no rate (the key goes, and the object it leaves empty).
    expect(setFieldText(after, field('rates.userHourly'), '', DEFAULT_POLICY_JSON)).toEqual({ headcount: 85 });
    // Not a number: kept as typed, for parsePolicy to refuse with its message.
    expect(setFieldText({}, field('headcount'), 'many', DEFAULT_POLICY_JSON)).toEqual({ headcount: 'many' });
    expect(setFieldText({}, field('calendar.closedDays'), '2026-05-15, 2026-05-26', DEFAULT_POLICY_JSON)).toEqual({ calendar: { closedDays: ['2026-05-15', '2026-05-26'] } });
    expect(setFieldText({}, field('calendar.holidays.country'), 'FR', DEFAULT_POLICY_JSON)).toEqual({ calendar: { holidays: { country: 'FR' } } });
  });

  it('copies the default SLA table on the first target edited, so the other priorities keep theirs', () => {
    const document = setFieldText({}, field('sla.P2.resolution'), '6h', DEFAULT_POLICY_JSON);
    expect(document.sla).toEqual({ ...DEFAULT_POLICY_JSON.sla, P2: { response: '2h', resolution: '6h', clock: 'business' } });
    const policy = parsePolicy(document);
    // 6 h = 360 min; P1 keeps the default 1 h / 4 h on 24x7.
    expect(policy.sla.P2).toEqual({ response: 120, resolution: 360, clock: 'business' });
    expect(policy.sla.P1).toEqual({ response: 60, resolution: 240, clock: '24x7' });
    // Emptied: no resolution target for P2 (null), P2 still has its response target.
    expect(parsePolicy(setFieldText(document, field('sla.P2.resolution'), '', DEFAULT_POLICY_JSON)).sla.P2).toEqual({ response: 120, resolution: null, clock: 'business' });
    // The week likewise: Saturday opened, Monday keeps 09:00-17:00.
    const week = parsePolicy(setFieldText({}, field('calendar.hours.sat'), '09:00-12:00', DEFAULT_POLICY_JSON));
    expect(week.calendar.hours.sat).toEqual([[540, 720]]);
    expect(week.calendar.hours.mon).toEqual([[540, 1020]]);
  });

  it('says what the form keeps as imported', () => {
    expect(keptAsImported({ preventivePlan: [{ id: 'a' }, { id: 'b' }], clients: { Bistro: {} } })).toEqual({ plan: 2, clients: ['Bistro'] });
    expect(keptAsImported({})).toEqual({ plan: 0, clients: [] });
  });
});
