// `./x site` on generated editions of 100 and of 100,000 articles (ARTICLES=N
// for the second): pages per second and peak memory of the site build, the
// median page size (which must not grow with the edition), and the same build
// again after one article changed, with how many files it wrote.
//
//   node bench/site.mjs     (after `trunk build --release` and
//                            `cargo build --release -p edition-tool -p site-build`)
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { runMeasured } from './measured-run.mjs';
import { syntheticEdition } from './synthetic-edition.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const release = join(repo, 'target', 'release');
const large = Number(process.env.ARTICLES ?? 100000);
// Pages measured for the median: every page of a small site, an even sample of a large one.
const SAMPLED_PAGES = 1000;


function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function median(numbers) {
  return [...numbers].sort((a, b) => a - b)[numbers.length >> 1];
}

/** Builds the site of `edition` in `folder/site`, as `./x site` does. */
async function build(folder, edition) {
  await writeFile(join(folder, 'edition.json'), JSON.stringify(edition));
  const site = join(folder, 'site');
  const split = await runMeasured(join(release, 'edition-tool'), ['split', join(folder, 'edition.json'), '-o', join(site, 'edition')]);
  const pages = await runMeasured(join(release, 'split-site'), [join(repo, 'dist'), site]);
  return { site, split, pages };
}

async function measure(count) {
  const folder = await mkdtemp(join(tmpdir(), 'site-bench-'));
  try {
    const edition = syntheticEdition(count);
    console.log(`A synthetic edition of ${count} articles`);
    const first = await build(folder, edition);
    console.log(
      `  split: ${first.split.seconds.toFixed(1)} s; pages: ${first.pages.seconds.toFixed(1)} s, ` +
        `${(count / first.pages.seconds).toFixed(0)} articles/s, peak memory ${first.pages.peakMiB.toFixed(0)} MiB`,
    );
    console.log(`    ${first.split.stdout}`);
    console.log(`    ${first.pages.stdout}`);

    const pages = (await readdir(first.site)).filter((name) => name.endsWith('.html'));
    const step = Math.max(1, Math.floor(pages.length / SAMPLED_PAGES));
    const sample = pages.filter((_, index) => index % step === 0);
    const raw = [];
    const gzip = [];
    const brotli = [];
    for (const name of sample) {
      const bytes = await readFile(join(first.site, name));
      raw.push(bytes.length);
      gzip.push(gzipSync(bytes).length);
      brotli.push(brotliCompressSync(bytes).length);
    }
    console.log(
      `  median page (${sample.length} of ${pages.length} pages): ${kib(median(raw))} raw, ` +
        `${kib(median(gzip))} gzip, ${kib(median(brotli))} brotli`,
    );

    edition.articles[count >> 1].body[0].text += ' Changed.';
    const again = await build(folder, edition);
    console.log(
      `  again after one article changed: split ${again.split.seconds.toFixed(1)} s, ` +
        `pages ${again.pages.seconds.toFixed(1)} s, peak memory ${again.pages.peakMiB.toFixed(0)} MiB`,
    );
    console.log(`    ${again.split.stdout}`);
    console.log(`    ${again.pages.stdout}`);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

await measure(100);
await measure(large);
