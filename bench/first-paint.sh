#!/usr/bin/env bash
# First paint: sizes of what the front page transfers, then FCP, LCP, hydration
# and CLS over cold loads in headless Chromium for the prerendered viewer and for
# a static page of the same article, then Lighthouse's mobile scores.
#
#   bench/first-paint.sh           5 cold loads per page and network profile
#   RUNS=9 bench/first-paint.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

echo "building the release site"
trunk build --release --locked >/dev/null

# Lighthouse, pinned in bench/package-lock.json; installed once per lock file.
marker=bench/node_modules/.installed-from-lock
wanted=$(sha256sum bench/package-lock.json | cut -d' ' -f1)
if [ "$(cat "$marker" 2>/dev/null)" != "$wanted" ]; then
  echo "installing the benchmark's npm packages"
  (cd bench && npm ci --no-audit --no-fund >/dev/null)
  echo "$wanted" >"$marker"
fi

node bench/first-paint.mjs
