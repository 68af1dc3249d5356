/**
 * The words of the findings and of the "How these figures were computed" section, one catalogue
 * per language (STYLE: no `fr ? … : …` in computing code). Sentences speak to a client; the
 * statistics behind them stay in each finding's `evidence`. French typography: a narrow
 * no-break space (U+202F) before `:` `;` `?` `!` and `%`.
 */
import type { PeriodKind } from '../calendar/types.js';
import type { AssumptionKey } from '../policy/types.js';
import type { Formatter, Language } from './format.js';
import type { Comparison } from './coverage.js';
import type { FigureDefaults } from './beside.js';
import type { AsOfStray } from './as-of-stray.js';
import type { Coverage, FindingKind, NotMeasuredReason, PolicyNotice, SourceSla, TcoExclusion, TcoExclusionPart, TicketTypes } from './types.js';

/** Narrow no-break space: French puts it before `:` `;` `?` `!` and `%`. */
export const NNBSP = '\u202f';

/** The texts of one language. Numbers reach them already formatted by the report's Formatter. */
export interface Catalogue {
  /** "this quarter", "ce trimestre"… */
  thisPeriod(kind: PeriodKind | string): string;
  /** A gap between two instants in words: "2 days", "a week". */
  gap(hours: number, format: Formatter): string;
  recurringProblem(input: { key: string; count: number; first: string; last: string; windowDays: number }, format: Formatter): string;
  acceleratingFailures(input: { assetId: string; failures: number; period: string; gap: string | null }, format: Formatter): string;
  slaSlipping(input: { target: 'response' | 'resolution'; now: number; before: number; previousLabel: string }, format: Formatter): string;
  /** "74 % of tickets resolved on time this quarter, below the 90 % target: 1,171 late." */
  slaBelowTarget(
    input: { target: 'response' | 'resolution'; adherence: number; goal: number; breached: number; period: string; defaults: { targets: boolean; goal: boolean } },
    format: Formatter,
  ): string;
  /**
   * Revue's verdicts and the source tool's differ on many of the same tickets: "Response SLA: Revue
   * and the source tool disagree on 693 of the 1,228 tickets both judged (100% on time by Revue,
   * 43.6% by the tool): …". `defaultTargets`: Revue judged by its default targets.
   */
  slaSourceDisagrees(
    input: { target: 'response' | 'resolution'; disagreements: number; compared: number; adherence: number; sourceAdherence: number; defaultTargets: boolean },
    format: Formatter,
  ): string;
  /** `asOf`: the data date as written, at which the asset is past its useful life (null: not said). */
  pastUsefulLifeCostly(input: { assetId: string; corrective: number; period: string; asOf: string | null }, format: Formatter): string;
  lostHoursAboveBenchmark(input: { client: string | null; perEmployeePerYear: number }, format: Formatter): string;
  warrantyExpiring(input: { count: number; shown: string }, format: Formatter): string;
  /**
   * "On 8 Feb 2026, the data date, 97 tickets were still open after 30 days or more; the oldest,
   * TKT-100004, for 159 days." Counted at the data date (`asOf`, as written; null: not said), which
   * a review's activity section may not be (its open tickets are counted at the period's end):
   * the sentence names its date so the two figures are not read as one.
   */
  backlogAged(input: { count: number; oldestId: string; oldestDays: number; days: number; asOf: string | null }, format: Formatter): string;
  /** "And 4 more recurring problems." */
  more(kind: FindingKind, count: number, format: Formatter): string;

  // ── How these figures were computed ──
  methodTitle: string;
  assumptionsIntro: string;
  /** Before the assumptions about the data (`DATA_ASSUMPTION_KEYS`), which no policy setting changes. */
  dataAssumptionsIntro: string;
  noAssumptions: string;
  notMeasuredIntro: string;
  /**
   * What the policy asks that the data gives no hold to: "The policy has an override for
   * "Bistrot", which names no client of the data: it was not applied."
   */
  policyNotice(notice: PolicyNotice): string;
  assumption(key: AssumptionKey, value: unknown, format: Formatter): string;
  notMeasured(figure: string, reason: NotMeasuredReason): string;
  /**
   * What a partial cost total leaves out: "excluding acquisition, contracts and licences" or,
   * with reasons, "excluding acquisition, contracts and licences (no asset file was given) and
   * downtime (the policy gives no hourly rate)".
   */
  excluding(exclusions: readonly TcoExclusion[], withReasons: boolean): string;
  /**
   * Why a cost total none of whose parts is measured has no figure, from the parts' reasons:
   * "none of its parts is measured — acquisition, contracts and licences (no asset file was
   * given) and downtime (the policy gives no hourly rate)".
   */
  noPartMeasured(exclusions: readonly TcoExclusion[]): string;
  /** A line for a figure not measured in both periods, or in the previous one only. */
  notMeasuredBoth(figure: string, reason: NotMeasuredReason): string;
  /** Why a figure is not measured, alone (beside the figure's own name). */
  reason(reason: NotMeasuredReason): string;
  categoryName(category: TcoExclusionPart): string;
  /**
   * How the file's ticket types were read — "Ticket types read in the file: Bug 3, Task 2." —
   * and, when none is an incident, what is not measured and how to map one.
   */
  ticketTypes(types: TicketTypes, format: Formatter): string;
  /**
   * Why the period is not compared with the previous one (`comparisonOf`), or null when it is
   * (or when there is nothing to compare with): "Previous period not comparable: data covers 32
   * of 91 days." The Markdown review and the dashboard's header say this same sentence.
   */
  comparison(comparison: Comparison, format: Formatter): string | null;
  /**
   * How much of a partly covered period the figures count, or null when the period is whole (or
   * not covered, or when {@link Catalogue.comparison}'s `current-partial` sentence already gives
   * the days): "Data covers 92 of the 184 days of this period: every figure, costs included,
   * counts only the time the data cover." The Markdown review and the dashboard's header say it.
   * A file too small to show that the export starts inside the period (`Coverage.fromPeriodStart`)
   * is counted from the period's first day, and the sentence says that instead.
   */
  partialCoverage(coverage: Pick<Coverage, 'covered' | 'partial' | 'days' | 'fromPeriodStart'>, comparison: Comparison, format: Formatter): string | null;
  /** The source tool's own SLA figure's name: "Resolution SLA met, by the source tool". */
  sourceSlaName(target: 'response' | 'resolution'): string;
  /**
   * The source tool's SLA rate with its evidence and how often Revue judged otherwise:
   * "20 % (1 of 5 tickets the tool judged; 1 ticket judged otherwise by Revue)"; "n/a" when the tool judged none.
   */
  sourceSla(figures: SourceSla, format: Formatter): string;
  /**
   * When the last month's open tickets are counted: "at the end of June 2026", or "on 3 Dec
   * 2026, the data date" for the month the data stop in (`month` is already in words).
   */
  backlogWhen(when: { kind: 'month-end'; month: string } | { kind: 'data-date'; date: string }): string;
  /** The open tickets at the end of the previous period: "23 at the end of Q1 2026". */
  backlogBefore(open: string, period: string): string;

  // ── Beside a figure: the defaults it rests on (`figureDefaults`) ──
  /**
   * "SLA met rests on Revue's default targets, not your contract's: P1 4 h around the clock, P2
   * 8 h, P3 24 h, P4 40 h; and on its default business hours: Mon–Fri 09:00–17:00 (UTC), no
   * public holidays." With `responseMeasured`, each target gives its response time too.
   */
  slaDefaults(sla: NonNullable<FigureDefaults['sla']>, responseMeasured: boolean, format: Formatter): string;
  /** After `slaDefaults` where no link to the policy editor follows: "Set them in the policy." */
  setInPolicy: string;
  /**
   * "Incidents: the export gives no ticket type, so every ticket counts as an incident, in the
   * hours lost too. Map a type column to tell requests apart." Or "40 tickets in the file have no
   * type…": the count is the file's (`ticketTypes`), never set beside the period's incidents as
   * if it were one of its figures (a trial read "all 1,200 tickets" beside "Incidents 719").
   */
  untypedIncidents(untyped: NonNullable<FigureDefaults['untyped']>, format: Formatter): string;
  /** "Hours lost: one user per incident, Revue's default, since the export does not say how many were affected." */
  usersDefault: string;
  /**
   * Beside the resolution SLA, repair times and hours lost when most ends are closings
   * (`FigureDefaults.closingEnds`): "Resolution times, repair times and hours lost run to the
   * closing time for 9,998 of the 9,998 tickets that ended: the export gives no resolution time."
   * With a batch, those figures are not measured (`ends-are-closings`, closing-ends.ts): "Only a
   * closing time, no resolution time, for 9,998 of the 9,998 tickets that ended. 9,287 of those
   * closings fall between 00:00 and 01:00, the mark of an automatic closing (…): most tickets end
   * at that closing, days after they were solved, so their lengths are not repair times, and … are
   * not measured."
   */
  closingEnds(ends: NonNullable<FigureDefaults['closingEnds']>, format: Formatter): string;
  /**
   * The data date set far from the body of the data (`Report.asOfStray`): "The data date,
   * 28 Sept 2016, is the closing of INC0006637; 99% of the tickets have their last date by
   * 3 Dec 2012, 3.8 years before. 27 tickets have a date more than a year after that (…): check
   * them, or give the data date yourself."
   */
  asOfStray(stray: AsOfStray, format: Formatter): string;
  /**
   * Said once in the data quality when the read mapped no column telling how a ticket ended
   * (`QualityReport.noEndState`, report/end-state.ts): what cannot be told, and what is not measured.
   */
  noEndState: string;
  /**
   * Beside the summary when no ticket of the export ended (report/end-state.ts `noTicketEnded`):
   * the file is a list of open tickets, its counts are of those still open.
   */
  openOnly: string;
  /**
   * The data-quality line of the ticket date columns without a time of day (`no-time-of-day`),
   * named: the flag is said once per column, so its count is of columns, not of rows.
   */
  dateOnlyColumns(columns: readonly string[]): string;
  /**
   * The data-quality line of the asset ids on the tickets that the asset file lacks
   * (`dataQuality.assetIds`): `named` and `inFile` formatted, `missing` the listed ids joined,
   * `listed` whether they are all the missing ones or the first.
   */
  assetIdsMatch(named: string, inFile: string, missing: string, listed: 'all' | 'first'): string;
}

