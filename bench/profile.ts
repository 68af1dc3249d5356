/**
 * Reads a V8 `.cpuprofile` (from `node --cpu-prof`) and lists where the time went: self time
 * per function, per source line and per source file, largest first. Positions in compiled
 * JavaScript are mapped back to the TypeScript sources through their `.js.map` files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
  /** Samples per 1-based line of the generated code. */
  positionTicks?: { line: number; ticks: number }[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface HotSpot {
  /** `function (file:line)`, line 1-based. */
  name: string;
  file: string;
  selfMs: number;
  share: number;
}

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function shortPath(path: string): string {
  const modules = path.lastIndexOf('/node_modules/');
  if (modules >= 0) return path.slice(modules + '/node_modules/'.length).replace(/^\.pnpm\/[^/]+\/node_modules\//, '');
  const marker = path.indexOf('/out/build/');
  if (marker >= 0) return path.slice(marker + '/out/build/'.length);
  const inRepo = relative(REPO, path);
  return inRepo.startsWith('..') ? path : inRepo;
}

/** Maps generated (0-based line, column) positions of one script to its sources. */
class Locator {
  readonly #maps = new Map<string, { map: SourceMap; lines: string[]; dir: string } | null>();

  #load(url: string) {
    if (!this.#maps.has(url)) {
      let entry: { map: SourceMap; lines: string[]; dir: string } | null = null;
      const path = url.startsWith('file://') ? fileURLToPath(url) : url;
      if (path.endsWith('.js') && existsSync(`${path}.map`)) {
        entry = {
          map: new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8'))),
          lines: readFileSync(path, 'utf8').split('\n'),
          dir: dirname(path),
        };
      }
      this.#maps.set(url, entry);
    }
    return this.#maps.get(url)!;
  }

  /** `file:line` (1-based) of a generated position; `column` null = the line's first token. */
  where(url: string, line: number, column: number | null): { file: string; line: number | null } {
    if (url === '') return { file: '(native)', line: null };
    const entry = this.#load(url);
    const path = url.startsWith('file://') ? fileURLToPath(url) : url;
    if (entry === null) return { file: shortPath(path), line: line + 1 };
    const text = entry.lines[line] ?? '';
    const col = column ?? Math.max(0, text.search(/\S/));
    const found = entry.map.findEntry(line, col) as { originalSource?: string; originalLine?: number };
    if (found.originalSource === undefined || found.originalLine === undefined) return { file: shortPath(path), line: line + 1 };
    const source = found.originalSource.startsWith('file://') ? fileURLToPath(found.originalSource) : resolve(entry.dir, found.originalSource);
    return { file: relative(REPO, source), line: found.originalLine + 1 };
  }
}

/**
 * Self time per function, per source line and per file of a CPU profile, largest first.
 *
 * @example
 * hotSpots(JSON.parse(readFileSync('CPU.cpuprofile', 'utf8'))).functions[0];
 * // → { name: 'scanCsv (packages/kpi-core/src/ingest/csv.ts:113)', selfMs: 812, share: 0.21, … }
 */
export function hotSpots(profile: CpuProfile): { totalMs: number; functions: HotSpot[]; lines: HotSpot[]; files: HotSpot[] } {
  const selfById = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    selfById.set(id, (selfById.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const totalMs = [...selfById.values()].reduce((a, b) => a + b, 0);
  const locator = new Locator();
  const byFunction = new Map<string, HotSpot>();
  const byLine = new Map<string, HotSpot>();
  const byFile = new Map<string, HotSpot>();
  const add = (into: Map<string, HotSpot>, name: string, file: string, ms: number) => {
    const spot = into.get(name) ?? { name, file, selfMs: 0, share: 0 };
    spot.selfMs += ms;
    into.set(name, spot);
  };
  for (const node of profile.nodes) {
    const self = selfById.get(node.id) ?? 0;
    if (self === 0) continue;
    const { url, lineNumber, columnNumber, functionName } = node.callFrame;
    const at = locator.where(url, lineNumber, columnNumber);
    const label = at.line === null ? at.file : `${at.file}:${at.line}`;
    add(byFunction, `${functionName || '(anonymous)'} (${label})`, at.file, self);
    add(byFile, at.file, at.file, self);
    const ticks = node.positionTicks ?? [];
    const totalTicks = ticks.reduce((sum, t) => sum + t.ticks, 0);
    if (totalTicks === 0) {
      add(byLine, `${label} in ${functionName || '(anonymous)'}`, at.file, self);
      continue;
    }
    for (const tick of ticks) {
      const lineAt = locator.where(url, tick.line - 1, null);
      add(byLine, `${lineAt.file}:${lineAt.line ?? '?'} in ${functionName || '(anonymous)'}`, lineAt.file, (self * tick.ticks) / totalTicks);
    }
  }
  const finish = (spots: Iterable<HotSpot>) =>
    [...spots].map((s) => ({ ...s, share: totalMs === 0 ? 0 : s.selfMs / totalMs })).sort((a, b) => b.selfMs - a.selfMs);
  return { totalMs, functions: finish(byFunction.values()), lines: finish(byLine.values()), files: finish(byFile.values()) };
}

/**
 * A printable summary of the top functions, lines and files of a `.cpuprofile` file.
 *
 * @example
 * console.log(summariseProfile('bench/out/profile/CPU.….cpuprofile', 20));
 */
export function summariseProfile(path: string, top: number): string {
  const spots = hotSpots(JSON.parse(readFileSync(path, 'utf8')) as CpuProfile);
  const line = (s: HotSpot) => `  ${s.selfMs.toFixed(0).padStart(7)} ms ${(s.share * 100).toFixed(1).padStart(5)} %  ${s.name}`;
  return [
    `profile: ${path} (${(spots.totalMs / 1000).toFixed(1)} s sampled)`,
    'by function (self time):',
    ...spots.functions.slice(0, top).map(line),
    'by source line (self time):',
    ...spots.lines.slice(0, top).map(line),
    'by file (self time):',
    ...spots.files.slice(0, 12).map(line),
  ].join('\n');
}
