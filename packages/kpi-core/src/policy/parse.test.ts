import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { RevueError } from '../internal/errors.js';
import { assumptionValue, DEFAULT_POLICY_JSON, parsePolicy, policyFor } from './parse.js';
import { ASSUMPTION_KEYS, type Policy } from './types.js';

/** The defaults of the parsePolicy TSDoc table, written out by hand (09:00 = 540, 17:00 = 1020). */
const DEFAULTS: Policy = {
  timezone: 'UTC',
  calendar: {
    hours: { mon: [[540, 1020]], tue: [[540, 1020]], wed: [[540, 1020]], thu: [[540, 1020]], fri: [[540, 1020]], sat: [], sun: [] },
    holidays: { country: null, region: null },
    closedDays: [],
  },
  sla: {
    P1: { response: 60, resolution: 240, clock: '24x7' },
    P2: { response: 120, resolution: 480, clock: 'business' },
    P3: { response: 240, resolution: 1440, clock: 'business' },
    P4: { response: 480, resolution: 2400, clock: 'business' },
  },
  pauseStatuses: [],
  // No rates: money is never assumed (DESIGN §2).
  rates: { userHourly: null, technicianHourly: null, currency: 'EUR' },
  headcount: null,
  impactFactors: { outage: 1, degraded: 0.5, minor: 0.1 },
  priorityImpact: { P1: 1, P2: 0.5, P3: 0.25, P4: 0.1, P5: 0 },
  recurrence: { key: ['assetId', 'category'], windowDays: 30, minOccurrences: 3, minKeyedShare: 0.5 },
  usefulLifeMonths: { default: 48 },
  confidence: 0.9,
  minAssetShare: 0.5,
  slaAdherenceTarget: 0.9,
  preventivePlan: [],
  clients: {},
  // Every assumption key comes from the defaults.
  defaulted: [...ASSUMPTION_KEYS],
};

/** The message of the RevueError thrown by parsePolicy(json). */
function errorOf(json: unknown): string {
  try {
    parsePolicy(json);
  } catch (error) {
    expect(error).toBeInstanceOf(RevueError);
    expect((error as RevueError).code).toBe('policy');
    return (error as RevueError).message;
  }
  throw new Error('parsePolicy did not throw');
}

