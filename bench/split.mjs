// `edition-tool split` on a generated edition of 30,000 articles (ARTICLES=N
// to change): articles per second and peak memory, then the same split again
// after one article changed, with how many files it wrote. Then what a reader
// downloads of the paged index it writes: the first view, the page files and
// search chunks, and what three queries of the filter fetch.
//
//   node bench/split.mjs            (after `cargo build --release -p edition-tool`)
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { runMeasured } from './measured-run.mjs';
import { syntheticEdition } from './synthetic-edition.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const tool = join(repo, 'target', 'release', 'edition-tool');
// 30,000 keeps the run under a minute or two; ARTICLES=100000 works too.
const articles = Number(process.env.ARTICLES ?? 30000);
// As `edition::MAX_CHUNKS_PER_WORD`: a query word needing more chunks is refused.
const MAX_CHUNKS_PER_WORD = 3;
// How many results the filter shows before the reader asks for more.
const FIRST_RESULTS = 20;


const folder = await mkdtemp(join(tmpdir(), 'split-bench-'));
try {
  const edition = syntheticEdition(articles);
  const source = join(folder, 'edition.json');
  const json = JSON.stringify(edition);
  await writeFile(source, json);
  const output = join(folder, 'split');
  console.log(`A synthetic edition of ${articles} articles, ${(json.length / 1048576).toFixed(1)} MiB of JSON`);

  const first = await runMeasured(tool, ['split', source, '-o', output]);
  console.log(`  first split: ${first.seconds.toFixed(2)} s, ${(articles / first.seconds).toFixed(0)} articles/s, peak memory ${first.peakMiB.toFixed(0)} MiB`);
  console.log(`    ${first.stdout}`);

  edition.articles[articles >> 1].body[0].text += ' Changed.';
  await writeFile(source, JSON.stringify(edition));
  const again = await runMeasured(tool, ['split', source, '-o', output]);
  console.log(`  after one article changed: ${again.seconds.toFixed(2)} s, peak memory ${again.peakMiB.toFixed(0)} MiB`);
  console.log(`    ${again.stdout}`);

  await reportPagedIndex(output);
} finally {
  await rm(folder, { recursive: true, force: true });
}

/** Bytes of `data` raw, gzip and brotli (node's default levels). */
function sizes(data) {
  return { raw: data.length, gzip: gzipSync(data).length, brotli: brotliCompressSync(data).length };
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
function median(numbers) {
  return [...numbers].sort((a, b) => a - b)[numbers.length >> 1];
}

/** Orders strings by code point, as Rust's `str` does (not by UTF-16 unit, as `<` does). */
function byCodePoint(a, b) {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** The chunks that may hold a term beginning with `prefix`, as `SearchManifest::chunks_for_prefix`. */
function chunksForPrefix(starts, prefix) {
  let first = 0;
  while (first + 1 < starts.length && byCodePoint(starts[first + 1], prefix) <= 0) first += 1;
  let end = first + 1;
  while (end < starts.length && starts[end].startsWith(prefix)) end += 1;
  return { first, end };
}

/** A query's words folded as the viewer folds them. */
function queryWords(query) {
  return query.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The positions a chunk lists under every term beginning with `prefix`. */
function positionsForPrefix(chunk, prefix) {
  const positions = new Set();
  for (const [term, gaps] of Object.entries(chunk.terms)) {
    if (!term.startsWith(prefix)) continue;
    let position = 0;
    gaps.forEach((gap, index) => {
      position = index === 0 ? gap : position + gap;
      positions.add(position);
    });
  }
  return positions;
}

/** The figures of a paged split in `folder`: what a reader downloads. */
async function reportPagedIndex(folder) {
  const indexBytes = await readFile(join(folder, 'index.json'));
  const index = JSON.parse(indexBytes);
  if (!index.pages) {
    console.log('  the index is not paged: the edition fits one page');
    return;
  }
  const searchIndexBytes = await readFile(join(folder, 'search/chunks.json'));
  const { chunks: starts, files } = JSON.parse(searchIndexBytes);
  const chunkPath = (number) => `search/${files[number]}.json`;
  const pageFiles = await readdir(join(folder, 'pages'));
  const file = (path) => readFile(join(folder, path));
  const pageSizes = await Promise.all(pageFiles.map(async (name) => (await file(`pages/${name}`)).length));
  const chunkSizes = await Promise.all(starts.map(async (_, number) => (await file(chunkPath(number))).length));
  const first = sizes(indexBytes);
  console.log(`  paged index: ${index.pages.size} headlines a page, ${pageFiles.length + 1} pages, ${starts.length} search chunks`);
  console.log(`    first view (index.json): ${kib(first.raw)} raw, ${kib(first.gzip)} gzip, ${kib(first.brotli)} brotli`);
  console.log(`    page files: median ${kib(median(pageSizes))}, max ${kib(Math.max(...pageSizes))}`);
  const searchIndex = sizes(searchIndexBytes);
  console.log(
    `    search index (search/chunks.json, fetched when the reader comes to the filter): ` +
      `${kib(searchIndex.raw)} raw, ${kib(searchIndex.brotli)} brotli`,
  );
  console.log(`    search chunks: median ${kib(median(chunkSizes))}, max ${kib(Math.max(...chunkSizes))}`);

  const chunkCache = new Map();
  const chunk = async (number) => {
    if (!chunkCache.has(number)) chunkCache.set(number, await file(chunkPath(number)));
    return chunkCache.get(number);
  };
  for (const query of ['harbour', `${Math.ceil(articles * 0.77)}`, 'harbour railway']) {
    const downloads = ['search/chunks.json'];
    let matches = null;
    let refused = null;
    for (const word of queryWords(query)) {
      const { first: from, end } = chunksForPrefix(starts, word);
      if (end - from > MAX_CHUNKS_PER_WORD) {
        refused = word;
        break;
      }
      const positions = new Set();
      for (let number = from; number < end; number += 1) {
        const bytes = await chunk(number);
        if (!downloads.includes(chunkPath(number))) downloads.push(chunkPath(number));
        for (const position of positionsForPrefix(JSON.parse(bytes), word)) positions.add(position);
      }
      matches = matches === null ? positions : new Set([...matches].filter((p) => positions.has(p)));
    }
    if (refused !== null) {
      console.log(`    query "${query}": refused, "${refused}" needs more than ${MAX_CHUNKS_PER_WORD} chunks`);
      continue;
    }
    const shown = [...matches].sort((a, b) => a - b).slice(0, FIRST_RESULTS);
    const pages = [...new Set(shown.map((position) => Math.floor(position / index.pages.size) + 1))];
    // Page 1 is index.json, already there.
    for (const page of pages.filter((page) => page > 1)) downloads.push(`pages/${page}.json`);
    let raw = 0;
    let brotli = 0;
    for (const path of downloads) {
      const size = sizes(await file(path));
      raw += size.raw;
      brotli += size.brotli;
    }
    console.log(
      `    query "${query}": ${matches.size} matches; the first ${shown.length} need ${downloads.length} requests ` +
        `(the search index, ${downloads.filter((path) => /^search\/\d/.test(path)).length} chunks, ` +
        `${downloads.filter((path) => path.startsWith('pages/')).length} pages), ${kib(raw)} raw, ${kib(brotli)} brotli`,
    );
  }
}
