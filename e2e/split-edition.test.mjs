// A split edition (`edition-tool split`): the viewer downloads the index of
// headlines, then each article as the reader opens it, never the whole edition.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkAccessibility, launchBrowser, openPage, repo, screenshots } from './browser.mjs';
import { serveFolders } from './static-server.mjs';

const articleCount = 250;
let folder;
let server;
let browser;
let page_url;

/** A generated edition, labelled as such: every article links to the next. */
function syntheticEdition() {
  const articles = Array.from({ length: articleCount }, (_, number) => {
    const article = {
      id: `story-${number}`,
      headline: `Synthetic story ${number} for the split edition test`,
      dek: `Generated standfirst number ${number}.`,
      language: 'en',
      body: [1, 2, 3].map((paragraph) => ({
        type: 'paragraph',
        text: `Generated text, paragraph ${paragraph} of story ${number}; it reports nothing.`,
      })),
      related: [{ headline: 'An external link', url: 'https://example.com/' }],
    };
    if (number + 1 < articleCount) {
      article.related.unshift({
        headline: `Synthetic story ${number + 1} for the split edition test`,
        article: `story-${number + 1}`,
      });
    }
    return article;
  });
  // A photo relative to its article's file, two folders up: the viewer must
  // resolve it against that file, not the index or the page.
  articles[0].photo = {
    src: '../../news/korea-to-kursk-map.svg',
    width: 1200,
    height: 720,
    alt: 'A map used as a test image.',
    caption: 'A test image.',
    credit: 'Illustration made for this edition.',
  };
  return { title: 'Synthetic split edition (generated for tests)', articles };
}

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'split-edition-'));
  await writeFile(join(folder, 'edition.json'), JSON.stringify(syntheticEdition()));
  // The tool itself writes the split, as a user would run it.
  execFileSync(
    'cargo',
    ['run', '--quiet', '--locked', '-p', 'edition-tool', '--',
      // One page: this file reads an index that holds every headline; a paged
      // one is read in archive-site.test.mjs.
      'split', join(folder, 'edition.json'), '-o', join(folder, 'split'), '--page-size', '1000'],
    { cwd: repo, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  server = await serveFolders({ '/news/': `${repo}dist`, '/split/': join(folder, 'split') });
  // The run-time reader page, pointed at the index.
  const reader = await readFile(`${repo}dist/reader.html`, 'utf8');
  const page = reader.replace('data-src="edition.json"', 'data-index="../split/index.json"');
  assert.notEqual(page, reader, 'reader.html names its edition with data-src');
  server.files.set('/news/split.html', { body: page, type: 'text/html; charset=utf-8' });
  page_url = `${server.urls['/news/']}split.html`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/**
 * Opens the page at `fragment`, recording each request for the split edition's
 * files, and waits for `ready` (the article's headline by default). `setUp` runs
 * on the page before it loads.
 */
async function openSplit(fragment = '', options = {}, ready = 'article h1', setUp = async () => {}) {
  const opened = await openPage(browser, options);
  await setUp(opened.page);
  // The viewer's events bubble to the document; resource errors are not CustomEvents.
  await opened.page.addInitScript(() => {
    window.viewerEvents = [];
    for (const type of ['ready', 'article-change', 'error']) {
      document.addEventListener(type, (event) => {
        if (event instanceof CustomEvent) window.viewerEvents.push({ type, detail: event.detail });
      }, true);
    }
  });
  const requested = [];
  opened.page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/split/')) requested.push(path.slice('/split/'.length));
  });
  await opened.page.goto(`${page_url}${fragment}`);
  await opened.page.locator(ready).waitFor();
  return { ...opened, requested };
}

const headline = (page) => page.locator('article h1').textContent();
const nav = (page) => page.getByRole('navigation', { name: /^Headlines/ });
const headlineLink = (page, number) =>
  nav(page).getByRole('link', { name: new RegExp(`^Synthetic story ${number} `) });
/** Longer than a pointer or focus must rest on a headline before its article is fetched. */
const restMs = 200;
/** Stops the page's timers: none fires until the test moves the clock on. */
async function stopClock(page) {
  await page.clock.install({ time: new Date('2026-01-01T00:00:00Z') });
  await page.clock.pauseAt(new Date('2026-01-01T00:01:00Z'));
}

