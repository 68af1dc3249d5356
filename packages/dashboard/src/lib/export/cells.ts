/**
 * The values of exported tables (CSV and XLSX) as a spreadsheet should hold them: figures
 * rounded to the precision they are measured at, and instants as the local date and time of the
 * policy's time zone (the day an account manager reads on screen, never shifted by UTC).
 */

/**
 * What a column of an exported table holds, which decides how its cells are written:
 * `percent` a ratio (0.934), written as a percentage; `count` a whole number; `hours` decimal
 * hours; `money` an amount in the report currency; `number` any other figure; `date` and
 * `datetime` an ISO instant (or a `yyyy-MM-dd` calendar date); `month` a `yyyy-MM` key; `text`
 * text (neutralised against formula injection). The chart units of `ColumnUnit` are a subset.
 */
export type CellUnit = 'text' | 'percent' | 'count' | 'hours' | 'money' | 'number' | 'date' | 'datetime' | 'month';

/**
 * Decimals kept for each figure unit: hours to the tenth (6 minutes), money to the cent, a
 * percentage to the tenth of a point, any other figure (a Laplace U, a Crow β) to the hundredth.
 */
export const UNIT_DECIMALS = { percent: 1, count: 0, hours: 1, money: 2, number: 2 } as const;

export type FigureUnit = keyof typeof UNIT_DECIMALS;

/** True for the units whose cells are figures (numbers in a spreadsheet). */
export function isFigureUnit(unit: CellUnit): unit is FigureUnit {
  return unit in UNIT_DECIMALS;
}

/**
 * A figure as it is exported: rounded to its unit's decimals, a ratio turned into a percentage
 * (`percent`: 0.93456 → 93.5); null for a missing or non-finite figure (never 0). Negative zero
 * becomes 0.
 *
 * @example
 * exportedFigure(1302.8259138671747, 'money'); // → 1302.83
 * exportedFigure(0.93456, 'percent'); // → 93.5
 * exportedFigure(null, 'hours'); // → null
 */
export function exportedFigure(value: number | null | undefined, unit: FigureUnit): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const scaled = unit === 'percent' ? value * 100 : value;
  const factor = 10 ** UNIT_DECIMALS[unit];
  // Math.round on the product: a binary tie (1.005 × 100 = 100.49999…) may round down, which is
  // far below the precision any of these figures is measured at.
  const rounded = Math.round(scaled * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** A local date and time in a time zone (month 1–12). */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const partFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    partFormats.set(timeZone, format);
  }
  return format;
}

/**
 * The local date and time of an instant in a time zone (IANA). A bare calendar date
 * (`2026-09-30`) is that day at midnight, whatever the zone (it names a day, not an instant).
 * Null when the value is not a date.
 *
 * @example
 * localDateTime('2026-09-30T22:30:00Z', 'Europe/Paris'); // → { year: 2026, month: 10, day: 1, hour: 0, minute: 30, second: 0 }
 */
export function localDateTime(value: string | number | Date, timeZone: string): LocalDateTime | null {
  if (typeof value === 'string') {
    const date = CALENDAR_DATE.exec(value);
    if (date) return { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]), hour: 0, minute: 0, second: 0 };
  }
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) return null;
  const parts: Record<string, number> = {};
  for (const part of partsFormat(timeZone).formatToParts(ms)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * An instant as local text in a time zone: `2026-10-01` (date) or `2026-10-01 00:30` (date and
 * time). Every spreadsheet reads this form as a date whatever its language; empty when the
 * value is not a date.
 *
 * @example
 * localDateText('2026-09-30T22:30:00Z', 'Europe/Paris', true); // → '2026-10-01 00:30'
 */
export function localDateText(value: string | number | Date, timeZone: string, withTime = false): string {
  const local = localDateTime(value, timeZone);
  if (!local) return '';
  const date = `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}`;
  return withTime ? `${date} ${pad(local.hour)}:${pad(local.minute)}` : date;
}

/**
 * The spreadsheet serial number of a local date and time (days since 1899-12-30, the fraction
 * the time of day), as Excel and LibreOffice store dates. Valid from 1 March 1900.
 *
 * @example
 * excelSerial({ year: 2026, month: 10, day: 1, hour: 12, minute: 0, second: 0 }); // → 46296.5
 */
export function excelSerial(local: LocalDateTime): number {
  const days = Date.UTC(local.year, local.month - 1, local.day) / 86_400_000 + 25_569;
  return days + (local.hour * 3600 + local.minute * 60 + local.second) / 86_400;
}
