// The viewer with a generated edition of many articles (10,000 unless ARTICLES
// says otherwise), read whole and split (`edition-tool split`: the headlines
// first, each article when it is opened): time to the first article, what it
// downloaded by then, per keystroke of the headline filter, to switch article
// (on the mobile-like profile also after resting on the headline first), and
// the JavaScript heap and WebAssembly memory. The edition's text is synthetic
// and says so; it is written to a temporary folder, never bundled.
//
//   node bench/scale.mjs            (after a release build in dist/)
//   ARTICLES=50000 RUNS=5 node bench/scale.mjs
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../e2e/browser.mjs';
import { serveFolders } from '../e2e/static-server.mjs';
import { emulateMobileLike, mobileLikeLabel } from './mobile-like.mjs';
import { syntheticEdition } from './synthetic-edition.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const articles = Number(process.env.ARTICLES ?? 10000);
const runs = Number(process.env.RUNS ?? 3);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const format = (value) => `${value.toFixed(1).padStart(8)} ms`;

const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

const folder = await mkdtemp(join(tmpdir(), 'scale-edition-'));
await cp(join(repo, 'dist'), folder, { recursive: true });
const edition = syntheticEdition(articles);
const json = JSON.stringify(edition);
await writeFile(join(folder, 'split-source.json'), json);
// The viewer reads at most 10 MB in one file (MAX_EDITION_BYTES): read whole,
// the edition is cut to the articles that fit, and the figures say so.
const limit = 10_000_000;
let wholeJson = json;
let wholeCount = articles;
while (Buffer.byteLength(wholeJson) > limit) {
  wholeCount = Math.floor((wholeCount * limit * 0.98) / Buffer.byteLength(wholeJson));
  const kept = edition.articles.slice(0, wholeCount);
  const ids = new Set(kept.map((article) => article.id));
  // Links to articles left out would be dead: the viewer refuses them.
  const linked = kept.map((article) => ({
    ...article,
    related: article.related.filter((item) => ids.has(item.article)),
  }));
  wholeJson = JSON.stringify({ ...edition, articles: linked });
}
await writeFile(join(folder, 'edition.json'), wholeJson);
execFileSync(
  'cargo',
  ['run', '--quiet', '--locked', '-p', 'edition-tool', '--',
    'split', join(folder, 'split-source.json'), '-o', join(folder, 'split'),
    // One page of every headline, which the filter searches in memory, as a
    // whole edition's: the paged index is measured by `./x bench split` and `site`.
    '--page-size', String(articles)],
  { cwd: repo, stdio: ['ignore', 'inherit', 'inherit'] },
);
const reader = await readFile(join(folder, 'reader.html'), 'utf8');
await writeFile(
  join(folder, 'split.html'),
  reader.replace('data-src="edition.json"', 'data-index="split/index.json"'),
);
const indexBytes = (await stat(join(folder, 'split/index.json'))).size;
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
console.log(`\nA synthetic edition of ${articles} articles, ${mib(Buffer.byteLength(json))} of JSON.`);
console.log(`Split: an index of ${mib(indexBytes)} and a file per article (split.html, data-index).`);
console.log(
  wholeCount === articles
    ? 'Whole: the same edition in one file (reader.html).'
    : `Whole: one file holds at most 10 MB, so its first ${wholeCount} articles, ${mib(Buffer.byteLength(wholeJson))} (reader.html).`,
);

const server = await serveFolders({ '/scale/': folder }, { compress: true });
// A real host compresses static files ahead of time; ask once so that the timed
// loads do not include compressing megabytes on the fly.
for (const name of ['edition.json', 'split/index.json', 'article-viewer_bg.wasm', 'article-viewer.js']) {
  for (const encoding of ['br', 'gzip']) {
    await fetch(`${server.urls['/scale/']}${name}`, { headers: { 'accept-encoding': encoding } });
  }
}
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: [...chromiumArgs, '--enable-precise-memory-info'],
});

/**
 * From the click on the `index`th headline to the next frame with its article
 * drawn (for a split edition, its file fetched, read and drawn). With `restMs`,
 * a mouse rests on the headline that long before the click, as a reader's does.
 */
function switchArticle(page, index, restMs = 0) {
  return page.evaluate(
    ({ index, restMs }) =>
      new Promise((done) => {
        const target = document.querySelectorAll('.headline-list__link')[index];
        const expected = target.querySelector('.headline-list__headline').textContent;
        const click = () => {
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (document.querySelector('article h1')?.textContent === expected) {
              observer.disconnect();
              requestAnimationFrame(() => done(performance.now() - start));
            }
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
          target.click();
        };
        if (restMs === 0) return click();
        target.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
        setTimeout(click, restMs);
      }),
    { index, restMs },
  );
}

/** How long a reader's mouse rests on a headline before clicking it, for the benchmark. */
const readerRestMs = 300;

/**
 * A cold load of `pageName` on the mobile-like profile (mobile-like.mjs): the
 * time to its first article, then to switch article straight away and after
 * resting on the headline.
 */
