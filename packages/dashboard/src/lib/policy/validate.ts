/**
 * A policy document checked by kpi-core's `parsePolicy` (the very check the CLI's `--policy`
 * and the worker make), its refusal turned into a problem placed on the editor's field and said
 * in the UI's language: the French is kpi-core's `policyProblemFrench` (the CLI says the same with
 * `--lang fr`); a message it does not know is shown as kpi-core wrote it.
 */
import { parsePolicy, RevueError } from '@revue/kpi-core';
import { policyProblemFrench } from '@revue/kpi-core/report';
import type { Language } from '../i18n/index.js';
import { FIELD_BY_ID, type PolicyDocument } from './document.js';

/** Why a document is refused: where (kpi-core's path) and kpi-core's message. */
export interface PolicyProblem {
  /** The editor's field the problem is about (`sla.P2.response`), or null for the whole document. */
  field: string | null;
  /** The path kpi-core names: `policy.sla.P2.response`, `policy.calendar.hours.mon[0]`. */
  path: string;
  /** kpi-core's message without its path: `"8x" is not a duration (use "30m", "4h" or minutes)`. */
  message: string;
}

/**
 * The problem kpi-core finds in a policy document, or null when it is a valid policy.
 *
 * @example
 * checkPolicy({ sla: { P2: { response: '8x' } } });
 * // → { field: 'sla.P2.response', path: 'policy.sla.P2.response', message: '"8x" is not a duration (use "30m", "4h" or minutes)' }
 * checkPolicy({ rates: { userHourly: 42 } }); // → null
 */
export function checkPolicy(document: PolicyDocument): PolicyProblem | null {
  try {
    parsePolicy(document);
    return null;
  } catch (error) {
    if (!(error instanceof RevueError)) throw error;
    return problemOf(error.message);
  }
}

/** Splits `policy.sla.P2.response: message` and finds the field of the path. */
export function problemOf(text: string): PolicyProblem {
  const match = /^(policy(?:\.[^:\s]*)?): ([\s\S]*)$/.exec(text);
  if (match === null) return { field: null, path: 'policy', message: text };
  const path = match[1]!;
  // `calendar.hours.mon[0]` is the Monday box; `recurrence.key[1]` the key box.
  const id = path.replace(/^policy\.?/, '').replace(/\[\d+\].*$/, '');
  return { field: FIELD_BY_ID.has(id) ? id : null, path, message: match[2]! };
}

/**
 * A problem's message in the UI's language (kpi-core writes English).
 *
 * @example
 * problemText({ field: 'headcount', path: 'policy.headcount', message: '0 is not a positive integer or null' }, 'fr');
 * // → '0 n’est pas un entier positif (laisser vide pour aucun)'
 */
export function problemText(problem: PolicyProblem, language: Language): string {
  if (language === 'en') return problem.message;
  return policyProblemFrench(problem.message) ?? problem.message;
}

/**
 * A whole refusal of kpi-core (`policy.sla.P2.response: "8x" is not a duration…`) in the UI's
 * language, its path kept: what the Policy page says of a saved document the engine refused.
 *
 * @example
 * refusalText('policy.headcount: 0 is not a positive integer or null', 'fr');
 * // → 'policy.headcount : 0 n’est pas un entier positif (laisser vide pour aucun)'
 */
export function refusalText(text: string, language: Language): string {
  const problem = problemOf(text);
  const said = problemText(problem, language);
  if (problem.path === 'policy' && problem.message === text) return said;
  return `${problem.path}${language === 'fr' ? '\u202f' : ''}: ${said}`;
}
