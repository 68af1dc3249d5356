import type { MessageKey } from './i18n/index.js';

/** One review section: its route, its name in the navigation, its test id. */
export interface Section {
  id: 'summary' | 'activity' | 'sla' | 'incidents' | 'reliability' | 'lost-hours' | 'costs' | 'fleet' | 'preventive' | 'replacement';
  /** Route path, without base. */
  path: '/' | '/activity' | '/sla' | '/incidents' | '/reliability' | '/lost-hours' | '/costs' | '/fleet' | '/preventive' | '/replacement';
  label: MessageKey;
}

/** The review sections in presentation order (one slide each). */
export const SECTIONS: readonly Section[] = [
  { id: 'summary', path: '/', label: 'nav.summary' },
  { id: 'activity', path: '/activity', label: 'nav.activity' },
  { id: 'sla', path: '/sla', label: 'nav.sla' },
  { id: 'incidents', path: '/incidents', label: 'nav.incidents' },
  { id: 'reliability', path: '/reliability', label: 'nav.reliability' },
  { id: 'lost-hours', path: '/lost-hours', label: 'nav.lostHours' },
  { id: 'costs', path: '/costs', label: 'nav.costs' },
  { id: 'fleet', path: '/fleet', label: 'nav.fleet' },
  { id: 'preventive', path: '/preventive', label: 'nav.preventive' },
  { id: 'replacement', path: '/replacement', label: 'nav.replacement' },
];

/**
 * The index of the section shown at a path (base already removed), or -1 for other pages.
 *
 * @example
 * sectionIndex('/costs'); // → 6
 */
export function sectionIndex(pathname: string): number {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return SECTIONS.findIndex((s) => s.path === path);
}
