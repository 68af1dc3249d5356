import { GLPI_LANGUAGE_LIST, GLPI_LOCAL_STATUSES, GLPI_REGIONAL_PRIORITIES, type GlpiLanguage } from './glpi-labels.js';
import { firstResponseFromDelay, lastPathSegment, type TicketPreset } from './preset.js';

// Source: FORMATS.md §1 — GLPI 10.0.10 `src/Search.php` (G1), GLPI 11 `src/Search/Output/Csv.php`
// (G2), dash_glpi parsers [O]; the labels and value words of each UI language (en, fr, pt-BR, es,
// de, it) come from GLPI's translation files (glpi-labels.ts). Dates `dd-MM-yyyy HH:mm` or
// `yyyy-MM-dd HH:mm`, local time; a "+ Progress" deadline column holds the date and then, on
// later lines, the progress (`"11-09-2025 08:08\n\n 8%"`): the date is read. Durations as GLPI
// text (`1 jours 3 heures 0 minutes`, `0 segundo`); numbers and ids with digit grouping
// (`1 234,56`, `52 267`); entity/category/location as full paths with ` > `. The three "Fields
// plugin" columns (`Type de maintenance`, `Utilisateurs affectés`, `Gravité` and their EN labels)
// are Revue's documented convention [I].

/** GLPI ids may be written with digit grouping (`5 732 943`): the grouping is dropped. */
function ungroupDigits(value: string): string {
  return /^\d{1,3}([\s\u00a0\u202f]\d{3})+$/.test(value) ? value.replace(/[\s\u00a0\u202f]/g, '') : value;
}

/** One label in every language, without repeats (a label shared by languages is listed once). */
function every(label: (language: GlpiLanguage) => string): string[] {
  return [...new Set(GLPI_LANGUAGE_LIST.map(label))];
}

/** An option of a group: `<group> - <option>` in every language. */
function grouped(group: (language: GlpiLanguage) => string, option: (language: GlpiLanguage) => string): string[] {
  return every((l) => `${group(l)} - ${option(l)}`);
}

/** A value map built from every language: each language's word → the same target. */
function words<T extends string>(pairs: [(language: GlpiLanguage) => string, T][]): Record<string, T> {
  const map: Record<string, T> = {};
  for (const language of GLPI_LANGUAGE_LIST) for (const [word, target] of pairs) map[word(language)] = target;
  return map;
}

/**
 * GLPI answers "No" to "Time to resolve exceeded" for a ticket that has no deadline at all, so
 * "No" is a met target only where the row has the deadline; elsewhere the verdict stays empty.
 */
function keepMetWithDeadline(verdicts: (string | null)[] | undefined, deadlines: Float64Array): void {
  if (verdicts === undefined) return;
  for (let i = 0; i < verdicts.length; i++) if (verdicts[i] === 'met' && Number.isNaN(deadlines[i]!)) verdicts[i] = null;
}