describe('parsePolicy: defaults', () => {
  test('an empty document gets every default', () => {
    expect(parsePolicy({})).toEqual(DEFAULTS);
    expect(parsePolicy(undefined)).toEqual(DEFAULTS);
    // Given in full, the same values, none of them an assumption but an exported number of paused
    // minutes taken as it is, DESIGN §5's one user of an incident without a count and the
    // full-outage factor of one without impact or priority, which no policy value sets.
    expect(parsePolicy(DEFAULT_POLICY_JSON)).toEqual({ ...DEFAULTS, defaulted: ['pausedMinutes', 'slaTargetsFromFile', 'affectedUsers', 'impactUnknown'] });
  });

  test('objects merge over the defaults key by key', () => {
    const policy = parsePolicy({
      rates: { userHourly: 42 },
      usefulLifeMonths: { laptop: 36 },
      impactFactors: { minor: 0 },
      recurrence: { windowDays: 14 },
      calendar: { holidays: { country: 'fr' } },
    });
    expect(policy.rates).toEqual({ userHourly: 42, technicianHourly: null, currency: 'EUR' });
    expect(policy.usefulLifeMonths).toEqual({ default: 48, laptop: 36 });
    expect(policy.impactFactors).toEqual({ outage: 1, degraded: 0.5, minor: 0 });
    expect(policy.recurrence).toEqual({ key: ['assetId', 'category'], windowDays: 14, minOccurrences: 3, minKeyedShare: 0.5 });
    // The country code is upper-cased; hours keep their default.
    expect(policy.calendar.holidays).toEqual({ country: 'FR', region: null });
    expect(policy.calendar.hours.mon).toEqual([[540, 1020]]);
  });

  test('given hours and sla replace the default tables', () => {
    const policy = parsePolicy({
      calendar: { hours: { mon: ['08:30-12:30', '13:30-17:30'], tue: '08:30-17:30' } },
      sla: { P1: { response: '30m', resolution: '4h', clock: '24x7' }, P2: { resolution: 90 } },
    });
    // 08:30 = 510, 12:30 = 750, 13:30 = 810, 17:30 = 1050.
    expect(policy.calendar.hours).toEqual({ mon: [[510, 750], [810, 1050]], tue: [[510, 1050]], wed: [], thu: [], fri: [], sat: [], sun: [] });
    // P2 without response or clock: no response target, business clock; P3 and P4 are gone.
    expect(policy.sla).toEqual({
      P1: { response: 30, resolution: 240, clock: '24x7' },
      P2: { response: null, resolution: 90, clock: 'business' },
    });
  });

  test('durations: minutes, hours, both, decimals', () => {
    const sla = (response: unknown) => parsePolicy({ sla: { P3: { response } } }).sla.P3!.response;
    expect(sla('30m')).toBe(30);
    expect(sla('4h')).toBe(240);
    expect(sla(45)).toBe(45);
    expect(sla('1h30m')).toBe(90);
    expect(sla('1.5h')).toBe(90);
    expect(sla(' 2 h ')).toBe(120);
    expect(sla('10min')).toBe(10);
    expect(sla(null)).toBeNull();
  });

  test('spans are sorted; touching spans are allowed; 24:00 ends a day', () => {
    const policy = parsePolicy({ calendar: { hours: { sat: ['13:00-24:00', '00:00-13:00'] } } });
    expect(policy.calendar.hours.sat).toEqual([[0, 780], [780, 1440]]);
  });

  test('the DESIGN §2 example parses', () => {
    const policy = parsePolicy({
      timezone: 'Europe/Paris',
      calendar: {
        hours: { mon: ['08:30-12:30', '13:30-17:30'], tue: ['08:30-17:30'], sat: [], sun: [] },
        holidays: { country: 'FR', region: null },
        closedDays: ['2026-05-15'],
      },
      sla: {
        P1: { response: '30m', resolution: '4h', clock: '24x7' },
        P2: { response: '1h', resolution: '8h', clock: 'business' },
      },
      pauseStatuses: ['Waiting for customer'],
      rates: { userHourly: 42, technicianHourly: 68, currency: 'EUR' },
      headcount: 85,
      impactFactors: { outage: 1, degraded: 0.5, minor: 0.1 },
      priorityImpact: { P1: 1, P2: 0.5, P3: 0.25, P4: 0.1, P5: 0 },
      recurrence: { key: ['assetId', 'category'], windowDays: 30, minOccurrences: 3 },
      usefulLifeMonths: { default: 48, laptop: 36, server: 60 },
      confidence: 0.9,
      clients: { Bistro: { calendar: { hours: { sat: ['09:00-12:00'] } } } },
    });
    expect(policy.headcount).toBe(85);
    expect(policy.calendar.closedDays).toEqual(['2026-05-15']);
    // Bistro keeps the base Monday and adds Saturday 09:00–12:00 = [540, 720].
    const bistro = policy.clients.Bistro!;
    expect(bistro.calendar.hours.mon).toEqual([[510, 750], [810, 1050]]);
    expect(bistro.calendar.hours.sat).toEqual([[540, 720]]);
    expect(bistro.timezone).toBe('Europe/Paris');
    expect(bistro.clients).toEqual({});
    expect({ ...bistro, calendar: policy.calendar, defaulted: policy.defaulted }).toEqual({ ...policy, clients: {} });
  });
});

