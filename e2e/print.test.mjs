// Printing an article: Chromium's print-to-PDF, read back with poppler's
// pdftotext, and each page turned into a PNG (pdftoppm) to look at.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import {
  answerEditionWith,
  fixture,
  openFarPhotoArticle,
  openPage,
  openSettings,
  screenshots,
  seedHeadline,
  useSite,
} from './browser.mjs';

const run = promisify(execFile);

const suite = useSite();

/** Prints the page to `e2e/screenshots/<name>.pdf`, one PNG per page beside it; resolves to the PDF's text. */
async function print(page, name) {
  const pdf = `${screenshots}${name}.pdf`;
  await writeFile(pdf, await page.pdf({ format: 'A4', printBackground: true }));
  await run('pdftoppm', ['-png', '-r', '60', pdf, `${screenshots}${name}-page`]);
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-']);
  return stdout;
}

/** The text with its line breaks and runs of spaces made single spaces. */
const flat = (text) => text.replace(/\s+/g, ' ');

describe('printing', () => {
  test('prints the article alone, with its photo, caption, credit and source, black on white from a dark theme', async () => {
    const { page } = await openPage(suite.browser, { colorScheme: 'dark' });
    await answerEditionWith(page, await fixture('valid/every-field.json'));
    await page.route('**/photos/lead.jpg', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'image/svg+xml',
        body: '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="#9ab"/><circle cx="800" cy="450" r="300" fill="#357"/></svg>',
      }),
    );
    await page.goto(`${suite.site}reader.html`);
    await page.locator('article h1').waitFor();
    await openSettings(page);
    await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Dark' }).click();
    await page.locator('.lead-photo__image').evaluate((image) => image.decode());

    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      Object.fromEntries(
        ['.headline-list', '.related-sidebar', '.reading-controls', '.edition-view__skip-link', '.lead-photo__image'].map(
          // An edition of one article has no headline list to hide.
          (selector) => {
            const element = document.querySelector(selector);
            return [selector, element !== null && getComputedStyle(element).display !== 'none'];
          },
        ),
      ),
    );
    assert.deepEqual(shown, {
      '.headline-list': false,
      '.related-sidebar': false,
      '.reading-controls': false,
      '.edition-view__skip-link': false,
      '.lead-photo__image': true,
    });
    const colours = await page.locator('.article-viewer').evaluate((viewer) => {
      const style = getComputedStyle(viewer);
      return { ink: style.color, paper: style.getPropertyValue('--av-paper').trim() };
    });
    assert.deepEqual(colours, { ink: 'rgb(0, 0, 0)', paper: '#fff' }, 'black on white whatever the theme');
    assert.equal(
      await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
      'rgba(0, 0, 0, 0)',
      'the page around it prints no background either',
    );

    const text = flat(await print(page, 'print-every-field'));
    for (const expected of [
      'Every field of the format, filled in',
      'A standfirst that sums the story up.',
      'By A. Reporter',
      'NAIROBI, KENYA',
      '2 September 2025, 14:30 UTC+3',
      'What the photo is about',
      'Photographer / Agency',
      'First paragraph.',
      'A quotation set apart.',
      'Last paragraph.',
      'Source: The Example Times (https://example.com/)',
    ]) {
      assert.ok(text.includes(expected), `the PDF has “${expected}”:\n${text}`);
    }
    for (const hidden of ['In this edition', 'IN THIS EDITION', 'Related news', 'RELATED NEWS', 'A story on the web', 'Sepia', 'Larger', 'Skip to article']) {
      assert.ok(!text.includes(hidden), `the PDF leaves out “${hidden}”`);
    }
    await page.close();
  });

  test('prints the bundled article with its map', async () => {
    const { page } = await openPage(suite.browser);
    await page.goto(suite.site);
    await page.locator('article h1').waitFor();
    await page.locator('.lead-photo__image').evaluate((image) => image.decode());
    const text = flat(await print(page, 'print-bundled'));
    assert.ok(text.includes(seedHeadline));
    assert.ok(text.includes('SEOUL'));
    assert.ok(text.includes('Illustration made for this edition'), 'the credit');
    assert.ok(text.includes('mutual defense clause'), 'the last paragraph');
    assert.ok(!text.includes('MMDA inks deal'), 'no related news');
    await page.close();
  });

  test('a photo still waiting below the fold is fetched for the printout', async () => {
    const { page, photoRequests, url } = await openFarPhotoArticle(suite.browser);
    await page.goto(`${suite.site}${url}`);
    await page.locator('article h1').waitFor();
    assert.equal(photoRequests.length, 0, 'lazy on screen');
    await page.pdf({ format: 'A4' });
    assert.equal(photoRequests.length, 1, 'loaded for print');
    assert.ok(await page.locator('.lead-photo__image').evaluate((image) => image.complete && image.naturalWidth > 0));
    await page.close();
  });
});