/** « à la fin de juin », « à la fin d’octobre » : French elides « de » before a vowel. */
export function atTheEndFr(when: string): string {
  return /^[aâàeéèêiîoôuûy]/i.test(when) ? `à la fin d’${when}` : `à la fin de ${when}`;
}

/**
 * "20 % (1 of 5 tickets the tool judged, 2 pending; 1 ticket judged otherwise by Revue)" in a
 * language's words. The tool's count says whose it is: beside Revue's rate (626/719 in a trial's
 * review) a bare "535/649" read as the same tickets counted twice.
 */
function sourceSlaText(
  figures: SourceSla,
  f: Formatter,
  words: { pending: string; semicolon: string; judged: (met: string, total: string, one: boolean) => string; disagree: (count: string, one: boolean) => string },
): string {
  if (figures.adherence === null) return f.percent(null);
  const total = figures.met + figures.breached;
  const one = (count: number) => new Intl.PluralRules(f.language).select(count) === 'one';
  const judged = `${words.judged(f.number(figures.met, 0), f.number(total, 0), one(total))}${figures.pending ? `, ${f.number(figures.pending, 0)} ${words.pending}` : ''}`;
  const disagree = figures.compared > 0 ? `${words.semicolon}${words.disagree(f.number(figures.disagreements, 0), new Intl.PluralRules(f.language).select(figures.disagreements) === 'one')}` : '';
  return `${f.percent(figures.adherence)} (${judged}${disagree})`;
}

/** The rule of `partialCoverage`: a covered, partial period whose days the comparison does not already give. */
function partialDays(coverage: Pick<Coverage, 'covered' | 'partial' | 'days'>, comparison: Comparison): { covered: number; total: number } | null {
  return coverage.covered && coverage.partial && coverage.days.covered > 0 && comparison.kind !== 'current-partial' ? coverage.days : null;
}

const EN_PERIOD: Record<string, string> = {
  month: 'this month',
  quarter: 'this quarter',
  half: 'this half-year',
  year: 'this year',
  custom: 'in the period',
};
const FR_PERIOD: Record<string, string> = {
  month: 'ce mois-ci',
  quarter: 'ce trimestre',
  half: 'ce semestre',
  year: 'cette année',
  custom: 'sur la période',
};

/** A gap as hours, days or weeks (rounded), whichever reads best. */
function gapUnits(hours: number): { count: number; unit: 'hour' | 'day' | 'week' } {
  if (hours < 24) return { count: Math.max(1, Math.round(hours)), unit: 'hour' };
  const days = hours / 24;
  // Days up to three weeks: "2 weeks" for a gap of 12 days read as 14.
  if (days < 20.5) return { count: Math.round(days), unit: 'day' };
  return { count: Math.round(days / 7), unit: 'week' };
}

/**
 * The change between two shares as the reader can check it: the difference of the two figures
 * shown (rounded to 0.1 %), so "95.2 % to 89.4 %" reads −5.8 pts, not the −5.7 of the unrounded.
 */
function shownDelta(now: number, before: number): number {
  return (Math.round(now * 1000) - Math.round(before * 1000)) / 1000;
}

/** "a, b and c" / « a, b et c ». */
const enList = (items: readonly string[]): string => new Intl.ListFormat('en', { type: 'conjunction' }).format(items);
const frList = (items: readonly string[]): string => new Intl.ListFormat('fr', { type: 'conjunction' }).format(items);
const enPlural = new Intl.PluralRules('en');
const frPlural = new Intl.PluralRules('fr');

/** `one` or `other` form of a noun. */
function plural(rules: Intl.PluralRules, count: number, one: string, other: string): string {
  return rules.select(count) === 'one' ? one : other;
}

const EN_MORE: Record<FindingKind, [string, string]> = {
  'recurring-problem': ['recurring problem', 'recurring problems'],
  'accelerating-failures': ['asset failing more and more often', 'assets failing more and more often'],
  'sla-slipping': ['SLA target slipping', 'SLA targets slipping'],
  'sla-below-target': ['SLA below its target', 'SLAs below their target'],
  'sla-source-disagrees': ['SLA judged otherwise by the source tool', 'SLAs judged otherwise by the source tool'],
  'past-useful-life-costly': ['asset past its useful life with corrective costs', 'assets past their useful life with corrective costs'],
  'lost-hours-above-benchmark': ['client above the lost-hours benchmark', 'clients above the lost-hours benchmark'],
  'warranty-expiring': ['warranty ending', 'warranties ending'],
  'backlog-aged': ['ticket open for a long time', 'tickets open for a long time'],
  'preventive-missed': ['preventive task not kept', 'preventive tasks not kept'],
  'preventive-effect': ['asset type where preventive work rose and corrective incidents fell', 'asset types where preventive work rose and corrective incidents fell'],
};
const FR_MORE: Record<FindingKind, [string, string]> = {
  'recurring-problem': ['problème récurrent', 'problèmes récurrents'],
  'accelerating-failures': ['équipement aux pannes de plus en plus fréquentes', 'équipements aux pannes de plus en plus fréquentes'],
  'sla-slipping': ['engagement de service en recul', 'engagements de service en recul'],
  'sla-below-target': ['engagement de service sous son objectif', 'engagements de service sous leur objectif'],
  'sla-source-disagrees': ['engagement de service jugé autrement par l’outil source', 'engagements de service jugés autrement par l’outil source'],
  'past-useful-life-costly': ['équipement en fin de vie avec des coûts de maintenance corrective', 'équipements en fin de vie avec des coûts de maintenance corrective'],
  'lost-hours-above-benchmark': ['client au-dessus du repère d’heures perdues', 'clients au-dessus du repère d’heures perdues'],
  'warranty-expiring': ['fin de garantie', 'fins de garantie'],
  'backlog-aged': ['ticket ouvert depuis longtemps', 'tickets ouverts depuis longtemps'],
  'preventive-missed': ['tâche préventive non tenue', 'tâches préventives non tenues'],
  'preventive-effect': ['type d’équipement où le préventif augmente et les incidents correctifs baissent', 'types d’équipement où le préventif augmente et les incidents correctifs baissent'],
};

const EN_SHORT: Record<TcoExclusionPart, string> = {
  acquisition: 'acquisition',
  contracts: 'contracts',
  licences: 'licences',
  preventive: 'preventive maintenance',
  corrective: 'corrective maintenance',
  evolutive: 'evolutionary maintenance',
  proactive: 'proactive maintenance',
  unclassified: 'unclassified work',
  downtime: 'downtime',
  labour: 'labour',
  'technician-time': 'technician time',
  'direct-costs': 'direct costs',
};
const FR_SHORT: Record<TcoExclusionPart, string> = {
  acquisition: 'acquisition',
  contracts: 'contrats',
  licences: 'licences',
  preventive: 'maintenance préventive',
  corrective: 'maintenance corrective',
  evolutive: 'maintenance évolutive',
  proactive: 'maintenance proactive',
  unclassified: 'travaux non classés',
  downtime: 'indisponibilité',
  labour: 'main-d’œuvre',
  'technician-time': 'temps des techniciens',
  'direct-costs': 'coûts directs',
};

/** The parts left out, grouped by reason when the reasons are said. */
function excludingText(
  exclusions: readonly TcoExclusion[],
  withReasons: boolean,
  names: Record<string, string>,
  reasons: Record<NotMeasuredReason, string>,
  word: string,
  and: string,
): string {
  if (!withReasons) return `${word} ${list(exclusions.map((exclusion) => names[exclusion.part]!), and)}`;
  const byReason = new Map<NotMeasuredReason, string[]>();
  for (const exclusion of exclusions) byReason.set(exclusion.reason, [...(byReason.get(exclusion.reason) ?? []), names[exclusion.part]!]);
  return `${word} ${list([...byReason].map(([reason, parts]) => `${list(parts, and)} (${reasons[reason]})`), and)}`;
}