async function onAMobileLikeConnection(pageName) {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  await emulateMobileLike(context, page);
  const started = Date.now();
  await page.goto(`${server.urls['/scale/']}${pageName}`);
  await page.locator('article h1').waitFor({ timeout: 300000 });
  const first = Date.now() - started;
  const switched = [];
  const switchedAfterRest = [];
  for (const index of [1, 2]) switched.push(await switchArticle(page, index));
  for (const index of [3, 4]) switchedAfterRest.push(await switchArticle(page, index, readerRestMs));
  await context.close();
  return { first, switched, switchedAfterRest };
}

/** Median figures of `runs` cold loads of `pageName`. */
async function measure(pageName) {
  const results = {
    first: [], firstMobile: [], transferred: [], keystroke: [], keystrokeWork: [], switch: [], heap: [], wasmMemory: [],
    switchMobile: [], switchMobileAfterRest: [],
  };
  for (let run = 0; run < runs; run += 1) {
    const mobile = await onAMobileLikeConnection(pageName);
    results.firstMobile.push(mobile.first);
    results.switchMobile.push(...mobile.switched);
    results.switchMobileAfterRest.push(...mobile.switchedAfterRest);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    let transferred = 0;
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes().catch(() => null);
      if (sizes) transferred += sizes.responseBodySize + sizes.responseHeadersSize;
    });
    const started = Date.now();
    await page.goto(`${server.urls['/scale/']}${pageName}`);
    // The article's own headline: not the loading page's, nor the headline a
    // split edition shows while its article is on the way.
    await page.locator('article h1').waitFor({ timeout: 120000 });
    results.first.push(Date.now() - started);
    results.transferred.push(transferred);

    // One keystroke at a time, from the input event: to the end of the work it
    // causes (a task queued after the event runs once Yew's render, in microtasks,
    // is done), and to the next animation frame, which sees the new list. The
    // frame comes at the display's next tick, so it includes waiting for it.
    const filter = page.getByRole('searchbox', { name: 'Filter headlines' });
    await filter.focus();
    for (const key of ['h', 'a', 'r', 'b', ' ', '7']) {
      const { work, frame } = await page.evaluate(
        (key) =>
          new Promise((done) => {
            const input = document.querySelector('.headline-list__filter-input');
            const channel = new MessageChannel();
            const start = performance.now();
            // Either may come first: the frame, when one was due before the task.
            const work = new Promise((resolve) => {
              channel.port1.onmessage = () => resolve(performance.now() - start);
            });
            const frame = new Promise((resolve) => {
              requestAnimationFrame(() => resolve(performance.now() - start));
            });
            input.value += key;
            input.dispatchEvent(new InputEvent('input', { bubbles: true, data: key }));
            channel.port2.postMessage(null);
            Promise.all([work, frame]).then(([work, frame]) => done({ work, frame }));
          }),
        key,
      );
      results.keystrokeWork.push(work);
      results.keystroke.push(frame);
    }
    results.matches = await page.locator('.headline-list__count').textContent();
    await filter.fill('');

    for (const index of [1, 2, 3]) results.switch.push(await switchArticle(page, index));

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    results.heap.push(usedSize);
    // The viewer's module is already loaded and started: importing it again gives
    // the same instance, whose memory holds the edition (it only ever grows).
    results.wasmMemory.push(
      await page.evaluate(async () => {
        const program = await import(new URL('article-viewer.js', document.baseURI));
        return (await program.default()).memory.buffer.byteLength;
      }),
    );
    await context.close();
  }
  return results;
}

const measured = {};
try {
  measured.whole = await measure('reader.html');
  measured.split = await measure('split.html');
} finally {
  await browser.close();
  await server.close();
  await rm(folder, { recursive: true, force: true });
}

const column = (text) => text.padStart(14);
console.log(`Medians of ${runs} runs:${' '.repeat(26)}${column('whole')}${column('split')}`);
const row = (label, pick) =>
  console.log(`  ${label.padEnd(38)}${column(pick(measured.whole))}${column(pick(measured.split))}`);
row('time to the first article', (r) => format(median(r.first)).trim());
row('the same, mobile-like connection', (r) => format(median(r.firstMobile)).trim());
row('downloaded by then (compressed)', (r) => kib(median(r.transferred)));
row('a keystroke in the filter: its work', (r) => format(median(r.keystrokeWork)).trim());
row('  the most work of one keystroke', (r) => format(Math.max(...r.keystrokeWork)).trim());
row('  to the next frame', (r) => format(median(r.keystroke)).trim());
row('  the latest next frame', (r) => format(Math.max(...r.keystroke)).trim());
row('to switch article', (r) => format(median(r.switch)).trim());
row('the same, mobile-like', (r) => format(median(r.switchMobile)).trim());
row(`  after resting ${readerRestMs} ms on the headline`, (r) => format(median(r.switchMobileAfterRest)).trim());
row('JavaScript heap after GC', (r) => `${(median(r.heap) / 1024 / 1024).toFixed(1)} MiB`);
row('WebAssembly memory (its high-water mark)', (r) => `${(median(r.wasmMemory) / 1024 / 1024).toFixed(1)} MiB`);
console.log(`The filter typed "harb 7" one key at a time; it found ${measured.whole.matches} (whole), ${measured.split.matches} (split).`);
console.log('"Downloaded" counts every response of the page (HTML, CSS, script, WebAssembly, JSON).');
console.log(`Mobile-like: ${mobileLikeLabel}.`);
console.log('The JavaScript heap leaves out the WebAssembly memory, where the edition lives; that memory never shrinks.');
