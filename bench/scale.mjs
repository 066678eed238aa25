// The viewer with a generated edition of many articles (10,000 unless ARTICLES
// says otherwise): time to the first article, per keystroke of the headline
// filter, to switch article, and the JavaScript heap. The edition's text is
// synthetic and says so; it is written to a temporary folder, never bundled.
//
//   node bench/scale.mjs            (after a release build in dist/)
//   ARTICLES=50000 RUNS=5 node bench/scale.mjs
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveFolders } from '../e2e/static-server.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const articles = Number(process.env.ARTICLES ?? 10000);
const runs = Number(process.env.RUNS ?? 3);

const sections = ['World', 'Business', 'Science', 'Sport', 'Culture'];
const words = 'harbour council river budget museum festival railway orchard bridge library station market'.split(' ');

/** A synthetic edition: every headline and paragraph says it is synthetic. */
function syntheticEdition(count) {
  const list = [];
  for (let index = 0; index < count; index += 1) {
    const word = (offset) => words[(index * 7 + offset * 3) % words.length];
    const id = `synthetic-${index + 1}`;
    list.push({
      id,
      headline: `Synthetic article ${index + 1}: ${word(0)} ${word(1)} ${word(2)} report`,
      section: sections[index % sections.length],
      dek: `Generated text for a scale test; it describes no real event.`,
      published: `2025-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
      language: 'en',
      body: Array.from({ length: 6 }, (_, paragraph) => ({
        type: 'paragraph',
        text: `Synthetic paragraph ${paragraph + 1} of article ${index + 1}, about the ${word(paragraph)} and the ${word(paragraph + 1)}. It reports nothing that happened; it only gives the viewer text of a realistic length to lay out, search and hold in memory.`,
      })),
      related: [1, 2, 3].map((step) => {
        const target = ((index + step * 97) % count) + 1;
        return { headline: `Synthetic article ${target}`, article: `synthetic-${target}` };
      }).filter((item) => item.article !== id),
    });
  }
  return { title: `Synthetic scale edition (${count} articles)`, articles: list };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const format = (value) => `${value.toFixed(1).padStart(8)} ms`;

const folder = await mkdtemp(join(tmpdir(), 'scale-edition-'));
await cp(join(repo, 'dist'), folder, { recursive: true });
const json = JSON.stringify(syntheticEdition(articles));
await writeFile(join(folder, 'edition.json'), json);
console.log(`\nA synthetic edition of ${articles} articles: ${(json.length / 1024 / 1024).toFixed(1)} MiB of JSON, read by reader.html`);

const server = await serveFolders({ '/scale/': folder }, { compress: true });
// A real host compresses static files ahead of time; ask once so that the timed
// loads do not include compressing megabytes on the fly.
for (const name of ['edition.json', 'article-viewer_bg.wasm', 'article-viewer.js']) {
  for (const encoding of ['br', 'gzip']) {
    await fetch(`${server.urls['/scale/']}${name}`, { headers: { 'accept-encoding': encoding } });
  }
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'],
});

const results = { first: [], keystroke: [], switch: [], heap: [] };
try {
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`${server.urls['/scale/']}reader.html`);
    await page.locator('h1').waitFor({ timeout: 120000 });
    results.first.push(Date.now() - started);

    // One keystroke at a time: from the input event to the frame after Yew has
    // rendered its result (Yew renders in a microtask after the event, so the next
    // animation frame sees the new list).
    const filter = page.getByRole('searchbox', { name: 'Filter headlines' });
    await filter.focus();
    for (const key of ['h', 'a', 'r', 'b', ' ', '7']) {
      const elapsed = await page.evaluate(
        (key) =>
          new Promise((done) => {
            const input = document.querySelector('.headline-list__filter-input');
            const start = performance.now();
            input.value += key;
            input.dispatchEvent(new InputEvent('input', { bubbles: true, data: key }));
            requestAnimationFrame(() => done(performance.now() - start));
          }),
        key,
      );
      results.keystroke.push(elapsed);
    }
    const matches = await page.locator('.headline-list__count').textContent();
    await filter.fill('');

    // Switching article: from the click to the next frame with the new headline.
    for (const index of [1, 2, 3]) {
      const elapsed = await page.evaluate(
        (index) =>
          new Promise((done) => {
            const links = document.querySelectorAll('.headline-list__link');
            const target = links[index];
            const expected = target.querySelector('.headline-list__headline').textContent;
            const start = performance.now();
            const observer = new MutationObserver(() => {
              if (document.querySelector('h1')?.textContent === expected) {
                observer.disconnect();
                requestAnimationFrame(() => done(performance.now() - start));
              }
            });
            observer.observe(document.body, { childList: true, subtree: true, characterData: true });
            target.click();
          }),
        index,
      );
      results.switch.push(elapsed);
    }

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    results.heap.push(usedSize);
    results.matches = matches;
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  await rm(folder, { recursive: true, force: true });
}

console.log(`Medians of ${runs} runs:`);
console.log(`  time to the first article     ${format(median(results.first))}  (navigation to the headline on screen)`);
console.log(`  per keystroke of the filter   ${format(median(results.keystroke))}  (${results.keystroke.length} keystrokes typing "harb 7"; worst ${Math.max(...results.keystroke).toFixed(1)} ms)`);
console.log(`  the filter "harb 7" found     ${results.matches}`);
console.log(`  to switch article             ${format(median(results.switch))}`);
console.log(`  JavaScript heap after GC      ${(median(results.heap) / 1024 / 1024).toFixed(1).padStart(8)} MiB  (the WebAssembly memory is not included)`);
