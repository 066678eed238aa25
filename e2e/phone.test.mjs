// A phone's first screen belongs to the article: the headline, the photo and the
// start of the text, with the reading settings behind one control and the
// edition's headlines after the article (none for an edition of one article).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  answerEditionWith,
  fixture,
  horizontalOverflow,
  openArticle,
  openPage,
  openSettings,
  screenshots,
  seedHeadline,
  settingsToggle,
  useSite,
} from './browser.mjs';

const suite = useSite();

/** A small phone's screen. */
const phone = { width: 375, height: 667 };
// Colours change at once; the tests read them right after a change.
const still = { reducedMotion: 'reduce' };

/** The element's box in the viewport. */
const box = (locator) => locator.evaluate((element) => element.getBoundingClientRect().toJSON());

/** Whether the reading settings' panel is open. */
const settingsOpen = (page) => settingsToggle(page).evaluate((summary) => summary.parentElement.open);

/** What has keyboard focus: its text, and whether it is the settings' control. */
const focused = (page) =>
  page.evaluate(() => ({
    text: document.activeElement.textContent.trim(),
    isToggle: document.activeElement.matches('.reading-controls__toggle'),
  }));

/**
 * Asserts that the first screen shows the headline whole, the photo whole and
 * at least the first line of the first paragraph.
 */
async function assertArticleFirst(page, height) {
  const headline = page.getByRole('heading', { level: 1 });
  assert.equal(await headline.textContent(), seedHeadline);
  const title = await box(headline);
  assert.ok(title.top >= 0 && title.bottom <= height, `the headline is on the first screen (${title.top}–${title.bottom})`);
  const photo = await box(page.locator('article .lead-photo__image'));
  assert.ok(photo.bottom <= height, `the photo is on the first screen (ends at ${photo.bottom})`);
  assert.ok(photo.height > 150, `and not shrunk to nothing (${photo.height} px high)`);
  const start = await page
    .locator('.article-view__paragraph')
    .first()
    .evaluate((paragraph) => ({
      top: paragraph.getBoundingClientRect().top,
      line: parseFloat(getComputedStyle(paragraph).lineHeight),
      text: paragraph.textContent,
    }));
  assert.match(start.text, /^Around 2,000 North Korean soldiers/);
  assert.ok(start.top + start.line <= height, `the first line of the text is on the first screen (${start.top} + ${start.line})`);
}

