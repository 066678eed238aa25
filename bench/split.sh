#!/usr/bin/env bash
# edition-tool split on 30,000 generated articles (ARTICLES=N to change):
# articles per second, peak memory, and what a split after one change writes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

cargo build --release --locked --quiet -p edition-tool
node bench/split.mjs
