// The release build in Chromium, read the way a reader reads it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  answerEditionWith,
  fixture,
  horizontalOverflow,
  openArticle,
  openPage,
  screenshots,
  seedHeadline,
  useSite,
} from './browser.mjs';

const suite = useSite();

function open(options) {
  return openPage(suite.browser, options);
}

/** The bundled article, its photo decoded. */
async function openArticleWithPhoto(options) {
  const opened = await openArticle(suite, options);
  // The photo is part of what a reader sees; wait for it before looking.
  await opened.page.locator('figure img').evaluate((image) => image.decode());
  return opened;
}

describe('the bundled edition', () => {
  test('shows the cleaned seed article with its photo and related news', async () => {
    const { page, problems } = await openArticleWithPhoto();

    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), seedHeadline);
    assert.equal(await page.locator('.article-view__place').textContent(), 'SEOUL');
    const paragraphs = page.locator('article .article-view__body p');
    assert.equal(await paragraphs.count(), 12);
    assert.match(await paragraphs.first().textContent(), /^Around 2,000 North Korean soldiers/);
    assert.match(await paragraphs.last().textContent(), /mutual defense clause/);

    const image = page.locator('article figure img');
    assert.ok((await image.getAttribute('alt')).length > 20);
    assert.equal(await image.getAttribute('width'), '1200');
    assert.ok(await image.evaluate((element) => element.complete && element.naturalWidth > 0));
    assert.match(await page.locator('figcaption .lead-photo__caption-text').textContent(), /Kursk/);
    assert.match(
      await page.locator('figcaption .lead-photo__credit').textContent(),
      /illustration made for this edition/i,
    );

    const related = page.getByRole('complementary', { name: 'Related news' }).locator('li');
    assert.equal(await related.count(), 9);
    assert.equal(await related.first().textContent(), 'MMDA inks deal with DBM for G-3 program');
    assert.equal(await page.locator('aside a, aside button').count(), 0, 'no dead links');

    const pageText = await page.locator('body').innerText();
    assert.ok(!pageText.includes('500 Internal Server Error'));
    assert.ok(!pageText.includes('news data comes from'));
    assert.deepEqual(problems, []);
    await page.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1280, 375]) {
      test(`looks right at ${width} px in the ${colorScheme} theme`, async () => {
        const { page, problems } = await openArticleWithPhoto({ width, colorScheme });
        assert.equal(await horizontalOverflow(page), 0, 'nothing sticks out sideways');
        await page.screenshot({
          path: `${screenshots}article-${width}-${colorScheme}.png`,
          fullPage: true,
        });
        assert.deepEqual(problems, []);
        await page.close();
      });
    }
  }
});

/**
 * Opens the run-time viewer (reader.html, which fetches edition.json) with
 * `fulfilment` answering the request for the edition.
 */
async function openWith(fulfilment, options) {
  const opened = await open(options);
  await answerEditionWith(opened.page, fulfilment);
  await opened.page.goto(`${suite.site}reader.html`);
  return opened;
}

describe('an awkward edition', () => {
  for (const width of [1280, 375]) {
    test(`holds its layout at ${width} px with long words, no photo and no related news`, async () => {
      const { page, problems } = await openWith(
        await fixture('valid/long-text-no-photo-no-related.json'),
        { width },
      );
      await page.locator('article h1').waitFor();
      assert.equal(await horizontalOverflow(page), 0, 'nothing sticks out sideways');
      assert.equal(await page.locator('figure').count(), 0);
      assert.equal(await page.getByRole('complementary').count(), 0);
      await page.screenshot({ path: `${screenshots}long-text-${width}.png`, fullPage: true });
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  test('says so when the edition has no articles', async () => {
    const { page, problems } = await openWith(await fixture('valid/no-articles.json'), { width: 375 });
    await page.getByText('This edition has no articles yet.').waitFor();
    assert.equal(await page.getByRole('navigation').locator('li').count(), 0);
    assert.equal(await horizontalOverflow(page), 0);
    await page.screenshot({ path: `${screenshots}no-articles-375.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('a broken edition', () => {
  test('names the HTTP status when the edition is missing', async () => {
    const { page } = await openWith({ status: 404, body: 'not found' });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /not found on the server/);
    assert.match(await alert.textContent(), /answered with HTTP status 404/);
    assert.equal(await alert.getByRole('button', { name: 'Try again' }).count(), 1);
    await page.close();
  });

  test('names the field and position of an invalid value', async () => {
    const body = JSON.stringify({
      articles: [{ id: 'a', headline: '', language: 'en', body: [{ type: 'paragraph', text: 'x' }] }],
    });
    const { page, problems } = await openWith({ status: 200, contentType: 'application/json', body });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /articles\[0\]\.headline: must not be empty at line 1, column \d+/);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
