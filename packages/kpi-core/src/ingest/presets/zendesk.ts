import { firstResponseFromDelay, type TicketPreset } from './preset.js';

// Source: FORMATS.md §4 — Zendesk help article "Exporting data" header list [C]: `Id`,
// `Subject`, `Status`, `Priority`, `Ticket type`, `Group`, `Organization`, `Created at`,
// `Solved at`, `Due date`, `Reopens`, timing columns in integer minutes (`First reply time in
// minutes`, `Full resolution time in minutes`, `On hold time in minutes`, each with a `… within
// business hours` twin). Times in the account zone; date pattern unconfirmed [I]. Statuses are
// Zendesk's fixed set new, open, pending, hold, solved, closed (and deleted) [C]; priority/type
// maps are Revue's reading [I]. `Full resolution time in minutes` (calendar minutes from
// creation to the last solve) gives the resolution when `Solved at` is not exported.
//
// Zendesk Explore (the reporting tool that replaced the legacy CSV export for most accounts) writes
// a report's table as CSV or XLSX under its attribute and metric names: `Ticket ID`, `Ticket
// status`, `Ticket priority`, `Ticket type`, `Ticket group`, `Ticket organization name`, `Ticket
// subject`, `Ticket created - Timestamp`, `Ticket solved - Timestamp`, `Full resolution time
// (min)`, `First reply time (min)`, `Requester wait time (min)`, `Tickets` (the count, 1 per row)
// [C Zendesk help "Metrics and attributes for Zendesk Support" (dataset reference), whose status
// values are New, Open, Pending, On-hold, Solved, Closed; O: public scripts that read Explore
// exports with these headers, `Ticket solved - Timestamp` beside `Ticket assigned - Timestamp`].
// `Ticket status - Unsorted` is the same status attribute without its sort order [C same page].
// The `… - Date` attributes (a day, no time) are not read as instants: a file with dates only
// goes through a mapping. `On-hold time (min)` is [I]; the timestamp text format is [I].

/** Zendesk Support CSV export. */
export const zendeskTickets: TicketPreset = {
  name: 'zendesk',
  kind: 'tickets',
  source: 'FORMATS.md §4: Zendesk help-article header list',
  columns: {
    id: ['Id', 'Ticket ID'],
    title: ['Subject', 'Ticket subject'],
    status: ['Status', 'Ticket status', 'Ticket status - Unsorted'],
    priority: ['Priority', 'Ticket priority'],
    type: ['Ticket type'],
    category: ['Group', 'Ticket group'],
    client: ['Organization', 'Ticket organization name', 'Ticket organisation name', 'Requester organization name'],
    openedAt: ['Created at', 'Ticket created - Timestamp'],
    resolvedAt: ['Solved at', 'Ticket solved - Timestamp'],
    reopenCount: ['Reopens'],
    pausedMinutes: ['On hold time in minutes', 'On-hold time (min)'],
  },
  values: { pausedMinutes: { kind: 'duration', unit: 'minutes' } },
  maps: {
    priority: { Urgent: 'P1', High: 'P2', Normal: 'P3', Low: 'P4' },
    type: { Incident: 'incident', Problem: 'problem', Question: 'request', Task: 'request' },
    status: { New: 'open', Open: 'open', Pending: 'pending', Hold: 'pending', 'On-hold': 'pending', Solved: 'resolved', Closed: 'closed', Deleted: 'cancelled' },
  },
  durations: { resolvedAt: { headers: ['Full resolution time in minutes', 'Full resolution time (min)'], unit: 'minutes' } },
  extras: { firstReply: { headers: ['First reply time in minutes', 'First reply time (min)'], value: { kind: 'duration', unit: 'minutes' } } },
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
    // Explore attributes and metrics (see above).
    'Tickets', 'Ticket brand', 'Ticket channel', 'Ticket form', 'Ticket tags', 'Ticket assignee', 'Ticket requester', 'Assignee name',
    'Requester name', 'Ticket created - Date', 'Ticket solved - Date', 'Ticket updated - Timestamp', 'Ticket assigned - Timestamp',
    'Ticket due - Timestamp', 'Ticket satisfaction rating', 'Requester wait time (min)', 'Full resolution time - Business hours (min)',
    'First reply time - Business hours (min)', 'Requester wait time - Business hours (min)',
  ],
  derive(context) {
    firstResponseFromDelay(context, 'firstReply');
  },
};