describe('parsePolicy: client overrides', () => {
  const policy = parsePolicy({
    rates: { userHourly: 50 },
    clients: {
      Acme: { sla: { P2: { response: '30m' }, P4: null }, rates: { currency: 'USD' }, pauseStatuses: ['On hold'] },
      Empty: {},
    },
  });

  test('objects merge key by key, arrays and scalars replace, null removes a target', () => {
    const acme = policy.clients.Acme!;
    // P2 keeps its default resolution (8 h = 480) and clock; P4 is removed.
    expect(acme.sla).toEqual({
      P1: DEFAULTS.sla.P1,
      P2: { response: 30, resolution: 480, clock: 'business' },
      P3: DEFAULTS.sla.P3,
    });
    expect(acme.rates).toEqual({ userHourly: 50, technicianHourly: null, currency: 'USD' });
    expect(acme.pauseStatuses).toEqual(['On hold']);
    expect(policy.clients.Empty).toEqual({ ...policy, clients: {} });
  });

  test('policyFor picks the client policy, else the base', () => {
    expect(policyFor(policy, 'Acme')).toBe(policy.clients.Acme);
    expect(policyFor(policy, 'Unknown')).toBe(policy);
    expect(policyFor(policy, null)).toBe(policy);
    expect(policyFor(policy, 'toString')).toBe(policy);
  });
});

