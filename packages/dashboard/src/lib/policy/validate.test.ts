import { describe, expect, it } from 'vitest';
import { checkPolicy, problemOf, problemText } from './validate.js';

describe('checkPolicy', () => {
  it('accepts a valid document and the empty one (every default)', () => {
    expect(checkPolicy({})).toBeNull();
    expect(checkPolicy({ rates: { userHourly: 42, technicianHourly: 68 }, headcount: 85 })).toBeNull();
  });

  it('places kpi-core’s refusal on the field it names', () => {
    // Messages as kpi-core's parsePolicy writes them (policy/parse.ts).
    expect(checkPolicy({ sla: { P2: { response: '8x' } } })).toEqual({
      field: 'sla.P2.response',
      path: 'policy.sla.P2.response',
      message: '"8x" is not a duration (use "30m", "4h" or minutes)',
    });
    expect(checkPolicy({ headcount: 0 })).toMatchObject({ field: 'headcount', message: '0 is not a positive integer or null' });
    expect(checkPolicy({ calendar: { hours: { mon: ['18:00-08:00'] } } })).toMatchObject({ field: 'calendar.hours.mon', path: 'policy.calendar.hours.mon[0]' });
    expect(checkPolicy({ rates: { userHourly: -1 } })).toMatchObject({ field: 'rates.userHourly', message: '-1 is not a number ≥ 0 or null' });
    expect(checkPolicy({ timezone: 'Mars/Olympus' })).toMatchObject({ field: 'timezone' });
  });

  it('keeps a problem the form has no field for on the whole document', () => {
    expect(checkPolicy({ colour: 'blue' })).toMatchObject({ field: null, path: 'policy' });
    expect(problemOf('something else')).toEqual({ field: null, path: 'policy', message: 'something else' });
  });
});

describe('problemText', () => {
  const NNBSP = '\u202f';
  it('says kpi-core’s messages in French', () => {
    const duration = checkPolicy({ sla: { P2: { response: '8x' } } })!;
    expect(problemText(duration, 'en')).toBe('"8x" is not a duration (use "30m", "4h" or minutes)');
    expect(problemText(duration, 'fr')).toBe('"8x" n’est pas une durée (écrire « 30m », « 4h » ou un nombre de minutes)');
    expect(problemText(checkPolicy({ headcount: 0 })!, 'fr')).toBe('0 n’est pas un entier positif (laisser vide pour aucun)');
    expect(problemText(checkPolicy({ confidence: 2 })!, 'fr')).toBe('2 n’est pas un nombre strictement entre 0 et 1');
    expect(problemText(checkPolicy({ calendar: { holidays: { country: 'XX' } } })!, 'fr')).toBe('"XX" n’est pas un pays connu de date-holidays');
    expect(problemText(checkPolicy({ colour: 'blue' })!, 'fr')).toMatch(new RegExp(`^clé inconnue "colour" \\(clés connues${NNBSP}: timezone, `));
  });

  it('has a French sentence for each message a box of the form can meet', () => {
    const documents = [
      { sla: { P1: { response: 2.5 } } },
      { calendar: { hours: { mon: ['8h-12h'] } } },
      { calendar: { hours: { mon: ['08:00-25:00'] } } },
      { calendar: { hours: { mon: ['08:00-12:00', '11:00-13:00'] } } },
      { calendar: { closedDays: ['15/05/2026'] } },
      { calendar: { holidays: { region: 'IDF' } } },
      { calendar: { holidays: { country: 'FR', region: 'Nowhere' } } },
      { sla: { P1: { response: '1h', clock: 'always' } } },
      { rates: { currency: ' ' } },
      { recurrence: { key: [] } },
      { recurrence: { key: ['colour'] } },
      { recurrence: { windowDays: 0 } },
      { recurrence: { minOccurrences: 1 } },
      { usefulLifeMonths: { default: 0 } },
      { impactFactors: { outage: -1 } },
    ];
    for (const document of documents) {
      const problem = checkPolicy(document);
      expect(problem, JSON.stringify(document)).not.toBeNull();
      expect(problem!.field, JSON.stringify(document)).not.toBeNull();
      expect(problemText(problem!, 'fr'), problem!.message).not.toBe(problem!.message);
    }
  });
});
