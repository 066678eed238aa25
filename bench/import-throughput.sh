#!/usr/bin/env bash
# Import throughput: how many scraped articles a second `edition-tool import`
# turns into one edition, on a generated corpus of synthetic articles.
#
#   bench/import-throughput.sh          10,000 articles
#   ARTICLES=50000 bench/import-throughput.sh
#
# The corpus is made fresh in a temporary folder and removed afterwards. Its
# articles are synthetic (every headline says so) and have the shape of scraped
# text: a dateline, the headline among the first lines, attribution spam glued
# to a paragraph, page furniture, and a related list with scraper errors and
# repeats, so every rule of the importer runs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

articles=${ARTICLES:-10000}
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT

echo "building the release edition-tool"
cargo build --release --locked --quiet -p edition-tool

echo "generating $articles synthetic articles in $corpus"
awk -v count="$articles" -v folder="$corpus" '
  BEGIN {
    srand(20250902)
    split("committee council ministry agency board panel office authority", bodies, " ")
    split("reviewed approved questioned published delayed announced examined", verbs, " ")
    split("figures budget report plan forecast survey proposal", things, " ")
    split("Monday Tuesday Wednesday Thursday Friday", days, " ")
    for (article = 1; article <= count; article++) {
      file = sprintf("%s/article-%05d.txt", folder, article)
      body_size = 6 + int(rand() * 7)
      headline_at = 1 + int(rand() * 4)
      for (line = 1; line <= body_size; line++) {
        if (line == headline_at) {
          printf "Synthetic article %d: %s %s %s\n", article,
            bodies[1 + int(rand() * 8)], verbs[1 + int(rand() * 7)], things[1 + int(rand() * 7)] > file
        }
        prefix = (line == 1) ? "SYNTHVILLE — " : ""
        printf "%sThe synthetic %s %s the %s on %s, a synthetic spokesperson said in statement %d.", prefix,
          bodies[1 + int(rand() * 8)], verbs[1 + int(rand() * 7)], things[1 + int(rand() * 7)],
          days[1 + int(rand() * 5)], line > file
        if (line == 3 && article % 3 == 0) {
          printf ", This news data comes from:http://spam.example/%d", article > file
        }
        printf "\n" > file
        if (line == 4 && article % 5 == 0) print "Advertisement" > file
      }
      for (item = 1; item <= 6; item++) {
        printf "- Synthetic related story %d\n", (article + item) % 997 > file
      }
      if (article % 2 == 0) print "- 500 Internal Server Error" > file
      printf "- Synthetic related story %d\n", (article + 1) % 997 > file
      close(file)
    }
  }'
bytes=$(cat "$corpus"/*.txt | wc -c)

echo "importing on the $(nproc) cores available"
start=$(date +%s%N)
target/release/edition-tool import "$corpus"/article-*.txt -o "$corpus/edition.json"
end=$(date +%s%N)

imported=$(grep -c '"headline": "Synthetic article' "$corpus/edition.json")
if [ "$imported" -ne "$articles" ]; then
  echo "expected $articles articles in the edition, found $imported" >&2
  exit 1
fi
awk -v articles="$articles" -v bytes="$bytes" -v nanoseconds="$((end - start))" 'BEGIN {
  seconds = nanoseconds / 1e9
  printf "imported %d articles (%.1f MB of text) into one edition in %.2f s\n", articles, bytes / 1e6, seconds
  printf "import throughput: %.0f articles/s (%.1f MB/s)\n", articles / seconds, bytes / 1e6 / seconds
}'
