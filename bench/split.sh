#!/usr/bin/env bash
# edition-tool split on 30,000 generated articles (ARTICLES=N to change):
# articles per second, peak memory, what a split after one change writes, and
# what a reader downloads of the paged index.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

cargo build --release --locked --quiet -p edition-tool
node bench/split.mjs
