import { fillFromOffset, type TicketPreset } from './preset.js';

// Source: FORMATS.md §4 — Freshservice ticket export as read by third-party parsers [O]:
// `Ticket Id`, `Subject`, `Status`, `Priority`, `Impact`, `Type`, `Company`/`Department`,
// `Category`, `Created Time`, `Due by Time`, `Resolved Time`, `Closed Time`, `Initial Response
// Time`, `Time Tracked` and `First Response Time (in Hrs)` as `HH:MM:SS`, `Affected CI`.
// Freshdesk spellings (`Ticket ID`, `Created time`) match too (headers are matched without case).
// Priority Urgent/High/Medium/Low and impact High/Medium/Low maps are Revue's reading [I].

/** Freshservice (and Freshdesk) ticket export. */
export const freshserviceTickets: TicketPreset = {
  name: 'freshservice',
  kind: 'tickets',
  source: 'FORMATS.md §4: Freshservice export headers seen by third-party parsers',
  columns: {
    id: ['Ticket Id'],
    title: ['Subject'],
    status: ['Status'],
    priority: ['Priority'],
    impact: ['Impact'],
    type: ['Type'],
    client: ['Company', 'Department'],
    category: ['Category'],
    openedAt: ['Created Time'],
    slaResolutionDueAt: ['Due by Time'],
    resolvedAt: ['Resolved Time'],
    closedAt: ['Closed Time'],
    firstResponseAt: ['Initial Response Time'],
    effortMinutes: ['Time Tracked'],
    assetId: ['Affected CI'],
  },
  values: { effortMinutes: { kind: 'duration', unit: 'hours' } },
  maps: {
    priority: { Urgent: 'P1', High: 'P2', Medium: 'P3', Low: 'P4' },
    impact: { High: 'outage', Medium: 'degraded', Low: 'minor' },
    type: { Incident: 'incident', 'Service Request': 'request', Problem: 'problem', Change: 'change' },
  },
  extras: {
    firstResponseDelay: { headers: ['First Response Time (in Hrs)'], value: { kind: 'duration', unit: 'hours' } },
  },
  derive({ numbers, extras }) {
    const delay = extras['firstResponseDelay'];
    if (delay instanceof Float64Array) fillFromOffset(numbers['firstResponseAt']!, numbers['openedAt']!, delay);
  },
};
