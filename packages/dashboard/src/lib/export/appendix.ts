import type { Report } from '@revue/kpi-core';
import { CATALOGUES, formatter, isDataAssumption } from '@revue/kpi-core/report';
import { translator, type Language } from '../i18n/index.js';

/** A default the report used where the policy says nothing (DESIGN §2: defaults are assumptions). */
export interface Assumption {
  key: string;
  /** The value used, as text (`4h`, `{"mon":["08:00-18:00"]}`). */
  value: string;
  source: string;
}

/** A figure the report could not measure, and why (a reason code such as `no-rate`). */
export interface NotMeasured {
  figure: string;
  reason: string;
}

/** What the appendix "How these figures were computed" lists; null for a list the report lacks. */
export interface ReportAppendix {
  assumptions: Assumption[] | null;
  notMeasured: NotMeasured[] | null;
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function records(value: unknown): Array<Record<string, unknown>> | null {
  if (!Array.isArray(value)) return null;
  return value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null && !Array.isArray(item));
}

/**
 * The report's `assumptions` and `notMeasured` lists (DESIGN §6), read defensively: a report
 * made before they existed has neither (null, so the exports say the report does not list them
 * rather than "nothing was assumed"); entries that are not objects are skipped and values that
 * are not text are written as JSON.
 *
 * @example
 * reportAppendix({ ...report, notMeasured: [{ figure: 'lostHours.cost', reason: 'no-rate' }] }).notMeasured;
 * // → [{ figure: 'lostHours.cost', reason: 'no-rate' }]
 */
export function reportAppendix(report: Report): ReportAppendix {
  const loose = report as unknown as { assumptions?: unknown; notMeasured?: unknown };
  const assumptions = records(loose.assumptions);
  const notMeasured = records(loose.notMeasured);
  return {
    assumptions: assumptions && assumptions.map((a) => ({ key: text(a.key), value: text(a.value), source: text(a.source) })),
    notMeasured: notMeasured && notMeasured.map((n) => ({ figure: text(n.figure), reason: text(n.reason) })),
  };
}

/** An assumption in words: what the setting is, the value used, whence it came, and its entry in the policy file. */
export interface AssumptionInWords {
  setting: string;
  value: string;
  source: string;
  /** The policy file's entry (`sla.P1.resolution`), for whoever writes the policy to change it. */
  key: string;
}

/** A figure not measured, in words: its name and why. */
export interface NotMeasuredInWords {
  figure: string;
  reason: string;
}

/** `name: text` (`name : text` in French) of kpi-core's catalogue, split at its first colon. */
function nameAndText(sentence: string): [string, string] {
  const colon = sentence.indexOf(':');
  if (colon < 0) return [sentence, ''];
  return [sentence.slice(0, colon).trim(), sentence.slice(colon + 1).trim()];
}

/**
 * The appendix in the words of kpi-core's catalogue (the sentences the section notes and the
 * Markdown review say), not its keys and codes: "SLA target P1" / "response 30 min, resolution
 * 4 h (24x7)" / "Default: the policy does not say" instead of `sla.P1` / `{"response":30…}` /
 * `default`; "Cost of the hours lost" / "the policy gives no hourly rate" instead of
 * `lostHours.cost` / `no-rate`. Null lists as in `reportAppendix`. A key or reason the
 * catalogue does not know stays as it is (a report from a newer kpi-core).
 *
 * @example
 * appendixInWords({ ...report, notMeasured: [{ figure: 'lostHours.cost', reason: 'no-rate' }] }, 'en').notMeasured;
 * // → [{ figure: 'Cost of the hours lost', reason: 'the policy gives no hourly rate' }]
 */
export function appendixInWords(report: Report, language: Language): { assumptions: AssumptionInWords[] | null; notMeasured: NotMeasuredInWords[] | null } {
  const appendix = reportAppendix(report);
  const catalogue = CATALOGUES[language];
  const format = formatter(language, report.currency, report.timezone);
  const t = translator(language);
  // The same filter as reportAppendix's, so raw[i] stays beside appendix.assumptions[i].
  const raw = records((report as unknown as { assumptions?: unknown }).assumptions) ?? [];
  return {
    assumptions:
      appendix.assumptions &&
      appendix.assumptions.map((a, i) => {
        const [setting, value] = wordsOr(() => nameAndText(catalogue.assumption(a.key as never, raw[i]?.value, format)), [a.key, a.value]);
        // A rule about the data (paused minutes, affected users…) is no default of the policy, and has no entry in it.
        if (isDataAssumption(a.key)) return { setting, value: value === '' ? a.value : value, source: t('export.dataSource'), key: '' };
        return { setting, value: value === '' ? a.value : value, source: a.source === 'default' ? t('export.defaultSource') : a.source, key: a.key };
      }),
    notMeasured:
      appendix.notMeasured &&
      appendix.notMeasured.map((n) => {
        const [figure, reason] = wordsOr(() => nameAndText(catalogue.notMeasured(n.figure, n.reason as never)), [n.figure, n.reason]);
        return { figure, reason: reason === '' || reason === 'undefined' ? n.reason : reason };
      }),
  };
}

/** The catalogue's words, or the raw pair when it throws on a key it does not know. */
function wordsOr(words: () => [string, string], raw: [string, string]): [string, string] {
  try {
    return words();
  } catch {
    return raw;
  }
}
