// First paint of the prerendered viewer against the same article as a static
// page, and against itself with its style sheets linked: file sizes, then
// paint, hydration and layout shift over cold loads in headless Chromium, then
// Lighthouse. Prints figures; asserts nothing.
//
//   node bench/first-paint.mjs            (after a release build in dist/)
//   RUNS=9 node bench/first-paint.mjs
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../e2e/browser.mjs';
import { serveFolders } from '../e2e/static-server.mjs';
import { emulateMobileLike, mobileLikeLabel } from './mobile-like.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const dist = join(repo, 'dist');
const runs = Number(process.env.RUNS ?? 5);
// Lighthouse starts its own Chromium, headless.
const chromiumFlags = ['--headless', ...chromiumArgs];

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7);
const ms = (value) => (value == null ? '    n/a' : value.toFixed(0).padStart(7));
const median = (values) => {
  const sorted = values.filter((value) => value != null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** What the front page transfers before the reader can read and use it (its style sheets are inside it). */
const firstView = [
  'index.html',
  'article-viewer.js',
  'article-viewer_bg.wasm',
  'korea-to-kursk-map.svg',
];

async function printSizes() {
  console.log('\nFiles of the first view (KiB): raw, gzip -9, brotli -q 11');
  const totals = { raw: 0, gzip: 0, brotli: 0 };
  for (const name of firstView) {
    const body = await readFile(join(dist, name));
    const sizes = {
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    for (const key of Object.keys(totals)) totals[key] += sizes[key];
    console.log(`  ${name.padEnd(26)} ${kb(sizes.raw)} ${kb(sizes.gzip)} ${kb(sizes.brotli)}`);
  }
  console.log(`  ${'total'.padEnd(26)} ${kb(totals.raw)} ${kb(totals.gzip)} ${kb(totals.brotli)}`);
  const image = (await readFile(join(dist, 'korea-to-kursk-map.svg')));
  const imageBrotli = brotliCompressSync(image, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`  ${'total without the photo'.padEnd(26)} ${' '.repeat(15)} ${kb(totals.brotli - imageBrotli)}   (budget 60.0)`);
}

/**
 * The physical limit: the same prerendered page with every script taken out, so
 * it is only HTML, CSS and the photo.
 */
async function writeStaticPage(folder) {
  const page = await readFile(join(dist, 'index.html'), 'utf8');
  const withoutScripts = page
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link[^>]+rel="(?:modulepreload|preload)"[^>]*>/g, '');
  await writeFile(join(folder, 'index.html'), withoutScripts);
  for (const name of ['page.css', 'viewer.css', 'korea-to-kursk-map.svg', 'favicon.svg']) {
    await cp(join(dist, name), join(folder, name));
  }
}

/**
 * The viewer's page as it was before its style sheets were written into it:
 * linked, one round trip more before the first paint.
 */
async function writeLinkedStylesPage(folder) {
  await cp(dist, folder, { recursive: true });
  const page = await readFile(join(dist, 'index.html'), 'utf8');
  const linked = page.replace(
    /<style data-source="([^"]+)">[\s\S]*?<\/style>/g,
    (_, source) => `<link rel="stylesheet" href="./${source}">`,
  );
  if (linked === page) throw new Error('the front page has no style sheet inside to link instead');
  await writeFile(join(folder, 'index.html'), linked);
}

/** One cold load: a fresh context (empty cache), optionally with a mobile-like network and CPU. */
async function coldLoad(browser, url, { throttled, waitForHydration }) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  if (throttled) await emulateMobileLike(context, page);
  await page.addInitScript(() => {
    window.metrics = { lcp: null, cls: 0, hydrated: null };
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      window.metrics.lcp = entries[entries.length - 1].startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.metrics.cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('ready', () => {
      window.metrics.hydrated = performance.now();
    });
  });
  await page.goto(url, { waitUntil: 'load' });
  if (waitForHydration) await page.waitForFunction(() => window.metrics.hydrated !== null);
  // The largest paint is only known once every image is drawn (an image the
  // viewer draws itself, or a lazy one, may come after the load event).
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
  // Let the last paint and layout-shift entries arrive.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
  const result = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const navigation = performance.getEntriesByType('navigation')[0];
    return {
      fcp: paint?.startTime ?? null,
      lcp: window.metrics.lcp,
      interactive: window.metrics.hydrated ?? navigation.domInteractive,
      cls: window.metrics.cls,
      transferred: performance
        .getEntriesByType('resource')
        .reduce((sum, entry) => sum + entry.transferSize, navigation.transferSize),
    };
  });
  await context.close();
  return result;
}

