/**
 * Times `buildReport` alone on a generated data set, the files read once: what a change to the
 * report costs, without the minute of reading and the DuckDB side of `pnpm bench`.
 *
 * With `--base DIR` (the `src/` of another copy of kpi-core, e.g. the main branch's, made with
 * `git archive`), each run times that copy's `buildReport` and this one's back to back on the
 * same tables, alternating which goes first, so that a shared, noisy machine slows both alike;
 * CPU time is reported beside wall time, as it moves less with the machine's load.
 *
 * Make the copies outside `bench/` (their tests would join `vitest --root bench`), with the
 * package's node_modules linked beside them:
 * `git archive main packages/kpi-core/src | tar -x -C /tmp/base && ln -s "$PWD/packages/kpi-core/node_modules" /tmp/base/packages/kpi-core/`.
 *
 * ```sh
 * node --expose-gc --max-old-space-size=4096 --import tsx bench/report-time.ts --tickets 1m --runs 5 \
 *   [--base /tmp/base/packages/kpi-core/src --copy /tmp/new/packages/kpi-core/src]
 * ```
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readReviewFiles } from '../packages/kpi-core/src/node/index.js';
import { parsePolicy } from '../packages/kpi-core/src/policy/parse.js';
import { buildReport } from '../packages/kpi-core/src/report/build.js';
import { generateDataset, parseSize } from './generate.js';
import { AS_OF, PERIOD, POLICY_JSON } from './scenario.js';

type Build = typeof buildReport;

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

const tickets = parseSize(argument('--tickets') ?? '1m');
const runs = Number(argument('--runs') ?? '5');
const baseDir = argument('--base');
const data = await generateDataset({ tickets });
const readOptions = { timezone: POLICY_JSON.timezone, preset: 'canonical', now: AS_OF, maxIssues: 100 };
const started = performance.now();
const loaded = await readReviewFiles(
  { path: data.ticketsPath, options: { ...readOptions, fileName: 'tickets.csv' } },
  { path: data.assetsPath, options: { ...readOptions, fileName: 'assets.csv' } },
);
console.log(`read ${tickets} tickets and ${data.assets} assets in ${((performance.now() - started) / 1000).toFixed(1)} s`);
const input = {
  tickets: loaded.tickets.table,
  assets: loaded.assets?.table ?? null,
  policy: parsePolicy(POLICY_JSON),
  quality: { tickets: loaded.tickets.quality, assets: loaded.assets?.quality ?? null },
};
const options = { period: PERIOD.label, asOf: AS_OF };

/** `buildReport` of a copy of kpi-core's `src/` (it parses its own policy: its types may differ). */
async function copyAt(dir: string): Promise<Build> {
  const module = (await import(pathToFileURL(resolve(dir, 'report/build.ts')).href)) as { buildReport: Build };
  const policy = ((await import(pathToFileURL(resolve(dir, 'policy/parse.ts')).href)) as { parsePolicy: typeof parsePolicy }).parsePolicy(POLICY_JSON);
  return (given, opts) => module.buildReport({ ...given, policy }, opts);
}

// With a base, this tree is timed as a copy too (`--copy DIR`, same layout), so neither side
// shares its compiled functions with the reader that made the tables.
const copyDir = argument('--copy');
const sides: { name: string; build: Build; times: number[]; cpu: number[] }[] = [
  { name: copyDir === undefined ? 'this tree' : `this tree (${copyDir})`, build: copyDir === undefined ? buildReport : await copyAt(copyDir), times: [], cpu: [] },
];
if (baseDir !== undefined) sides.unshift({ name: `base (${baseDir})`, build: await copyAt(baseDir), times: [], cpu: [] });

// One warm-up run of each side, then `runs` timed rounds alternating the order.
for (const side of sides) side.build(input, options);
for (let run = 0; run < runs; run++) {
  const order = run % 2 === 0 ? sides : [...sides].reverse();
  for (const side of order) {
    collect();
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    side.build(input, options);
    const cpu = process.cpuUsage(cpu0);
    side.times.push(performance.now() - t0);
    side.cpu.push((cpu.user + cpu.system) / 1000);
  }
}
// CPU time (this process, all threads) is reported beside wall time: on a shared machine it moves
// far less with the other processes' load.
for (const side of sides) {
  console.log(`${side.name}: buildReport median ${median(side.times).toFixed(0)} ms wall (${side.times.map((t) => t.toFixed(0)).join(', ')}), ${median(side.cpu).toFixed(0)} ms CPU (${side.cpu.map((t) => t.toFixed(0)).join(', ')}) over ${runs} runs`);
}
if (sides.length === 2) {
  const wall = median(sides[1]!.times) / median(sides[0]!.times);
  const cpu = median(sides[1]!.cpu) / median(sides[0]!.cpu);
  console.log(`this tree / base: ${wall.toFixed(3)} wall, ${cpu.toFixed(3)} CPU (medians)`);
}
