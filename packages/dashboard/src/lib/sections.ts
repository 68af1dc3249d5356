import type { MessageKey } from './i18n/index.js';

/** One review section: its route, its name in the navigation, its test id. */
export interface Section {
  id: 'summary' | 'sla' | 'incidents' | 'reliability' | 'lost-hours' | 'costs' | 'fleet';
  /** Route path, without base. */
  path: '/' | '/sla' | '/incidents' | '/reliability' | '/lost-hours' | '/costs' | '/fleet';
  label: MessageKey;
}

/** The review sections in presentation order (one slide each). */
export const SECTIONS: readonly Section[] = [
  { id: 'summary', path: '/', label: 'nav.summary' },
  { id: 'sla', path: '/sla', label: 'nav.sla' },
  { id: 'incidents', path: '/incidents', label: 'nav.incidents' },
  { id: 'reliability', path: '/reliability', label: 'nav.reliability' },
  { id: 'lost-hours', path: '/lost-hours', label: 'nav.lostHours' },
  { id: 'costs', path: '/costs', label: 'nav.costs' },
  { id: 'fleet', path: '/fleet', label: 'nav.fleet' },
];

/**
 * The index of the section shown at a path (base already removed), or -1 for other pages.
 *
 * @example
 * sectionIndex('/costs'); // → 5
 */
export function sectionIndex(pathname: string): number {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return SECTIONS.findIndex((s) => s.path === path);
}