/**
 * Median figures of `runs` cold loads of each page, taken in turns (one load of
 * each page per round) after a round that is not counted, so that neither page
 * gets the browser's warm-up or any drift of the machine.
 */
async function measureInTurns(browser, pages, throttled) {
  const samples = pages.map(() => []);
  for (let round = -1; round < runs; round += 1) {
    for (const [index, { url, waitForHydration }] of pages.entries()) {
      const sample = await coldLoad(browser, url, { throttled, waitForHydration });
      if (round >= 0) samples[index].push(sample);
    }
  }
  return pages.map(({ label }, index) => {
    const summary = Object.fromEntries(
      ['fcp', 'lcp', 'interactive', 'cls', 'transferred'].map((key) => [
        key,
        median(samples[index].map((sample) => sample[key])),
      ]),
    );
    console.log(
      `  ${label.padEnd(30)} ${ms(summary.fcp)} ${ms(summary.lcp)} ${ms(summary.interactive)} ${summary.cls.toFixed(3).padStart(7)} ${kb(summary.transferred)}`,
    );
    return summary;
  });
}

async function lighthouse(url) {
  const binary = join(repo, 'bench', 'node_modules', '.bin', 'lighthouse');
  const { stdout } = await promisify(execFile)(
    binary,
    [url, '--output=json', '--quiet', `--chrome-flags=${chromiumFlags.join(' ')}`,
      '--only-categories=performance,accessibility,best-practices,seo'],
    { env: { ...process.env, CHROME_PATH: chromiumPath }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout);
  return Object.fromEntries(
    Object.entries(report.categories).map(([id, category]) => [id, Math.round(category.score * 100)]),
  );
}

await printSizes();

const staticFolder = await mkdtemp(join(tmpdir(), 'static-article-'));
await writeStaticPage(staticFolder);
const linkedFolder = await mkdtemp(join(tmpdir(), 'linked-styles-'));
await writeLinkedStylesPage(linkedFolder);
const server = await serveFolders(
  { '/news/': dist, '/static/': staticFolder, '/linked/': linkedFolder },
  { compress: true },
);
// The viewer's page once more, without its Content-Security-Policy (neither the
// header nor the <meta>): what the policy costs the first paint.
const serverWithoutPolicy = await serveFolders({ '/news/': dist }, { compress: true, policy: false });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const throttled of [false, true]) {
    console.log(
      `\nMedian of ${runs} cold loads taken in turns, ${throttled ? `mobile-like (${mobileLikeLabel})` : 'local, unthrottled'} (ms, CLS, KiB transferred, gzip)`,
    );
    console.log(`  ${''.padEnd(30)} ${'FCP'.padStart(7)} ${'LCP'.padStart(7)} ${'ready'.padStart(7)} ${'CLS'.padStart(7)} ${'KiB'.padStart(7)}`);
    const [ours, limit] = await measureInTurns(
      browser,
      [
        { label: 'viewer (prerendered, hydrated)', url: server.urls['/news/'], waitForHydration: true },
        { label: 'static HTML of the same page', url: server.urls['/static/'], waitForHydration: false },
        { label: 'viewer without its policy', url: serverWithoutPolicy.urls['/news/'], waitForHydration: true },
        { label: 'viewer, style sheets linked', url: server.urls['/linked/'], waitForHydration: true },
      ],
      throttled,
    );
    console.log(
      `  ${'ratio viewer / static'.padEnd(30)} ${(ours.fcp / limit.fcp).toFixed(2).padStart(7)} ${(ours.lcp / limit.lcp).toFixed(2).padStart(7)}`,
    );
  }
  console.log('  ("ready" is the viewer\'s hydration; for the static page, DOM interactive.)');

  console.log('\nLighthouse 12.2.3, mobile (scores out of 100)');
  for (const [label, url] of [['viewer', server.urls['/news/']], ['static page', server.urls['/static/']]]) {
    const scores = await lighthouse(url);
    console.log(`  ${label.padEnd(12)} ${Object.entries(scores).map(([id, score]) => `${id} ${score}`).join(', ')}`);
  }
} finally {
  await browser.close();
  await server.close();
  await serverWithoutPolicy.close();
  await rm(staticFolder, { recursive: true, force: true });
  await rm(linkedFolder, { recursive: true, force: true });
}

console.log(`\nMachine: ${(await readdir('/sys/devices/system/cpu')).filter((name) => /^cpu\d+$/.test(name)).length} CPUs, Chromium at ${chromiumPath}, Node ${process.version}`);