const EN_CATEGORIES: Record<TcoExclusionPart, string> = {
  acquisition: 'acquisition (depreciation)',
  contracts: 'contracts',
  licences: 'licences',
  preventive: 'preventive maintenance',
  corrective: 'corrective maintenance',
  evolutive: 'evolutionary maintenance',
  proactive: 'proactive maintenance',
  unclassified: 'unclassified work',
  downtime: 'downtime (hours lost)',
  labour: 'labour (maintenance work)',
  'technician-time': 'technician time',
  'direct-costs': 'direct costs (parts, travel)',
};
const FR_CATEGORIES: Record<TcoExclusionPart, string> = {
  acquisition: 'acquisition (amortissement)',
  contracts: 'contrats',
  licences: 'licences',
  preventive: 'maintenance préventive',
  corrective: 'maintenance corrective',
  evolutive: 'maintenance évolutive',
  proactive: 'maintenance proactive',
  unclassified: 'travaux non classés',
  downtime: 'indisponibilité (heures perdues)',
  labour: 'main-d’œuvre (travaux de maintenance)',
  'technician-time': 'temps des techniciens',
  'direct-costs': 'coûts directs (pièces, déplacements)',
};

const EN_REASONS: Record<NotMeasuredReason, string> = {
  'outside-data': 'the data holds no ticket for this period',
  'outside-supported-years': 'the period falls outside 1970–2100',
  'no-data-in-period': 'nothing to measure it on in this period',
  'no-response-time': 'the export has no first-response time',
  'no-rate': 'the policy gives no hourly rate',
  'no-headcount': 'the policy gives no headcount',
  'too-few-days': 'the data cover fewer than 28 days of the period, too few to make a yearly figure of',
  'no-assets': 'no asset file was given',
  'no-failure': 'no failure in the period',
  'no-repair': 'no failure of the period was repaired by the data date',
  'not-recorded': 'the file holds no such values',
  'no-plan': 'the policy has no preventive plan',
  'nothing-due': 'no task of the plan was due in this period',
  'no-effort': 'no technician time recorded in this period',
  'too-few-keyed': 'too few incidents carry the recurrence key to tell',
  'too-few-with-asset': 'too few incidents say which asset failed',
  'assets-not-in-file': 'too few of the assets named on incidents are in the asset file: check that both files come from the same tool and client',
  'no-incident-type': 'no ticket type in the file was read as an incident',
  'unknown-category': 'no ticket of the export has the task’s category',
  'no-time-of-day': 'the export gives the ticket dates without a time of day, so hours between them cannot be measured',
  'no-end-state': 'the export says neither a status nor when tickets were resolved or closed, so which tickets are still open cannot be told',
  'ends-unknown': 'no more tickets could be judged than were closed without a resolution date: an open ticket is only judged once late, so the rate would count mostly the late ones',
  'lengths-unknown': 'no more incidents have a known length than were closed without a resolution date: the hours would add up only the open and dated ones, a part read as the whole',
  'ends-are-closings': 'most tickets end at an automatic closing, days after they were solved: their lengths are the tool’s waiting time, not repair times',
  'open-only': 'the export holds only tickets still open (a list filtered on open tickets, as GLPI’s default “not solved” list): the tickets resolved are not in it, and an open ticket is only judged once late, so the rate would count only the late ones',
  'few-responses': 'fewer than half of the tickets that ended have a first-response time: the others take their resolution as their response, so the rate would mostly repeat the resolution',
  'no-target': 'no ticket of the period has a priority with a target (the export gives no priority, or the policy sets no target for its priorities)',
};
const FR_REASONS: Record<NotMeasuredReason, string> = {
  'outside-data': 'les données ne contiennent aucun ticket sur cette période',
  'outside-supported-years': 'la période sort de 1970–2100',
  'no-data-in-period': 'rien à mesurer sur cette période',
  'no-response-time': 'l’export ne donne pas l’heure de prise en charge',
  'no-rate': 'la politique ne donne pas de taux horaire',
  'no-headcount': 'la politique ne donne pas d’effectif',
  'too-few-days': 'les données couvrent moins de 28 jours de la période, trop peu pour en tirer un chiffre annuel',
  'no-assets': 'aucun fichier d’équipements fourni',
  'no-failure': 'aucune panne sur la période',
  'no-repair': 'aucune panne de la période réparée à la date des données',
  'not-recorded': 'le fichier ne contient pas ces valeurs',
  'no-plan': 'la politique ne contient pas de plan de maintenance préventive',
  'nothing-due': 'aucune tâche du plan n’était due sur cette période',
  'no-effort': 'aucun temps d’intervention renseigné sur cette période',
  'too-few-keyed': 'trop peu d’incidents portent la clé de récurrence pour en juger',
  'too-few-with-asset': 'trop peu d’incidents nomment l’équipement en panne pour en juger',
  'assets-not-in-file': 'trop peu des équipements nommés sur les incidents sont dans le fichier d’équipements\u202f: vérifiez que les deux fichiers viennent du même outil et du même client',
  'no-incident-type': 'aucun type de ticket du fichier n’a été lu comme un incident',
  'unknown-category': 'aucun ticket de l’export ne porte la catégorie de la tâche',
  'no-time-of-day': 'l’export donne les dates des tickets sans heure, les durées en heures ne peuvent pas en être mesurées',
  'no-end-state': 'l’export ne donne ni le statut des tickets ni leur date de résolution ou de clôture, on ne peut donc pas savoir lesquels sont encore ouverts',
  'ends-unknown': 'pas plus de tickets jugés que de tickets clos sans date de résolution\u202f: un ticket ouvert n’est jugé qu’une fois en retard, le taux compterait donc surtout les retards',
  'lengths-unknown': 'pas plus d’incidents de durée connue que d’incidents clos sans date de résolution\u202f: les heures n’additionneraient que les incidents ouverts ou datés, une partie lue comme le tout',
  'ends-are-closings': 'la plupart des tickets se terminent à une fermeture automatique, quelques jours après leur résolution\u202f: leurs durées sont l’attente de l’outil, pas des temps de réparation',
  'open-only': 'l’export ne contient que des tickets encore ouverts (une liste filtrée sur les tickets ouverts, comme la liste «\u202fnon résolus\u202f» par défaut de GLPI)\u202f: les tickets résolus n’y sont pas, et un ticket ouvert n’est jugé qu’une fois en retard, le taux ne compterait donc que les retards',
  'few-responses': 'moins de la moitié des tickets terminés ont une heure de prise en charge\u202f: les autres prennent leur résolution comme prise en charge, le taux répéterait donc surtout celui de la résolution',
  'no-target': 'aucun ticket de la période n’a de priorité avec un objectif (l’export ne donne pas de priorité, ou la politique ne fixe pas d’objectif pour ses priorités)',
};

/** The figure paths of `notMeasured`, in words (others are shown as their path). */
const EN_FIGURES: Record<string, string> = {
  sla: 'SLA',
  'sla.response': 'Response SLA',
  'sla.response.adherence': 'Response SLA met',
  'sla.resolution.adherence': 'Resolution SLA met',
  'sla.resolution': 'Resolution SLA',
  recurrence: 'Incidents and recurrence',
  'recurrence.rate': 'Recurrence rate',
  reliability: 'Reliability (MTBF, availability)',
  'reliability.fleet.availability': 'Availability',
  'reliability.fleet.mtbfHours': 'Fleet MTBF',
  'reliability.fleet.mttrHours': 'Mean time to repair',
  lostHours: 'Hours lost by staff',
  'lostHours.cost': 'Cost of the hours lost',
  'lostHours.perEmployeePerYear': 'Hours lost per employee per year',
  tco: 'Total cost of ownership',
  'tco.perUser': 'Cost per user over the period',
  'tco.unallocated': 'Not tied to an asset',
  'tco.labour.technicianCost': 'Technician time in the costs',
  'tco.labour': 'Labour in the costs',
  'tco.labour.directCost': 'Direct costs (parts, travel)',
  'lostHours.effortHours': 'Technician effort',
  'fleet.maintenanceMix': 'Maintenance mix',
  'fleet.backlog': 'Open tickets (backlog)',
  'fleet.outOfWarranty': 'Assets out of warranty',
  'fleet.pastUsefulLife': 'Assets past their useful life',
  'fleet.warrantyExpiringSoon': 'Warranties ending within 90 days',
  backlogTrend: 'Tickets closed and still open each month',
  'reliability.fleet.failures': 'Failures',
  preventive: 'Preventive plan',
  'preventive.compliance': 'Preventive plan kept',
  'preventive.effort.share': 'Share of planned maintenance',
  'preventive.effort.correctiveIncidents': 'Corrective incidents',
  replacement: 'Replacement plan',
};
const FR_FIGURES: Record<string, string> = {
  sla: 'SLA',
  'sla.response': 'SLA de prise en charge',
  'sla.response.adherence': 'SLA de prise en charge respecté',
  'sla.resolution.adherence': 'SLA de résolution respecté',
  'sla.resolution': 'SLA de résolution',
  recurrence: 'Incidents et récurrence',
  'recurrence.rate': 'Taux de récurrence',
  reliability: 'Fiabilité (MTBF, disponibilité)',
  'reliability.fleet.availability': 'Disponibilité',
  'reliability.fleet.mtbfHours': 'MTBF du parc',
  'reliability.fleet.mttrHours': 'Temps moyen de réparation',
  lostHours: 'Heures perdues par les utilisateurs',
  'lostHours.cost': 'Coût des heures perdues',
  'lostHours.perEmployeePerYear': 'Heures perdues par salarié et par an',
  tco: 'Coût total de possession',
  'tco.perUser': 'Coût par utilisateur sur la période',
  'tco.unallocated': 'Non rattaché à un équipement',
  'tco.labour.technicianCost': 'Temps des techniciens dans les coûts',
  'tco.labour': 'Main-d’œuvre dans les coûts',
  'tco.labour.directCost': 'Coûts directs (pièces, déplacements)',
  'lostHours.effortHours': 'Temps passé par les techniciens',
  'fleet.maintenanceMix': 'Répartition de la maintenance',
  'fleet.backlog': 'Tickets encore ouverts',
  'fleet.outOfWarranty': 'Équipements hors garantie',
  'fleet.pastUsefulLife': 'Équipements au-delà de leur durée de vie',
  'fleet.warrantyExpiringSoon': 'Garanties finissant sous 90 jours',
  backlogTrend: 'Tickets clos et encore ouverts chaque mois',
  'reliability.fleet.failures': 'Pannes',
  preventive: 'Plan de maintenance préventive',
  'preventive.compliance': 'Plan de maintenance préventive respecté',
  'preventive.effort.share': 'Part de la maintenance planifiée',
  'preventive.effort.correctiveIncidents': 'Incidents correctifs',
  replacement: 'Plan de renouvellement',
};

