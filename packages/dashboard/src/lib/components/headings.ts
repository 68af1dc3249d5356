import { getContext, setContext } from 'svelte';

const KEY = Symbol('revue.sectionHeadingLevel');

/**
 * Every page has one `<h1>`: a section page's is the section's title; the whole-review page
 * (`/print`) has its own `<h1>` and calls this so that its sections are titled `<h2>`.
 */
export function sectionsUnderPageTitle(): void {
  setContext(KEY, 2);
}

/** The heading level of a section's title: 1 on its own page, 2 under a page title. */
export function sectionHeadingLevel(): 1 | 2 {
  return getContext<1 | 2 | undefined>(KEY) ?? 1;
}