describe('parsePolicy: errors name the field', () => {
  test.each([
    [{ sla: { P2: { response: '8x' } } }, 'policy.sla.P2.response: "8x" is not a duration (use "30m", "4h" or minutes)'],
    [{ sla: { P2: { resolution: -5 } } }, 'policy.sla.P2.resolution: -5 is not a duration (use "30m", "4h" or minutes)'],
    [{ sla: { P2: { resolution: '0.25m' } } }, 'policy.sla.P2.resolution: "0.25m" is not a whole number of minutes'],
    [{ sla: { P2: { clock: '9to5' } } }, 'policy.sla.P2.clock: "9to5" is not "business" or "24x7"'],
    [{ sla: { P2: { respons: '1h' } } }, 'policy.sla.P2: unknown key "respons" (known: response, resolution, clock)'],
    [{ sla: { P6: { response: '1h' }, Urgent: {} } }, 'policy.sla: unknown priorities "P6", "Urgent" (use P1…P5)'],
    [{ colour: 'red' }, 'policy: unknown key "colour" (known: timezone, calendar, sla, pauseStatuses, rates, headcount, impactFactors, priorityImpact, recurrence, usefulLifeMonths, confidence, minAssetShare, slaAdherenceTarget, preventivePlan, clients)'],
    [{ a: 1, b: 2 }, 'policy: unknown keys "a", "b"'],
    [42, 'policy: 42 is not an object'],
    [['x'], 'policy: ["x"] is not an object'],
    [{ timezone: 'Europe/Pariss' }, 'policy.timezone: "Europe/Pariss" is not a known IANA time zone'],
    [{ timezone: '' }, 'policy.timezone: "" is not a non-empty string'],
    [{ calendar: { hours: { monday: [] } } }, 'policy.calendar.hours: unknown key "monday" (known: mon, tue, wed, thu, fri, sat, sun)'],
    [{ calendar: { hours: { mon: ['8h-12h'] } } }, 'policy.calendar.hours.mon[0]: "8h-12h" is not a span like "08:30-12:30"'],
    [{ calendar: { hours: { mon: ['08:00-24:30'] } } }, 'policy.calendar.hours.mon[0]: "08:00-24:30" is not within 00:00-24:00'],
    [{ calendar: { hours: { mon: ['08:61-12:00'] } } }, 'policy.calendar.hours.mon[0]: "08:61-12:00" is not within 00:00-24:00'],
    [{ calendar: { hours: { tue: ['09:00-17:00', '12:00-08:00'] } } }, 'policy.calendar.hours.tue[1]: "12:00-08:00" ends before it starts'],
    [{ calendar: { hours: { wed: ['08:00-12:00', '11:00-13:00'] } } }, 'policy.calendar.hours.wed: spans ["08:00-12:00","11:00-13:00"] overlap'],
    [{ calendar: { hours: { thu: 5 } } }, 'policy.calendar.hours.thu: 5 is not a list of spans like ["08:30-12:30"]'],
    [{ calendar: { holidays: { country: 'XX' } } }, 'policy.calendar.holidays.country: "XX" is not a country known to date-holidays'],
    [{ calendar: { holidays: { country: 'FR', region: '99' } } }, 'policy.calendar.holidays.region: "99" is not a region of FR known to date-holidays'],
    [{ calendar: { holidays: { region: '67' } } }, 'policy.calendar.holidays.region: a region needs a country'],
    [{ calendar: { closedDays: ['2026-02-30'] } }, 'policy.calendar.closedDays[0]: "2026-02-30" is not a yyyy-MM-dd date'],
    [{ calendar: { closedDays: '2026-05-15' } }, 'policy.calendar.closedDays: "2026-05-15" is not an array'],
    [{ calendar: { opening: {} } }, 'policy.calendar: unknown key "opening" (known: hours, holidays, closedDays)'],
    [{ confidence: 1 }, 'policy.confidence: 1 is not a number in (0, 1)'],
    [{ confidence: 0 }, 'policy.confidence: 0 is not a number in (0, 1)'],
    [{ rates: { userHourly: -1 } }, 'policy.rates.userHourly: -1 is not a number ≥ 0 or null'],
    [{ rates: { technicianHourly: '60' } }, 'policy.rates.technicianHourly: "60" is not a number ≥ 0 or null'],
    [{ rates: { currency: '' } }, 'policy.rates.currency: "" is not a non-empty string'],
    [{ headcount: 0 }, 'policy.headcount: 0 is not a positive integer or null'],
    [{ headcount: 12.5 }, 'policy.headcount: 12.5 is not a positive integer or null'],
    [{ impactFactors: { outage: 1, severe: 2 } }, 'policy.impactFactors: unknown key "severe" (known: outage, degraded, minor)'],
    [{ priorityImpact: { P2: -0.5 } }, 'policy.priorityImpact.P2: -0.5 is not a number ≥ 0'],
    [{ recurrence: { key: ['assetId', 'hostname'] } }, 'policy.recurrence.key[1]: "hostname" is not a ticket field (nor titleKey, the normalised title)'],
    [{ recurrence: { key: [] } }, 'policy.recurrence.key: needs at least one ticket field'],
    [{ recurrence: { minOccurrences: 1 } }, 'policy.recurrence.minOccurrences: 1 is not an integer ≥ 2'],
    [{ recurrence: { windowDays: 0 } }, 'policy.recurrence.windowDays: 0 is not a number of days > 0'],
    [{ recurrence: { minKeyedShare: 50 } }, 'policy.recurrence.minKeyedShare: 50 is not a share from 0 to 1'],
    [{ minAssetShare: 2 }, 'policy.minAssetShare: 2 is not a share from 0 to 1'],
    [{ recurrence: { minKeyedShare: -0.1 } }, 'policy.recurrence.minKeyedShare: -0.1 is not a share from 0 to 1'],
    [{ usefulLifeMonths: { laptop: 0 } }, 'policy.usefulLifeMonths.laptop: 0 is not a number of months > 0'],
    [{ pauseStatuses: ['Waiting', 3] }, 'policy.pauseStatuses[1]: 3 is not a non-empty string'],
    [{ clients: { Bistro: { calendar: { hours: { sat: ['9-12'] } } } } }, 'policy.clients.Bistro.calendar.hours.sat[0]: "9-12" is not a span like "08:30-12:30"'],
    [{ clients: { Bistro: { clients: {} } } }, 'policy.clients.Bistro.clients: client overrides cannot have clients'],
    [{ clients: { Bistro: { sla: { P9: {} } } } }, 'policy.clients.Bistro.sla: unknown priority "P9" (use P1…P5)'],
    [{ clients: { Bistro: 'open' } }, 'policy.clients.Bistro: "open" is not an object'],
  ])('%j', (json, message) => {
    expect(errorOf(json)).toContain(message);
  });
});

