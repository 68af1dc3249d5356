import { fillFromOffset, type TicketPreset } from './preset.js';

// Source: FORMATS.md §4 — Zendesk help article "Exporting data" header list [C]: `Id`,
// `Subject`, `Status`, `Priority`, `Ticket type`, `Group`, `Organization`, `Created at`,
// `Solved at`, `Due date`, `Reopens`, timing columns in integer minutes (`First reply time in
// minutes`, `Full resolution time in minutes`, `On hold time in minutes`, each with a `… within
// business hours` twin). Times in the account zone; date pattern unconfirmed [I]. Statuses are
// Zendesk's fixed set new, open, pending, hold, solved, closed (and deleted) [C]; priority/type
// maps are Revue's reading [I]. `Full resolution time in minutes` (calendar minutes from
// creation to the last solve) gives the resolution when `Solved at` is not exported.

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
    reopenCount: ['Reopens'],
    pausedMinutes: ['On hold time in minutes'],
  },
  values: { pausedMinutes: { kind: 'duration', unit: 'minutes' } },
  maps: {
    priority: { Urgent: 'P1', High: 'P2', Normal: 'P3', Low: 'P4' },
    type: { Incident: 'incident', Problem: 'problem', Question: 'request', Task: 'request' },
    status: { New: 'open', Open: 'open', Pending: 'pending', Hold: 'pending', 'On-hold': 'pending', Solved: 'resolved', Closed: 'closed', Deleted: 'cancelled' },
  },
  durations: { resolvedAt: { headers: ['Full resolution time in minutes'], unit: 'minutes' } },
  extras: { firstReply: { headers: ['First reply time in minutes'], value: { kind: 'duration', unit: 'minutes' } } },
  // `Due date` is the due date of a ticket of type Task, set by an agent (the Zendesk Support API's
  // ticket `due_at`: "the due date for task tickets"), not an SLA deadline: known, not read.
  knownHeaders: [
    'Due date', 'Summation column', 'Requester', 'Requester id', 'Requester external id', 'Requester email', 'Requester domain',
    'Submitter', 'Assignee', 'Tags', 'Via', 'Updated at', 'Assigned at', 'Initially assigned at', 'Resolution time',
    'Satisfaction Score', 'Group stations', 'Assignee stations', 'Replies',
    'First reply time in minutes within business hours', 'First resolution time in minutes',
    'First resolution time in minutes within business hours', 'Full resolution time in minutes within business hours',
    'Agent wait time in minutes', 'Agent wait time in minutes within business hours', 'Requester wait time in minutes',
    'Requester wait time in minutes within business hours', 'On hold time in minutes within business hours',
  ],
  derive({ numbers, extras }) {
    const delay = extras['firstReply'];
    if (delay instanceof Float64Array) fillFromOffset(numbers['firstResponseAt']!, numbers['openedAt']!, delay);
  },
};