function figureName(names: Record<string, string>, categories: Record<string, string>, figure: string, previous: string): string {
  const own = figure.startsWith('previous.') ? figure.slice('previous.'.length) : figure;
  let name = names[own];
  if (name === undefined && own.startsWith('tco.byCategory.')) {
    const category = categories[own.slice('tco.byCategory.'.length)];
    name = category === undefined ? own : category.charAt(0).toUpperCase() + category.slice(1);
  }
  name ??= own;
  return figure.startsWith('previous.') ? `${name} ${previous}` : name;
}

/** The words a language uses for policy values. */
interface ValueWords {
  none: string;
  days: Record<string, string>;
  clocks: Record<string, string>;
  /** Response / resolution targets: "response 1 h, resolution 4 h". */
  target: (response: string, resolution: string) => string;
  /** How an exported number of paused minutes is used (the assumption `pausedMinutes`). */
  pausedAsExported: string;
  /** How a target the file gives each ticket as a duration is counted (the assumption `slaTargetsFromFile`). */
  targetsFromFile: string;
  /**
   * Ticket columns by name, for the recurrence key: the policy writes `["assetId", "category"]`,
   * a reader of the review sees "asset, category" (French: "équipement, catégorie"). A column
   * the table does not know is shown as the policy writes it.
   */
  fields: Record<string, string>;
}

const EN_WORDS: ValueWords = {
  none: 'none',
  days: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
  clocks: { business: 'business hours', '24x7': '24×7' },
  target: (response, resolution) => `response ${response}, resolution ${resolution}`,
  pausedAsExported: 'subtracted as it is from the time the SLA counts, whatever hours the pauses fell in (the export does not say when they were)',
  targetsFromFile:
    "used instead of the policy's target for its priority, counted in calendar hours from the opening, nights and weekends included (as the file's own SLA verdicts count them), not in business hours; a due date of the ticket's own wins over it",
  fields: {
    id: 'ticket number',
    type: 'type',
    maintenanceType: 'maintenance type',
    priority: 'priority',
    status: 'status',
    category: 'category',
    assetId: 'asset',
    client: 'client',
    site: 'site',
    title: 'title',
    titleKey: 'title (normalised)',
    impact: 'impact',
  },
};
const FR_WORDS: ValueWords = {
  none: 'aucun',
  days: { mon: 'lun.', tue: 'mar.', wed: 'mer.', thu: 'jeu.', fri: 'ven.', sat: 'sam.', sun: 'dim.' },
  clocks: { business: 'heures ouvrées', '24x7': '24 h/24, 7 j/7' },
  target: (response, resolution) => `prise en charge ${response}, résolution ${resolution}`,
  pausedAsExported: 'déduit tel quel du temps compté par le SLA, quelles que soient les heures où tombaient les attentes (l’export ne dit pas quand elles ont eu lieu)',
  targetsFromFile:
    'utilisé à la place du délai de la politique pour sa priorité, compté en heures calendaires depuis l’ouverture, nuits et week-ends compris (comme le comptent les verdicts SLA du fichier lui-même), non en heures ouvrées\u202f; une échéance propre au ticket l’emporte sur lui',
  fields: {
    id: 'numéro du ticket',
    type: 'type',
    maintenanceType: 'type de maintenance',
    priority: 'priorité',
    status: 'statut',
    category: 'catégorie',
    assetId: 'équipement',
    client: 'client',
    site: 'site',
    title: 'titre',
    titleKey: 'titre (normalisé)',
    impact: 'impact',
  },
};

/**
 * An SLA target as the policy writes it (`'4h'`, `'30m'`, `'1h30m'`, `'1.5h'`, minutes as a
 * number), in the report's language with a space before the unit: `4 h`, `30 min`, `1 h 30 min`,
 * `1,5 h` in French. Any other text is shown as written; no target is `–`.
 *
 * @example targetText('1.5h', frenchFormatter) // '1,5 h'
 */
function targetText(value: unknown, format: Formatter): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'number') return `${format.number(value, 3)} min`;
  const text = String(value).trim();
  const parts = /^(?:(\d+(?:\.\d+)?)\s*h)?\s*(?:(\d+(?:\.\d+)?)\s*(?:m|min))?$/i.exec(text);
  if (parts === null || (parts[1] === undefined && parts[2] === undefined)) return text;
  const pieces: string[] = [];
  if (parts[1] !== undefined) pieces.push(`${format.number(Number(parts[1]), 3)} h`);
  if (parts[2] !== undefined) pieces.push(`${format.number(Number(parts[2]), 3)} min`);
  return pieces.join(' ');
}

/** A policy value in words (durations, hours, lists), in the report's language. */
function valueText(value: unknown, words: ValueWords, format: Formatter): string {
  if (value === null) return words.none;
  if (typeof value === 'number') return format.number(value, 3);
  if (Array.isArray(value)) return value.length === 0 ? words.none : value.join(', ');
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if ('response' in object) {
      const target = words.target(targetText(object.response, format), targetText(object.resolution, format));
      return `${target} (${words.clocks[String(object.clock)] ?? String(object.clock)})`;
    }
    if ('country' in object) return object.country === null ? words.none : [object.country, object.region].filter((part) => part !== null).join('-');
    // Opening hours: the days that share hours, grouped.
    const groups = new Map<string, string[]>();
    for (const [day, spans] of Object.entries(object)) {
      const text = Array.isArray(spans) && spans.length > 0 ? spans.join(', ') : '';
      if (text === '') continue;
      groups.set(text, [...(groups.get(text) ?? []), words.days[day] ?? day]);
    }
    return groups.size === 0 ? words.none : [...groups].map(([hours, days]) => `${days.join(' ')} ${hours}`).join('; ');
  }
  return String(value);
}

/** An assumed value in words: a share as a percentage, the others as {@link valueText} writes them. */
function assumedText(key: AssumptionKey, value: unknown, words: ValueWords, format: Formatter): string {
  if (key === 'pausedMinutes') return words.pausedAsExported;
  if (key === 'slaTargetsFromFile') return words.targetsFromFile;
  if (key === 'recurrence.key' && Array.isArray(value)) return value.length === 0 ? words.none : value.map((field) => words.fields[String(field)] ?? String(field)).join(', ');
  return (key === 'recurrence.minKeyedShare' || key === 'minAssetShare' || key === 'slaAdherenceTarget') && typeof value === 'number' ? format.percent(value) : valueText(value, words, format);
}

const EN_IMPACTS: Record<string, string> = { outage: 'outage', degraded: 'degraded', minor: 'minor' };
const FR_IMPACTS: Record<string, string> = { outage: 'panne', degraded: 'dégradé', minor: 'mineur' };

const EN_ASSUMPTIONS: Record<string, string> = {
  timezone: 'Time zone',
  'calendar.hours': 'Opening hours',
  'calendar.holidays': 'Public holidays',
  'rates.currency': 'Currency',
  affectedUsers: 'Users affected by an incident whose export does not say how many',
  impactUnknown: 'Impact factor of an incident with neither impact nor priority (counted as an outage)',
  'recurrence.key': 'Same incident again when these fields match',
  'recurrence.windowDays': 'Days between two incidents of one recurring problem, at most',
  'recurrence.minOccurrences': 'Incidents that make a recurring problem, at least',
  'recurrence.minKeyedShare': 'Share of the incidents that must carry the key for a recurrence rate, at least',
  'usefulLifeMonths.default': 'Useful life of an asset (months)',
  confidence: 'Confidence level of the MTBF interval',
  minAssetShare: 'Share of the incidents that must name an asset (of the asset file, when one is given) for the fleet’s MTBF and availability, at least',
  slaAdherenceTarget: 'Share of tickets on time that the SLA targets, below which the review says so',
  pausedMinutes: 'Paused time exported as a number of minutes (GLPI waiting time, Zendesk on-hold time…)',
  slaTargetsFromFile: 'SLA target the file gives each ticket as a duration (SLA hours)',
};
const FR_ASSUMPTIONS: Record<string, string> = {
  timezone: 'Fuseau horaire',
  'calendar.hours': 'Heures ouvrées',
  'calendar.holidays': 'Jours fériés',
  'rates.currency': 'Devise',
  affectedUsers: 'Utilisateurs touchés par un incident dont l’export ne dit pas combien',
  impactUnknown: 'Facteur d’impact d’un incident sans impact ni priorité (compté comme une panne)',
  'recurrence.key': 'Même incident quand ces champs sont égaux',
  'recurrence.windowDays': 'Jours au plus entre deux incidents d’un problème récurrent',
  'recurrence.minOccurrences': 'Incidents au moins pour un problème récurrent',
  'recurrence.minKeyedShare': 'Part au moins des incidents qui doivent porter la clé pour un taux de récurrence',
  'usefulLifeMonths.default': 'Durée de vie d’un équipement (mois)',
  confidence: 'Niveau de confiance de l’intervalle du MTBF',
  minAssetShare: 'Part au moins des incidents qui doivent nommer un équipement (du fichier d’équipements, s’il y en a un) pour le MTBF et la disponibilité du parc',
  slaAdherenceTarget: 'Part des tickets dans les délais visée par les engagements de service, en dessous de laquelle la revue le signale',
  pausedMinutes: 'Temps en attente exporté en nombre de minutes (temps d’attente GLPI, temps en pause Zendesk…)',
  slaTargetsFromFile: 'Délai d’engagement que le fichier donne à chaque ticket en durée (heures SLA)',
};

