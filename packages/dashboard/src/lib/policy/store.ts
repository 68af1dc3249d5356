/**
 * The edited policy, kept in the browser (localStorage) so that the next visit computes with it,
 * and written to or read from a policy JSON file (the format of the CLI's `--policy`). Nothing
 * leaves the browser: export is a download, import reads a file the user picks.
 */
import type { KeyValueStorage } from '../engine/mapping-store.js';
import type { PolicyDocument } from './document.js';

/** The localStorage key of the edited policy (a policy document as JSON). */
export const POLICY_STORAGE_KEY = 'revue.policy';

function isDocument(value: unknown): value is PolicyDocument {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The edited policy saved in the browser. A corrupt entry reads as none (the data's own policy
 * then applies); a full or disabled storage keeps the policy for this session only.
 *
 * @example
 * const store = policyStore(localStorage);
 * store.save({ rates: { userHourly: 42 } });
 * store.load(); // → { rates: { userHourly: 42 } }
 * store.clear();
 * store.load(); // → null
 */
export function policyStore(storage: KeyValueStorage | null) {
  return {
    load(): PolicyDocument | null {
      if (!storage) return null;
      try {
        const raw = storage.getItem(POLICY_STORAGE_KEY);
        if (raw === null) return null;
        const parsed: unknown = JSON.parse(raw);
        return isDocument(parsed) ? parsed : null;
      } catch {
        return null;
      }
    },
    save(document: PolicyDocument): void {
      try {
        storage?.setItem(POLICY_STORAGE_KEY, JSON.stringify(document));
      } catch {
        // Storage full or disabled (private mode): the policy still applies to this session.
      }
    },
    clear(): void {
      try {
        storage?.removeItem(POLICY_STORAGE_KEY);
      } catch {
        // Disabled storage: nothing was saved.
      }
    },
  };
}

/**
 * The policy as the JSON file the CLI reads (`revue report --policy policy.json`): indented,
 * ending with a newline.
 *
 * @example
 * policyJson({ headcount: 85 }); // → '{\n  "headcount": 85\n}\n'
 */
export function policyJson(document: PolicyDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** What reading a policy file gives: the document, or why it is not one. */
export type ImportResult = { document: PolicyDocument; problem: null } | { document: null; problem: 'json' | 'not-object' };

/**
 * Reads the text of a policy JSON file (a leading BOM dropped). Only the JSON shape is checked
 * here; the values are checked by `checkPolicy` as for an edit.
 *
 * @example
 * readPolicyJson('{"headcount": 85}'); // → { document: { headcount: 85 }, problem: null }
 * readPolicyJson('[1]'); // → { document: null, problem: 'not-object' }
 */
export function readPolicyJson(text: string): ImportResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { document: null, problem: 'json' };
  }
  return isDocument(parsed) ? { document: parsed, problem: null } : { document: null, problem: 'not-object' };
}
