#!/usr/bin/env bash
# Scale: the run-time viewer with a generated edition of 10,000 synthetic
# articles (ARTICLES=N to change), read whole and split into an index and a file
# per article: time to the first article and what it downloaded, per keystroke
# of the headline filter, to switch article, and the JavaScript heap.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

echo "building the release site"
trunk build --release --locked >/dev/null
node bench/scale.mjs
