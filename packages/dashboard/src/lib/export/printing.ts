/**
 * Whether a view is rendered for print (the whole-review page `/print`): long tables then show
 * every listed row and no control ("Show all", "Show the 9 tickets") is left on paper.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('revue.printing');

/** Marks the components under the calling one as rendered for print. Call from `/print`. */
export function providePrinting(): void {
  setContext(KEY, true);
}

/** True under `/print` (a component's own context, read once at its creation). */
export function isPrinting(): boolean {
  return getContext<boolean | undefined>(KEY) === true;
}