/** GLPI ticket search export (Export → CSV), in its English, French, Portuguese (Brazil), Spanish, German and Italian UI. */
export const glpiTickets: TicketPreset = {
  name: 'glpi',
  kind: 'tickets',
  source: 'FORMATS.md §1: GLPI 10.0.10 Search.php (G1), GLPI 11 Csv.php (G2); labels from GLPI 10.0.10 locales/*.po',
  columns: {
    id: every((l) => l.id),
    title: every((l) => l.title),
    client: every((l) => l.entity),
    status: every((l) => l.status),
    openedAt: every((l) => l.openingDate),
    priority: every((l) => l.priority),
    category: every((l) => l.category),
    type: every((l) => l.type),
    resolvedAt: every((l) => l.resolutionDate),
    closedAt: every((l) => l.closingDate),
    assetId: every((l) => l.associatedElements),
    site: every((l) => l.location),
    effortMinutes: every((l) => l.totalDuration),
    cost: grouped((l) => l.cost, (l) => l.materialCost),
    pausedMinutes: grouped((l) => l.statistics, (l) => l.waitingTime),
    slaResponseDueAt: [...every((l) => l.timeToOwn), ...every((l) => l.timeToOwnProgress)],
    slaResolutionDueAt: [...every((l) => l.timeToResolve), ...every((l) => l.timeToResolveProgress)],
    slaResponseVerdict: every((l) => l.timeToOwnExceeded),
    slaResolutionVerdict: every((l) => l.timeToResolveExceeded),
    maintenanceType: ['Type de maintenance', 'Maintenance type'],
    affectedUsers: ['Utilisateurs affectés', 'Affected users'],
    impact: ['Gravité', 'Severity'],
  },
  values: {
    effortMinutes: { kind: 'duration', unit: 'minutes' },
    pausedMinutes: { kind: 'duration', unit: 'minutes' },
    slaResponseDueAt: { kind: 'instant', before: '\n' },
    slaResolutionDueAt: { kind: 'instant', before: '\n' },
  },
  // A multi-valued `Éléments associés` (`<br>`-joined in GLPI 10, newline-joined in 11): the
  // reader keeps its first item and flags the row (read.ts `firstItem`).
  transforms: { id: ungroupDigits, client: lastPathSegment },
  maps: {
    priority: {
      ...words([
        [(l) => l.priorities.major, 'P1'],
        [(l) => l.priorities.veryHigh, 'P1'],
        [(l) => l.priorities.high, 'P2'],
        [(l) => l.priorities.medium, 'P3'],
        [(l) => l.priorities.low, 'P4'],
        [(l) => l.priorities.veryLow, 'P5'],
      ]),
      ...GLPI_REGIONAL_PRIORITIES,
    },
    type: words([
      [(l) => l.types.incident, 'incident'],
      [(l) => l.types.request, 'request'],
    ]),
    status: {
      ...words([
        [(l) => l.statuses.new, 'open'],
        [(l) => l.statuses.assigned, 'open'],
        [(l) => l.statuses.planned, 'open'],
        [(l) => l.statuses.pending, 'pending'],
        [(l) => l.statuses.solved, 'resolved'],
        [(l) => l.statuses.closed, 'closed'],
      ]),
      ...GLPI_LOCAL_STATUSES,
    },
    // "Time to resolve exceeded": Yes means the target was missed.
    slaResolutionVerdict: words([
      [(l) => l.yes, 'breached'],
      [(l) => l.no, 'met'],
    ]),
    slaResponseVerdict: words([
      [(l) => l.yes, 'breached'],
      [(l) => l.no, 'met'],
    ]),
    maintenanceType: {
      Corrective: 'corrective', Curative: 'corrective', Palliative: 'corrective',
      Préventive: 'preventive', Preventive: 'preventive',
      Évolutive: 'evolutive', Evolutive: 'evolutive',
      Proactive: 'proactive',
    },
    impact: {
      Panne: 'outage', Outage: 'outage',
      Dégradé: 'degraded', Degraded: 'degraded',
      Mineur: 'minor', Minor: 'minor',
    },
  },
  // GLPI's statistics are net of the waiting time, in the entity's calendar when it has one
  // (CommonITILObject::computeSolveDelayStat); 0 until the ticket is solved or closed. The
  // waiting time is added back when exported; with a working-hours calendar the instant found
  // is earlier than the real one (the flag says it was computed).
  durations: {
    resolvedAt: { headers: grouped((l) => l.statistics, (l) => l.resolutionTime), unit: 'minutes', zeroIsEmpty: true, addPaused: true },
    closedAt: { headers: grouped((l) => l.statistics, (l) => l.closingTime), unit: 'minutes', zeroIsEmpty: true, addPaused: true },
  },
  extras: {
    takeIntoAccount: {
      headers: grouped((l) => l.statistics, (l) => l.takeIntoAccountTime),
      value: { kind: 'duration', unit: 'minutes' },
    },
  },
  knownHeaders: [
    ...every((l) => l.lastUpdate),
    ...every((l) => l.urgency),
    ...every((l) => l.impact),
    ...every((l) => l.internalTimeToOwn),
    ...every((l) => l.internalTimeToResolve),
    ...every((l) => l.requestSource),
    ...grouped((l) => l.cost, (l) => l.totalCost),
    ...grouped((l) => l.cost, (l) => l.timeCost),
    ...grouped((l) => l.cost, (l) => l.fixedCost),
  ],
  // GLPI has no first-response date: it is the opening date plus the take-into-account delay.
  derive(context) {
    const { numbers, strings } = context;
    firstResponseFromDelay(context, 'takeIntoAccount');
    keepMetWithDeadline(strings['slaResolutionVerdict'], numbers['slaResolutionDueAt']!);
    keepMetWithDeadline(strings['slaResponseVerdict'], numbers['slaResponseDueAt']!);
  },
};
