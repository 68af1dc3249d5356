#!/usr/bin/env bash
# Runs every test: types and package checks, unit, property, golden and end-to-end (Chromium),
# then prints one closing line with the counts of every runner.
set -euo pipefail
cd "$(dirname "$0")/.."
sh scripts/setup.sh
sh scripts/ensure-chromium.sh
log=$(mktemp)
trap 'rm -f "$log"' EXIT
pnpm run check
# The packed library installed as a user would (about 75 s, mostly npm's downloads: too slow for
# `pnpm check`): scripts/check-package.sh.
SKIP_BUILD=1 bash scripts/check-package.sh
pnpm run test:unit 2>&1 | tee -a "$log"
if [ -f packages/dashboard/playwright.config.ts ]; then
  pnpm --filter @revue/dashboard run e2e 2>&1 | tee -a "$log"
fi
node scripts/summarise-tests.mjs "$log"
