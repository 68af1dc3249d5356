#!/bin/sh
# The browser tests drive Debian's Chromium (Playwright never downloads its own browsers here).
set -eu
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "revue: installing Debian's chromium for the browser tests" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
else
  echo "revue: the browser tests need Chromium at /usr/bin/chromium (sudo apt-get install chromium) or CHROMIUM_PATH" >&2
  exit 1
fi
