// The reader's experience: themes, text size, reading time, the photo, and a
// whole visit by keyboard alone.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  answerEditionWith,
  horizontalOverflow,
  openArticle,
  openFarPhotoArticle,
  openPage,
  openSettings,
  repo,
  screenshots,
  settingsToggle,
  useSite,
} from './browser.mjs';

const suite = useSite();

const paper = { light: 'rgb(253, 252, 249)', sepia: 'rgb(244, 236, 216)', dark: 'rgb(22, 21, 20)' };
// Colours change at once without motion; these tests read them right after a change.
const still = { reducedMotion: 'reduce' };

const viewerStyle = (page, property) =>
  page.locator('.article-viewer').evaluate((viewer, property) => getComputedStyle(viewer)[property], property);
// By class rather than role: the buttons are read while the panel is closed too.
const themeButton = (page, name) =>
  page.locator('.reading-controls__theme').filter({ hasText: new RegExp(`^${name}$`) });
const sizeButton = (page, name) =>
  page.getByRole('group', { name: 'Text size' }).getByRole('button', { name, exact: true });
const bodyFontSize = (page) =>
  page.locator('.article-view__paragraph').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));

/** Blocks site data the way a browser does: touching localStorage throws. */
async function blockStorage(page) {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The user has blocked site data.', 'SecurityError');
      },
    });
  });
}

