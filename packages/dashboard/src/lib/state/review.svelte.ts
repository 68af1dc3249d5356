import type { Report } from '@revue/kpi-core';
import { chartLocale, type ChartLocale } from '../charts/common.js';
import { EngineClient } from '../engine/client.js';
import { failureText } from '../engine/error-text.js';
import type { FileInput, Inspection, LoadSummary, Progress, UserMapping } from '../engine/protocol.js';
import type { TicketSummary } from '../engine/tickets.js';
import { createFormat, type Format } from '../format/format.js';
import { preferredLanguage, translator, type Language, type Translate } from '../i18n/index.js';
import { filtersFromSearch, filtersToSearch, sameFilters, type Filters } from './filters.js';
import { resolveClient, type ClientChoice } from './client.js';
import type { PolicyDocument } from '../policy/document.js';
import { policyStore } from '../policy/store.js';
import { keptNames, keptRecord, type KeptFiles, type KeptStore } from './persist.js';
import { untrack } from 'svelte';

export type Status = 'idle' | 'loading' | 'computing' | 'ready' | 'error';

/** How the review asks the page to change its URL (SvelteKit's `goto` in the app, a stub in tests). */
export type Navigate = (search: string) => void;

/**
 * The review's state, shared by every page: the loaded data (kept in the worker; its summary
 * here), the filters (mirrored in the URL query string), the report computed by the worker for
 * those filters, and the presentation mode. Components read it and call its methods; they never
 * compute a KPI.
 */
export class Review {
  /**
   * What the review shows; the URL is the source of truth and `syncFromUrl` copies it here.
   * Without `lang` in the URL, the browser's language: French in a browser set to French.
   */
  filters = $state<Filters>({ period: null, client: null, language: preferredLanguage(globalThis.navigator?.languages) });
  /** Summary of the loaded data (replaced, never mutated). */
  loaded = $state.raw<LoadSummary | null>(null);
  /** The latest report for the current filters (the worker's result, replaced as a whole). */
  report = $state.raw<Report | null>(null);
  status = $state<Status>('idle');
  progress = $state.raw<Progress | null>(null);
  error = $state<string | null>(null);
  presenting = $state(false);
  /**
   * The review shows the embedded demo data (fictitious figures): every page, slide and export
   * carries a "Demo data" label while this is true.
   */
  isDemo: boolean = $derived(this.loaded?.source === 'demo');
  /** The user's files kept in this browser (names, and whether they are on screen), or null. */
  kept = $state.raw<{ names: string[]; active: boolean } | null>(null);
  /** Why the files just loaded could not be kept (quota, private window), for the data page. */
  keepError = $state<string | null>(null);

  t: Translate = $derived(translator(this.filters.language));
  format: Format = $derived(createFormat(this.filters.language, { currency: this.report?.currency ?? this.loaded?.currency ?? 'EUR', timezone: this.report?.timezone ?? this.loaded?.timezone ?? 'UTC' }));
  charts: ChartLocale = $derived(chartLocale(this.filters.language, this.report?.currency ?? 'EUR', this.report?.timezone ?? 'UTC'));
  /**
   * The client the URL names, matched against the loaded data as kpi-core matches it: an
   * unknown (or ambiguous) name shows a message and no figure, never every client's figures.
   */
  client: ClientChoice = $derived(this.loaded ? resolveClient(this.filters.client, this.loaded.clients) : { kind: 'all' });
  /** The query string of the current filters, appended to every navigation link. */
  query: string = $derived(filtersToSearch(this.filters));

  #engine: EngineClient | null = null;
  #navigate: Navigate;
  #requested = 0;
  #reportFor: Filters | null = null;
  /** The policy edited on the Policy page, saved in the browser (absent in tests and SSR). */
  #policies = policyStore(typeof localStorage === 'undefined' ? null : localStorage);

  #keeper: KeptStore | null;

  constructor(navigate: Navigate, engine?: EngineClient, keeper?: KeptStore) {
    this.#navigate = navigate;
    this.#engine = engine ?? null;
    this.#keeper = keeper ?? null;
  }

