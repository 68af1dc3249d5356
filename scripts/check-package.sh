#!/usr/bin/env bash
# The npm package as a user meets it: pack @revue/kpi-core, install the tarball into an empty
# project with plain `npm install` (no override, a fresh cache), compile a consumer that imports
# every entry point with a strict tsc (no skipLibCheck; node16 and bundler resolution), run it,
# run the packed `revue` CLI (md, html without and with its optional vega peers), and measure
# the installed size and package count. Fails on any problem. Needs the npm registry only.
#
#   bash scripts/check-package.sh            builds first
#   SKIP_BUILD=1 bash scripts/check-package.sh   uses packages/kpi-core/dist as it is
#   KEEP=1 ...                               keeps the temporary project and prints its path
#
# Limits: installed size under MAX_MB (default 60) MB, at most MAX_PACKAGES (default 40).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
pkg="$root/packages/kpi-core"
max_mb=${MAX_MB:-60}
max_packages=${MAX_PACKAGES:-40}
tsc="$root/node_modules/.bin/tsc"
work=$(mktemp -d "${TMPDIR:-/tmp}/revue-package.XXXXXX")
if [ "${KEEP:-}" = 1 ]; then echo "check-package: keeping $work"; else trap 'rm -rf "$work"' EXIT; fi
started=$(date +%s)
fail() {
  echo "check-package: FAIL: $*" >&2
  exit 1
}
step() { echo "check-package: $*"; }

# 1. Build and pack.
if [ "${SKIP_BUILD:-}" != 1 ]; then (cd "$pkg" && pnpm run build >/dev/null); fi
tarball=$(cd "$pkg" && npm pack --silent --pack-destination "$work")
tarball="$work/$tarball"
files=$(tar -tzf "$tarball")
for required in package/package.json package/README.md package/LICENSE package/dist/index.js package/dist/index.d.ts package/dist/cli/main.js; do
  grep -qx "$required" <<<"$files" || fail "the tarball lacks $required"
done
if grep -E '\.map$|\.test\.|/test/|^package/src/' <<<"$files"; then fail "the tarball ships source maps, tests or sources (listed above)"; fi
if grep -nE '\]\((\.\./|\./)' <(tar -xzOf "$tarball" package/README.md); then
  fail "the package README links files outside the package (lines above): it must read alone on npm"
fi
packed_kb=$(($(wc -c <"$tarball") / 1024))
step "packed $(basename "$tarball"): $(wc -l <<<"$files") files, ${packed_kb} KB"

# 2. Install into an empty project, as a user would: no override, a fresh cache.
consumer="$work/consumer"
mkdir -p "$consumer"
cat >"$consumer/package.json" <<'EOF'
{ "name": "revue-consumer", "version": "1.0.0", "private": true, "type": "module" }
EOF
(cd "$consumer" && npm install --cache "$work/npm-cache" --no-audit --no-fund --loglevel=error "$tarball" >"$work/install.log" 2>&1) ||
  { cat "$work/install.log" >&2; fail "npm install of the tarball failed"; }
installed_kb=$(du -sk "$consumer/node_modules" | cut -f1)
installed_mb=$(awk "BEGIN { printf \"%.1f\", $installed_kb / 1024 }")
packages=$( (cd "$consumer" && npm ls --all --parseable 2>/dev/null || true) | tail -n +2 | sort -u | wc -l)
step "installed: ${installed_mb} MB in node_modules, ${packages} packages"
for absent in arquero @uwdata/flechette vega vega-lite date-fns; do
  [ ! -e "$consumer/node_modules/$absent" ] || fail "$absent was installed; it must not be a dependency"
done
[ -z "$(ls "$consumer/node_modules/@stdlib" 2>/dev/null)" ] || fail "@stdlib packages were installed"
awk "BEGIN { exit !($installed_kb < $max_mb * 1024) }" || fail "installed size ${installed_mb} MB is not under ${max_mb} MB"
[ "$packages" -le "$max_packages" ] || fail "${packages} packages installed, more than ${max_packages}"

# 3. A strict consumer of every entry point: strict, no skipLibCheck, no @types/node (our
#    .d.ts must not need it), node16 and bundler resolution.
cat >"$consumer/tickets.csv" <<'EOF'
id,openedAt,priority,type,resolvedAt,client
T1,2026-03-02T09:00:00Z,P2,incident,2026-03-02T12:00:00Z,Acme
T2,2026-03-03T09:00:00Z,P2,incident,2026-03-04T17:00:00Z,Acme
EOF
cat >"$consumer/consumer.ts" <<'EOF'
import {
  buildReport,
  parsePolicy,
  readTickets,
  reportToMarkdown,
  RevueError,
  type Report,
  type TicketTable,
} from '@revue/kpi-core';
import { TICKET_FIELDS, ticketColumns } from '@revue/kpi-core/model';
import { normalizeHeader } from '@revue/kpi-core/ingest';
import { MIN_PART_BYTES } from '@revue/kpi-core/parts';
import { WEEKDAYS } from '@revue/kpi-core/time';
import { mtbfInterval } from '@revue/kpi-core/kpi';
import { TCO_CATEGORIES } from '@revue/kpi-core/report';
import { readTicketsFile } from '@revue/kpi-core/node';

