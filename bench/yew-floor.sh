#!/usr/bin/env bash
# The least a Yew page that hydrates can transfer: bench/yew-floor, a counter of
# one component, built as the viewer is (Trunk, the same release profile,
# wasm-opt -Oz), next to the viewer's own program. Prints sizes; the first view's
# budget is 60 KB brotli.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

floor=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$floor" "$log"' EXIT
# Quiet unless a build fails.
quietly() { "$@" >"$log" 2>&1 || { cat "$log" >&2; exit 1; }; }

echo "building the smallest hydrating Yew program and the viewer"
(cd bench/yew-floor &&
  quietly env CARGO_TARGET_DIR="$PWD/../../target/yew-floor" \
    trunk build --release --locked --dist "$floor")
quietly trunk build --release --locked

node --input-type=module - "$floor" dist <<'JS'
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const kib = (bytes) => (bytes / 1024).toFixed(1).padStart(7);
const [floor, dist] = process.argv.slice(2);
console.log('\nProgram files (KiB): raw, gzip -9, brotli -q 11');
for (const [label, folder, pattern] of [
  ['Yew, one hydrating component', floor, /\.(js|wasm)$/],
  ['the viewer', dist, /^article-viewer(_bg\.wasm|\.js)$/],
]) {
  let brotli = 0;
  for (const name of readdirSync(folder).filter((name) => pattern.test(name)).sort()) {
    const body = readFileSync(join(folder, name));
    const sizes = [
      body.length,
      gzipSync(body, { level: 9 }).length,
      brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    ];
    brotli += sizes[2];
    const kind = name.endsWith('.wasm') ? 'WebAssembly' : 'glue';
    console.log(`  ${`${label}: ${kind}`.padEnd(44)} ${sizes.map(kib).join(' ')}`);
  }
  console.log(`  ${`${label}: together`.padEnd(44)} ${' '.repeat(15)} ${kib(brotli)}   (budget of the whole first view: 60.0)`);
}
JS
