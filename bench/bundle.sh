#!/usr/bin/env bash
# The one-file edition of the bundled edition: its size raw, gzip -9 and
# brotli -q 11, and how much of it is the program.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

echo "building the release site"
trunk build --release --locked >/dev/null
file=$(mktemp --suffix=.html)
trap 'rm -f "$file"' EXIT
cargo run --quiet --release --locked -p site-build --bin bundle -- assets/edition.json -o "$file"

node - "$file" dist/article-viewer-classic.js <<'JS'
const { readFileSync } = require('node:fs');
const { brotliCompressSync, constants, gzipSync } = require('node:zlib');
const kib = (bytes) => (bytes / 1024).toFixed(1).padStart(8);
console.log(`\n${''.padEnd(38)} ${'raw'.padStart(8)} ${'gzip'.padStart(8)} ${'brotli'.padStart(8)}  (KiB)`);
for (const [label, path] of [
  ['one-file edition (assets/edition.json)', process.argv[2]],
  ['of which the program with its wasm', process.argv[3]],
]) {
  const body = readFileSync(path);
  const gzip = gzipSync(body, { level: 9 }).length;
  const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`${label.padEnd(38)} ${kib(body.length)} ${kib(gzip)} ${kib(brotli)}`);
}
JS