describe('themes', () => {
  test('follow the system until the reader picks one, and the pick is remembered', async () => {
    const { page, problems } = await openArticle(suite, { colorScheme: 'dark', ...still });
    assert.equal(await viewerStyle(page, 'backgroundColor'), paper.dark);
    assert.equal(await themeButton(page, 'Auto').getAttribute('aria-pressed'), 'true');

    await openSettings(page);
    await themeButton(page, 'Sepia').click();
    assert.equal(await viewerStyle(page, 'backgroundColor'), paper.sepia);
    assert.equal(await themeButton(page, 'Sepia').getAttribute('aria-pressed'), 'true');
    assert.equal(await themeButton(page, 'Auto').getAttribute('aria-pressed'), 'false');
    await page.screenshot({ path: `${screenshots}article-1280-sepia.png`, fullPage: true });

    await page.reload();
    await page.locator('article h1').waitFor();
    await page.waitForFunction(() => document.querySelector('.article-viewer').dataset.theme === 'sepia');
    assert.equal(await viewerStyle(page, 'backgroundColor'), paper.sepia, 'remembered');

    await page.emulateMedia({ colorScheme: 'light' });
    await openSettings(page);
    await themeButton(page, 'Dark').click();
    assert.equal(await viewerStyle(page, 'backgroundColor'), paper.dark, 'dark against a light system');
    assert.equal(
      await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
      paper.dark,
      'the page around the viewer follows',
    );
    await themeButton(page, 'Auto').click();
    assert.equal(await viewerStyle(page, 'backgroundColor'), paper.light, 'back to the system');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a remembered theme and size are there from the first paint, before the program runs', async () => {
    // The second load below may cancel the first's icon request: the test's doing.
    const cancelledIcon = (problem) => /favicon\.svg \(net::ERR_ABORTED\)/.test(problem);
    const { page, problems } = await openPage(suite.browser, {
      colorScheme: 'light',
      expected: cancelledIcon,
      ...still,
    });
    await page.goto(suite.site);
    await page.evaluate(() => {
      localStorage.setItem('article-viewer.theme', 'dark');
      localStorage.setItem('article-viewer.text-size', '3');
    });
    const defaultSize = await bodyFontSize(page);
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.addInitScript(() => document.addEventListener('ready', () => (window.hydrated = true)));
    await page.goto(suite.site, { waitUntil: 'domcontentloaded' });
    assert.equal(await page.evaluate(() => window.hydrated ?? false), false, 'the program has not run');
    assert.equal(await settingsToggle(page).isVisible(), false, 'no settings that would do nothing yet');
    assert.equal(await viewerStyle(page, 'backgroundColor'), paper.dark);
    assert.equal(await themeButton(page, 'Dark').getAttribute('aria-pressed'), 'true');
    assert.equal(await themeButton(page, 'Auto').getAttribute('aria-pressed'), 'false');
    const earlySize = await bodyFontSize(page);
    assert.ok(Math.abs(earlySize / defaultSize - 1.25) < 0.01, `${earlySize} is 125 % of ${defaultSize}`);

    release();
    await page.waitForFunction(() => window.hydrated === true);
    await settingsToggle(page).waitFor();
    assert.equal(await viewerStyle(page, 'backgroundColor'), paper.dark);
    assert.equal(await bodyFontSize(page), earlySize);
    assert.equal(await page.locator('output').textContent(), '125%');
    assert.equal(await themeButton(page, 'Dark').getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator('.reading-controls__theme.is-current').count(), 1);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('work without complaint when the browser blocks site data', async () => {
    const { page, problems } = await openPage(suite.browser, still);
    await blockStorage(page);
    await page.goto(suite.site);
    await page.locator('article h1').waitFor();
    await openSettings(page);
    await themeButton(page, 'Dark').click();
    await sizeButton(page, 'Larger').click();
    assert.equal(await viewerStyle(page, 'backgroundColor'), paper.dark);
    assert.equal(await page.locator('output').textContent(), '110%');

    await page.reload();
    await page.locator('article h1').waitFor();
    assert.equal(await viewerStyle(page, 'backgroundColor'), paper.light, 'not remembered, as expected');
    assert.deepEqual(problems, [], 'no errors on the console');
    await page.close();
  });

  test('give way to forced colours and keep the choices visible in them', async () => {
    const { page } = await openArticle(suite, { width: 1280, edition: 'valid/many-articles.json' });
    await openSettings(page);
    await page.emulateMedia({ forcedColors: 'active' });
    const looks = await page.evaluate(() => {
      const style = (selector) => getComputedStyle(document.querySelector(selector));
      return {
        pressed: style('.reading-controls__theme[aria-pressed=true]').backgroundColor,
        unpressed: style('.reading-controls__theme[aria-pressed=false]').backgroundColor,
        current: style('.headline-list__link.is-current').backgroundColor,
        open: style('.reading-controls[open] > .reading-controls__toggle').backgroundColor,
        swatch: getComputedStyle(document.querySelector('.reading-controls__theme'), '::before').display,
      };
    });
    assert.notEqual(looks.pressed, looks.unpressed, 'the pressed theme stands out');
    assert.equal(looks.current, looks.pressed, 'the current headline is marked the same way');
    assert.equal(looks.open, looks.pressed, 'and so is the open settings control');
    assert.equal(looks.swatch, 'none', 'colour swatches mean nothing in forced colours');
    await page.screenshot({ path: `${screenshots}article-1280-forced-colors.png` });
    await page.close();
  });

  test('change without motion for readers who ask for less', async () => {
    const { page } = await openArticle(suite, { reducedMotion: 'reduce' });
    assert.equal(await viewerStyle(page, 'transitionDuration'), '0s');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    assert.equal(await viewerStyle(page, 'transitionDuration'), '0.2s, 0.2s');
    await page.close();
  });
});

describe('text size', () => {
  test('steps through eight sizes, keeps lines a comfortable length, and is remembered', async () => {
    const { page, problems } = await openArticle(suite, { width: 1280 });
    await openSettings(page);
    const smaller = sizeButton(page, 'Smaller');
    const larger = sizeButton(page, 'Larger');
    await smaller.click();
    assert.equal(await smaller.getAttribute('aria-disabled'), 'true');

    const sizes = [];
    for (;;) {
      const measure = await page.locator('.article-view__paragraph').first().evaluate(charactersPerLine);
      sizes.push({ percent: await page.locator('output').textContent(), ...measure });
      if ((await larger.getAttribute('aria-disabled')) === 'true') break;
      await larger.click();
    }
    assert.deepEqual(
      sizes.map((size) => size.percent),
      ['90%', '100%', '110%', '125%', '150%', '175%', '200%', '250%'],
    );
    for (let index = 1; index < sizes.length; index += 1) {
      assert.ok(sizes[index].fontSize > sizes[index - 1].fontSize, `${sizes[index].percent} is larger`);
    }
    // A comfortable measure: about 45 to 80 characters a line, for as long as
    // the window is wide enough to hold one.
    for (const size of sizes.filter((size) => size.fontSize <= 30)) {
      assert.ok(size.characters >= 45 && size.characters <= 80, `${size.percent}: ${size.characters} characters a line`);
    }
    assert.equal(await horizontalOverflow(page), 0);
    await page.screenshot({ path: `${screenshots}article-1280-largest-text.png` });

    await smaller.click();
    await page.reload();
    await page.locator('article h1').waitFor();
    await page.waitForFunction(() => document.querySelector('output').textContent === '200%');
    assert.equal(await bodyFontSize(page), sizes.at(-2).fontSize, 'remembered');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('reflows to one column on a phone at the largest size', async () => {
    const { page } = await openArticle(suite, { width: 375 });
    await openSettings(page);
    while ((await sizeButton(page, 'Larger').getAttribute('aria-disabled')) !== 'true') {
      await sizeButton(page, 'Larger').click();
    }
    assert.equal(await horizontalOverflow(page), 0, 'nothing sticks out sideways');
    await page.screenshot({ path: `${screenshots}article-375-largest-text.png` });
    await page.close();
  });
});

/** Runs in the page: the font size of a paragraph and the characters on its first line. */
function charactersPerLine(paragraph) {
  const text = paragraph.firstChild;
  const range = document.createRange();
  const firstTop = (() => {
    range.setStart(text, 0);
    range.setEnd(text, 1);
    return range.getBoundingClientRect().top;
  })();
  let characters = 0;
  while (characters < text.length) {
    range.setStart(text, characters);
    range.setEnd(text, characters + 1);
    if (range.getBoundingClientRect().top > firstTop + 2) break;
    characters += 1;
  }
  return { fontSize: parseFloat(getComputedStyle(paragraph).fontSize), characters };
}

describe('reading time', () => {
  test('shows how long the article takes to read, from its text and language', async () => {
    const { page } = await openArticle(suite);
    // 1,843 characters of English at 869 to 1,105 characters a minute.
    assert.equal(await page.locator('.article-view__reading-time').textContent(), '2–3 minute read');
    await page.close();
  });

  test('names the byline, dateline and date, the date in the article’s language', async () => {
    const { page } = await openArticle(suite, { edition: 'valid/every-field.json' });
    assert.equal(await page.locator('.article-view__byline').textContent(), 'By A. Reporter');
    assert.equal(await page.locator('.article-view__place').textContent(), 'NAIROBI, Kenya');
    const published = page.locator('article time');
    assert.equal(await published.getAttribute('datetime'), '2025-09-02T14:30:00+03:00');
    assert.equal(await published.textContent(), '2 September 2025, 14:30 UTC+3');
    assert.equal(await page.locator('article').getAttribute('lang'), 'en-KE');
    await page.close();
  });
});

describe('the photo', () => {
  test('holds its space before it arrives, so nothing moves', async () => {
    const { page, problems } = await openPage(suite.browser, { width: 375 });
    const photo = new Promise((resolve) => page.route('**/korea-to-kursk-map.svg', resolve));
    // Not until `load`: the held photo may be what the load event waits for.
    await page.goto(suite.site, { waitUntil: 'domcontentloaded' });
    await page.locator('article h1').waitFor();
    const figure = page.locator('.lead-photo__frame');
    const before = await figure.boundingBox();
    assert.ok(Math.abs(before.height - (before.width * 720) / 1200) < 1, 'the box has the photo’s proportions');
    await (await photo).continue();
    await page.locator('.lead-photo__image').evaluate((image) => image.decode());
    assert.deepEqual(await figure.boundingBox(), before);
    const shift = await page.evaluate(
      () =>
        new Promise((resolve) => {
          new PerformanceObserver((entries) => {
            resolve(entries.getEntries().reduce((sum, entry) => sum + entry.value, 0));
          }).observe({ type: 'layout-shift', buffered: true });
          // An observer with nothing buffered never calls back.
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(0)));
        }),
    );
    assert.equal(shift, 0, 'cumulative layout shift');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('in a page of its own, is fetched at once and before other images', async () => {
    const { page, problems } = await openPage(suite.browser);
    const response = await page.goto(suite.site);
    // As the server sent it, before any script ran: the browser's first look.
    const served = await response.text();
    const tag = served.match(/<img [^>]*class="lead-photo__image"[^>]*>/)?.[0];
    assert.ok(tag, 'the prerendered page has the photo');
    assert.match(tag, / fetchpriority="high"/);
    assert.doesNotMatch(tag, / loading=/);
    await page.waitForFunction(() => document.querySelector('.lead-photo__image')?.complete);
    const image = page.locator('.lead-photo__image');
    assert.equal(await image.getAttribute('fetchpriority'), 'high', 'hydration keeps it');
    assert.equal(await image.getAttribute('loading'), null);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('embedded, waits to load until the reader nears it', async () => {
    const { page, problems, photoRequests, url } = await openFarPhotoArticle(suite.browser);
    await page.goto(`${suite.site}${url}`);
    await page.locator('article h1').waitFor();
    const top = await page.locator('.lead-photo').evaluate((figure) => figure.getBoundingClientRect().top);
    assert.ok(top > 10000, `the photo is far below the fold (${top} px)`);
    assert.deepEqual(photoRequests, [], 'not fetched yet');

    await page.locator('.lead-photo').scrollIntoViewIfNeeded();
    await page.locator('.lead-photo__image').evaluate((image) => image.decode());
    assert.equal(photoRequests.length, 1, 'fetched once the reader got near');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('leaves a neutral box with the caption and credit when the image fails', async () => {
    for (const width of [1280, 375]) {
      const { page } = await openArticle(suite, { width, edition: 'valid/every-field.json' });
      const figure = page.locator('.lead-photo.is-missing');
      await figure.waitFor();
      assert.equal(await figure.locator('.lead-photo__missing').innerText(), 'Image unavailable\nWhat the photo shows');
      assert.equal(await figure.locator('figcaption').innerText(), 'What the photo is about\nPhotographer / Agency');
      const box = await figure.locator('.lead-photo__frame').boundingBox();
      assert.ok(Math.abs(box.height - (box.width * 900) / 1600) < 1, 'the box keeps the photo’s proportions');
      await page.screenshot({ path: `${screenshots}photo-missing-${width}.png`, fullPage: true });
      await page.close();
    }
  });
});

describe('by keyboard alone', () => {
  test('reads an article, changes theme and text size, and follows a related link', async () => {
    // The bundled article, with a related article of the same edition to go to.
    const edition = JSON.parse(await readFile(`${repo}assets/edition.json`, 'utf8'));
    const next = { headline: 'A second article (test text)', article: 'second-article' };
    edition.articles[0].related.unshift(next);
    edition.articles.push({
      id: 'second-article',
      headline: next.headline,
      language: 'en',
      body: [{ type: 'paragraph', text: 'Placeholder text for the keyboard test; it reports nothing.' }],
    });
    const { page, problems } = await openPage(suite.browser, { width: 375, height: 640, ...still });
    await answerEditionWith(page, { status: 200, contentType: 'application/json', body: JSON.stringify(edition) });
    await page.goto(`${suite.site}reader.html`);
    await page.locator('article h1').waitFor();
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement;
        const style = getComputedStyle(element);
        return {
          tag: element.localName,
          text: element.textContent.trim(),
          visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
    /** Presses `key` until the focused element's text is `text`; every stop must show its focus. */
    async function moveTo(text, key = 'Tab') {
      for (let presses = 0; presses < 60; presses += 1) {
        await page.keyboard.press(key);
        const focus = await focused();
        assert.ok(focus.visible, `focus is visible on “${focus.text}”`);
        if (focus.text === text) return;
      }
      assert.fail(`never reached “${text}”`);
    }

    // In: the skip link, straight to the article, and read on down the page.
    await moveTo('Skip to article');
    await page.keyboard.press('Enter');
    assert.equal((await focused()).tag, 'main');
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('PageDown');
    await page.waitForFunction((before) => window.scrollY > before, scrolled);

    // Back up to the reading settings: a dark theme and larger text.
    await moveTo('AaReading settings', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await moveTo('Dark');
    await page.keyboard.press('Enter');
    assert.equal(await viewerStyle(page, 'backgroundColor'), paper.dark);
    await moveTo('Larger');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
    assert.equal(await page.locator('output').textContent(), '125%');
    assert.equal(await bodyFontSize(page), 1.1875 * 16 * 1.25);
    await page.keyboard.press('Escape');
    assert.equal((await focused()).text, 'AaReading settings', 'Escape closes the settings and returns to their control');

    // On to the related news past the headlines (below the article on a phone),
    // through the skip link, and into the next article.
    await moveTo('Skip to article', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await moveTo(next.headline);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: next.headline }).waitFor();
    assert.equal((await focused()).text, next.headline, 'focus on the new headline');
    assert.equal(await viewerStyle(page, 'backgroundColor'), paper.dark, 'the theme stays');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
