// An archive of a few thousand articles built as a static site (`./x site`):
// a prerendered page per article readable without JavaScript, the headlines in
// pages, the filter through the search chunks, and a rebuild that writes only
// what changed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { syntheticEdition } from '../bench/synthetic-edition.mjs';
import { checkAccessibility, launchBrowser, openPage, repo, screenshots } from './browser.mjs';
import { serveFolders } from './static-server.mjs';

const articleCount = 3000;
let folder;
let site;
let edition;
let server;
let browser;
let base;

/** Builds the site from the edition as `./x site` does; returns what each tool printed. */
function buildSite() {
  const run = (arguments_) =>
    execFileSync('cargo', ['run', '--quiet', '--release', '--locked', ...arguments_], {
      cwd: repo,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  const split = run(['-p', 'edition-tool', '--', 'split', join(folder, 'edition.json'), '-o', join(site, 'edition')]);
  const pages = run(['-p', 'site-build', '--bin', 'split-site', '--', `${repo}dist`, site]);
  return { split, pages };
}

/** Every file of the site, with what tells a rewritten file from a kept one. */
async function fileStates() {
  const states = new Map();
  for (const entry of await readdir(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const { ino, mtimeMs } = await stat(path);
    states.set(relative(site, path), `${ino}:${mtimeMs}`);
  }
  return states;
}

/** The files whose state changed between two `fileStates`, sorted. */
function changed(before_, after_) {
  return [...after_.keys()].filter((path) => before_.get(path) !== after_.get(path)).sort();
}

async function writeEdition() {
  await writeFile(join(folder, 'edition.json'), JSON.stringify(edition));
}

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'archive-site-'));
  site = join(folder, 'site');
  edition = syntheticEdition(articleCount);
  await writeEdition();
  buildSite();
  server = await serveFolders({ '/archive/': site });
  base = server.urls['/archive/'];
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

const headlineOf = (number) => edition.articles[number - 1].headline;
const listed = (page) => page.locator('.headline-list__headline');

/** Opens `path` of the site and records the requests for the edition's files. */
async function openArchive(path, options = {}) {
  const opened = await openPage(browser, options);
  const requested = [];
  opened.page.on('request', (request) => {
    const url = new URL(request.url()).pathname;
    if (url.startsWith('/archive/edition/')) requested.push(url.slice('/archive/edition/'.length));
  });
  await opened.page.goto(`${base}${path}`);
  await opened.page.locator('article h1').waitFor();
  if (options.javaScriptEnabled !== false) {
    await opened.page.waitForFunction(() => window.wasmBindings !== undefined);
  }
  return { ...opened, requested };
}

describe('an archive of 3,000 articles as a static site', () => {
  test('every article has a page that reads without JavaScript', async () => {
    const { page, problems } = await openArchive('synthetic-2500.html', { javaScriptEnabled: false });
    assert.equal(await page.locator('article h1').textContent(), headlineOf(2500));
    assert.equal(await page.title(), `${headlineOf(2500)} — ${edition.title}`);
    // Its own head data, for search engines and link previews.
    assert.equal(
      await page.locator('meta[property="og:title"]').getAttribute('content'),
      headlineOf(2500),
    );
    const jsonLd = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
    assert.equal(jsonLd.headline, headlineOf(2500));
    assert.equal(await listed(page).count(), 50, 'the first page of headlines');
    assert.equal(await listed(page).first().textContent(), headlineOf(1));
    // The headlines and related news are real links between the pages.
    await page.getByRole('link', { name: headlineOf(3) }).click();
    await page.waitForURL(/synthetic-3\.html$/);
    assert.equal(await page.locator('article h1').textContent(), headlineOf(3));
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a page hydrates with nothing fetched again, and moves between articles', async () => {
    const { page, problems, violations, requested } = await openArchive('synthetic-1234.html');
    assert.deepEqual(requested, [], 'the index and the article are in the page');
    assert.equal(await page.locator('article h1').textContent(), headlineOf(1234));
    const related = edition.articles[1233].related[0];
    await page.getByRole('complementary').getByRole('link', { name: related.headline }).click();
    await page.waitForURL(new RegExp(`${related.article}\\.html$`));
    await page.locator('article h1', { hasText: headlineOf(Number(related.article.split('-')[1])) }).waitFor();
    assert.deepEqual(requested, [`articles/${related.article}.json`]);
    await page.goBack();
    await page.waitForURL(/synthetic-1234\.html$/);
    await page.locator('article h1', { hasText: headlineOf(1234) }).waitFor();
    await page.goForward();
    await page.waitForURL(new RegExp(`${related.article}\\.html$`));
    assert.equal(requested.length, 1, 'the article is kept for the way back and forth');
    await page.screenshot({ path: `${screenshots}archive-site-1280.png` });
    assert.deepEqual((await checkAccessibility(page)).violations, []);
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the headline list pages through the archive', async () => {
    const { page, problems, requested } = await openArchive('index.html');
    assert.equal(await page.locator('article h1').textContent(), headlineOf(1));
    await page.getByRole('button', { name: 'Show 50 more of 2,950 headlines' }).click();
    await listed(page).nth(99).waitFor();
    assert.equal(await listed(page).count(), 100);
    assert.equal(await listed(page).nth(99).textContent(), headlineOf(100));
    assert.deepEqual(requested, ['pages/2.json']);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the filter finds an article on a late page through the search chunks', async () => {
    const { page, problems, requested } = await openArchive('index.html', { width: 375, colorScheme: 'dark' });
    const filter = page.getByRole('searchbox', { name: 'Filter headlines' });
    await filter.focus();
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('search/chunks.json')));
    await filter.fill('2987');
    await page.getByRole('status').filter({ hasText: '1 of 3,000 headlines' }).waitFor();
    // The count comes with the search chunk, the headline with its page after it.
    await listed(page).filter({ hasText: headlineOf(2987) }).waitFor();
    assert.deepEqual(await listed(page).allTextContents(), [headlineOf(2987)]);
    assert.equal(requested[0], 'search/chunks.json');
    assert.equal(requested.filter((path) => /^search\/\d+\.json$/.test(path)).length, 1, requested.join(' '));
    assert.deepEqual(requested.filter((path) => path.startsWith('pages/')), ['pages/60.json']);
    await page.screenshot({ path: `${screenshots}archive-site-filter-375-dark.png`, fullPage: true });
    await page.getByRole('link', { name: headlineOf(2987) }).click();
    await page.waitForURL(/synthetic-2987\.html$/);
    await page.locator('article h1', { hasText: headlineOf(2987) }).waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('sends the policy and the cache lifetimes from _headers and vercel.json', async () => {
    const headers = await readFile(join(site, '_headers'), 'utf8');
    assert.match(headers, /^\/\*\n {2}Content-Security-Policy: default-src 'none'; /);
    assert.match(headers, /\n\/program\/\*\n {2}Cache-Control: public, max-age=31536000, immutable\n/);
    assert.match(headers, /\n\/edition\/articles\/\*\n {2}Cache-Control: public, max-age=86400\n/);
    assert.match(headers, /\n\/edition\/index\.json\n {2}Cache-Control: public, max-age=300\n/);
    const vercel = JSON.parse(await readFile(join(site, 'vercel.json'), 'utf8'));
    assert.deepEqual(
      vercel.headers.find((rule) => rule.source === '/edition/search/(.*)').headers,
      [{ key: 'Cache-Control', value: 'public, max-age=300' }],
    );
  });

  test('a rebuild after one article changed writes that article\'s files alone', async () => {
    const before_ = await fileStates();
    edition.articles[1499].body[0].text = 'Synthetic paragraph rewritten for the rebuild test.';
    await writeEdition();
    const printed = buildSite();
    assert.match(printed.split, /^split: \d+ files: 1 written, \d+ unchanged, 0 removed\n$/);
    assert.match(printed.pages, /^site: \d+ files: 1 written, \d+ unchanged, 0 removed/);
    assert.deepEqual(changed(before_, await fileStates()), [
      'edition/articles/synthetic-1500.json',
      'synthetic-1500.html',
    ]);

    // A headline on a late page: its page of headlines and the search chunks of
    // the words it lost and gained too, but no other article's page.
    const again = await fileStates();
    const words = (text) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
    const oldWords = words(edition.articles[1999].headline);
    edition.articles[1999].headline = 'Synthetic article 2000: zymurgical harbour report';
    const newWords = words(edition.articles[1999].headline);
    await writeEdition();
    buildSite();
    const rewritten = changed(again, await fileStates());
    assert.deepEqual(
      rewritten.filter((path) => !/^edition\/search\/\d+\.json$/.test(path)),
      ['edition/articles/synthetic-2000.json', 'edition/pages/40.json', 'synthetic-2000.html'],
    );
    const { chunks: starts, files } = JSON.parse(await readFile(join(site, 'edition/search/chunks.json'), 'utf8'));
    const chunkOf = (term) => starts.findLastIndex((start) => start <= term);
    const gainedOrLost = [...oldWords, ...newWords].filter((word) => oldWords.has(word) !== newWords.has(word));
    const expectedChunks = [...new Set(gainedOrLost.map(chunkOf))].map((number) => `edition/search/${files[number]}.json`);
    assert.deepEqual(
      rewritten.filter((path) => path.startsWith('edition/search/')),
      expectedChunks.sort(),
    );

    const { page, problems } = await openArchive('synthetic-2000.html');
    assert.equal(await page.locator('article h1').textContent(), 'Synthetic article 2000: zymurgical harbour report');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
