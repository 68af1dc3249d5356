import { firstResponseFromDelay, type DeriveContext, type TicketPreset } from './preset.js';

// Source: FORMATS.md §4 — Freshservice ticket export as read by third-party parsers [O]:
// `Ticket Id`, `Subject`, `Status`, `Priority`, `Urgency`, `Impact`, `Type`, `Company`/
// `Department`, `Category`, `Sub-Category`, `Item`, `Requester Name`, `Created Time`, `Due by
// Time`, `Resolved Time`, `Closed Time`, `Last Updated Time`, `Initial Response Time`, `Time
// Tracked` and `First Response Time (in Hrs)`/`Resolution Time (in Hrs)` as `HH:MM:SS`,
// `Resolution Status`/`First Response Status`, `Survey Result`, `Affected CI`. Freshdesk writes
// nearly the same export (freshdesk.ts); the headers that only one of them writes tell them apart.
// Statuses Open/Pending/Resolved/Closed are the built-in ones [O]; `Resolution Status` and
// `First Response Status` read `Within SLA` or `SLA Violated` [O]: the tool's own SLA verdicts.
// Priority Urgent/High/Medium/Low and impact High/Medium/Low maps are Revue's reading [I].

/** What Freshservice and Freshdesk share: statuses, priorities, SLA verdicts. */
export const FRESHWORKS_MAPS = {
  priority: { Urgent: 'P1', High: 'P2', Medium: 'P3', Low: 'P4' },
  status: {
    Open: 'open', Pending: 'pending', 'Waiting on Customer': 'pending', 'Waiting on Third Party': 'pending',
    'Awaiting Customer Response': 'pending', Resolved: 'resolved', Closed: 'closed',
  },
  slaResolutionVerdict: { 'Within SLA': 'met', 'SLA Violated': 'breached' },
  slaResponseVerdict: { 'Within SLA': 'met', 'SLA Violated': 'breached' },
};

/** The first response is the creation time plus `First Response Time (in Hrs)` where `Initial Response Time` is empty. */
export function freshworksDerive(context: DeriveContext): void {
  firstResponseFromDelay(context, 'firstResponseDelay');
}

/** Freshservice ticket export. */
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
    slaResolutionVerdict: ['Resolution Status'],
    slaResponseVerdict: ['First Response Status'],
  },
  values: { effortMinutes: { kind: 'duration', unit: 'hours' } },
  maps: {
    ...FRESHWORKS_MAPS,
    impact: { High: 'outage', Medium: 'degraded', Low: 'minor' },
    type: { Incident: 'incident', 'Service Request': 'request', Problem: 'problem', Change: 'change' },
  },
  durations: { resolvedAt: { headers: ['Resolution Time (in Hrs)'], unit: 'hours' } },
  extras: {
    firstResponseDelay: { headers: ['First Response Time (in Hrs)'], value: { kind: 'duration', unit: 'hours' } },
  },
  knownHeaders: [
    'Description', 'Urgency', 'Source', 'Group', 'Agent', 'Sub-Category', 'Item', 'Requester Name', 'Requester Email',
    'Last Updated Time', 'Agent interactions', 'Customer interactions', 'Tags', 'Survey Result', 'Requester Location',
    'Requester VIP', 'Resolution Note', 'Experience Score', 'Association type', 'Approval Status',
  ],
  derive: freshworksDerive,
};