describe('a split edition', () => {
  test('loads the headlines, then only the article on screen', async () => {
    const { page, problems, requested } = await openSplit();
    assert.equal(await headline(page), 'Synthetic story 0 for the split edition test');
    assert.deepEqual(requested, ['index.json', 'articles/story-0.json']);
    assert.equal(await nav(page).getByRole('link').count(), 100);
    assert.equal(
      await nav(page).getByRole('button', { name: 'Show 100 more of 150 headlines' }).count(),
      1,
    );
    assert.equal(await page.title(), 'Synthetic story 0 for the split edition test — Synthetic split edition (generated for tests)');
    // The photo's address is relative to the article's file.
    const photo = page.locator('article img');
    assert.match(await photo.getAttribute('src'), /\/news\/korea-to-kursk-map\.svg$/);
    await page.waitForFunction(() => document.querySelector('article img')?.complete);
    assert.ok(await photo.evaluate((img) => img.naturalWidth > 0), 'the photo loads');
    await page.screenshot({ path: `${screenshots}split-edition-1280.png` });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('fetches an article when it is opened, and keeps it for the way back', async () => {
    // With the clock stopped, the mouse left resting on a link fetches nothing ahead.
    const { page, problems, requested } = await openSplit('', {}, 'article h1', stopClock);
    await nav(page).getByRole('link', { name: /^Synthetic story 2 / }).click();
    // The article itself, not the headline shown while it is on its way.
    await page.locator('article h1', { hasText: /^Synthetic story 2 / }).waitFor();
    assert.match(page.url(), /#\/article\/story-2$/);
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      'Synthetic story 2 for the split edition test',
      'focus moves to the new headline once it has arrived',
    );
    // A related item opens the next article in the viewer.
    await page.locator('aside').getByRole('link', { name: /^Synthetic story 3 / }).click();
    await page.getByRole('heading', { level: 1, name: /^Synthetic story 3 / }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: /^Synthetic story 2 / }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: /^Synthetic story 0 / }).waitFor();
    assert.deepEqual(requested, [
      'index.json',
      'articles/story-0.json',
      'articles/story-2.json',
      'articles/story-3.json',
    ]);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('opens a deep link and a filtered headline by their own files', async () => {
    const { page, problems, requested } = await openSplit('#/article/story-180');
    assert.equal(await headline(page), 'Synthetic story 180 for the split edition test');
    const filter = page.getByRole('searchbox', { name: 'Filter headlines' });
    await filter.fill('story 249');
    assert.equal(await nav(page).getByRole('link').count(), 1);
    await filter.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /^Synthetic story 249 / }).waitFor();
    assert.deepEqual(requested, ['index.json', 'articles/story-180.json', 'articles/story-249.json']);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('fetches the article a mouse rests on before it is clicked', async () => {
    const { page, problems, requested } = await openSplit('', {}, 'article h1', stopClock);
    // Passing over headlines fetches nothing…
    for (const number of [3, 4, 5]) await headlineLink(page, number).hover();
    await page.mouse.move(0, 0);
    await page.clock.runFor(restMs);
    assert.deepEqual(requested, ['index.json', 'articles/story-0.json']);
    // …resting on one fetches its article, which then opens with no request.
    await headlineLink(page, 4).hover();
    const arrived = page.waitForResponse('**/split/articles/story-4.json');
    await page.clock.runFor(restMs);
    await arrived;
    await headlineLink(page, 4).click();
    await page.getByRole('heading', { level: 1, name: /^Synthetic story 4 / }).waitFor();
    assert.deepEqual(requested, ['index.json', 'articles/story-0.json', 'articles/story-4.json']);
    // The same in the related list.
    const related = page.locator('aside').getByRole('link', { name: /^Synthetic story 5 / });
    await related.hover();
    const relatedArrived = page.waitForResponse('**/split/articles/story-5.json');
    await page.clock.runFor(restMs);
    await relatedArrived;
    await related.click();
    await page.getByRole('heading', { level: 1, name: /^Synthetic story 5 / }).waitFor();
    assert.equal(requested.filter((path) => path === 'articles/story-5.json').length, 1);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('fetches the article focus rests on, not each one the arrow keys pass', async () => {
    const { page, problems, requested } = await openSplit('', {}, 'article h1', stopClock);
    await headlineLink(page, 6).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Synthetic story 8 for the split edition test');
    const arrived = page.waitForResponse('**/split/articles/story-8.json');
    await page.clock.runFor(restMs);
    await arrived;
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /^Synthetic story 8 / }).waitFor();
    assert.deepEqual(requested, ['index.json', 'articles/story-0.json', 'articles/story-8.json']);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('keeps a failed fetch ahead off the screen and fetches again when opened', async () => {
    const { page, problems, expectedProblems, requested } = await openSplit(
      '',
      { expected: (problem) => problem.includes('story-9.json') || problem.includes('status of 500') },
      'article h1',
      async (page) => {
        await stopClock(page);
        let answered = 0;
        await page.route('**/split/articles/story-9.json', (route) =>
          answered++ === 0 ? route.fulfill({ status: 500, body: 'busy' }) : route.continue(),
        );
      },
    );
    await headlineLink(page, 9).hover();
    const failed = page.waitForResponse('**/split/articles/story-9.json');
    await page.clock.runFor(restMs);
    assert.equal((await failed).status(), 500);
    // Opened, whether that failure has arrived yet or not, it is fetched again
    // and shown, and no failure reaches the reader or the page.
    await headlineLink(page, 9).click();
    // The new article, or a failure in its place; not the article still on screen.
    await page
      .locator('article h1', { hasText: /^Synthetic story 9 / })
      .or(page.locator('.load-failure'))
      .first()
      .waitFor();
    assert.equal(await page.locator('.load-failure').count(), 0, 'the failure ahead is not shown');
    assert.equal(await headline(page), 'Synthetic story 9 for the split edition test');
    assert.equal(requested.filter((path) => path === 'articles/story-9.json').length, 2);
    const events = await page.evaluate(() => window.viewerEvents.map((event) => event.type));
    assert.deepEqual(events, ['ready', 'article-change'], 'no error reaches the page');
    assert.ok(expectedProblems.some((problem) => problem.includes('HTTP 500')));
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('names a missing article file, keeps the headlines, and tries again', async () => {
    const file = join(folder, 'split/articles/story-5.json');
    await rename(file, `${file}.away`);
    const { page, problems } = await openSplit(
      '#/article/story-5',
      { width: 375, height: 812, expected: (problem) => problem.includes('story-5.json') },
      '.load-failure',
    );
    try {
      const failure = page.locator('.load-failure');
      await failure.waitFor();
      assert.equal(await failure.getAttribute('role'), 'alert');
      assert.equal(
        await failure.locator('.load-failure__sentence').textContent(),
        'The article was not found on the server.',
      );
      assert.match(
        await failure.locator('.load-failure__detail').textContent(),
        /\/split\/articles\/story-5\.json answered with HTTP status 404$/,
      );
      assert.equal(await page.title(), 'Synthetic story 5 for the split edition test — Synthetic split edition (generated for tests)');
      assert.equal(await nav(page).locator('[aria-current=page]').textContent(), 'Synthetic story 5 for the split edition test');
      await page.screenshot({ path: `${screenshots}split-edition-missing-article-375.png` });
      assert.deepEqual((await checkAccessibility(page)).violations, []);

      await rename(`${file}.away`, file);
      await page.getByRole('button', { name: 'Try again' }).click();
      await page.locator('article h1', { hasText: /^Synthetic story 5 / }).waitFor();
      assert.equal(await page.locator('.load-failure').count(), 0);
      const events = await page.evaluate(() => window.viewerEvents);
      assert.deepEqual(events.map((event) => event.type), ['error', 'ready']);
      assert.match(events[0].detail.message, /story-5\.json answered with HTTP status 404$/);
      assert.deepEqual(events[1].detail, { article: 'story-5', articles: 250 });
    } finally {
      await rename(`${file}.away`, file).catch(() => {});
    }
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('refuses an article file that holds another article', async () => {
    const file = join(folder, 'split/articles/story-6.json');
    await copyFile(file, `${file}.kept`);
    await copyFile(join(folder, 'split/articles/story-7.json'), file);
    try {
      const { page, problems } = await openSplit('#/article/story-6', {}, '.load-failure');
      const failure = page.locator('.load-failure');
      await failure.waitFor();
      assert.equal(
        await failure.locator('.load-failure__sentence').textContent(),
        'The article has a mistake in it, so it cannot be shown.',
      );
      assert.match(
        await failure.locator('.load-failure__detail').textContent(),
        /story-6\.json is not a valid article file: id: the file holds the article "story-7", not "story-6"$/,
      );
      // The rest of the edition still reads.
      await nav(page).getByRole('link', { name: /^Synthetic story 8 / }).click();
      await page.getByRole('heading', { level: 1, name: /^Synthetic story 8 / }).waitFor();
      assert.deepEqual(problems, []);
      await page.close();
    } finally {
      await rename(`${file}.kept`, file);
    }
  });

  test('reads well on a phone while an article is on its way', async () => {
    const opened = await openPage(browser, { width: 375, height: 812, colorScheme: 'dark' });
    const { page, problems } = opened;
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route('**/split/articles/story-1.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${page_url}#/article/story-1`);
    const status = page.getByRole('status').filter({ hasText: 'Loading the article…' });
    await status.waitFor();
    assert.equal(await page.locator('h1').textContent(), 'Synthetic story 1 for the split edition test', 'the headline shows at once');
    await page.screenshot({ path: `${screenshots}split-edition-loading-375-dark.png` });
    assert.deepEqual((await checkAccessibility(page)).violations, []);
    release();
    await page.locator('article h1').waitFor();
    assert.equal(await status.count(), 0);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