describe('parsePolicy: properties', () => {
  test('"<h>h<m>m" is 60 h + m minutes, and "<n>m" / <n> are n', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.nat(59), (h, m) => {
        const sla = (response: unknown) => parsePolicy({ sla: { P1: { response } } }).sla.P1!.response;
        expect(sla(`${h}h${m}m`)).toBe(60 * h + m);
        expect(sla(`${60 * h + m}m`)).toBe(60 * h + m);
        expect(sla(60 * h + m)).toBe(60 * h + m);
      }),
    );
  });

  test('disjoint spans written as HH:MM-HH:MM parse back to their minutes', () => {
    const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 1440 }), { minLength: 2, maxLength: 8 }), (cuts) => {
        const sorted = [...cuts].sort((a, b) => a - b);
        const spans: [number, number][] = [];
        for (let i = 0; i + 1 < sorted.length; i += 2) spans.push([sorted[i]!, sorted[i + 1]!]);
        const text = spans.map(([s, e]) => `${hhmm(s)}-${hhmm(e)}`).reverse();
        expect(parsePolicy({ calendar: { hours: { fri: text } } }).calendar.hours.fri).toEqual(spans);
      }),
    );
  });
});

describe('parsePolicy: hostile keys', () => {
  test('a client or asset type named __proto__ is an ordinary key', () => {
    const policy = parsePolicy(JSON.parse('{"usefulLifeMonths":{"__proto__":12},"clients":{"__proto__":{"headcount":3}}}'));
    expect(Object.getPrototypeOf(policy.clients)).toBe(Object.prototype);
    expect(Object.hasOwn(policy.clients, '__proto__')).toBe(true);
    expect(policyFor(policy, '__proto__').headcount).toBe(3);
    expect(Object.hasOwn(policy.usefulLifeMonths, '__proto__')).toBe(true);
  });
});

