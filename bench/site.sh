#!/usr/bin/env bash
# ./x site on 100 and on 100,000 generated articles (ARTICLES=N for the second):
# pages per second, peak memory, the median page size, and what a rebuild after
# one article changed writes. The 100,000-article site takes about 7 GB of disk
# while it runs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

trunk build --release --locked
cargo build --release --locked --quiet -p edition-tool -p site-build
node bench/site.mjs
