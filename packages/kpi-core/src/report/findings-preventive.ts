/**
 * The findings of the preventive plan: a task the plan says is not being kept, and preventive
 * work rising while corrective incidents fall. Thresholds are named here, with why; the words
 * live in one catalogue per language.
 */
import type { PlanPeriodicity } from '../policy/types.js';
import type { Formatter, Language } from './format.js';
import type { Finding, KpiSet } from './types.js';

/**
 * A task done in less than this share of its due windows is not being kept: 90 % is the usual
 * target of preventive-maintenance compliance in maintenance management, and one miss in ten
 * windows is what a plan can absorb (a visit moved to the next window, a holiday).
 */
export const PLAN_COMPLIANCE_TARGET = 0.9;
/** Below this compliance, a task is mostly not done: the finding is high severity. */
export const PLAN_COMPLIANCE_LOW = 0.7;
/**
 * Preventive hours must grow at least this much (×1.5) against the previous period to read as
 * more preventive work rather than the ordinary month-to-month spread of a few visits.
 */
export const PREVENTIVE_RISE_RATIO = 1.5;
/** …and reach at least this many hours in the period, so that a rise from 0.5 h to 1 h says nothing. */
export const PREVENTIVE_MIN_HOURS = 4;
/** Corrective incidents must fall by at least this share (25 %) against the previous period… */
export const CORRECTIVE_FALL_SHARE = 0.25;
/** …from at least this many, so that a fall from 3 incidents to 2 is not read as an effect. */
export const CORRECTIVE_MIN_BEFORE = 10;

/**
 * French nouns (singular, plural) of the common asset types, so that a finding says « des
 * serveurs », not « des équipements « server » » (review). Keyed by the type as exports write
 * it, lower case; the dashboard's catalogue (`assetType.*`) names the same types. A type not
 * listed stays quoted as written.
 */
const FR_ASSET_TYPES: Record<string, readonly [string, string]> = {
  server: ['serveur', 'serveurs'],
  laptop: ['ordinateur portable', 'ordinateurs portables'],
  notebook: ['ordinateur portable', 'ordinateurs portables'],
  desktop: ['poste fixe', 'postes fixes'],
  workstation: ['poste fixe', 'postes fixes'],
  pc: ['poste fixe', 'postes fixes'],
  computer: ['ordinateur', 'ordinateurs'],
  printer: ['imprimante', 'imprimantes'],
  network: ['équipement réseau', 'équipements réseau'],
  'network device': ['équipement réseau', 'équipements réseau'],
  switch: ['commutateur', 'commutateurs'],
  router: ['routeur', 'routeurs'],
  firewall: ['pare-feu', 'pare-feu'],
  'access point': ['borne Wi-Fi', 'bornes Wi-Fi'],
  'access-point': ['borne Wi-Fi', 'bornes Wi-Fi'],
  storage: ['baie de stockage', 'baies de stockage'],
  nas: ['NAS', 'NAS'],
  ups: ['onduleur', 'onduleurs'],
  monitor: ['écran', 'écrans'],
  screen: ['écran', 'écrans'],
  phone: ['téléphone', 'téléphones'],
  smartphone: ['smartphone', 'smartphones'],
  tablet: ['tablette', 'tablettes'],
  'virtual machine': ['machine virtuelle', 'machines virtuelles'],
  'virtual-machine': ['machine virtuelle', 'machines virtuelles'],
  vm: ['machine virtuelle', 'machines virtuelles'],
};

/** The French nouns of an asset type, or null when the type is not a common one. */
function frenchAssetType(type: string): readonly [string, string] | null {
  const key = type.trim().toLowerCase().replace(/[\s_]+/g, ' ');
  return Object.hasOwn(FR_ASSET_TYPES, key) ? FR_ASSET_TYPES[key]! : null;
}