// Default policy: UTC, Monday–Friday 09:00–17:00, P2 resolution within 8 business hours.
// T1 is resolved in 3 h (met); T2 in 16 business hours (breached): 1 of 2 met.
const policy = parsePolicy({});
const fromFile = readTicketsFile(new URL('../tickets.csv', import.meta.url).pathname, { fileName: 'tickets.csv' });
const table: TicketTable = fromFile.table;
const report: Report = buildReport({ tickets: table, policy, quality: { tickets: fromFile.quality } }, { period: '2026-03' });
const fromText = readTickets('id,openedAt\nX1,2026-03-02T10:00:00Z\n');
let refused = false;
try {
  parsePolicy({ timezone: 'Mars/Olympus' });
} catch (error) {
  refused = error instanceof RevueError;
}
const checks = {
  rows: table.numRows() === 2 && fromText.table.numRows() === 1,
  adherence: report.sla.resolution?.adherence === 0.5,
  markdown: reportToMarkdown(report).startsWith('# '),
  refused,
  entries:
    Object.keys(TICKET_FIELDS).includes('openedAt') &&
    ticketColumns(table).id[0] === 'T1' &&
    normalizeHeader(' Opened At ') !== '' &&
    MIN_PART_BYTES > 0 &&
    WEEKDAYS.length === 7 &&
    mtbfInterval(800, 2).mtbf === 400 &&
    TCO_CATEGORIES.length > 0,
};
console.log(`resolution SLA met: ${report.sla.resolution?.adherence}`);
console.log(JSON.stringify(checks));
EOF
cat >"$consumer/tsconfig.json" <<'EOF'
{
  "compilerOptions": {
    "strict": true,
    "skipLibCheck": false,
    "noUncheckedIndexedAccess": true,
    "exactOptionalPropertyTypes": true,
    "module": "node16",
    "moduleResolution": "node16",
    "target": "ES2022",
    "lib": ["ES2022", "DOM"],
    "types": [],
    "outDir": "out"
  },
  "files": ["consumer.ts"]
}
EOF
cat >"$consumer/tsconfig.bundler.json" <<'EOF'
{
  "extends": "./tsconfig.json",
  "compilerOptions": { "module": "esnext", "moduleResolution": "bundler", "noEmit": true }
}
EOF
(cd "$consumer" && "$tsc" -p tsconfig.json) || fail "strict tsc (node16) failed on the consumer"
(cd "$consumer" && "$tsc" -p tsconfig.bundler.json) || fail "strict tsc (bundler) failed on the consumer"
step "strict tsc passed on a consumer of all 8 entries (node16 and bundler, no skipLibCheck)"

# 4. Run it.
out=$(cd "$consumer" && TZ=UTC node out/consumer.js) || fail "the consumer failed: $out"
echo "$out" | sed 's/^/  /'
grep -qx '{"rows":true,"adherence":true,"markdown":true,"refused":true,"entries":true}' <<<"$out" || fail "the consumer's checks failed"

# 5. The packed CLI.
demo="$root/fixtures/demo"
args=(report --tickets "$demo/tickets.csv" --assets "$demo/assets.csv" --policy "$demo/policy.json" --period 2026-Q2)
md=$(cd "$consumer" && npx --no-install revue "${args[@]}" --format md 2>"$work/md.err") || { cat "$work/md.err" >&2; fail "revue --format md failed"; }
grep -q '^# Service review' <<<"$md" || fail "revue --format md printed no review"
step "npx revue report --format md: $(wc -l <<<"$md") lines"
set +e
(cd "$consumer" && npx --no-install revue "${args[@]}" --format html >"$work/html" 2>"$work/html.err")
code=$?
set -e
[ "$code" = 2 ] || fail "revue --format html without vega exited $code, expected 2"
grep -q 'npm install vega@' "$work/html.err" || fail "revue --format html without vega did not say how to install it: $(cat "$work/html.err")"
step "npx revue report --format html without vega: exit 2, $(head -c 100 "$work/html.err")…"
peers=$(node -e "const p = require('$pkg/package.json'); console.log(Object.entries(p.peerDependencies).map(([n, v]) => n + '@' + v).join(' '))")
(cd "$consumer" && npm install --cache "$work/npm-cache" --no-audit --no-fund --loglevel=error $peers >"$work/peers.log" 2>&1) ||
  { cat "$work/peers.log" >&2; fail "npm install $peers failed"; }
(cd "$consumer" && npx --no-install revue "${args[@]}" --format html --out "$work/review.html" 2>"$work/html.err") ||
  { cat "$work/html.err" >&2; fail "revue --format html with $peers failed"; }
grep -q '<svg' "$work/review.html" || fail "the HTML review has no chart"
! grep -qi '<script' "$work/review.html" || fail "the HTML review has a script"
step "npx revue report --format html with $peers: $(($(wc -c <"$work/review.html") / 1024)) KB, $(grep -o '<svg' "$work/review.html" | wc -l) charts"

step "OK in $(($(date +%s) - started)) s — installed ${installed_mb} MB, ${packages} packages (limits ${max_mb} MB, ${max_packages})"
