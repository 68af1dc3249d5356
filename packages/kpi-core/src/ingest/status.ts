/**
 * What a ticket's status word means, and the resolution instants an export gives as durations
 * (DESIGN §3 "Status words mean something"). Run by the reader on the finished columns, after
 * the preset's derive hook and the event-log merging, before the row checks:
 * 1. `statusClass` from the status word through the status map (every language of the preset,
 *    matched without case or accents), else from the status category column (Jira), else left
 *    empty and flagged `unmapped-value`; a `statusClass` column in the file (canonical format)
 *    is read first. The word itself stays in `status`.
 * 2. `resolvedAt`/`closedAt` from the preset's duration columns where the export has no date
 *    for them and the ticket is not open or pending, flagged `resolution-from-duration`.
 * 3. A "met" resolution verdict of the source tool on a ticket still open or pending is
 *    dropped: the tool only says the target is not missed yet.
 * 4. A ticket whose class is resolved, closed or cancelled but that has neither a resolution
 *    nor a closing instant is flagged `closed-without-date`: the KPIs count it as closed at an
 *    unknown time, never as open.
 * Each step is a loop over typed columns; the class of a word is looked up once per distinct
 * word (a Map keyed by the interned status strings), nothing per row allocates.
 */
import { STATUS_CLASSES } from '../model/fields.js';
import { ISSUE_TEXT, type IssueCode } from './messages.js';
import { meaningKey, statusOfWord } from './synonyms.js';
import { DURATION_TARGETS, STATUS_CATEGORY_EXTRA, STATUS_LABEL_EXTRA, durationExtra, normalizeHeader, withoutInclusiveEnding, type DurationTarget, type Preset } from './presets/preset.js';

type StringColumn = (string | null)[];

/** The rules of one file: the merged status map (preset and mapping), duration columns, status category. */
export interface StatusRules {
  /** Status word → class (targets that are not a class are ignored). */
  status: Record<string, string>;
  durations: Preset['durations'];
  statusCategory: Preset['statusCategory'];
}

/** The finished columns of a ticket file, changed in place. */
export interface StatusColumns {
  length: number;
  numbers: Record<string, Float64Array>;
  strings: Record<string, StringColumn>;
  extras: Record<string, Float64Array | StringColumn>;
  /** File line of each row (for issues). */
  lines: Float64Array;
  /** Source header of each field and extra read (for issues). */
  headerOf: Record<string, string>;
}

type AddIssue = (code: IssueCode, row: number, column: string | null, text: string | (() => string)) => void;

const UNKNOWN = -1;
const CLASS_INDEX = new Map<string, number>(STATUS_CLASSES.map((name, index) => [name, index]));
const OPEN = CLASS_INDEX.get('open')!;
const PENDING = CLASS_INDEX.get('pending')!;

/**
 * A classifier of words by a map (normalised like headers) and the class names themselves:
 * `classOf(word)` is the class index, or −1. A word with a French inclusive ending
 * (`Terminé(e)`) not in the map is matched without it. Cached per distinct word: the reader
 * interns repeated cells, so a file of a million rows and six statuses does six look-ups.
 *
 * @example statusClassifier({ Clos: 'closed' })('CLOS') // 3 (closed)
 * @example statusClassifier({ Terminé: 'closed' })('Terminé(e)') // 3 (closed)
 */
export function statusClassifier(map: Record<string, string>): (word: string) => number {
  const normalized = new Map<string, number>();
  for (const [word, target] of Object.entries(map)) {
    const index = CLASS_INDEX.get(target);
    if (index !== undefined) normalized.set(normalizeHeader(word), index);
  }
  const cache = new Map<string, number>();
  // The word before, answered without the map: most rows repeat the commonest status (a
  // reader's repeated values are one string, so the comparison is of two pointers). A million
  // statuses of the benchmark: 29–128 ms with the map alone, 13–71 ms with this (five runs).
  let lastWord: string | null = null;
  let lastIndex = UNKNOWN;
  return (word) => {
    if (word === lastWord) return lastIndex;
    let index = cache.get(word);
    if (index === undefined) {
      const key = normalizeHeader(word);
      index = normalized.get(key) ?? CLASS_INDEX.get(key) ?? UNKNOWN;
      const bare = index === UNKNOWN ? withoutInclusiveEnding(key) : key;
      if (bare !== key) index = normalized.get(bare) ?? CLASS_INDEX.get(bare) ?? UNKNOWN;
      if (cache.size < 100_000) cache.set(word, index);
    }
    lastWord = word;
    lastIndex = index;
    return index;
  };
}

