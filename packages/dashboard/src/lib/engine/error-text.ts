/**
 * A refusal of the engine in the page's language. kpi-core writes its RevueErrors in English
 * (the CLI's words, `describeError`); the page in English shows them as they are, the page in
 * French says them from kpi-core's own French catalogue (`revueErrorFrench`, the words of
 * `revue --lang fr` too), which keeps the file, row and column and the value kpi-core's sentence
 * names. The page's own refusals (no data loaded, no demo in this build, the engine stopped) are
 * said in either language from the i18n catalogue; an error that is no RevueError, or a broken
 * contract between this page and kpi-core (an option out of range), is a fault, not the user's:
 * said so in plain words, with its detail.
 */
import type { PlainRevueError } from '@revue/kpi-core/parts';
import { revueErrorFrench } from '@revue/kpi-core/report';
import type { Language, MessageKey, Translate } from '../i18n/index.js';

/** The page's own refusals (engine.worker.ts, client.ts), said from the catalogue in both languages. */
export const PAGE_CODES = ['no-data', 'no-demo', 'engine-stopped'] as const;

/** An error as the engine gives it: kpi-core's message, and the RevueError's code and place when it is one. */
export interface EngineFailure {
  message: string;
  revue?: PlainRevueError | undefined;
}

/**
 * The error's sentence in `language`: the page's own refusals and faults from the catalogue in
 * both languages; a RevueError in kpi-core's words, English or French.
 *
 * @example
 * errorText({ message: 'x.csv is not a CSV text file (a PDF file); export it as CSV and try again', revue: { code: 'not-csv', file: 'x.csv', message: '…' } }, 'fr', t);
 * // → 'x.csv n’est pas un fichier texte CSV (un fichier PDF) ; exportez-le en CSV et réessayez'
 * errorText({ message: 'unknown period kind "week"', revue: { code: 'period', message: 'unknown period kind "week"' } }, 'fr', t);
 * // → 'cette période ne peut pas être revue'
 */
export function errorText(error: EngineFailure, language: Language, t: Translate): string {
  const revue = error.revue;
  if (revue === undefined) return t('error.unexpected', { detail: error.message });
  if ((PAGE_CODES as readonly string[]).includes(revue.code)) return t(`error.${revue.code}` as MessageKey);
  // No French words: a contract code (or one kpi-core's catalogue lacks, which its tests forbid).
  const french = revueErrorFrench(revue);
  if (french === null) return t('error.unexpected', { detail: error.message });
  return language === 'en' ? error.message : french;
}

/** The engine's refusal of `error` (an `EngineError`, any Error, anything thrown), in `language`. */
export function failureText(error: unknown, language: Language, t: Translate): string {
  if (error instanceof Error) return errorText({ message: error.message, revue: (error as { revue?: PlainRevueError }).revue }, language, t);
  return t('error.unexpected', { detail: String(error) });
}
