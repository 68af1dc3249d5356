import { describe, expect, it } from 'vitest';
import { DATE_FORMATS, previewDates } from './preview.js';

describe('previewDates', () => {
  it('reads the first values with the chosen format, the wall clock as written', () => {
    expect(previewDates(['15/08/2025 10:02', 'soon', ''], 'dd/MM/yyyy HH:mm')).toEqual(['2025-08-15T10:02:00.000Z', null, null]);
    // 03/04/2026 is 3 April day-first, 4 March month-first.
    expect(previewDates(['03/04/2026'], 'dd/MM/yyyy')).toEqual(['2026-04-03T00:00:00.000Z']);
    expect(previewDates(['03/04/2026'], 'MM/dd/yyyy')).toEqual(['2026-03-04T00:00:00.000Z']);
    // Without a format the reader's detection applies: day-first.
    expect(previewDates(['03/04/2026 08:15'], undefined)).toEqual(['2026-04-03T08:15:00.000Z']);
    // …month-first when a value proves it, or when nothing does and the times are in AM/PM (the
    // US 12-hour clock, as kpi-core's reader settles a file): 3/2/2026 9:15 AM is 2 March.
    expect(previewDates(['03/14/2026', '03/04/2026'], undefined)).toEqual(['2026-03-14T00:00:00.000Z', '2026-03-04T00:00:00.000Z']);
    expect(previewDates(['3/2/2026 9:15 AM', '4/1/2026 1:30 PM'], undefined)).toEqual(['2026-03-02T09:15:00.000Z', '2026-04-01T13:30:00.000Z']);
  });

  it('reads every offered format (one sample each) and refuses nothing silently', () => {
    const samples: Record<(typeof DATE_FORMATS)[number], string> = {
      'dd/MM/yyyy HH:mm': '14/03/2026 10:00',
      'dd/MM/yyyy': '14/03/2026',
      'MM/dd/yyyy hh:mm a': '03/14/2026 10:00 AM',
      'MM/dd/yyyy': '03/14/2026',
      'yyyy-MM-dd HH:mm:ss': '2026-03-14 10:00:00',
      "yyyy-MM-dd'T'HH:mm:ssXXX": '2026-03-14T10:00:00Z',
      'dd-MM-yyyy HH:mm': '14-03-2026 10:00',
      'dd.MM.yyyy HH:mm': '14.03.2026 10:00',
      'd/M/yyyy H:mm': '14/3/2026 10:00',
      'dd/MMM/yy h:mm a': '14/Mar/26 10:00 AM',
    };
    for (const format of DATE_FORMATS) expect(previewDates([samples[format]], format)[0], format).toMatch(/^2026-03-14T/);
    expect(previewDates(['x'], 'not a format QQQQQ!')).toEqual([null]);
  });
});