interface Text {
  every: Record<PlanPeriodicity, string>;
  /** "assets (server)" / « serveurs »: the assets a task is due on, of one type or all. */
  assets: (count: number, type: string | null) => string;
  /** `when` names the window with its preposition: "in May 2026", "en mai 2026". */
  missed: (task: string, every: string, missed: number, of: number, assets: string, when: string, done: number, due: number, compliance: string) => string;
  effect: (what: string | null, before: string, now: string, ratio: string, fall: string, incidentsBefore: number, incidentsNow: number, previous: string) => string;
  week: (date: string) => string;
  month: (month: string) => string;
  quarter: (index: number, year: number) => string;
  half: (index: number, year: number) => string;
  year: (year: number) => string;
}

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** The words of the preventive findings, per language (French typography: narrow no-break spaces). */
const TEXT: Record<Language, Text> = {
  en: {
    every: { week: 'every week', month: 'every month', quarter: 'every quarter', half: 'every half-year', year: 'every year' },
    assets: (count, type) => plural(count, 'asset', 'assets') + (type === null ? '' : ` (${type})`),
    missed: (task, every, missed, of, assets, when, done, due, compliance) =>
      `"${task}" (${every}) was missed on ${missed} of ${of} ${assets} ${when}; done ${done === 1 ? 'once' : `${done} times`} out of ${due} this period (${compliance}).`,
    effect: (what, before, now, ratio, fall, incidentsBefore, incidentsNow, previous) =>
      `Preventive work${what === null ? '' : ` on ${what} assets`} rose from ${before} to ${now} (×${ratio}) while corrective incidents${what === null ? '' : ` on them`} fell by ${fall} (${incidentsBefore} → ${incidentsNow}) against ${previous}.`,
    week: (date) => `in the week of ${date}`,
    month: (month) => `in ${month}`,
    quarter: (index, year) => `in Q${index} ${year}`,
    half: (index, year) => `in H${index} ${year}`,
    year: (year) => `in ${year}`,
  },
  fr: {
    every: { week: 'toutes les semaines', month: 'tous les mois', quarter: 'tous les trimestres', half: 'tous les semestres', year: 'tous les ans' },
    assets: (count, type) => {
      const nouns = type === null ? null : frenchAssetType(type);
      if (nouns !== null) return plural(count, nouns[0], nouns[1]);
      return plural(count, 'équipement', 'équipements') + (type === null ? '' : ` «\u202f${type}\u202f»`);
    },
    missed: (task, every, missed, of, assets, when, done, due, compliance) =>
      `«\u202f${task}\u202f» (${every})\u202f: non fait sur ${missed} des ${of} ${assets} ${when}\u202f; fait ${done} fois sur ${due} sur la période (${compliance}).`,
    effect: (what, before, now, ratio, fall, incidentsBefore, incidentsNow, previous) =>
      `La maintenance préventive${what === null ? '' : ` des ${frenchAssetType(what)?.[1] ?? `équipements «\u202f${what}\u202f»`}`} passe de ${before} à ${now} (×\u202f${ratio}) tandis que les incidents correctifs${what === null ? '' : ' sur ces équipements'} baissent de ${fall} (${incidentsBefore} → ${incidentsNow}) par rapport à ${previous}.`,
    week: (date) => `la semaine du ${date}`,
    month: (month) => `en ${month}`,
    quarter: (index, year) => `au T${index} ${year}`,
    half: (index, year) => `au S${index} ${year}`,
    year: (year) => `en ${year}`,
  },
};

/** A finding with the weight that ranks it among its kind. */
export interface WeightedFinding extends Finding {
  weight: number;
}

/** The window a window start names, in words with its preposition: "in May 2026", "in the week of 4 May 2026", "au T2 2026"… */
function windowLabel(start: string, every: PlanPeriodicity, format: Formatter, timezone: string): string {
  const text = TEXT[format.language];
  const locale = format.language === 'fr' ? 'fr-FR' : 'en-GB';
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: timezone, year: 'numeric', month: 'numeric' }).formatToParts(new Date(start));
  const year = Number(parts.find((p) => p.type === 'year')!.value);
  const month = Number(parts.find((p) => p.type === 'month')!.value);
  switch (every) {
    case 'week':
      return text.week(format.date(start));
    case 'month':
      return text.month(new Intl.DateTimeFormat(locale, { timeZone: timezone, month: 'long', year: 'numeric' }).format(new Date(start)));
    case 'quarter':
      return text.quarter(Math.floor((month - 1) / 3) + 1, year);
    case 'half':
      return text.half(month <= 6 ? 1 : 2, year);
    case 'year':
      return text.year(year);
  }
}

/**
 * The preventive findings of a report: each task of the plan done in less than
 * {@link PLAN_COMPLIANCE_TARGET} of its due windows (named by its worst window), and preventive
 * work up at least {@link PREVENTIVE_RISE_RATIO} times while corrective incidents fell by at
 * least {@link CORRECTIVE_FALL_SHARE} against the previous period, over all assets and per asset
 * type.
 *
 * @example
 * preventiveFindings(current, previous, 'May 2026', format, 'Europe/Paris')[0]?.message;
 * // => '"Restore test" (every month) was missed on 3 of 8 assets (server) in May 2026; done 21 times out of 24 this period (87.5%).'
 */
