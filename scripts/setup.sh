#!/bin/sh
# Installs what Revue needs with only Node and npm on the machine: pnpm (pinned), then the
# workspace's locked dependencies. Safe to run again.
set -eu
cd "$(dirname "$0")/.."
PNPM_VERSION=10.34.9
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "revue: installing pnpm $PNPM_VERSION" >&2
  npm install --global --silent "pnpm@$PNPM_VERSION" >&2 || {
    echo "revue: could not install pnpm globally; run 'npm i -g pnpm@$PNPM_VERSION' as an administrator" >&2
    exit 1
  }
fi
pnpm install --frozen-lockfile --reporter=silent >&2