describe('parsePolicy — policy text and file name (fixtures/bad regressions)', () => {
  test('reads JSON text, with or without a BOM', () => {
    expect(parsePolicy('\uFEFF{"timezone": "Europe/Paris"}').timezone).toBe('Europe/Paris');
  });

  test('refuses invalid JSON with a RevueError, and names the file when told', () => {
    let error: unknown;
    try {
      parsePolicy('{"headcount": 85,}', { fileName: 'policy.json' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RevueError);
    expect((error as RevueError).code).toBe('policy');
    expect((error as RevueError).file).toBe('policy.json');
    expect((error as RevueError).message).toMatch(/^policy: not valid JSON \(/);
    expect(() => parsePolicy({ headcount: '85' }, { fileName: 'p.json' })).toThrow(expect.objectContaining({ file: 'p.json', code: 'policy' }));
  });
});

describe('parsePolicy: which values came from the defaults (DESIGN §2, assumptions)', () => {
  test('a value the document gives is not defaulted; a given sla or hours table replaces every entry', () => {
    const policy = parsePolicy({
      timezone: 'Europe/Paris',
      sla: { P1: { response: '30m', resolution: '4h', clock: '24x7' } },
      impactFactors: { minor: 0 },
      usefulLifeMonths: { laptop: 36 },
      rates: { userHourly: 42 },
    });
    // Given: timezone, every sla.P* (the table replaces the default one), impactFactors.minor.
    // rates.userHourly has no default, so it is no assumption key; currency still defaults.
    expect(policy.defaulted).toEqual([
      'calendar.hours', 'calendar.holidays', 'slaAdherenceTarget', 'pausedMinutes', 'slaTargetsFromFile', 'rates.currency', 'impactFactors.outage', 'impactFactors.degraded',
      'priorityImpact.P1', 'priorityImpact.P2', 'priorityImpact.P3', 'priorityImpact.P4', 'priorityImpact.P5', 'affectedUsers', 'impactUnknown',
      'recurrence.key', 'recurrence.windowDays', 'recurrence.minOccurrences', 'recurrence.minKeyedShare', 'usefulLifeMonths.default', 'confidence', 'minAssetShare',
    ]);
    expect(parsePolicy(DEFAULT_POLICY_JSON).defaulted).toEqual(['pausedMinutes', 'slaTargetsFromFile', 'affectedUsers', 'impactUnknown']);
  });

  test('a client inherits the base defaults less what its override gives', () => {
    const policy = parsePolicy({
      clients: {
        // Acme: P2 given whole, P3 partly (its resolution still the default's), P4 removed.
        Acme: { sla: { P2: { response: '30m', resolution: '6h', clock: 'business' }, P3: { response: '1h' }, P4: null }, rates: { currency: 'USD' } },
        // Bistro adds Saturday hours: Monday to Friday still come from the default table.
        Bistro: { calendar: { hours: { sat: ['09:00-12:00'] } } },
        Week: { calendar: { hours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } } },
      },
    });
    const acme = policy.clients.Acme!.defaulted;
    expect(acme).not.toContain('sla.P2');
    expect(acme).toContain('sla.P3');
    expect(acme).not.toContain('sla.P4');
    expect(acme).toContain('sla.P5');
    expect(acme).not.toContain('rates.currency');
    expect(policy.clients.Bistro!.defaulted).toContain('calendar.hours');
    expect(policy.clients.Week!.defaulted).not.toContain('calendar.hours');
    expect(policy.defaulted).toEqual([...ASSUMPTION_KEYS]);
  });

  test('assumptionValue writes a value as a policy document would', () => {
    const policy = parsePolicy({ sla: { P2: { response: 90, resolution: '1h30m' } } });
    expect(assumptionValue(policy, 'sla.P2')).toEqual({ response: '1h30m', resolution: '1h30m', clock: 'business' });
    expect(assumptionValue(policy, 'sla.P5')).toBeNull();
    const defaults = parsePolicy({});
    expect(assumptionValue(defaults, 'sla.P1')).toEqual({ response: '1h', resolution: '4h', clock: '24x7' });
    expect(assumptionValue(defaults, 'calendar.hours')).toEqual({ ...DEFAULT_POLICY_JSON.calendar.hours });
    expect(assumptionValue(defaults, 'calendar.holidays')).toEqual({ country: null, region: null });
    expect(assumptionValue(defaults, 'impactFactors.degraded')).toBe(0.5);
    expect(assumptionValue(defaults, 'recurrence.key')).toEqual(['assetId', 'category']);
    expect(assumptionValue(defaults, 'recurrence.minKeyedShare')).toBe(0.5);
    expect(assumptionValue(defaults, 'affectedUsers')).toBe(1);
    expect(assumptionValue(defaults, 'pausedMinutes')).toBe('as-exported');
    expect(assumptionValue(defaults, 'slaTargetsFromFile')).toBe('calendar');
    expect(assumptionValue(defaults, 'minAssetShare')).toBe(0.5);
    expect(parsePolicy({ minAssetShare: 0.2 }).minAssetShare).toBe(0.2);
    expect(parsePolicy({ recurrence: { minKeyedShare: 0 } }).recurrence.minKeyedShare).toBe(0);
    expect(assumptionValue(defaults, 'usefulLifeMonths.default')).toBe(48);
    expect(assumptionValue(defaults, 'rates.currency')).toBe('EUR');
  });

  test('rates have no default and may be null', () => {
    expect(parsePolicy({}).rates).toEqual({ userHourly: null, technicianHourly: null, currency: 'EUR' });
    expect(parsePolicy({ rates: { userHourly: null, technicianHourly: 0 } }).rates).toEqual({ userHourly: null, technicianHourly: 0, currency: 'EUR' });
    expect(DEFAULT_POLICY_JSON.rates).toEqual({ currency: 'EUR' });
  });
});
