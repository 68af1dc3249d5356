// After `tsc`, replaces dist/internal/date-fns.js (a re-export of date-fns) by an esbuild bundle
// of the same functions, so that the published package carries ~100 KB of date-fns instead of
// depending on its 28 MB. Fails if any other emitted file imports date-fns. See
// src/internal/date-fns.ts for why.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const vendored = join(dist, 'internal', 'date-fns.js');

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/\.(js|d\.ts)$/.test(entry.name)) yield path;
  }
}

const IMPORTS_DATE_FNS = /(?:from\s*|import\s*\(\s*|import\s+)['"]date-fns(?:\/[^'"]*)?['"]/;
const offenders = [...files(dist)].filter((path) => path !== vendored && IMPORTS_DATE_FNS.test(readFileSync(path, 'utf8')));
if (offenders.length > 0) {
  console.error(
    `bundle-date-fns: these files import date-fns directly; import it through src/internal/date-fns.ts, ` +
      `which the published package bundles:\n  ${offenders.map((path) => relative(root, path)).join('\n  ')}`,
  );
  process.exit(1);
}

const require = createRequire(import.meta.url);
const manifest = require.resolve('date-fns/package.json');
const { version } = JSON.parse(readFileSync(manifest, 'utf8'));
const licence = readFileSync(join(manifest, '..', 'LICENSE.md'), 'utf8').trim();

await build({
  entryPoints: [vendored],
  outfile: vendored,
  allowOverwrite: true,
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  legalComments: 'inline',
  logLevel: 'warning',
  banner: {
    js: `/*!\n * date-fns ${version} (addDays, addMonths, differenceInMonths, format, parse), bundled by\n * @revue/kpi-core's build (see scripts/bundle-date-fns.mjs).\n *\n${licence
      .split('\n')
      .map((line) => ` * ${line}`.trimEnd())
      .join('\n')}\n */`,
  },
});

const bundled = readFileSync(vendored, 'utf8');
if (IMPORTS_DATE_FNS.test(bundled)) {
  console.error('bundle-date-fns: the bundle still imports date-fns');
  process.exit(1);
}
writeFileSync(vendored, bundled);
console.log(`bundle-date-fns: date-fns ${version} bundled into dist/internal/date-fns.js (${(bundled.length / 1024).toFixed(0)} KB)`);
