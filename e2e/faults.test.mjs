// A broken network, broken files and a broken program: each gives the reader a
// message that says what happened and a way back, never a blank page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { launchBrowser, openPage, repo, screenshots, seedHeadline, tally } from './browser.mjs';
import { serveFolder } from './static-server.mjs';

const fixtures = `${repo}data/tests/fixtures/`;
// The viewer's deadlines (src/api.rs), passed on the page's fake clock.
const answerTimeout = 20_000;
const bodyTimeout = 60_000;

let server;
let browser;
/** The page that reads the edition at run time, as an embedding page does. */
const reader = () => `${server.url}reader.html`;

before(async () => {
  server = await serveFolder(`${repo}dist`, '/news/');
  browser = await launchBrowser();
  await mkdir(screenshots, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Failed requests for the edition are what these tests provoke; anything else is a problem. */
const aboutTheEdition = (problem) =>
  !problem.startsWith('policy violation') && problem.includes('edition.json');

/** Marks the failure on screen, so that waiting for a failure waits for a new one. */
async function retry(page) {
  const requests = server.editionRequests;
  await page.locator('.load-failure').evaluate((failure) => failure.setAttribute('data-seen', ''));
  await page.getByRole('button', { name: 'Try again' }).click();
  return requests;
}

async function freshFailure(page) {
  const failure = page.locator('.load-failure:not([data-seen])');
  await failure.waitFor();
  return {
    sentence: await failure.locator('.load-failure__sentence').textContent(),
    detail: await failure.locator('.load-failure__detail').textContent(),
  };
}

const networkFaults = [
  {
    name: 'a missing edition (404)',
    fault: { kind: 'status', status: 404 },
    sentence: 'The edition was not found on the server.',
    detail: /^edition\.json answered with HTTP status 404$/,
  },
  {
    name: 'a server error (500)',
    fault: { kind: 'status', status: 500 },
    sentence: 'The server failed while sending the edition. Try again in a moment.',
    detail: /^edition\.json answered with HTTP status 500$/,
  },
  {
    name: 'a server that is unavailable (503)',
    fault: { kind: 'status', status: 503 },
    sentence: 'The server failed while sending the edition. Try again in a moment.',
    detail: /^edition\.json answered with HTTP status 503$/,
  },
  {
    name: 'a server that refuses (403)',
    fault: { kind: 'status', status: 403 },
    sentence: 'The server refused to send the edition.',
    detail: /^edition\.json answered with HTTP status 403$/,
  },
  {
    name: 'a connection closed before any answer',
    fault: { kind: 'reset' },
    sentence: 'The edition could not be downloaded. Check the connection and try again.',
    detail: /^the request for edition\.json failed: TypeError: Failed to fetch$/,
  },
  {
    name: 'a server that never answers (timeout)',
    fault: { kind: 'no-answer' },
    async provoke(page, requested) {
      await requested;
      await page.clock.fastForward(answerTimeout + 1);
    },
    sentence: 'The server did not answer. It may be busy or down; try again in a moment.',
    detail: /^edition\.json did not answer within 20 seconds$/,
  },
  {
    name: 'a connection dropped mid-body',
    fault: { kind: 'drop-mid-body' },
    sentence: 'The connection broke while the edition was arriving. Try again.',
    detail: /^the connection to edition\.json broke after \d+ bytes?: TypeError: network error$/,
  },
  {
    name: 'a connection dropped mid-body, without a declared length',
    fault: { kind: 'drop-mid-body', chunked: true },
    sentence: 'The connection broke while the edition was arriving. Try again.',
    detail: /^the connection to edition\.json broke after \d+ bytes?: TypeError: network error$/,
  },
  {
    name: 'a very slow response',
    fault: { kind: 'slow' },
    async provoke(page) {
      await page.waitForResponse((response) => response.url().endsWith('/edition.json'));
      await page.clock.fastForward(bodyTimeout + 1);
    },
    sentence: 'The edition was arriving too slowly. Try again, perhaps on a faster connection.',
    detail: /^edition\.json sent only \d+ bytes? in 60 seconds$/,
  },
  {
    name: 'a web page instead of the edition',
    fault: {
      kind: 'body',
      type: 'text/html; charset=utf-8',
      body: '<!doctype html><title>Home</title><h1>Welcome</h1>',
    },
    sentence:
      "The server sent a web page instead of the edition. The edition's address may be wrong.",
    detail: /^edition\.json sent text\/html; charset=utf-8, not JSON$/,
  },
  {
    name: 'a file of another type',
    fault: { kind: 'body', type: 'image/png', body: Buffer.from('89504e470d0a1a0a', 'hex') },
    sentence: 'The server sent a file of another kind instead of the edition.',
    detail: /^edition\.json sent image\/png, not JSON$/,
  },
];

describe('a broken network', () => {
  for (const { name, fault, provoke, sentence, detail } of networkFaults) {
    test(`${name}: names it, and "Try again" works once it is gone`, async (context) => {
      const { page, problems } = await openPage(browser, { expected: aboutTheEdition });
      await page.clock.install();
      server.setFault(fault);
      const requested = server.nextEditionRequest();
      await page.goto(reader());
      await provoke?.(page, requested);

      const failure = await freshFailure(page);
      assert.equal(failure.sentence, sentence);
      assert.match(failure.detail, detail);
      tally(context, 'faults injected', 1);
      if (fault.kind === 'slow') {
        await page.screenshot({ path: `${screenshots}too-slow-1280.png`, fullPage: true });
      }

      server.clearFault();
      const requests = await retry(page);
      assert.equal(await page.locator('.article-view__headline').textContent(), seedHeadline);
      assert.equal(server.editionRequests, requests + 1);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  test('an edition served as plain text, as bytes or with no type still loads', async () => {
    const body = await readFile(`${repo}dist/edition.json`);
    for (const type of ['text/plain; charset=utf-8', 'application/octet-stream', undefined]) {
      const { page, problems } = await openPage(browser);
      server.setFault({ kind: 'body', type, body });
      await page.goto(reader());
      assert.equal(await page.locator('.article-view__headline').textContent(), seedHeadline, type);
      assert.deepEqual(problems, [], type);
      await page.close();
    }
    server.clearFault();
  });
});

describe('bad files', () => {
  test('each names its problem and position, and the page recovers', async (context) => {
    const { page, problems } = await openPage(browser, { expected: aboutTheEdition });
    const names = (await readdir(`${fixtures}invalid`)).filter((name) => name.endsWith('.json')).sort();
    const badFiles = [];
    for (const name of names) {
      const expected = await readFile(`${fixtures}invalid/${name.replace(/json$/, 'error')}`, 'utf8');
      badFiles.push({
        name,
        fault: { kind: 'body', type: 'application/json', body: await readFile(`${fixtures}invalid/${name}`) },
        sentence: /^The edition (has a mistake in it|is empty|is not saved as UTF-8 text)/,
        detail: `edition.json is not a valid edition: ${expected.trimEnd()}`,
      });
    }
    badFiles.push(
      {
        name: '50 MB with its length declared',
        fault: { kind: 'large', bytes: 50 * 1024 * 1024, declared: true },
        sentence: /^The edition is too large to show: the viewer reads editions of up to 10 MB\.$/,
        detail: 'edition.json is 52.4 MB long; the viewer reads editions of at most 10.0 MB',
      },
      {
        name: '50 MB without a declared length',
        fault: { kind: 'large', bytes: 50 * 1024 * 1024, declared: false },
        sentence: /^The edition is too large to show/,
        detail: 'edition.json sent more than 10.0 MB; the viewer reads editions of at most 10.0 MB',
      },
    );

    for (const [index, { name, fault, sentence, detail }] of badFiles.entries()) {
      server.setFault(fault);
      if (index === 0) {
        await page.goto(reader());
      } else {
        await retry(page);
      }
      const failure = await freshFailure(page);
      assert.equal(failure.detail, detail, name);
      assert.match(failure.sentence, sentence, name);
    }
    tally(context, 'bad files tried', badFiles.length);

    server.clearFault();
    await retry(page);
    assert.equal(await page.locator('.article-view__headline').textContent(), seedHeadline);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('a panic', () => {
  test('puts a panel with a reload button in front of the stopped viewer', async () => {
    const panicked = (problem) => /panicked at|unreachable|failed to insert node/.test(problem);
    const { page, problems, expectedProblems } = await openPage(browser, { expected: panicked });
    const article = (id, extra) => ({
      id,
      headline: `The ${id} article`,
      byline: 'By A. Reporter',
      language: 'en',
      body: [{ type: 'paragraph', text: 'A paragraph.' }],
      ...extra,
    });
    server.setFault({
      kind: 'body',
      type: 'application/json',
      body: JSON.stringify({
        articles: [article('first'), article('second', { dek: 'A standfirst.' })],
      }),
    });
    await page.goto(reader());
    await page.locator('.article-view__headline').waitFor();

    // A script of the host page moves a part of the viewer elsewhere; the next
    // render cannot put the standfirst where it belongs, and Yew panics.
    await page.evaluate(() => document.body.append(document.querySelector('.article-view__meta')));
    await page.getByRole('navigation').getByText('The second article').click();

    const panel = page.locator('.crash-panel');
    await panel.waitFor();
    assert.equal(await panel.getAttribute('role'), 'alert');
    assert.equal(
      await panel.locator('.crash-panel__sentence').textContent(),
      'The article viewer stopped working. Reloading the page usually brings it back.',
    );
    assert.equal(
      await panel.locator('.crash-panel__detail').textContent(),
      'failed to insert node before next sibling',
    );
    assert.ok(
      await page.evaluate(() => {
        const root = document.querySelector('[data-article-viewer]');
        const panel = document.querySelector('.crash-panel');
        return root.previousElementSibling === panel && !root.contains(panel) && root.inert;
      }),
      'the panel stands in front of the viewer, outside it, and the viewer is inert',
    );
    assert.ok(expectedProblems.some((problem) => problem.includes('panicked at')));
    await page.screenshot({ path: `${screenshots}crash-panel-1280-light.png`, fullPage: true });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${screenshots}crash-panel-375-dark.png`, fullPage: true });

    // The page comes back on the article the reader had opened (its deep link).
    await Promise.all([
      page.waitForEvent('load'),
      panel.getByRole('button', { name: 'Reload the page' }).click(),
    ]);
    assert.equal(
      await page.locator('.article-view__headline').textContent(),
      'The second article',
    );
    assert.equal(await page.locator('.crash-panel').count(), 0);
    server.clearFault();
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('a viewer program that cannot be loaded', () => {
  for (const { file, path } of [
    { file: 'script', path: /article-viewer\.js$/ },
    { file: 'WebAssembly', path: /article-viewer_bg\.wasm$/ },
  ]) {
    test(`says so in the viewer's place when its ${file} is missing, and reloads`, async () => {
      const missing = (problem) => problem.includes('article-viewer') || /Failed to fetch|import/i.test(problem);
      const { page, problems, expectedProblems } = await openPage(browser, { expected: missing });
      await page.route(path, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
      await page.goto(reader());
      const panel = page.locator('[data-article-viewer] .crash-panel');
      await panel.waitFor();
      assert.equal(await panel.getAttribute('role'), 'alert');
      assert.equal(
        await panel.locator('.crash-panel__sentence').textContent(),
        'The article viewer could not be loaded. Check the connection, then reload the page.',
      );
      assert.match(await panel.locator('.crash-panel__detail').textContent(), /^\w*Error: /);
      assert.ok(expectedProblems.length > 0);
      if (file === 'WebAssembly') {
        await page.setViewportSize({ width: 375, height: 700 });
        await page.screenshot({ path: `${screenshots}program-missing-375.png` });
      }

      await page.unroute(path);
      await Promise.all([
        page.waitForEvent('load'),
        panel.getByRole('button', { name: 'Reload the page' }).click(),
      ]);
      await page.locator('.article-view__headline').waitFor();
      assert.equal(await page.locator('.crash-panel').count(), 0);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  test('says so in the language the viewer would have spoken, in every language it speaks', async () => {
    const missing = (problem) => problem.includes('article-viewer') || /Failed to fetch|import/i.test(problem);
    const { page, problems } = await openPage(browser, { expected: missing });
    await page.route(/article-viewer\.js$/, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
    // A host page of `lang` whose viewer has `locale` as its data-locale, if given.
    await page.route('**/news/panel-host.html?*', (route) => {
      const asked = new URL(route.request().url()).searchParams;
      const locale = asked.has('locale') ? ` data-locale="${asked.get('locale')}"` : '';
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="${asked.get('lang')}"><head><meta charset="utf-8"><title>Host</title><script type="module" src="embed.js"></script></head><body><div data-article-viewer data-src="edition.json"${locale}></div></body></html>`,
      });
    });
    const catalogues = (await readdir(`${repo}locales`)).filter((name) => name.endsWith('.ftl'));
    const cases = [
      ...catalogues.map((name) => ({ lang: 'en', locale: name.replace(/\.ftl$/, ''), expect: name.replace(/\.ftl$/, '') })),
      { lang: 'pt-BR', expect: 'pt' },
      { lang: 'zh-TW', expect: 'zh-Hant' },
      { lang: 'zh-CN', expect: 'zh-Hans' },
      { lang: 'iw', expect: 'he' },
      { lang: 'de', locale: 'sv', expect: 'de' },
      { lang: 'sv', expect: 'en' },
    ];
    const sentences = new Map();
    for (const { lang, locale, expect } of cases) {
      const described = `page ${lang}, data-locale ${locale ?? '(none)'}`;
      await page.goto(`${server.url}panel-host.html?${new URLSearchParams({ lang, ...(locale ? { locale } : {}) })}`);
      const panel = page.locator('[data-article-viewer] .crash-panel');
      await panel.waitFor();
      assert.equal(await panel.getAttribute('lang'), expect, described);
      assert.equal(await panel.getAttribute('dir'), expect === 'ar' || expect === 'he' ? 'rtl' : 'ltr', described);
      assert.equal(await panel.locator('.crash-panel__detail').getAttribute('lang'), 'en', described);
      // The button reads as the catalogue's own crash panel does.
      const catalogue = await readFile(`${repo}locales/${expect}.ftl`, 'utf8');
      const reload = catalogue.match(/^crash-reload = (.+)$/m)[1];
      assert.equal(await panel.getByRole('button').textContent(), reload, described);
      const sentence = await panel.locator('.crash-panel__sentence').textContent();
      assert.ok(sentence.length > 0, described);
      sentences.set(expect, sentence);
    }
    assert.equal(sentences.size, catalogues.length, 'a sentence for every catalogue');
    assert.equal(new Set(sentences.values()).size, catalogues.length, 'each its own');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