export function preventiveFindings(current: KpiSet, previous: KpiSet | null, previousLabel: string, format: Formatter, timezone: string): WeightedFinding[] {
  const text = TEXT[format.language];
  const out: WeightedFinding[] = [];
  const preventive = current.preventive;
  for (const [taskId, task] of Object.entries(preventive.byTask)) {
    if (task.due === null || task.done === null || task.compliance === null || task.compliance >= PLAN_COMPLIANCE_TARGET) continue;
    // The worst window of the task: most misses, then the latest.
    let worst: { start: string; due: number; done: number; every: PlanPeriodicity } | null = null;
    for (const schedule of preventive.schedules) {
      if (schedule.taskId !== taskId) continue;
      for (const window of schedule.windows) {
        const missed = window.due - window.done;
        if (missed > 0 && (worst === null || missed >= worst.due - worst.done)) worst = { ...window, every: schedule.every };
      }
    }
    if (worst === null) continue;
    const missed = worst.due - worst.done;
    out.push({
      kind: 'preventive-missed',
      severity: task.compliance < PLAN_COMPLIANCE_LOW ? 'high' : 'medium',
      weight: 1 - task.compliance,
      message: text.missed(
        task.title,
        text.every[worst.every],
        missed,
        worst.due,
        text.assets(worst.due, task.assetType),
        windowLabel(worst.start, worst.every, format, timezone),
        task.done,
        task.due,
        format.percent(task.compliance),
      ),
      evidence: {
        taskId,
        due: task.due,
        done: task.done,
        compliance: task.compliance,
        window: { start: worst.start, due: worst.due, done: worst.done },
        missed: preventive.missed.filter((m) => m.taskId === taskId && m.windowStart === worst.start).map((m) => m.assetId),
      },
    });
  }

  if (previous !== null && isMeasured(preventive.effort) && isMeasured(previous.preventive.effort)) {
    type Effort = { preventiveHours: number; correctiveIncidents: number };
    const candidates: Array<[string | null, Effort, Effort | undefined]> = [
      [null, preventive.effort, previous.preventive.effort],
      ...Object.entries(preventive.effort.byType)
        .filter(([type]) => type !== '(none)' && type !== '(unallocated)')
        .flatMap(([type, now]): Array<[string, Effort, Effort | undefined]> => {
          const before = previous.preventive.effort.byType[type];
          return isMeasured(now) ? [[type, now, before !== undefined && isMeasured(before) ? before : undefined]] : [];
        }),
    ];
    for (const [type, now, before] of candidates) {
      if (before === undefined) continue;
      const rose = now.preventiveHours >= PREVENTIVE_MIN_HOURS && now.preventiveHours >= PREVENTIVE_RISE_RATIO * before.preventiveHours;
      const fall = before.correctiveIncidents > 0 ? 1 - now.correctiveIncidents / before.correctiveIncidents : 0;
      if (!rose || before.correctiveIncidents < CORRECTIVE_MIN_BEFORE || fall < CORRECTIVE_FALL_SHARE) continue;
      const ratio = before.preventiveHours > 0 ? format.number(now.preventiveHours / before.preventiveHours, 1) : '∞';
      out.push({
        kind: 'preventive-effect',
        severity: 'low',
        // All assets first, then the asset types by the size of the fall.
        weight: fall + (type === null ? 1 : 0),
        message: text.effect(type, format.hours(before.preventiveHours), format.hours(now.preventiveHours), ratio, format.percent(fall, 0), before.correctiveIncidents, now.correctiveIncidents, previousLabel),
        evidence: {
          assetType: type,
          preventiveHours: now.preventiveHours,
          previousPreventiveHours: before.preventiveHours,
          correctiveIncidents: now.correctiveIncidents,
          previousCorrectiveIncidents: before.correctiveIncidents,
        },
      });
    }
  }
  return out;
}

/** Effort figures of a period that has them (a period the data does not cover has none). */
function isMeasured(effort: { preventiveHours: number | null; correctiveIncidents: number | null }): effort is { preventiveHours: number; correctiveIncidents: number } {
  return effort.preventiveHours !== null && effort.correctiveIncidents !== null;
}
