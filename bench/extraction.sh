#!/usr/bin/env bash
# Article extraction: how much of each news page's article the importer keeps,
# and how little else, from the page's text alone. Runs on the public
# article-extraction benchmark (181 news pages with their article bodies, its
# evaluate.py, and the published outputs of other extractors, MIT licence) and
# prints our F1, precision and recall beside theirs, which read the HTML.
#
#   bench/extraction.sh
#   EXTRACTION_BENCHMARK=/path/to/article-extraction-benchmark bench/extraction.sh
#
# The benchmark's folder is ../shared/article-extraction-benchmark unless
# EXTRACTION_BENCHMARK names another; README "Benchmarks" says where to get it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

benchmark=${EXTRACTION_BENCHMARK:-../shared/article-extraction-benchmark}
if [ ! -f "$benchmark/evaluate.py" ] || [ ! -d "$benchmark/html" ]; then
  echo "no article-extraction benchmark at $benchmark (set EXTRACTION_BENCHMARK)" >&2
  exit 1
fi

echo "building the release edition-tool and the extractor on its own"
cargo build --release --locked --quiet -p edition-tool
cargo build --release --locked --quiet -p importer --example extractor_alone

BENCHMARK="$(cd "$benchmark" && pwd)" node bench/extraction.mjs
