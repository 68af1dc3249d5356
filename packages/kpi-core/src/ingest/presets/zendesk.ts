import { fillFromOffset, type TicketPreset } from './preset.js';

// Source: FORMATS.md §4 — Zendesk help article "Exporting data" header list [C]: `Id`,
// `Subject`, `Status`, `Priority`, `Ticket type`, `Group`, `Organization`, `Created at`,
// `Solved at`, `Due date`, `Reopens`, timing columns in integer minutes (`First reply time in
// minutes`, `On hold time in minutes`, each with a `… within business hours` twin). Times in
// the account zone; date pattern unconfirmed [I]. Priority/type maps are Revue's reading [I].

/** Zendesk Support CSV export. */
export const zendeskTickets: TicketPreset = {
  name: 'zendesk',
  kind: 'tickets',
  source: 'FORMATS.md §4: Zendesk help-article header list',
  columns: {
    id: ['Id'],
    title: ['Subject'],
    status: ['Status'],
    priority: ['Priority'],
    type: ['Ticket type'],
    category: ['Group'],
    client: ['Organization'],
    openedAt: ['Created at'],
    resolvedAt: ['Solved at'],
    slaResolutionDueAt: ['Due date'],
    reopenCount: ['Reopens'],
    pausedMinutes: ['On hold time in minutes'],
  },
  values: { pausedMinutes: { kind: 'duration', unit: 'minutes' } },
  maps: {
    priority: { Urgent: 'P1', High: 'P2', Normal: 'P3', Low: 'P4' },
    type: { Incident: 'incident', Problem: 'problem', Question: 'request', Task: 'request' },
  },
  extras: { firstReply: { headers: ['First reply time in minutes'], value: { kind: 'duration', unit: 'minutes' } } },
  derive({ numbers, extras }) {
    const delay = extras['firstReply'];
    if (delay instanceof Float64Array) fillFromOffset(numbers['firstResponseAt']!, numbers['openedAt']!, delay);
  },
};
