// The viewer opened from disk: every page of the built site by file://, and
// the one-file edition (`./x bundle`), each with nothing fetched from outside.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, openPage, openSettings, repo, screenshots, seedHeadline } from './browser.mjs';
import { serveFolders } from './static-server.mjs';

let browser;
let server;
let folder;
/** A copy of the release build with the articles of `edition` prerendered. */
let site;
/** The one-file edition of `edition`. */
let bundle;

function cargoRun(args) {
  execFileSync('cargo', ['run', '--quiet', '--locked', ...args], {
    cwd: repo,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

const paragraph = (text) => ({ type: 'paragraph', text });

/** Five articles, three that link to each other; two with photos (an SVG, a PNG). */
const edition = {
  title: 'Read from disk',
  articles: [
    {
      id: 'harbour-reopens',
      headline: 'Harbour reopens after the storm',
      language: 'en',
      published: '2026-11-30',
      body: [paragraph('The harbour reopened on Monday.'), paragraph('Ferries run again.')],
      photo: { src: 'photos/harbour.svg', width: 600, height: 400, alt: 'A drawn harbour', credit: 'Illustration made for this test' },
      related: [
        { headline: 'Ferry timetable changes', article: 'ferry-timetable' },
        { headline: 'Storm clean-up continues', article: 'storm-clean-up' },
      ],
    },
    {
      id: 'ferry-timetable',
      headline: 'Ferry timetable changes',
      language: 'en',
      body: [paragraph('Winter sailings start next week.')],
      photo: { src: 'photos/ferry.png', width: 40, height: 30, alt: 'A plain orange square' },
      related: [{ headline: 'Harbour reopens after the storm', article: 'harbour-reopens' }],
    },
    {
      id: 'storm-clean-up',
      headline: 'Storm clean-up continues',
      language: 'en',
      body: [paragraph('Volunteers cleared the beach.')],
      related: [],
    },
    // Five articles or more: the headline list has its filter.
    {
      id: 'council-budget',
      headline: 'Council agrees next year’s budget',
      language: 'en',
      body: [paragraph('The vote passed on Tuesday.')],
    },
    {
      id: 'library-hours',
      headline: 'Library opens on Sundays',
      language: 'en',
      body: [paragraph('From January, the library opens on Sundays.')],
    },
  ],
};

const harbourSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><rect width="600" height="400" fill="#4a7a9c"/><path d="M0 300h600v100H0z" fill="#22384a"/></svg>';

before(async () => {
  browser = await launchBrowser();
  folder = await mkdtemp(join(tmpdir(), 'from-disk-'));
  const drawing = await browser.newPage({ viewport: { width: 40, height: 30 } });
  await drawing.setContent('<body style="margin:0;background:#c84"></body>');
  const png = await drawing.screenshot();
  await drawing.close();

  site = join(folder, 'site');
  await cp(`${repo}dist`, site, { recursive: true });
  await writeFile(join(site, 'edition.json'), JSON.stringify(edition));
  await mkdir(join(site, 'photos'));
  await writeFile(join(site, 'photos', 'harbour.svg'), harbourSvg);
  await writeFile(join(site, 'photos', 'ferry.png'), png);
  cargoRun(['--release', '-p', 'site-build', '--bin', 'prerender', '--', site]);
  cargoRun(['--release', '-p', 'site-build', '--bin', 'site-policy', '--', site]);

  bundle = join(folder, 'read-from-disk.html');
  cargoRun(['--release', '-p', 'site-build', '--bin', 'bundle', '--', join(site, 'edition.json'), '-o', bundle]);
  server = await serveFolders({ '/news/': `${repo}dist` });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/**
 * Opens `url` as `openPage` does, and records every request the page makes
 * in `requests`. With `program`, waits until the program has started.
 */
async function openFile(url, { program = true, ...options } = {}) {
  const opened = await openPage(browser, options);
  const requests = [];
  opened.page.on('request', (request) => requests.push(request.url()));
  await opened.page.goto(url);
  await opened.page.locator('article h1').waitFor();
  if (program) await opened.page.waitForFunction(() => window.wasmBindings !== undefined);
  return { ...opened, requests };
}

/** The requests that left `folder` (a file:// URL ending in /), or the file itself. */
function outside(requests, allowed) {
  return requests.filter((url) => !url.startsWith(allowed) && !url.startsWith('data:'));
}

/** What the reader sees of an element's style, for comparing a page served and from disk. */
const looks = (page) =>
  page.evaluate(() =>
    ['.article-viewer', '.article-view__headline', '.article-view__paragraph', '.lead-photo__image'].map(
      (selector) => {
        const element = document.querySelector(selector);
        if (!element) return [selector, 'absent'];
        const style = getComputedStyle(element);
        return [
          selector,
          ['fontFamily', 'fontSize', 'lineHeight', 'color', 'backgroundColor', 'maxWidth', 'marginBlockEnd', 'display']
            .map((property) => style[property])
            .join(' | '),
        ];
      },
    ),
  );

describe('the built site, opened from disk', () => {
  test('every page shows its article styled exactly as served, runs the program, and reports no problem', async () => {
    const pages = (await readdir(`${repo}dist`)).filter((name) => name.endsWith('.html') && name !== 'reader.html');
    assert.ok(pages.length >= 2, 'the front page and a page per article');
    const distUrl = pathToFileURL(`${repo}dist/`).href;
    for (const name of pages) {
      const fromDisk = await openFile(`${distUrl}${name}`);
      const served = await openFile(`${server.urls['/news/']}${name}`);
      assert.equal(await fromDisk.page.locator('article h1').textContent(), seedHeadline, name);
      assert.deepEqual(await looks(fromDisk.page), await looks(served.page), name);
      assert.deepEqual(outside(fromDisk.requests, distUrl), [], `${name}: nothing from outside the folder`);
      assert.ok(fromDisk.requests.some((url) => url.endsWith('/article-viewer-classic.js')), name);
      assert.ok(!fromDisk.requests.some((url) => /article-viewer(_bg\.wasm|\.js)$/.test(url)), name);
      assert.ok(!served.requests.some((url) => url.endsWith('/article-viewer-classic.js')), `${name}: served, the module`);
      // From disk, and only there, the page says once what serving the folder adds.
      const note = fromDisk.page.locator('[data-from-disk-note]');
      assert.equal(await note.count(), 1, name);
      assert.ok(await note.isVisible(), name);
      assert.match(await note.textContent(), /without reloading[\s\S]*python3 -m http\.server 8000/, name);
      assert.equal(await served.page.locator('[data-from-disk-note]').isVisible(), false, name);
      assert.deepEqual(fromDisk.problems, [], name);
      assert.deepEqual(fromDisk.violations, [], name);
      assert.deepEqual(served.problems, [], name);
      await fromDisk.page.close();
      await served.page.close();
    }
  });

  test('links between articles open their pages, and back returns', async () => {
    const siteUrl = pathToFileURL(`${site}/`).href;
    const { page, problems, violations, requests } = await openFile(`${siteUrl}index.html`);
    assert.equal(await page.locator('article h1').textContent(), 'Harbour reopens after the storm');
    await page.locator('.related-sidebar').getByRole('link', { name: 'Ferry timetable changes' }).click();
    await page.waitForURL(`${siteUrl}ferry-timetable.html`);
    await page.getByRole('heading', { level: 1, name: 'Ferry timetable changes' }).waitFor();
    await page.waitForFunction(() => window.wasmBindings !== undefined);
    await page.getByRole('navigation', { name: 'Headlines' }).getByRole('link', { name: 'Storm clean-up continues' }).click();
    await page.waitForURL(`${siteUrl}storm-clean-up.html`);
    await page.getByRole('heading', { level: 1, name: 'Storm clean-up continues' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Ferry timetable changes' }).waitFor();
    assert.deepEqual(outside(requests, siteUrl), []);
    assert.deepEqual(problems, []);
    assert.deepEqual(violations, []);
    await page.close();
  });

  test('the reading settings, the filter and the keyboard work from disk', async () => {
    const siteUrl = pathToFileURL(`${site}/`).href;
    const { page, problems } = await openFile(`${siteUrl}index.html`, { reducedMotion: 'reduce' });
    await page.keyboard.press('/');
    await page.keyboard.type('storm clean');
    const headlines = page.getByRole('navigation', { name: 'Headlines' });
    assert.equal(await headlines.getByRole('link').count(), 1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${siteUrl}storm-clean-up.html`);
    await page.getByRole('heading', { level: 1, name: 'Storm clean-up continues' }).waitFor();
    await page.waitForFunction(() => window.wasmBindings !== undefined);

    await openSettings(page);
    await page.locator('.reading-controls__theme').filter({ hasText: /^Dark$/ }).click();
    assert.equal(await page.locator('.article-viewer').getAttribute('data-theme'), 'dark');
    const size = () => page.locator('.article-viewer').getAttribute('data-text-size');
    const before = await size();
    await page.getByRole('group', { name: 'Text size' }).getByRole('button', { name: 'Larger', exact: true }).click();
    assert.notEqual(await size(), before);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Harbour reopens after the storm' }).waitFor();
    // The choice is remembered across the folder's pages, as on a server.
    assert.equal(await page.locator('.article-viewer').getAttribute('data-theme'), 'dark');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('reads without JavaScript, styled', async () => {
    const siteUrl = pathToFileURL(`${site}/`).href;
    const { page, problems, requests } = await openFile(`${siteUrl}ferry-timetable.html`, {
      program: false,
      javaScriptEnabled: false,
    });
    assert.equal(await page.locator('article h1').textContent(), 'Ferry timetable changes');
    const font = await page.locator('article h1').evaluate((h1) => getComputedStyle(h1).fontFamily);
    assert.doesNotMatch(font, /^"?Times/);
    assert.deepEqual(outside(requests, siteUrl), []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('reader.html says why it needs a server and how to serve the folder', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(pathToFileURL(`${repo}dist/reader.html`).href);
    const note = page.getByRole('note');
    await note.waitFor();
    assert.match(await note.textContent(), /This page needs its folder served/);
    assert.match(await note.textContent(), /python3 -m http\.server 8000/);
    assert.equal(await note.getAttribute('lang'), 'en', 'marked English, whatever the page becomes');
    await note.getByRole('link', { name: "the edition's front page" }).click();
    await page.locator('article h1').waitFor();
    assert.deepEqual(problems, []);
    await page.close();

    const served = await openPage(browser);
    await served.page.goto(`${server.urls['/news/']}reader.html`);
    await served.page.locator('article h1').waitFor();
    assert.equal(await served.page.getByRole('note').count(), 0, 'served, the note stays hidden');
    assert.deepEqual(served.problems, []);
    await served.page.close();
  });

  test('screenshots of pages from disk', async () => {
    const siteUrl = pathToFileURL(`${site}/`).href;
    for (const width of [1280, 375]) {
      for (const colorScheme of ['light', 'dark']) {
        const { page, problems } = await openFile(`${siteUrl}index.html`, { width, colorScheme });
        await page.screenshot({ path: `${screenshots}from-disk-${width}-${colorScheme}.png`, fullPage: true });
        assert.deepEqual(problems, []);
        await page.close();
      }
    }
    const { page } = await openPage(browser, { width: 375 });
    await page.goto(pathToFileURL(`${repo}dist/reader.html`).href);
    await page.getByRole('note').waitFor();
    await page.screenshot({ path: `${screenshots}from-disk-reader-375.png`, fullPage: true });
    await page.close();
  });
});

describe('the one-file edition', () => {
  const bundleUrl = () => pathToFileURL(bundle).href;

  test('holds everything: no request leaves the file, and its policy allows nothing outside it', async () => {
    const html = await readFile(bundle, 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/.exec(html)[1];
    assert.match(policy, /^default-src 'none'; script-src 'wasm-unsafe-eval' 'sha256-/);
    assert.match(policy, /; img-src data:; /);
    assert.doesNotMatch(policy, /'self'|connect-src|https?:/);
    assert.doesNotMatch(html, /<(script|link|img)\b[^>]*\b(src|href)="(?!data:|#)/);
    assert.doesNotMatch(html, /data-from-disk-note/, 'a single file has no folder to serve');

    const { page, problems, violations, requests } = await openFile(bundleUrl());
    assert.equal(await page.locator('article h1').textContent(), 'Harbour reopens after the storm');
    const photo = page.locator('.lead-photo__image');
    assert.match(await photo.getAttribute('src'), /^data:image\/svg\+xml;base64,/);
    assert.ok(await photo.evaluate((image) => image.complete && image.naturalWidth === 600));
    assert.deepEqual(outside(requests, bundleUrl()), []);
    assert.deepEqual(problems, []);
    assert.deepEqual(violations, []);
    await page.close();
  });

  test('is prerendered: the first article reads with JavaScript off', async () => {
    const { page, problems } = await openFile(bundleUrl(), { program: false, javaScriptEnabled: false });
    assert.equal(await page.locator('article h1').textContent(), 'Harbour reopens after the storm');
    assert.match(await page.locator('article').textContent(), /The harbour reopened on Monday\./);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('moves between its articles by the headline list, related links, the filter and the keyboard', async () => {
    const { page, problems, violations, requests } = await openFile(bundleUrl(), { reducedMotion: 'reduce' });
    await page.locator('.related-sidebar').getByRole('link', { name: 'Ferry timetable changes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ferry timetable changes' }).waitFor();
    assert.equal(new URL(page.url()).hash, '#/article/ferry-timetable');
    assert.match(await page.locator('.lead-photo__image').getAttribute('src'), /^data:image\/png;base64,/);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Harbour reopens after the storm' }).waitFor();

    await page.keyboard.press('/');
    await page.keyboard.type('storm clean');
    assert.equal(await page.getByRole('navigation', { name: 'Headlines' }).getByRole('link').count(), 1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Storm clean-up continues' }).waitFor();

    await openSettings(page);
    await page.locator('.reading-controls__theme').filter({ hasText: /^Sepia$/ }).click();
    assert.equal(await page.locator('.article-viewer').getAttribute('data-theme'), 'sepia');
    const size = () => page.locator('.article-viewer').getAttribute('data-text-size');
    const before = await size();
    await page.getByRole('group', { name: 'Text size' }).getByRole('button', { name: 'Smaller', exact: true }).click();
    assert.notEqual(await size(), before);
    assert.deepEqual(outside(requests, bundleUrl()), []);
    assert.deepEqual(problems, []);
    assert.deepEqual(violations, []);
    await page.close();
  });

  test('opens on the article its link names', async () => {
    const { page, problems } = await openFile(`${bundleUrl()}#/article/storm-clean-up`);
    await page.getByRole('heading', { level: 1, name: 'Storm clean-up continues' }).waitFor();
    assert.equal(await page.locator('article h1').count(), 1);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('prints the article', async () => {
    const { page, problems } = await openFile(bundleUrl());
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.reading-controls').isVisible(), false, 'no controls on paper');
    const pdf = join(folder, 'bundle.pdf');
    await page.pdf({ path: pdf });
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    assert.match(text, /Harbour reopens after the storm/);
    assert.match(text, /Ferries run again\./);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('screenshots of the one-file edition', async () => {
    for (const width of [1280, 375]) {
      for (const colorScheme of ['light', 'dark']) {
        const { page, problems } = await openFile(bundleUrl(), { width, colorScheme });
        await page.screenshot({ path: `${screenshots}one-file-${width}-${colorScheme}.png`, fullPage: true });
        assert.deepEqual(problems, []);
        await page.close();
      }
    }
  });
});