  /**
   * Opens what the review should show on arrival: the files kept in this browser when they
   * were on screen last time, else the demo data. Kept files that can no longer be read fall
   * back to the demo, saying so.
   */
  async start(): Promise<void> {
    const kept = (await this.#keeper?.get().catch(() => null)) ?? null;
    this.#showKept(kept);
    if (kept?.active && (await this.#openKept(kept))) return;
    if (kept?.active) {
      const message = this.error ?? '';
      await this.loadDemo();
      this.error = this.t('data.restoreFailed', { message });
      return;
    }
    await this.loadDemo();
  }

  /** Opens the kept files again (after the demo was shown). */
  async reopenKept(): Promise<boolean> {
    const kept = (await this.#keeper?.get().catch(() => null)) ?? null;
    return kept ? this.#openKept(kept) : false;
  }

  /** Deletes the kept files from this browser; the demo data replaces them on screen. */
  async forgetFiles(): Promise<void> {
    await this.#keeper?.clear().catch(() => undefined);
    this.kept = null;
    if (this.loaded?.source !== 'demo') await this.loadDemo();
  }

  async #openKept(kept: KeptFiles): Promise<boolean> {
    const file = (f: KeptFiles['files']['tickets'] | null) => (f ? { name: f.name, data: f.data } : null);
    const ok = await this.#load(() => this.engine.request({ type: 'load', tickets: file(kept.files.tickets)!, assets: file(kept.files.assets), policy: file(kept.files.policy), plan: file(kept.files.plan), mappings: kept.mappings, cores: globalThis.navigator?.hardwareConcurrency ?? 1, edited: kept.files.policy ? null : this.#policies.load() }, (p) => (this.progress = p)));
    if (ok && !kept.active) await this.#keep({ ...kept, active: true });
    return ok;
  }

  #showKept(kept: KeptFiles | null): void {
    this.kept = kept ? { names: keptNames(kept), active: kept.active } : null;
  }

  async #keep(kept: KeptFiles): Promise<void> {
    if (!this.#keeper) return;
    try {
      await this.#keeper.put(kept);
      this.keepError = null;
      this.#showKept(kept);
    } catch (error) {
      this.keepError = this.t('data.keepFailed', { message: error instanceof Error ? error.message : String(error) });
    }
  }

  get engine(): EngineClient {
    this.#engine ??= new EngineClient();
    return this.#engine;
  }

  /**
   * Reads the filters from the URL (on every navigation) and asks for a report if they changed.
   * Untracked: the effect that calls it reruns when the URL changes, not when data is loaded
   * (a load asks for its own report; a rerun on the URL being left asked for a stale one).
   */
  syncFromUrl(search: string): void {
    untrack(() => this.#syncFromUrl(search));
  }

  #syncFromUrl(search: string): void {
    const next = filtersFromSearch(search, this.filters.language);
    if (!sameFilters(next, this.filters)) this.filters = next;
    if (typeof document !== 'undefined') document.documentElement.lang = next.language;
    if (this.loaded && next.period === null && this.loaded.defaultPeriod) {
      // No period in the URL: write the default one, which brings us back here.
      this.#navigate(filtersToSearch({ ...next, period: this.loaded.defaultPeriod }));
      return;
    }
    const choice = this.loaded ? resolveClient(next.client, this.loaded.clients) : null;
    if (choice?.kind === 'client' && choice.client !== next.client) {
      // `?client=bistro lumière`: write the name as the data writes it (the picker shows it).
      this.#navigate(filtersToSearch({ ...next, client: choice.client }));
      return;
    }
    if (this.loaded && (this.#reportFor === null || !sameFilters(this.#reportFor, next))) void this.#computeReport(next);
  }

  /** Changes some filters by navigating to their URL (so Back and bookmarks work). */
  update(change: Partial<Filters>): void {
    this.#navigate(filtersToSearch({ ...this.filters, ...change }));
  }

  setLanguage(language: Language): void {
    this.update({ language });
  }

  /** Loads the embedded demo data; kept files stay kept, but a reload will show the demo too. */
  async loadDemo(): Promise<void> {
    // Marked idle first, so that a reload right after the switch already shows the demo.
    const kept = this.kept?.active ? ((await this.#keeper?.get().catch(() => null)) ?? null) : null;
    if (kept) await this.#keep({ ...kept, active: false });
    await this.#load(() => this.engine.request({ type: 'load-demo', edited: this.#policies.load() }, (p) => (this.progress = p)));
  }

  /** Reads the header and preset of a file for the mapping screen. */
  inspect(kind: 'tickets' | 'assets', file: FileInput): Promise<Inspection> {
    return this.engine.request({ type: 'inspect', kind, file }, (p) => (this.progress = p));
  }

  /** The tickets behind a drill-down, read from the loaded data by the worker. */
  tickets(ids: readonly string[]): Promise<TicketSummary[]> {
    // A plain copy: a reactive proxy cannot be posted to the worker.
    return this.engine.request({ type: 'tickets', ids: [...ids] });
  }

  /** Loads the user's files with their mappings, then shows the default period of the new data. */
  async loadFiles(files: { tickets: FileInput; assets: FileInput | null; policy: FileInput | null; plan?: FileInput | null }, mappings: { tickets: UserMapping | null; assets: UserMapping | null }): Promise<boolean> {
    // A policy file given with the data is the policy from now on: it replaces an edited one.
    if (files.policy) this.#policies.clear();
    const edited = files.policy ? null : this.#policies.load();
    const ok = await this.#load(() => this.engine.request({ type: 'load', ...files, mappings, cores: globalThis.navigator?.hardwareConcurrency ?? 1, edited }, (p) => (this.progress = p)), true);
    // Kept in this browser so that a reload shows the same review (until "Forget these files").
    if (ok) await this.#keep(keptRecord(files, mappings, new Date()));
    return ok;
  }

  /**
   * Computes the review with another policy document (the Policy page's), saved in the browser
   * for the next visits; null goes back to the loaded file's policy (and forgets the saved one).
   * Resolves with kpi-core's refusal when the worker did not apply it, else null.
   */
  async setPolicy(document: PolicyDocument | null): Promise<string | null> {
    if (!this.loaded) return null;
    const summary = await this.engine.request({ type: 'policy', document }, (p) => (this.progress = p));
    if (summary.policy.problem) return summary.policy.problem;
    if (document) this.#policies.save(document);
    else this.#policies.clear();
    this.loaded = summary;
    this.#reportFor = null;
    await this.#computeReport(this.filters);
    return null;
  }

  async #load(run: () => Promise<LoadSummary>, resetPeriod = false): Promise<boolean> {
    this.status = 'loading';
    this.error = null;
    try {
      const summary = await run();
      this.loaded = summary;
      this.report = null;
      this.#reportFor = null;
      // A client the new data does not name: dropped when the user loaded other files (it came
      // from the data before), kept when the URL asked for it (the page then says it is unknown).
      const choice = resolveClient(this.filters.client, summary.clients);
      const client = choice.kind === 'client' ? choice.client : choice.kind === 'all' || resetPeriod ? null : this.filters.client;
      let target = this.filters;
      if (resetPeriod || this.filters.period === null || client !== this.filters.client) {
        const period = resetPeriod || this.filters.period === null ? summary.defaultPeriod : this.filters.period;
        target = { ...this.filters, period, client };
        this.#navigate(filtersToSearch(target));
      }
      // The report for the filters being navigated to, not the old ones (`this.filters` changes
      // only when the URL does): one report per load, not a discarded one for the previous
      // period first (seconds of worker time on a million tickets). Skipped when the navigation
      // already asked for it.
      if (this.#reportFor === null || !sameFilters(this.#reportFor, target)) void this.#computeReport(target);
      return true;
    } catch (error) {
      this.status = 'error';
      this.error = failureText(error, this.filters.language, this.t);
      return false;
    } finally {
      this.progress = null;
    }
  }

  async #computeReport(filters: Filters): Promise<void> {
    if (!this.loaded) return;
    if (filters.period === null && this.loaded.defaultPeriod) return;
    const ticket = ++this.#requested;
    this.#reportFor = { ...filters };
    const choice = resolveClient(filters.client, this.loaded.clients);
    if (choice.kind === 'unknown' || choice.kind === 'ambiguous') {
      // No report: the figures of every client (or of a guessed one) would be wrong here.
      this.report = null;
      this.status = 'ready';
      this.error = null;
      this.progress = null;
      return;
    }
    this.status = 'computing';
    try {
      const report = await this.engine.request({ type: 'report', period: filters.period, client: choice.kind === 'client' ? choice.client : null, language: filters.language }, (p) => (this.progress = p));
      if (ticket !== this.#requested) return;
      this.report = report;
      this.status = 'ready';
      this.error = null;
    } catch (error) {
      if (ticket !== this.#requested) return;
      this.status = 'error';
      this.error = failureText(error, this.filters.language, this.t);
    } finally {
      if (ticket === this.#requested) this.progress = null;
    }
  }

  /**
   * Resolves once no data is loading and no report is being computed (at once when idle), so
   * that what is on screen matches the filters; gives up after `timeout` milliseconds.
   *
   * @example
   * await goto('/print' + review.query);
   * await review.settled();
   */
  async settled(timeout = 60_000): Promise<void> {
    const started = Date.now();
    while ((this.status === 'loading' || this.status === 'computing') && Date.now() - started < timeout) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Enters presentation mode, full screen when the browser allows it (else full window). */
  async present(): Promise<void> {
    this.presenting = true;
    try {
      if (document.fullscreenEnabled && !document.fullscreenElement) await document.documentElement.requestFullscreen();
    } catch {
      // Refused (iframe, permissions): the CSS full-window mode is the fallback.
    }
  }

  async stopPresenting(): Promise<void> {
    this.presenting = false;
    if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
  }
}
