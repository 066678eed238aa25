// Articles imported into the built site, as the README's "To show your articles
// in the viewer" step does it: `edition-tool import --into dist/edition.json` with
// a saved web page and a feed, then the site's pages written again. A copy of the
// release build is used, never dist/ itself, which the other tests read.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { launchBrowser, openPage, repo, screenshots, seedHeadline } from './browser.mjs';
import { serveFolders } from './static-server.mjs';

const pageCase = `${repo}importer/tests/pages/crawled-page-with-furniture/`;
const feedCase = `${repo}importer/tests/feeds/rss-with-content-encoded/`;

/** What the page of `pageCase` shows around its article, by element. */
const pageFurniture = [
  '.consent-banner',
  '.search',
  '.breadcrumbs',
  '.share-buttons',
  '.newsletter-signup',
  '.inline-promo',
  '.tags',
  '.most-read',
  '.comments',
  '.site-footer',
];

/** Runs a command of the README in the repository, as a user would. */
function cargoRun(args) {
  execFileSync('cargo', ['run', '--quiet', '--locked', ...args], {
    cwd: repo,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

let folder;
let server;
let browser;
/** The articles imported, as the importer's checked cases expect them. */
let imported;
/** The page's story paragraphs, and the lines of its furniture, as the page holds them. */
let storyParagraphs;
let furnitureLines;

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'importing-'));
  const importedOnly = join(folder, 'imported');
  const rebuilt = join(folder, 'rebuilt');
  await cp(`${repo}dist`, importedOnly, { recursive: true });
  cargoRun([
    '-p', 'edition-tool', '--', 'import',
    `${pageCase}page.html`, `${feedCase}feed.xml`,
    '--into', join(importedOnly, 'edition.json'),
  ]);
  // The pages written again with the merged edition (the README's next step).
  await cp(importedOnly, rebuilt, { recursive: true });
  cargoRun(['--release', '-p', 'site-build', '--bin', 'prerender', '--', rebuilt]);
  cargoRun(['--release', '-p', 'site-build', '--bin', 'site-policy', '--', rebuilt]);
  server = await serveFolders({ '/imported/': importedOnly, '/rebuilt/': rebuilt });

  const expected = async (file) => JSON.parse(await readFile(file, 'utf8')).articles;
  imported = [
    ...(await expected(`${pageCase}expected.json`)),
    ...(await expected(`${feedCase}expected.json`)),
  ];
  const { window } = new JSDOM(await readFile(`${pageCase}page.html`));
  const { document } = window;
  storyParagraphs = [...document.querySelectorAll('.story-body > p')].map((p) => p.textContent);
  furnitureLines = pageFurniture.flatMap((selector) => {
    const element = document.querySelector(selector);
    assert.ok(element, `the page has its ${selector}`);
    const lines = [];
    const walker = document.createTreeWalker(element, window.NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) lines.push(walker.currentNode.textContent.trim().replace(/\s+/g, ' '));
    // Whole phrases only: single words ("News", "Email") may be the viewer's own.
    return lines.filter((line) => line.length >= 12);
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** A page that records every dialog a script opens (and dismisses it). */
async function open(url) {
  const opened = await openPage(browser);
  const dialogs = [];
  opened.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await opened.page.addInitScript(() => {
    document.addEventListener('ready', () => (window.viewerReady = true));
  });
  await opened.page.goto(url);
  await opened.page.waitForFunction(() => window.viewerReady === true);
  return { ...opened, dialogs };
}

const headlineList = (page) => page.getByRole('navigation', { name: /^Headlines/ });

const shownHeadlines = (page) => headlineList(page).locator('.headline-list__headline').allTextContents();

/** The article's body as blocks, in the edition's shape. */
function shownBody(page) {
  return page.locator('article .article-view__body > *').evaluateAll((elements) =>
    elements.map((element) => {
      if (element.matches('h2')) return { type: 'heading', text: element.textContent };
      if (element.matches('blockquote')) {
        const attribution = element.querySelector('.article-view__attribution');
        const quote = { type: 'quote', text: element.querySelector('p').textContent };
        if (attribution) quote.attribution = attribution.textContent;
        return quote;
      }
      return { type: 'paragraph', text: element.textContent };
    }),
  );
}

/** Opens `article` from the headline list and checks what the reader sees of it. */
async function readArticle(page, article) {
  const escaped = article.headline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await headlineList(page).getByRole('link', { name: new RegExp(`^${escaped}`) }).click();
  await page.getByRole('heading', { level: 1, name: article.headline }).waitFor();
  const view = page.locator('article.article-view');
  const optional = async (selector) =>
    (await view.locator(selector).count()) === 0 ? undefined : view.locator(selector).textContent();
  assert.equal(await optional('.article-view__byline'), article.byline, `${article.id}: byline`);
  assert.equal(await optional('.article-view__dek'), article.dek, `${article.id}: dek`);
  assert.equal(await optional('.article-view__place'), article.dateline, `${article.id}: dateline`);
  const time = view.locator('time.article-view__published');
  assert.equal(
    (await time.count()) === 0 ? undefined : await time.getAttribute('datetime'),
    article.published,
    `${article.id}: date`,
  );
  assert.deepEqual(await shownBody(page), article.body, `${article.id}: body`);
}

/** Nothing of a page's furniture or scripts reached the viewer, and nothing ran. */
async function assertNothingHostile(page, dialogs) {
  const text = await page.locator('body').innerText();
  for (const line of furnitureLines) assert.ok(!text.includes(line), `furniture on screen: ${line}`);
  assert.ok(!text.includes('alert('), 'script text on screen');
  assert.equal(await page.locator('article script, article img, article iframe, article form').count(), 0);
  const handlers = await page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((element) =>
      element.getAttributeNames().filter((name) => name.startsWith('on')),
    ),
  );
  assert.deepEqual(handlers, [], 'no event handler attributes');
  assert.deepEqual(dialogs, [], 'no script ran');
}

describe('articles imported from a saved page and a feed', () => {
  test('the importer took the page and every item of the feed into the edition', async () => {
    const edition = JSON.parse(await readFile(join(folder, 'rebuilt', 'edition.json'), 'utf8'));
    assert.equal(edition.title, 'Sample edition', 'the merged edition keeps its title');
    assert.deepEqual(
      edition.articles.map((article) => article.headline),
      [seedHeadline, ...imported.map((article) => article.headline)],
    );
    assert.equal(imported.length, 3, 'the page and the two items of the feed');
    // What the other tests compare with, read from the page itself.
    assert.equal(storyParagraphs.length, 5);
    assert.ok(furnitureLines.length >= 15, furnitureLines.join('\n'));
    assert.ok(furnitureLines.some((line) => line.startsWith('About time somebody')), 'a comment');
  });

  test('are listed on the rebuilt front page and each reads in full', async () => {
    const { page, problems, dialogs } = await open(server.urls['/rebuilt/']);
    assert.deepEqual(await shownHeadlines(page), [seedHeadline, ...imported.map((article) => article.headline)]);
    for (const article of imported) {
      await readArticle(page, article);
      assert.match(page.url(), new RegExp(`/rebuilt/${article.id}\\.html$`));
      await assertNothingHostile(page, dialogs);
    }
    // The page's story, paragraph by paragraph, is what its article shows.
    await headlineList(page).getByRole('link', { name: /^Lakeside ferry crews/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Lakeside ferry crews/ }).waitFor();
    const paragraphs = await page.locator('article .article-view__paragraph').allTextContents();
    for (const paragraph of storyParagraphs) assert.ok(paragraphs.includes(paragraph), `missing: ${paragraph}`);
    await page.screenshot({ path: `${screenshots}imported-page-1280.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('have their own pages, readable without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const article of imported) {
      await page.goto(`${server.urls['/rebuilt/']}${article.id}.html`);
      assert.equal(await page.locator('h1').textContent(), article.headline);
      assert.deepEqual(await shownBody(page), article.body, `${article.id}: body`);
    }
    await context.close();
  });

  test('are read at run time by reader.html without the pages written again', async () => {
    const { page, problems, dialogs } = await open(`${server.urls['/imported/']}reader.html`);
    assert.deepEqual(await shownHeadlines(page), [seedHeadline, ...imported.map((article) => article.headline)]);
    for (const article of imported) {
      await readArticle(page, article);
      await assertNothingHostile(page, dialogs);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('are missing from the front page until its pages are written again', async () => {
    // Why the README's step prerenders: the front page embeds the edition it was built with.
    // It was built with the one-article edition, which has no headline list.
    const { page, problems } = await open(server.urls['/imported/']);
    assert.deepEqual(await shownHeadlines(page), []);
    assert.equal(await page.locator('h1').textContent(), seedHeadline);
    const pageText = await page.locator('body').innerText();
    for (const article of imported) {
      assert.ok(!pageText.includes(article.headline), `${article.headline} is not on the page`);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });
});