/** The class of a status word by Revue's general word list (`statusOfWord`), cached per word; −1 unknown. */
function generalClassifier(): (word: string) => number {
  const cache = new Map<string, number>();
  return (word) => {
    let index = cache.get(word);
    if (index === undefined) {
      const target = statusOfWord(meaningKey(word));
      index = target === null ? UNKNOWN : CLASS_INDEX.get(target)!;
      if (cache.size < 100_000) cache.set(word, index);
    }
    return index;
  };
}

/**
 * Fills `statusClass`, fills resolution instants from durations and flags what DESIGN §3 asks
 * (see the module comment). Changes `columns` in place; creates `strings.statusClass` when the
 * file had none.
 *
 * @example
 * // status "Fechado", no dates → statusClass "closed", flagged closed-without-date
 * applyStatusRules(columns, { status: { Fechado: 'closed' }, durations: undefined, statusCategory: undefined }, addIssue);
 */
export function applyStatusRules(columns: StatusColumns, rules: StatusRules, addIssue: AddIssue): void {
  const { length, numbers, strings, lines, headerOf } = columns;
  const classes = fillStatusClass(columns, rules, addIssue);
  for (const target of DURATION_TARGETS) fillFromDuration(columns, rules, target, classes, addIssue);
  // A tool's "met" (not exceeded) on a ticket still open or pending is no verdict yet: the
  // target may still be missed. "Breached" stands: the deadline has already passed.
  const verdict = strings['slaResolutionVerdict'];
  if (verdict !== undefined) for (let i = 0; i < length; i++) if (classes[i]! <= PENDING && classes[i]! >= 0 && verdict[i] === 'met') verdict[i] = null;
  const resolved = numbers['resolvedAt']!;
  const closed = numbers['closedAt']!;
  const status = strings['status'];
  const header = headerOf['status'] ?? headerOf['statusClass'] ?? null;
  for (let i = 0; i < length; i++) {
    const index = classes[i]!;
    if (index <= PENDING || resolved[i] === resolved[i] || closed[i] === closed[i]) continue;
    const word = status?.[i] ?? STATUS_CLASSES[index]!;
    addIssue('closed-without-date', lines[i]!, header, () => ISSUE_TEXT.closedWithoutDate(word, STATUS_CLASSES[index]!));
  }
}

/** The status class index of every row (−1 unknown); writes `strings.statusClass`. */
function fillStatusClass(columns: StatusColumns, rules: StatusRules, addIssue: AddIssue): Int8Array {
  const { length, strings, extras, lines, headerOf } = columns;
  const classes = new Int8Array(length).fill(UNKNOWN);
  const classOf = statusClassifier(rules.status);
  const given = strings['statusClass'];
  const status = strings['status'];
  const category = extras[STATUS_CATEGORY_EXTRA];
  const labels = extras[STATUS_LABEL_EXTRA];
  const categoryOf = rules.statusCategory === undefined ? null : statusClassifier(rules.statusCategory.map);
  const generalOf = generalClassifier();
  const out: StringColumn = given ?? new Array<string | null>(length).fill(null);
  for (let i = 0; i < length; i++) {
    let index = UNKNOWN;
    const stated = given?.[i];
    if (stated !== null && stated !== undefined) {
      index = classOf(stated);
      if (index === UNKNOWN) addIssue('unmapped-value', lines[i]!, headerOf['statusClass'] ?? 'statusClass', () => ISSUE_TEXT.unmappedValue('statusClass', stated));
    }
    const word = status?.[i];
    if (index === UNKNOWN && word !== null && word !== undefined) {
      index = classOf(word);
      if (index === UNKNOWN && categoryOf !== null && Array.isArray(category)) {
        const group = category[i];
        if (group !== null && group !== undefined) index = categoryOf(group);
      }
      if (index === UNKNOWN) {
        // A word the preset's map lacks (a site's own status, another UI language) still means
        // something: "En cours" left without a class read as open only for want of a date, and a
        // "Terminé" without one kept a closed ticket in the backlog. Revue's word list, flagged.
        index = generalOf(word);
        if (index === UNKNOWN) addIssue('unmapped-value', lines[i]!, headerOf['status'] ?? 'status', () => ISSUE_TEXT.unmappedStatus(word));
        else addIssue('unmapped-value', lines[i]!, headerOf['status'] ?? 'status', () => ISSUE_TEXT.statusByWordList(word, STATUS_CLASSES[index]!));
      }
    }
    // A status label (GitLab's `status::waiting`) says more of an open ticket than its state
    // (`Open`): taken when both are open or pending; it never reopens nor closes a ticket.
    const label = Array.isArray(labels) ? labels[i] : null;
    if (label !== null && label !== undefined && (index === OPEN || index === PENDING) && status !== undefined) {
      const labelIndex = classOf(label);
      if (labelIndex === OPEN || labelIndex === PENDING) {
        index = labelIndex;
        status[i] = label;
      } else if (labelIndex === UNKNOWN) addIssue('unmapped-value', lines[i]!, headerOf[STATUS_LABEL_EXTRA] ?? 'status', () => ISSUE_TEXT.unmappedStatus(label));
    }
    classes[i] = index;
    out[i] = index === UNKNOWN ? null : STATUS_CLASSES[index]!;
  }
  strings['statusClass'] = out;
  return classes;
}