describe('the first screen of a small phone (375 × 667)', () => {
  test('shows the headline, the photo and the start of the text, and no settings or headlines in the way', async () => {
    const { page, problems } = await openArticle(suite, phone);
    await settingsToggle(page).waitFor();
    await assertArticleFirst(page, phone.height);

    const masthead = await box(page.locator('.masthead'));
    assert.ok(masthead.height < 64, `the masthead is one short row (${masthead.height} px)`);
    const toggle = await box(settingsToggle(page));
    assert.ok(toggle.top >= masthead.top && toggle.bottom <= masthead.bottom, 'the settings control sits in it');
    assert.equal(await page.getByRole('group', { name: 'Theme' }).isVisible(), false, 'the settings wait behind it');
    assert.equal(await page.locator('nav').count(), 0, 'an edition of one article lists no headlines');
    assert.ok(!(await page.locator('body').innerText()).includes('In this edition'));
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('shows the same before the program runs, with no settings that would do nothing', async () => {
    const { page, problems } = await openPage(suite.browser, phone);
    // The program's WebAssembly never arrives.
    await page.route(/\.wasm$/, () => {});
    await page.goto(suite.site, { waitUntil: 'domcontentloaded' });
    await page.locator('article h1').waitFor();
    await page.locator('.lead-photo__image').evaluate((image) => image.decode());
    await assertArticleFirst(page, phone.height);
    assert.equal(await settingsToggle(page).count(), 1, 'the control keeps its place');
    assert.equal(await settingsToggle(page).isVisible(), false, 'but is not shown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).isToggle, false, 'nor reached by the keyboard');
    await page.screenshot({ path: `${screenshots}phone-375-before-the-program.png` });
    assert.deepEqual(problems, []);
    await page.close();
  });
  test('scales a tall photo down so that the text still starts on it', async () => {
    const edition = {
      articles: [
        {
          id: 'tall-photo',
          headline: 'A portrait photo above the text',
          language: 'en',
          body: [{ type: 'paragraph', text: 'The first paragraph, which a reader should see at once.' }],
          photo: { src: 'tall.svg', width: 800, height: 1200, alt: 'A tall test pattern' },
        },
      ],
    };
    const { page, problems } = await openPage(suite.browser, phone);
    await answerEditionWith(page, { status: 200, contentType: 'application/json', body: JSON.stringify(edition) });
    await page.route('**/tall.svg', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'image/svg+xml',
        body: '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="1200"><rect width="800" height="1200" fill="#888"/></svg>',
      }),
    );
    await page.goto(`${suite.site}reader.html`);
    await page.locator('article h1').waitFor();
    const image = page.locator('.lead-photo__image');
    await image.evaluate((element) => element.decode());
    const photo = await box(image);
    assert.ok(photo.height <= 0.45 * phone.height + 1, `at most 45 % of the screen high (${photo.height} px)`);
    const paragraph = await box(page.locator('.article-view__paragraph'));
    assert.ok(paragraph.top < phone.height, `the text starts on the first screen (at ${paragraph.top})`);
    await page.screenshot({ path: `${screenshots}phone-375-tall-photo.png` });
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('the reading settings behind one control', () => {
  test('open with the keyboard, and Escape closes them and returns focus to the control', async () => {
    const { page, problems } = await openArticle(suite, { ...phone, ...still });
    await settingsToggle(page).waitFor();
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).text, 'Skip to article');
    await page.keyboard.press('Tab');
    assert.deepEqual(await focused(page), { text: 'AaReading settings', isToggle: true }, 'the control comes next');
    assert.equal(await settingsOpen(page), false);

    await page.keyboard.press('Enter');
    assert.equal(await settingsOpen(page), true);
    for (const expected of ['Auto', 'Light', 'Sepia', 'Dark']) {
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).text, expected);
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.article-viewer').dataset.theme === 'dark');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).text, 'Larger');
    await page.keyboard.press('Space');
    await page.locator('output', { hasText: '110%' }).waitFor();

    await page.keyboard.press('Escape');
    assert.equal(await settingsOpen(page), false, 'Escape closes the panel');
    assert.equal((await focused(page)).isToggle, true, 'and focus is back on the control');
    await page.keyboard.press('Space');
    assert.equal(await settingsOpen(page), true, 'Space opens it again');
    await page.keyboard.press('Escape');
    assert.equal(await settingsOpen(page), false);
    assert.equal(await page.locator('.article-viewer').getAttribute('data-theme'), 'dark', 'the choices stay');
    assert.deepEqual(problems, []);
    await page.close();
  });

  for (const width of [320, 375, 1280]) {
    test(`open and close with a pointer at ${width} px, and stay on the screen`, async () => {
      const { page, problems } = await openArticle(suite, { width, height: 667, ...still });
      await settingsToggle(page).click();
      assert.equal(await settingsOpen(page), true);
      const panel = await box(page.locator('.reading-controls__panel'));
      assert.ok(panel.left >= 0 && panel.right <= width, `the panel fits the width (${panel.left}–${panel.right})`);
      await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Sepia' }).click();
      await page.getByRole('group', { name: 'Text size' }).getByRole('button', { name: 'Larger' }).click();
      assert.equal(await page.locator('.article-viewer').getAttribute('data-theme'), 'sepia');
      assert.equal(await page.locator('output').textContent(), '110%');
      assert.equal(await settingsOpen(page), true, 'choosing keeps the panel open');
      assert.equal(await horizontalOverflow(page), 0);
      await page.screenshot({ path: `${screenshots}settings-open-${width}.png` });

      // A press outside closes it; so does the control itself.
      const paragraph = await box(page.locator('.article-view__paragraph').first());
      await page.mouse.click(paragraph.left + 10, Math.min(paragraph.top + 10, 660));
      assert.equal(await settingsOpen(page), false, 'a press outside closes it');
      await settingsToggle(page).click();
      assert.equal(await settingsOpen(page), true);
      await settingsToggle(page).click();
      assert.equal(await settingsOpen(page), false, 'the control closes it');
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  for (const width of [320, 375]) {
    test(`hold the layout at the largest text size at ${width} px`, async () => {
      const { page, problems } = await openArticle(suite, { width, height: 667, ...still });
      await openSettings(page);
      const larger = page.getByRole('group', { name: 'Text size' }).getByRole('button', { name: 'Larger' });
      while ((await larger.getAttribute('aria-disabled')) !== 'true') await larger.click();
      assert.equal(await page.locator('output').textContent(), '250%');
      assert.equal(await horizontalOverflow(page), 0, 'nothing sticks out sideways with the panel open');
      const panel = await box(page.locator('.reading-controls__panel'));
      assert.ok(panel.left >= 0 && panel.right <= width, `the panel fits the width (${panel.left}–${panel.right})`);
      await page.screenshot({ path: `${screenshots}settings-open-${width}-largest-text.png` });
      await page.keyboard.press('Escape');
      const toggle = await box(settingsToggle(page));
      assert.ok(toggle.right <= width, 'the control stays on the screen');
      assert.equal(await horizontalOverflow(page), 0);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});

describe('the edition’s headlines', () => {
  test('follow the article and its related news on a phone', async () => {
    const { page, problems } = await openArticle(suite, { ...phone, edition: 'valid/many-articles.json' });
    const nav = page.getByRole('navigation', { name: /^Headlines/ });
    assert.equal(await nav.getByRole('link').count(), 24);
    const [article, related, list] = await Promise.all([
      box(page.locator('article')),
      box(page.getByRole('complementary')),
      box(nav),
    ]);
    assert.ok(article.bottom <= related.top && related.bottom <= list.top, 'article, related news, then the headlines');
    assert.ok(article.top < phone.height / 4, 'the article starts near the top');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('stand beside the article on a wide screen', async () => {
    const { page, problems } = await openArticle(suite, { width: 1280, edition: 'valid/many-articles.json' });
    const [article, list] = await Promise.all([box(page.locator('article')), box(page.locator('nav'))]);
    assert.ok(list.right <= article.left, 'the headlines to the left of the article');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('show the one article of an edition when the one asked for is not there', async () => {
    const { page, problems } = await openPage(suite.browser, phone);
    await answerEditionWith(page, await fixture('valid/minimal.json'));
    await page.goto(`${suite.site}reader.html#/article/no-such-story`);
    await page.getByRole('heading', { name: 'Article not found' }).waitFor();
    assert.equal(await page.getByRole('navigation').getByRole('link').count(), 1, 'the way to the one article');
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('screenshots to look at', () => {
  const editions = {
    bundled: {},
    'many-articles': { edition: 'valid/many-articles.json' },
    'long-text': { edition: 'valid/long-text-no-photo-no-related.json' },
  };
  for (const [name, options] of Object.entries(editions)) {
    for (const colorScheme of ['light', 'dark']) {
      for (const width of [320, 375, 1280]) {
        test(`${name} at ${width} px, ${colorScheme}`, async () => {
          const { page, problems } = await openArticle(suite, { width, height: 667, colorScheme, ...options });
          await settingsToggle(page).waitFor();
          await page.waitForFunction(() => [...document.images].every((image) => image.complete));
          assert.equal(await horizontalOverflow(page), 0, 'nothing sticks out sideways');
          await page.screenshot({ path: `${screenshots}first-screen-${name}-${width}-${colorScheme}.png` });
          assert.deepEqual(problems, []);
          await page.close();
        });
      }
    }
  }
});
