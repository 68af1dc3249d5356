/**
 * The five date-fns functions Revue calls, in one module so that the published package can
 * carry them instead of depending on date-fns: date-fns 4.4.0 installs 28 MB (every locale,
 * ESM and CommonJS, the fp variants) for about 100 KB of code that Revue runs.
 *
 * In the repository this module re-exports date-fns (a devDependency), so tests, the dashboard
 * and the benchmarks run date-fns itself. `pnpm build` (scripts/bundle-date-fns.mjs) replaces
 * the emitted `dist/internal/date-fns.js` by an esbuild bundle of these same functions with
 * date-fns' MIT notice, and fails if any other emitted file still imports date-fns. Import
 * date-fns through this module only; the signatures are narrowed to Revue's uses so that no
 * published `.d.ts` names date-fns' types.
 */
// One module per function, not date-fns' index: the index loads its 300 modules (every
// function) on each start of the CLI, 150–170 ms against 50–80 ms for these five and what
// they import (Node 20, 2026-12-03, four runs each).
import { addDays as addDaysFns } from 'date-fns/addDays';
import { addMonths as addMonthsFns } from 'date-fns/addMonths';
import { differenceInMonths as differenceInMonthsFns } from 'date-fns/differenceInMonths';
import { format as formatFns } from 'date-fns/format';
import { parse as parseFns } from 'date-fns/parse';

/** date-fns `addDays`: the same wall-clock time `amount` days later (in a `TZDate`'s zone). */
export const addDays: (date: Date, amount: number) => Date = addDaysFns;
/** date-fns `addMonths`: the day of month kept, or clamped to the month's last day. */
export const addMonths: (date: Date, amount: number) => Date = addMonthsFns;
/** date-fns `differenceInMonths`: whole calendar months from `earlier` to `later`. */
export const differenceInMonths: (later: Date, earlier: Date) => number = differenceInMonthsFns;
/** date-fns `format` with a format string of date-fns tokens (throws RangeError on an unknown token). */
export const format: (date: Date, pattern: string) => string = formatFns;
/** date-fns `parse`: `text` read with a format string of date-fns tokens, missing parts from `reference`. */
export const parse: (text: string, pattern: string, reference: Date) => Date = parseFns;
