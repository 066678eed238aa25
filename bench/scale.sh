#!/usr/bin/env bash
# Scale: the run-time viewer with a generated edition of 10,000 synthetic
# articles (ARTICLES=N to change): time to the first article, per keystroke of
# the headline filter, to switch article, and the JavaScript heap.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

echo "building the release site"
trunk build --release --locked >/dev/null
node bench/scale.mjs
