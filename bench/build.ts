/**
 * Compiles bench/ and the kpi-core sources it reaches (the reading thread and the CLI included)
 * with tsc into bench/out/build, with source maps for profiles, and links kpi-core's
 * dependencies beside the copy. Both sides of the benchmark run that compiled JavaScript, as the
 * published package runs: tsx would compile the library again in every reading thread.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '..');
export const OUT = join(HERE, 'out');

/**
 * Builds and returns the compiled bench directory.
 *
 * @example
 * join(buildCompiled(), 'worker.js'); // → '/…/bench/out/build/bench/worker.js'
 */
export function buildCompiled(): string {
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  const built = spawnSync(process.execPath, [tsc, '-p', join(HERE, 'tsconfig.profile.json')], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) console.error('  (tsc reported errors; running what it emitted)');
  const modules = join(OUT, 'build/packages/kpi-core/node_modules');
  if (!existsSync(modules)) symlinkSync(join(ROOT, 'packages/kpi-core/node_modules'), modules, 'dir');
  return join(OUT, 'build/bench');
}

/** The compiled CLI (`revue`), once `buildCompiled` ran. */
export const COMPILED_CLI = join(OUT, 'build/packages/kpi-core/src/cli/main.js');