function assumptionName(
  names: Record<string, string>,
  impacts: Record<string, string>,
  key: AssumptionKey,
  sla: string,
  impact: string,
  priority: string,
): string {
  if (key.startsWith('sla.')) return `${sla} ${key.slice(4)}`;
  if (key.startsWith('impactFactors.')) return `${impact} ${impacts[key.slice('impactFactors.'.length)]}`;
  if (key.startsWith('priorityImpact.')) return `${priority} ${key.slice('priorityImpact.'.length)}`;
  return names[key] ?? key;
}

function list(items: readonly string[], and: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** A clock hour as the review writes times: `00:00`; 24 is midnight again. */
function clockHour(hour: number): string {
  return `${String(hour % 24).padStart(2, '0')}:00`;
}

const YEAR_MS = 365.25 * 86_400_000;

/** The ticket date that set a data date (`AsOfStray.field`), in words. */
const EN_FIELD: Record<AsOfStray['field'], string> = { openedAt: 'opening', firstResponseAt: 'first response', resolvedAt: 'resolution', closedAt: 'closing' };
const FR_FIELD: Record<AsOfStray['field'], string> = { openedAt: 'l’ouverture', firstResponseAt: 'la première réponse', resolvedAt: 'la résolution', closedAt: 'la fermeture' };

const en: Catalogue = {
  thisPeriod: (kind) => EN_PERIOD[kind] ?? EN_PERIOD.custom!,
  gap(hours) {
    const { count, unit } = gapUnits(hours);
    if (count === 1) return unit === 'hour' ? 'an hour' : `a ${unit}`;
    return `${count} ${unit}s`;
  },
  recurringProblem: ({ key, count, first, last, windowDays }, f) =>
    `${key}: ${f.number(count, 0)} incidents of the same kind between ${first} and ${last}, each within ${f.number(windowDays, 0)} days of the one before.`,
  acceleratingFailures: ({ assetId, failures, period, gap }, f) =>
    `${assetId} fails more and more often: ${f.number(failures, 0)} failures ${period}${gap === null ? '' : `, ${gap} between the last two`}.`,
  slaSlipping: ({ target, now, before, previousLabel }, f) =>
    `Tickets ${target === 'response' ? 'answered' : 'resolved'} on time fell from ${f.percent(before)} to ${f.percent(now)} (${f.points(shownDelta(now, before))} against ${previousLabel}).`,
  slaBelowTarget: ({ target, adherence, goal, breached, period, defaults }, f) =>
    `${f.percent(adherence)} of tickets ${target === 'response' ? 'answered' : 'resolved'} on time ${period}, below the ${f.percent(goal)} target` +
    (defaults.targets && defaults.goal
      ? " (targets and goal are Revue's defaults, not your contract's)"
      : defaults.targets
        ? " (against Revue's default targets, not your contract's)"
        : defaults.goal
          ? " (Revue's default goal, not your contract's)"
          : '') +
    `: ${f.number(breached, 0)} late.`,
  slaSourceDisagrees: ({ target, disagreements, compared, adherence, sourceAdherence, defaultTargets }, f) =>
    `${target === 'response' ? 'Response' : 'Resolution'} SLA: Revue and the source tool disagree on ${f.number(disagreements, 0)} of the ${f.number(compared, 0)} tickets both judged (${f.percent(adherence)} on time by Revue, ${f.percent(sourceAdherence)} by the tool): ` +
    (defaultTargets
      ? "Revue used its default targets, which are probably not the tool's. Set your contract's targets in the policy."
      : "the policy's targets or business hours probably differ from the tool's. Check them."),
  pastUsefulLifeCostly: ({ assetId, corrective, period, asOf }, f) =>
    `${assetId} is past its useful life${asOf === null ? '' : ` at the data date (${asOf})`} and cost ${f.money(corrective)} in corrective maintenance ${period}: time to replace it?`,
  lostHoursAboveBenchmark: ({ client, perEmployeePerYear }, f) =>
    `${client ?? 'Staff'} ${client === null ? 'lose' : 'loses'} ${f.number(perEmployeePerYear, 0)} h per employee per year to incidents (benchmark: 50–100 h).`,
  warrantyExpiring: ({ count, shown }, f) =>
    `${f.number(count, 0)} ${plural(enPlural, count, 'asset leaves', 'assets leave')} warranty within 90 days (${shown}).`,
  backlogAged: ({ count, oldestId, oldestDays, days, asOf }, f) =>
    asOf !== null
      ? count === 1
        ? `On ${asOf}, the data date, 1 ticket was still open after ${f.number(days, 0)} ${plural(enPlural, days, 'day', 'days')} or more: ${oldestId}, open for ${f.number(oldestDays, 0)} ${plural(enPlural, oldestDays, 'day', 'days')}.`
        : `On ${asOf}, the data date, ${f.number(count, 0)} tickets were still open after ${f.number(days, 0)} ${plural(enPlural, days, 'day', 'days')} or more; the oldest, ${oldestId}, for ${f.number(oldestDays, 0)} ${plural(enPlural, oldestDays, 'day', 'days')}.`
      : count === 1
        ? `1 ticket still open after ${f.number(days, 0)} ${plural(enPlural, days, 'day', 'days')} or more: ${oldestId}, open for ${f.number(oldestDays, 0)} ${plural(enPlural, oldestDays, 'day', 'days')}.`
        : `${f.number(count, 0)} tickets still open after ${f.number(days, 0)} ${plural(enPlural, days, 'day', 'days')} or more; the oldest, ${oldestId}, for ${f.number(oldestDays, 0)} ${plural(enPlural, oldestDays, 'day', 'days')}.`,
  more: (kind, count, f) => `And ${f.number(count, 0)} more ${plural(enPlural, count, ...EN_MORE[kind])}.`,

  methodTitle: 'How these figures were computed',
  assumptionsIntro: 'Default values used, since the policy does not set them:',
  dataAssumptionsIntro: 'Rules applied where the data does not say (the policy has no setting for them):',
  noAssumptions: 'Every value the figures use comes from the policy.',
  notMeasuredIntro: 'Not measured:',
  policyNotice: (notice) =>
    notice.code === 'unknown-client'
      ? `The policy's override for "${notice.name}" names no client of the data (compared ignoring case, accents and spacing): it was not applied.`
      : notice.code === 'pause-statuses-unseen'
        ? notice.statuses.length === 1
          ? `The policy's pause status "${notice.statuses[0]}" names no status of the export's history (compared ignoring case, accents and spacing): it paused nothing.`
          : `The policy's pause statuses ${notice.statuses.map((status) => `"${status}"`).join(', ')} name no status of the export's history (compared ignoring case, accents and spacing): they paused nothing.`
        : 'The policy lists pause statuses, but the export has no status history (one row per ticket, no paused-time column): resolution times are not reduced by paused time.',
  assumption: (key, value, f) =>
    `${assumptionName(EN_ASSUMPTIONS, EN_IMPACTS, key, 'SLA target', 'Impact factor of', 'Impact factor of priority')}: ${assumedText(key, value, EN_WORDS, f)}`,
  notMeasured: (figure, reason) => `${figureName(EN_FIGURES, EN_CATEGORIES, figure, '(previous period)')}: ${EN_REASONS[reason]}`,
  notMeasuredBoth: (figure, reason) => `${figureName(EN_FIGURES, EN_CATEGORIES, figure, '')} (both periods): ${EN_REASONS[reason]}`,
  reason: (reason) => EN_REASONS[reason],
  excluding: (exclusions, withReasons) => excludingText(exclusions, withReasons, EN_SHORT, EN_REASONS, 'excluding', 'and'),
  noPartMeasured: (exclusions) => `none of its parts is measured — ${excludingText(exclusions, true, EN_SHORT, EN_REASONS, '', 'and').trim()}`,
  categoryName: (category) => EN_CATEGORIES[category],
  ticketTypes: (types, f) => {
    const list = `Ticket types read in the file: ${typeList(types, EN_TYPES, (count) => `${f.number(count, 0)} more`, f)}.`;
    if (!types.noIncidentType) return list;
    const first = Object.keys(types.byType)[0]!;
    return `${list} None is read as an incident, so incidents, recurrence, reliability and hours lost are not measured; to count a type as incidents, map it in a mapping's values.type (for example "${first}": "incident").`;
  },
  comparison: (c, f) =>
    c.kind === 'previous-partial'
      ? `Previous period not comparable: data covers ${f.number(c.covered, 0)} of ${f.number(c.total, 0)} days.`
      : c.kind === 'current-partial'
        ? `Not compared with the previous period: data covers ${f.number(c.covered, 0)} of the ${f.number(c.total, 0)} days of this period.`
        : c.kind === 'open-only'
          ? 'Not compared with the previous period: the export holds only tickets still open, and an earlier period keeps fewer of its tickets open.'
          : null,
  partialCoverage: (coverage, comparison, f) => {
    const days = partialDays(coverage, comparison);
    return days === null
      ? null
      : coverage.fromPeriodStart
        ? `Data covers ${f.number(days.covered, 0)} of the ${f.number(days.total, 0)} days of this period: too few tickets to show that the export starts later, so every figure counts the period from its first day.`
        : `Data covers ${f.number(days.covered, 0)} of the ${f.number(days.total, 0)} days of this period: every figure, costs included, counts only the time the data cover.`;
  },
  sourceSlaName: (target) => `${target === 'response' ? 'Response' : 'Resolution'} SLA met, by the source tool`,
  sourceSla: (figures, f) =>
    sourceSlaText(figures, f, {
      pending: 'pending',
      semicolon: '; ',
      judged: (met, total, one) => `${met} of ${total} ${one ? 'ticket' : 'tickets'} the tool judged`,
      disagree: (count, one) => `${count} ${one ? 'ticket' : 'tickets'} judged otherwise by Revue`,
    }),
  backlogWhen: (when) => (when.kind === 'month-end' ? `at the end of ${when.month}` : `on ${when.date}, the data date`),
  backlogBefore: (open, period) => `${open} at the end of ${period}`,

  slaDefaults: (sla, responseMeasured, f) => {
    const targets = defaultTargetsText(sla.targets, responseMeasured, EN_BESIDE, f);
    const calendar = defaultCalendarText(sla, EN_WORDS, EN_BESIDE);
    const withResponse = responseMeasured && sla.targets.some((target) => target.target !== null) ? ' (response / resolution)' : '';
    if (targets !== null && calendar !== null) return `SLA met rests on Revue's default targets, not your contract's${withResponse}: ${targets}; and on its default ${calendar.what}: ${calendar.text}.`;
    if (targets !== null) return `SLA met rests on Revue's default targets, not your contract's${withResponse}: ${targets}.`;
    return `SLA met rests on Revue's default ${calendar!.what}, not your contract's: ${calendar!.text}.`;
  },
  setInPolicy: 'Set them in the policy.',
  untypedIncidents: (untyped, f) =>
    untyped.all
      ? 'Incidents: the export gives no ticket type, so every ticket counts as an incident, in the hours lost too. Map a type column to tell requests apart.'
      : `Incidents: ${f.number(untyped.tickets, 0)} ${untyped.tickets === 1 ? 'ticket in the file has no type, so it counts as an incident' : 'tickets in the file have no type, so they count as incidents'}, in the hours lost too.`,
  usersDefault: "Hours lost: one user per incident, Revue's default, since the export does not say how many were affected.",
  closingEnds: (ends, f) => {
    const count = `${f.number(ends.tickets, 0)} of the ${f.number(ends.ended, 0)} ${ends.ended === 1 ? 'ticket' : 'tickets'} that ended`;
    if (ends.batch === null) return `Resolution times, repair times and hours lost run to the closing time for ${count}: the export gives no resolution time. A ticket closed some time after its resolution counts that time too.`;
    return `Only a closing time, no resolution time, for ${count}. ${f.number(ends.batch.closings, 0)} of those closings fall between ${clockHour(ends.batch.hour)} and ${clockHour(ends.batch.hour + 1)}, the mark of an automatic closing (a tool such as ServiceNow closes resolved incidents by itself, days later): most tickets end at that closing, days after they were solved, so their lengths are not repair times, and the resolution SLA rate, repair times, downtime, availability, MTBF and hours lost are not measured. Map a resolution date column to measure them.`;
  },
  asOfStray: (stray, f) => {
    const years = f.number((Date.parse(stray.at) - Date.parse(stray.bodyEnd)) / YEAR_MS, 1);
    const shown = stray.ticketIds.join(', ') + (stray.later > stray.ticketIds.length ? '…' : '');
    const later = stray.later === 1 ? 'It is the only ticket' : `${f.number(stray.later, 0)} tickets have a date`;
    return `The data date, ${f.date(stray.at)}, is the ${EN_FIELD[stray.field]} of ${stray.ticketId}; 99% of the tickets have their last date by ${f.date(stray.bodyEnd)}, ${years} years before. ${later}${stray.later === 1 ? ' with a date' : ''} more than a year after that (${shown}): check ${stray.later === 1 ? 'it' : 'them'}, or give the data date yourself.`;
  },
  noEndState:
    'No column says how a ticket ended (no status, no resolution or closing date, no time to resolution): which tickets are still open cannot be told, so the open tickets, the resolution SLA, the failures, repair times, downtime and the hours lost are not measured. Map a status or a resolution date column to measure them.',
  openOnly:
    'Tickets: the export holds only tickets still open, none resolved, closed or cancelled, so the counts of each period are those of the tickets still open, and the resolution SLA is not measured. To review the period, export the list without a status filter (in GLPI, remove the criterion “Status is Not solved”).',
  dateOnlyColumns: (columns) =>
    `dates without a time of day in ${enList(columns.map((column) => `“${column}”`))} (every date of ${columns.length === 1 ? 'this column' : 'these columns'}): hours not measured`,
  assetIdsMatch: (named, inFile, missing, listed) =>
    `Asset ids on the tickets: ${inFile} of ${named} in the asset file (${listed === 'all' ? 'missing' : 'first missing'}: ${missing}); the others are counted in service all period, and the fleet’s figures are not measured when most incidents name such assets`,
};

const fr: Catalogue = {
  thisPeriod: (kind) => FR_PERIOD[kind] ?? FR_PERIOD.custom!,
  gap(hours) {
    const { count, unit } = gapUnits(hours);
    const names = { hour: ['une heure', 'heures'], day: ['un jour', 'jours'], week: ['une semaine', 'semaines'] } as const;
    return count === 1 ? names[unit][0] : `${count} ${names[unit][1]}`;
  },
  recurringProblem: ({ key, count, first, last, windowDays }, f) =>
    `${key}${NNBSP}: ${f.number(count, 0)} incidents de même nature entre le ${first} et le ${last}, chacun au plus ${f.number(windowDays, 0)} jours après le précédent.`,
  acceleratingFailures: ({ assetId, failures, period, gap }, f) =>
    `${assetId} tombe en panne de plus en plus souvent${NNBSP}: ${f.number(failures, 0)} pannes ${period}${gap === null ? '' : `, les deux dernières à ${gap} d’intervalle`}.`,
  slaSlipping: ({ target, now, before, previousLabel }, f) =>
    `Les tickets ${target === 'response' ? 'pris en charge' : 'résolus'} dans les délais passent de ${f.percent(before)} à ${f.percent(now)} (${f.points(shownDelta(now, before))} par rapport à ${previousLabel}).`,
  slaBelowTarget: ({ target, adherence, goal, breached, period, defaults }, f) =>
    `${f.percent(adherence)} des tickets ${target === 'response' ? 'pris en charge' : 'résolus'} dans les délais ${period}, sous l’objectif de ${f.percent(goal)}` +
    (defaults.targets && defaults.goal
      ? ' (délais et objectif par défaut de Revue, pas ceux de votre contrat)'
      : defaults.targets
        ? ' (selon les délais par défaut de Revue, pas ceux de votre contrat)'
        : defaults.goal
          ? ' (objectif par défaut de Revue, pas celui de votre contrat)'
          : '') +
    `${NNBSP}: ${f.number(breached, 0)} hors délai.`,
  slaSourceDisagrees: ({ target, disagreements, compared, adherence, sourceAdherence, defaultTargets }, f) =>
    `SLA de ${target === 'response' ? 'prise en charge' : 'résolution'}${NNBSP}: Revue et l’outil source divergent sur ${f.number(disagreements, 0)} des ${f.number(compared, 0)} tickets jugés par les deux (${f.percent(adherence)} dans les délais selon Revue, ${f.percent(sourceAdherence)} selon l’outil)${NNBSP}: ` +
    (defaultTargets
      ? 'Revue a appliqué ses délais par défaut, sans doute pas ceux de l’outil. Indiquez les délais de votre contrat dans la politique.'
      : 'les délais ou les heures ouvrées de la politique diffèrent sans doute de ceux de l’outil. Vérifiez-les.'),
  pastUsefulLifeCostly: ({ assetId, corrective, period, asOf }, f) =>
    `${assetId} a dépassé sa durée de vie utile${asOf === null ? '' : ` à la date des données (${asOf})`} et a coûté ${f.money(corrective)} en maintenance corrective ${period}${NNBSP}: à remplacer${NNBSP}?`,
  lostHoursAboveBenchmark: ({ client, perEmployeePerYear }, f) =>
    `${client ?? 'Les utilisateurs'} ${client === null ? 'perdent' : 'perd'} ${f.number(perEmployeePerYear, 0)} h par salarié et par an à cause des incidents (repère${NNBSP}: 50 à 100 h).`,
  warrantyExpiring: ({ count, shown }, f) =>
    `${f.number(count, 0)} ${plural(frPlural, count, 'équipement sort', 'équipements sortent')} de garantie dans les 90 jours (${shown}).`,
  backlogAged: ({ count, oldestId, oldestDays, days, asOf }, f) =>
    asOf !== null
      ? count === 1
        ? `Le ${asOf}, date des données, 1 ticket était encore ouvert depuis ${f.number(days, 0)} ${plural(frPlural, days, 'jour', 'jours')} ou plus${NNBSP}: ${oldestId}, ouvert depuis ${f.number(oldestDays, 0)} ${plural(frPlural, oldestDays, 'jour', 'jours')}.`
        : `Le ${asOf}, date des données, ${f.number(count, 0)} tickets étaient encore ouverts depuis ${f.number(days, 0)} ${plural(frPlural, days, 'jour', 'jours')} ou plus${NNBSP}; le plus ancien, ${oldestId}, depuis ${f.number(oldestDays, 0)} ${plural(frPlural, oldestDays, 'jour', 'jours')}.`
      : count === 1
        ? `1 ticket encore ouvert depuis ${f.number(days, 0)} ${plural(frPlural, days, 'jour', 'jours')} ou plus${NNBSP}: ${oldestId}, ouvert depuis ${f.number(oldestDays, 0)} ${plural(frPlural, oldestDays, 'jour', 'jours')}.`
        : `${f.number(count, 0)} tickets encore ouverts depuis ${f.number(days, 0)} ${plural(frPlural, days, 'jour', 'jours')} ou plus${NNBSP}; le plus ancien, ${oldestId}, depuis ${f.number(oldestDays, 0)} ${plural(frPlural, oldestDays, 'jour', 'jours')}.`,
  more: (kind, count, f) => `Et ${f.number(count, 0)} ${plural(frPlural, count, 'autre', 'autres')} ${plural(frPlural, count, ...FR_MORE[kind])}.`,

  methodTitle: 'Comment ces chiffres ont été calculés',
  assumptionsIntro: `Valeurs par défaut utilisées, faute de les trouver dans la politique${NNBSP}:`,
  dataAssumptionsIntro: `Règles appliquées là où les données ne disent rien (la politique n’a pas de réglage pour elles)${NNBSP}:`,
  noAssumptions: 'Toutes les valeurs utilisées par les chiffres viennent de la politique.',
  notMeasuredIntro: `Non mesuré${NNBSP}:`,
  policyNotice: (notice) =>
    notice.code === 'unknown-client'
      ? `La politique prévoit des conditions propres à «${NNBSP}${notice.name}${NNBSP}», qui ne désigne aucun client des données (comparé sans tenir compte des majuscules, accents et espaces)${NNBSP}: elles n’ont pas été appliquées.`
      : notice.code === 'pause-statuses-unseen'
        ? notice.statuses.length === 1
          ? `Le statut de pause «${NNBSP}${notice.statuses[0]}${NNBSP}» de la politique ne désigne aucun statut de l’historique de l’export (comparé sans tenir compte des majuscules, accents et espaces)${NNBSP}: il n’a rien mis en pause.`
          : `Les statuts de pause ${notice.statuses.map((status) => `«${NNBSP}${status}${NNBSP}»`).join(', ')} de la politique ne désignent aucun statut de l’historique de l’export (comparés sans tenir compte des majuscules, accents et espaces)${NNBSP}: ils n’ont rien mis en pause.`
        : `La politique liste des statuts de pause, mais l’export n’a pas d’historique des statuts (une ligne par ticket, pas de colonne de temps en pause)${NNBSP}: les délais de résolution ne sont pas diminués du temps en pause.`,
  assumption: (key, value, f) =>
    `${assumptionName(FR_ASSUMPTIONS, FR_IMPACTS, key, 'Objectif SLA', 'Facteur d’impact', 'Facteur d’impact de la priorité')}${NNBSP}: ${assumedText(key, value, FR_WORDS, f)}`,
  notMeasured: (figure, reason) => `${figureName(FR_FIGURES, FR_CATEGORIES, figure, '(période précédente)')}${NNBSP}: ${FR_REASONS[reason]}`,
  notMeasuredBoth: (figure, reason) => `${figureName(FR_FIGURES, FR_CATEGORIES, figure, '')} (les deux périodes)${NNBSP}: ${FR_REASONS[reason]}`,
  reason: (reason) => FR_REASONS[reason],
  excluding: (exclusions, withReasons) => excludingText(exclusions, withReasons, FR_SHORT, FR_REASONS, 'hors', 'et'),
  noPartMeasured: (exclusions) => `aucune de ses parties n’est mesurée — ${excludingText(exclusions, true, FR_SHORT, FR_REASONS, '', 'et').trim()}`,
  categoryName: (category) => FR_CATEGORIES[category],
  ticketTypes: (types, f) => {
    const list = `Types de ticket lus dans le fichier${NNBSP}: ${typeList(types, FR_TYPES, (count) => `${f.number(count, 0)} autres`, f)}.`;
    if (!types.noIncidentType) return list;
    const first = Object.keys(types.byType)[0]!;
    return `${list} Aucun n’est lu comme un incident${NNBSP}: incidents, récurrence, fiabilité et heures perdues ne sont donc pas mesurés${NNBSP}; pour compter un type comme incident, associez-le à incident dans values.type d’un fichier de correspondance (par exemple "${first}": "incident").`;
  },
  comparison: (c, f) =>
    c.kind === 'previous-partial'
      ? `Période précédente non comparable${NNBSP}: les données en couvrent ${f.number(c.covered, 0)} ${plural(frPlural, c.covered, 'jour', 'jours')} sur ${f.number(c.total, 0)}.`
      : c.kind === 'current-partial'
        ? `Pas de comparaison avec la période précédente${NNBSP}: les données couvrent ${f.number(c.covered, 0)} des ${f.number(c.total, 0)} jours de cette période.`
        : c.kind === 'open-only'
          ? `Pas de comparaison avec la période précédente${NNBSP}: l’export ne contient que des tickets encore ouverts, et une période plus ancienne garde moins de ses tickets ouverts.`
          : null,
  partialCoverage: (coverage, comparison, f) => {
    const days = partialDays(coverage, comparison);
    return days === null
      ? null
      : coverage.fromPeriodStart
        ? `Les données couvrent ${f.number(days.covered, 0)} des ${f.number(days.total, 0)} jours de cette période${NNBSP}: trop peu de tickets pour montrer que l’export commence plus tard, chaque chiffre porte donc sur la période depuis son premier jour.`
        : `Les données couvrent ${f.number(days.covered, 0)} des ${f.number(days.total, 0)} jours de cette période${NNBSP}: chaque chiffre, coûts compris, ne porte que sur le temps couvert par les données.`;
  },
  sourceSlaName: (target) => `${target === 'response' ? 'SLA de prise en charge' : 'SLA de résolution'} respecté, selon l’outil source`,
  sourceSla: (figures, f) =>
    sourceSlaText(figures, f, {
      pending: 'en cours',
      semicolon: `${NNBSP}; `,
      judged: (met, total, one) => `${met} sur ${total} ${one ? 'ticket jugé' : 'tickets jugés'} par l’outil`,
      disagree: (count, one) => `${count} ${one ? 'ticket jugé' : 'tickets jugés'} autrement par Revue`,
    }),
  backlogWhen: (when) => (when.kind === 'month-end' ? atTheEndFr(when.month) : `le ${when.date}, date des données`),
  backlogBefore: (open, period) => `${open} ${atTheEndFr(period)}`,

  slaDefaults: (sla, responseMeasured, f) => {
    const targets = defaultTargetsText(sla.targets, responseMeasured, FR_BESIDE, f);
    const calendar = defaultCalendarText(sla, FR_WORDS, FR_BESIDE);
    const withResponse = responseMeasured && sla.targets.some((target) => target.target !== null) ? ' (prise en charge / résolution)' : '';
    if (targets !== null && calendar !== null)
      return `Le respect du SLA repose sur les objectifs par défaut de Revue, pas sur ceux de votre contrat${withResponse}${NNBSP}: ${targets}${NNBSP}; et sur ${calendar.what} par défaut${NNBSP}: ${calendar.text}.`;
    if (targets !== null) return `Le respect du SLA repose sur les objectifs par défaut de Revue, pas sur ceux de votre contrat${withResponse}${NNBSP}: ${targets}.`;
    return `Le respect du SLA repose sur ${calendar!.what} par défaut de Revue, pas sur ${calendar!.theirs} de votre contrat${NNBSP}: ${calendar!.text}.`;
  },
  setInPolicy: 'Réglez-les dans la politique.',
  // French keeps 0 and 1 in the singular.
  untypedIncidents: (untyped, f) =>
    untyped.all
      ? `Incidents${NNBSP}: l’export ne donne pas de type de ticket, chaque ticket compte donc comme un incident, dans les heures perdues aussi. Associez une colonne de type pour distinguer les demandes.`
      : `Incidents${NNBSP}: ${f.number(untyped.tickets, 0)} ${untyped.tickets <= 1 ? 'ticket du fichier n’a pas de type et compte donc comme un incident' : 'tickets du fichier n’ont pas de type et comptent donc comme des incidents'}, dans les heures perdues aussi.`,
  usersDefault: `Heures perdues${NNBSP}: un utilisateur par incident, valeur par défaut de Revue, faute pour l’export de dire combien étaient touchés.`,
  closingEnds: (ends, f) => {
    const count = `${f.number(ends.tickets, 0)} des ${f.number(ends.ended, 0)} tickets terminés`;
    if (ends.batch === null) {
      return `Les délais de résolution, temps de réparation et heures perdues courent jusqu’à l’heure de fermeture pour ${count}${NNBSP}: l’export ne donne pas d’heure de résolution. Un ticket fermé quelque temps après sa résolution compte aussi ce temps.`;
    }
    return `Une heure de fermeture seulement, sans heure de résolution, pour ${count}. ${f.number(ends.batch.closings, 0)} de ces fermetures tombent entre ${clockHour(ends.batch.hour)} et ${clockHour(ends.batch.hour + 1)}, la marque d’une fermeture automatique (un outil comme ServiceNow ferme de lui-même les incidents résolus, quelques jours plus tard)${NNBSP}: la plupart des tickets se terminent à cette fermeture, quelques jours après leur résolution, leurs durées ne sont donc pas des temps de réparation, et le taux de SLA de résolution, les temps de réparation, les indisponibilités, la disponibilité, le MTBF et les heures perdues ne sont pas mesurés. Faites correspondre une colonne de date de résolution pour les mesurer.`;
  },
  asOfStray: (stray, f) => {
    const years = f.number((Date.parse(stray.at) - Date.parse(stray.bodyEnd)) / YEAR_MS, 1);
    const shown = stray.ticketIds.join(', ') + (stray.later > stray.ticketIds.length ? '…' : '');
    const later = stray.later === 1 ? 'C’est le seul ticket' : `${f.number(stray.later, 0)} tickets ont une date`;
    return `La date des données, le ${f.date(stray.at)}, est ${FR_FIELD[stray.field]} de ${stray.ticketId}${NNBSP}; 99${NNBSP}% des tickets ont leur dernière date au plus tard le ${f.date(stray.bodyEnd)}, ${years}${NNBSP}ans avant. ${later}${stray.later === 1 ? ' daté' : ''} plus d’un an après (${shown})${NNBSP}: ${stray.later === 1 ? 'vérifiez-le' : 'vérifiez-les'}, ou donnez vous-même la date des données.`;
  },
  noEndState:
    'Aucune colonne ne dit comment un ticket s’est terminé (ni statut, ni date de résolution ou de clôture, ni délai de résolution)\u202f: impossible de savoir quels tickets sont encore ouverts, donc les tickets ouverts, le SLA de résolution, les pannes, les temps de réparation, les indisponibilités et les heures perdues ne sont pas mesurés. Faites correspondre une colonne de statut ou de date de résolution pour les mesurer.',
  openOnly:
    'Tickets\u202f: l’export ne contient que des tickets encore ouverts, aucun résolu, clos ou annulé\u202f; les nombres de chaque période sont donc ceux des tickets encore ouverts, et le SLA de résolution n’est pas mesuré. Pour revoir la période, exportez la liste sans filtre de statut (dans GLPI, retirez le critère «\u202fStatut est Non résolu\u202f»).',
  dateOnlyColumns: (columns) =>
    `dates sans heure dans ${frList(columns.map((column) => `«\u202f${column}\u202f»`))} (toutes les dates de ${columns.length === 1 ? 'cette colonne' : 'ces colonnes'})\u202f: durées en heures non mesurées`,
  assetIdsMatch: (named, inFile, missing, listed) =>
    `Identifiants d’équipement cités sur les tickets\u202f: ${inFile} sur ${named} dans le fichier d’équipements (${listed === 'all' ? 'absents' : 'premiers absents'}\u202f: ${missing})\u202f; les autres sont comptés en service toute la période, et les chiffres du parc ne sont pas mesurés quand la plupart des incidents nomment de tels équipements`,
};

/** The words of the sentences that say, beside a figure, which defaults it rests on. */
interface BesideWords {
  /** A 24x7 target, after its time, with its leading space: " around the clock". */
  aroundTheClock: string;
  noTarget: string;
  noHolidays: string;
  holidaysOf: (code: string) => string;
  /** What the calendar part names, by what is default: the hours, or only the time zone. */
  hours: { what: string; theirs: string };
  timezone: { what: string; theirs: string };
  timezoneOnly: (zone: string) => string;
  /** Between two spans of one day: "08:30–12:30 and 13:30–17:30". */
  and: string;
}

const EN_BESIDE: BesideWords = {
  aroundTheClock: ' around the clock',
  noTarget: 'no target',
  noHolidays: 'no public holidays',
  holidaysOf: (code) => `public holidays of ${code}`,
  hours: { what: 'business hours', theirs: 'those' },
  timezone: { what: 'time zone', theirs: 'that' },
  timezoneOnly: (zone) => `business hours read in ${zone}`,
  and: 'and',
};
const FR_BESIDE: BesideWords = {
  aroundTheClock: ' (24 h/24, 7 j/7)',
  noTarget: 'sans objectif',
  noHolidays: 'sans jours fériés',
  holidaysOf: (code) => `jours fériés de ${code}`,
  hours: { what: 'les heures ouvrées', theirs: 'celles' },
  timezone: { what: 'le fuseau horaire', theirs: 'celui' },
  timezoneOnly: (zone) => `heures ouvrées lues en ${zone}`,
  and: 'et',
};

/**
 * The default targets, in priority order: "P1 4 h around the clock, P2 8 h, P5 no target"; with
 * the response measured, "P1 1 h / 4 h around the clock, …". Null when no target is a default.
 */
function defaultTargetsText(targets: NonNullable<FigureDefaults['sla']>['targets'], responseMeasured: boolean, words: BesideWords, f: Formatter): string | null {
  if (targets.length === 0) return null;
  return targets
    .map(({ priority, target }) => {
      if (target === null) return `${priority} ${words.noTarget}`;
      const time = responseMeasured ? `${targetText(target.response, f)} / ${targetText(target.resolution, f)}` : targetText(target.resolution, f);
      return `${priority} ${time}${target.clock === '24x7' ? words.aroundTheClock : ''}`;
    })
    .join(', ');
}

/**
 * The default calendar in a few words — "Mon–Fri 09:00–17:00 (UTC), no public holidays" — with
 * what it names (the business hours, or only the time zone they are read in); null when the
 * calendar is all the policy's.
 */
function defaultCalendarText(
  sla: NonNullable<FigureDefaults['sla']>,
  values: ValueWords,
  words: BesideWords,
): { what: string; theirs: string; text: string } | null {
  const holidays = sla.holidays === null ? null : sla.holidays.country === null ? words.noHolidays : words.holidaysOf([sla.holidays.country, sla.holidays.region].filter((part) => part !== null).join('-'));
  if (sla.hours !== null) {
    const text = `${openingHoursText(sla.hours, values, words.and)} (${sla.timezone})${holidays === null ? '' : `, ${holidays}`}`;
    return { ...words.hours, text };
  }
  if (holidays !== null) return { ...words.hours, text: sla.timezoneDefault ? `${words.timezoneOnly(sla.timezone)}, ${holidays}` : holidays };
  if (sla.timezoneDefault) return { ...words.timezone, text: sla.timezone };
  return null;
}

/** Opening hours grouped by runs of days: "Mon–Fri 09:00–17:00", "lun.–ven. 08:30–12:30 et 13:30–17:30, sam. 09:00–12:00". */
function openingHoursText(hours: Record<string, string[]>, words: ValueWords, and: string): string {
  const days = Object.keys(words.days);
  const runs: { first: string; last: string; text: string }[] = [];
  for (const day of days) {
    const spans = hours[day] ?? [];
    const text = spans.map((span) => span.replace('-', '–')).join(` ${and} `);
    const last = runs.at(-1);
    if (text !== '' && last !== undefined && last.text === text && days.indexOf(last.last) === days.indexOf(day) - 1) last.last = day;
    else if (text !== '') runs.push({ first: day, last: day, text });
  }
  if (runs.length === 0) return words.none;
  return runs.map((run) => `${words.days[run.first]}${run.first === run.last ? '' : `–${words.days[run.last]}`} ${run.text}`).join(', ');
}

/** At most this many types are named; the others are counted. */
const TYPES_NAMED = 10;

/** "Bug 3, Task 2, and 4 more types" in a language's words for the canonical types. */
function typeList(types: TicketTypes, words: Record<string, string>, more: (count: number) => string, f: Formatter): string {
  const entries = Object.entries(types.byType);
  const named = entries.slice(0, TYPES_NAMED).map(([type, count]) => `${words[type] ?? type} ${f.number(count, 0)}`);
  if (entries.length > TYPES_NAMED) named.push(more(entries.length - TYPES_NAMED));
  return named.join(', ');
}

const EN_TYPES: Record<string, string> = { '(none)': 'no type (read as incident)' };
const FR_TYPES: Record<string, string> = { '(none)': 'sans type (lu comme incident)', incident: 'incident', request: 'demande', problem: 'problème', change: 'changement' };

/** The catalogue of a language. */
export const CATALOGUES: Record<Language, Catalogue> = { en, fr };
