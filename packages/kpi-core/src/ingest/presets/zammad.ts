import type { TicketPreset } from './preset.js';

// Source: FORMATS.md §4 — Zammad `lib/excel_sheet/ticket.rb` @ 221b0073 [C]: the report is
// XLSX; this preset reads it re-saved as CSV (header row found automatically: the title and
// empty rows above it are skipped). Headers are English: `#`, `Title`, `State`, `Priority`,
// `Group`, `Organization`, `Time Units Total`, `Created At`, `Closed At`, `First Response At`,
// `… Escalation At`. Dates `yyyy-mm-dd hh:mm:ss` in the chosen zone. Priority names
// `1 low`/`2 normal`/`3 high` [I]; time units read as minutes [I].

/** Zammad ticket report (XLSX re-saved as CSV). */
export const zammadTickets: TicketPreset = {
  name: 'zammad',
  kind: 'tickets',
  source: 'FORMATS.md §4: zammad/zammad lib/excel_sheet/ticket.rb',
  columns: {
    id: ['#', 'Number'],
    title: ['Title'],
    status: ['State'],
    priority: ['Priority'],
    category: ['Group'],
    client: ['Organization'],
    openedAt: ['Created At'],
    closedAt: ['Closed At'],
    firstResponseAt: ['First Response At'],
    effortMinutes: ['Time Units Total'],
    slaResponseDueAt: ['First Response Escalation At'],
    slaResolutionDueAt: ['Close Escalation At'],
  },
  values: { effortMinutes: { kind: 'duration', unit: 'minutes' } },
  maps: { priority: { '1 low': 'P4', '2 normal': 'P3', '3 high': 'P2' } },
};
