import type { TicketPreset } from './preset.js';

// Source: FORMATS.md §4 — osTicket `include/class.queue.php` @ 8876338a and
// `include/class.export.php` @ 0379173a [C]: `Ticket Number`, `Date Created`, `Subject`,
// `Priority`, `Department`, `Help Topic`, `Current Status`, `SLA Due Date`, `Closed Date`,
// `Overdue`, `Reopen Count`; `fputcsv` with `,` (or `;` when the locale uses a decimal comma).
// Priority names Emergency/High/Normal/Low and the statuses Open, Resolved, Closed, Archived,
// Deleted are osTicket's defaults [I]. `Overdue` says whether a ticket is overdue now: osTicket
// clears the flag when a ticket is closed, so it is no verdict on a closed ticket and is not read.

/** osTicket queue export. */
export const osticketTickets: TicketPreset = {
  name: 'osticket',
  kind: 'tickets',
  source: 'FORMATS.md §4: osTicket class.queue.php, class.export.php',
  columns: {
    id: ['Ticket Number'],
    openedAt: ['Date Created'],
    title: ['Subject'],
    priority: ['Priority'],
    category: ['Help Topic'],
    status: ['Current Status'],
    slaResolutionDueAt: ['SLA Due Date'],
    closedAt: ['Closed Date'],
    reopenCount: ['Reopen Count'],
  },
  maps: {
    priority: { Emergency: 'P1', High: 'P2', Normal: 'P3', Low: 'P4' },
    status: { Open: 'open', Resolved: 'resolved', Closed: 'closed', Archived: 'closed', Deleted: 'cancelled' },
  },
  knownHeaders: [
    'From', 'From Email', 'Department', 'Source', 'Last Updated', 'Due Date', 'Overdue', 'Merged', 'Linked', 'Answered',
    'Agent Assigned', 'Team Assigned', 'Thread Count', 'Attachment Count', 'Task Count',
  ],
};
