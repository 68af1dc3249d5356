import { FRESHWORKS_MAPS, freshworksDerive } from './freshservice.js';
import type { TicketPreset } from './preset.js';

// Source: FORMATS.md §4 and Freshdesk ticket exports read by public code [O]: `Ticket ID`,
// `Subject`, `Status`, `Priority`, `Source`, `Source Info`, `Type`, `Agent`, `Group`, `Created
// time`, `Due by Time`, `Resolved time`, `Closed time`, `Last update time`, `Initial response
// time`, `Time tracked`, `First response time (in hrs)`, `Resolution time (in hrs)`, `Agent
// interactions`, `Customer interactions`, `Resolution status`, `First response status`, `Every
// response status`, `Tags`, `Survey results`, `Skill`, `Product`, `Company Name`. The "(in hrs)"
// values are `HH:MM:SS` or decimal hours [O]. Statuses Open, Pending, Resolved, Closed and the
// common custom ones "Waiting on Customer"/"Waiting on Third Party" [O]. Headers are matched
// without case, so Freshservice's spellings of the shared columns read the same.

/** Freshdesk ticket export (Tickets → Export, CSV or Excel). */
export const freshdeskTickets: TicketPreset = {
  name: 'freshdesk',
  kind: 'tickets',
  source: 'FORMATS.md §4: Freshdesk export headers seen by public parsers',
  columns: {
    id: ['Ticket ID'],
    title: ['Subject'],
    status: ['Status'],
    priority: ['Priority'],
    type: ['Type'],
    client: ['Company Name', 'Company'],
    category: ['Group'],
    openedAt: ['Created time'],
    slaResolutionDueAt: ['Due by Time'],
    resolvedAt: ['Resolved time'],
    closedAt: ['Closed time'],
    firstResponseAt: ['Initial response time'],
    effortMinutes: ['Time tracked'],
    slaResolutionVerdict: ['Resolution status'],
    slaResponseVerdict: ['First response status'],
  },
  values: { effortMinutes: { kind: 'duration', unit: 'hours' } },
  maps: {
    ...FRESHWORKS_MAPS,
    type: { Incident: 'incident', Question: 'request', Problem: 'problem', 'Feature Request': 'request', Refund: 'request' },
  },
  durations: { resolvedAt: { headers: ['Resolution time (in hrs)'], unit: 'hours' } },
  extras: {
    firstResponseDelay: { headers: ['First response time (in hrs)'], value: { kind: 'duration', unit: 'hours' } },
  },
  knownHeaders: [
    'Source', 'Source Info', 'Agent', 'Last update time', 'Agent interactions', 'Customer interactions',
    'Every response status', 'Tags', 'Survey results', 'Skill', 'Product', 'Summary', 'Reference Number',
    'Full name', 'Contact ID', 'Email',
  ],
  derive: freshworksDerive,
};
