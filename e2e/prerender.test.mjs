// The prerendered site: every article readable the moment its HTML arrives,
// without JavaScript too; then the viewer hydrates that markup in place (no
// fetch, no flash, no layout shift) and moves between article pages without
// reloading.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openPage, repo, screenshots, seedHeadline, useSite } from './browser.mjs';
import { serveFolder } from './static-server.mjs';

const seedId = '2000-north-korean-troops-killed-in-russia-deployment-seoul-spy-agency';

const suite = useSite();

// The release build prerendered again with the 24-article test edition.
let manySite;
let manyFolder;

before(async () => {
  manyFolder = await mkdtemp(join(tmpdir(), 'prerendered-'));
  await cp(`${repo}dist`, manyFolder, { recursive: true });
  await cp(`${repo}data/tests/fixtures/valid/many-articles.json`, join(manyFolder, 'edition.json'));
  await promisify(execFile)(`${repo}target/release/prerender`, [manyFolder]);
  manySite = await serveFolder(manyFolder, '/many/');
});

after(async () => {
  await manySite?.close();
  await rm(manyFolder, { recursive: true, force: true });
});

/** A page with JavaScript off: what a reader sees before (or without) the viewer. */
async function openWithoutJavaScript(url) {
  const context = await suite.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  return { page, close: () => context.close() };
}

/**
 * Opens `url` with JavaScript, noting the prerendered headline element as the
 * HTML arrives, every request made, and the page's layout shifts.
 */
async function openHydrating(url, options) {
  const opened = await openPage(suite.browser, options);
  const requests = [];
  opened.page.on('request', (request) => requests.push(request.url()));
  await opened.page.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      window.prerenderedHeadline = document.querySelector('h1');
    });
    document.addEventListener('ready', () => {
      window.hydrated = true;
    });
  });
  await opened.page.goto(url);
  await opened.page.waitForFunction(() => window.hydrated === true);
  return { ...opened, requests };
}

describe('the prerendered site', () => {
  test('shows the whole article without JavaScript', async () => {
    const { page, close: closePage } = await openWithoutJavaScript(suite.site);
    assert.equal(await page.locator('h1').textContent(), seedHeadline);
    assert.equal(await page.locator('article .article-view__body p').count(), 12);
    const image = page.locator('figure img');
    await image.evaluate((element) => element.decode());
    assert.ok(await image.evaluate((element) => element.naturalWidth > 0));
    assert.match(await page.locator('figcaption').textContent(), /Kursk region.*Illustration made for this edition/s);
    assert.equal(await page.locator('aside li').count(), 9);
    assert.equal(await page.title(), `${seedHeadline} — Sample edition`);
    assert.equal(
      await page.locator('head meta[property="og:title"]').getAttribute('content'),
      seedHeadline,
      'link previews, which run no script, get the article',
    );
    await page.screenshot({ path: `${screenshots}no-javascript-1280.png`, fullPage: true });

    await page.goto(`${suite.site}${seedId}.html`);
    assert.equal(await page.locator('h1').textContent(), seedHeadline);
    await closePage();
  });

  test('follows links between article pages without JavaScript', async () => {
    const { page, close: closePage } = await openWithoutJavaScript(`${manySite.url}`);
    assert.equal(await page.locator('h1').textContent(), 'Séoul talks resume after long pause');
    await page.locator('nav').getByRole('link', { name: /Cup final/ }).click();
    await page.waitForURL(/08-cup-final-goes-to-extra-time\.html$/);
    assert.equal(await page.locator('h1').textContent(), 'Cup final goes to extra time');
    await page.locator('aside, nav').getByRole('link', { name: /Rowing club/ }).first().click();
    assert.equal(await page.locator('h1').textContent(), 'Rowing club celebrates centenary');
    await closePage();
  });

  test('downloads the WebAssembly once, as the page starts, with its integrity hash checked', async () => {
    const { page, problems } = await openPage(suite.browser);
    const downloads = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.wasm')) downloads.push(request);
    });
    await page.addInitScript(() => document.addEventListener('ready', () => (window.hydrated = true)));
    await page.goto(suite.site);
    await page.waitForFunction(() => window.hydrated === true);
    assert.equal(downloads.length, 1, 'no preload and second download');
    assert.equal(downloads[0].resourceType(), 'fetch');
    const resources = await page.evaluate(() =>
      performance.getEntriesByType('resource').map(({ name, startTime }) => ({ name, startTime })),
    );
    assert.deepEqual(
      resources.filter(({ name }) => name.endsWith('.css')),
      [],
      'no style sheet to wait for: they are inside the page',
    );
    const wasm = resources.find(({ name }) => name.endsWith('.wasm'));
    const program = resources.find(({ name }) => name.endsWith('/article-viewer.js'));
    assert.ok(wasm.startTime <= program.startTime, 'requested before the program itself');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('hydrates the prerendered article in place: no fetch, no flash, no shift', async () => {
    const { page, problems, requests } = await openHydrating(suite.site);
    assert.ok(
      await page.evaluate(() => document.querySelector('h1') === window.prerenderedHeadline),
      'the headline element from the HTML is the one on screen',
    );
    assert.equal(await page.evaluate(() => window.layoutShift), 0);
    assert.deepEqual(requests.filter((url) => url.endsWith('edition.json')), []);
    // The head data written at build time is replaced by the viewer's, not doubled.
    assert.equal(await page.locator('head meta[property="og:title"]').count(), 1);
    assert.equal(await page.locator('head script[type="application/ld+json"]').count(), 1);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('moves between article pages without reloading, and back', async () => {
    const { page, problems } = await openHydrating(`${manySite.url}03-sao-paulo-markets-close-higher.html`);
    assert.equal(await page.locator('h1').textContent(), 'São Paulo markets close higher');
    await page.evaluate(() => {
      window.stillTheSameDocument = true;
    });

    await page.locator('nav').getByRole('link', { name: /Poet laureate/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Poet laureate visits schools' }).waitFor();
    assert.match(page.url(), /\/many\/20-poet-laureate-visits-schools\.html$/);
    assert.equal(await page.title(), 'Poet laureate visits schools — Synthetic test edition');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Poet laureate visits schools');

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'São Paulo markets close higher' }).waitFor();
    assert.ok(await page.evaluate(() => window.stillTheSameDocument), 'no page was reloaded');

    await page.keyboard.press('/');
    await page.keyboard.type('glacier');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Glacier retreat measured by drones' }).waitFor();
    assert.match(page.url(), /18-glacier-retreat-measured-by-drones\.html$/);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
