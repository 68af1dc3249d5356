#!/bin/sh
# Quick start: install, build the dashboard and serve it on the embedded demo data.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
pnpm --filter @revue/dashboard run build
echo "revue: dashboard on http://localhost:4173 (Ctrl-C to stop)"
exec pnpm --filter @revue/dashboard run preview
