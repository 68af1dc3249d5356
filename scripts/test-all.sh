#!/bin/sh
# Runs every test: types and package checks, unit, property, golden and end-to-end (Chromium).
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
sh scripts/ensure-chromium.sh
pnpm run check
pnpm run test:unit
if [ -f packages/dashboard/playwright.config.ts ]; then
  pnpm --filter @revue/dashboard run e2e
fi