/** `target = openedAt + duration` where the target is empty and the ticket is not open or pending. */
function fillFromDuration(columns: StatusColumns, rules: StatusRules, target: DurationTarget, classes: Int8Array, addIssue: AddIssue): void {
  const source = rules.durations?.[target];
  const duration = columns.extras[durationExtra(target)];
  if (source === undefined || !(duration instanceof Float64Array)) return;
  const { length, numbers, lines, headerOf } = columns;
  const opened = numbers['openedAt']!;
  const out = numbers[target]!;
  const paused = source.addPaused === true ? numbers['pausedMinutes'] : undefined;
  const header = headerOf[durationExtra(target)] ?? null;
  if (target === 'resolvedAt') {
    const first = runsToClosing(opened, duration, numbers['closedAt']!);
    if (first !== null) {
      // The "time to resolution" is the time to closing (ServiceNow's calendar_duration, closed by a
      // job days after the resolution): read as a resolution, it would move every resolution to the
      // closing. The closings stand for the resolutions, flagged as such (closed-without-resolution).
      addIssue('duration-to-closing', lines[first]!, header, () => ISSUE_TEXT.durationToClosing(headerOf['closedAt'] ?? 'closedAt'));
      return;
    }
  }
  for (let i = 0; i < length; i++) {
    const minutes = duration[i]!;
    if (out[i] === out[i] || !(minutes >= 0) || (minutes === 0 && source.zeroIsEmpty === true)) continue;
    const index = classes[i]!;
    if (index === OPEN || index === PENDING) continue;
    const pause = paused === undefined || paused[i] !== paused[i] ? 0 : Math.max(0, paused[i]!);
    const total = Math.round(minutes + pause);
    const value = opened[i]! + total * 60_000;
    if (!(value < END_ACCEPTED_INSTANT)) {
      addIssue('date-out-of-range', lines[i]!, header, () => ISSUE_TEXT.dateOutOfRange(`opening + ${total} minutes`));
      continue;
    }
    out[i] = value;
    addIssue('resolution-from-duration', lines[i]!, header, () => ISSUE_TEXT.resolutionFromDuration(target, total));
  }
}

/**
 * Whether a duration column declared as the time to resolution is in fact the time to closing:
 * on more than half of the rows that have both (at least {@link CLOSING_MATCHES_MIN}),
 * opening + duration is the closing instant, to the minute. Returns the first such row, or null.
 *
 * @example
 * // opened 0, duration 60 min, closed at 60 min on 3 rows of 3 → 0
 * runsToClosing(Float64Array.of(0, 0, 0), Float64Array.of(60, 60, 60), Float64Array.of(3.6e6, 3.6e6, 3.6e6)); // 0
 */
export function runsToClosing(opened: Float64Array, minutes: Float64Array, closed: Float64Array): number | null {
  let both = 0;
  let matches = 0;
  let first = -1;
  for (let i = 0; i < opened.length; i++) {
    const duration = minutes[i]!;
    const closing = closed[i]!;
    if (!(duration >= 0) || closing !== closing || opened[i]! !== opened[i]!) continue;
    both++;
    if (Math.abs(opened[i]! + Math.round(duration) * 60_000 - closing) <= 60_000) {
      matches++;
      if (first === -1) first = i;
    }
  }
  return matches >= CLOSING_MATCHES_MIN && 2 * matches > both ? first : null;
}

/** Rows that must agree before a duration is read as the time to closing. */
const CLOSING_MATCHES_MIN = 3;

/** Instants a row may carry end before 2100 (as in the reader): a duration past it is not used. */
const END_ACCEPTED_INSTANT = Date.UTC(2100, 0, 1);
