// Moving around an edition of many articles in the run-time viewer (reader.html,
// links in the URL fragment): by mouse, by keyboard, by link, and with the
// browser's back and forward. prerender.test.mjs does the same for the
// prerendered pages.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openArticle, screenshots, useSite } from './browser.mjs';

const suite = useSite();

/** The viewer's page with the 24-article test edition, at `fragment`. */
const openEdition = (fragment = '', options) =>
  openArticle(suite, { ...options, edition: 'valid/many-articles.json', fragment });

const headline = (page) => page.getByRole('heading', { level: 1 }).textContent();
const focusedText = (page) => page.evaluate(() => document.activeElement?.textContent);
const nav = (page) => page.getByRole('navigation', { name: 'Headlines' });

describe('navigation', () => {
  test('lists every headline with its section and date, and opens one by mouse', async () => {
    const { page, problems } = await openEdition();
    assert.equal(await headline(page), 'Séoul talks resume after long pause');
    const links = nav(page).getByRole('link');
    assert.equal(await links.count(), 24);
    assert.equal(await links.nth(7).locator('.headline-list__meta').textContent(), 'Sport · 8 September 2025');

    await links.filter({ hasText: 'Cup final goes to extra time' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cup final goes to extra time' }).waitFor();
    assert.match(page.url(), /#\/article\/08-cup-final-goes-to-extra-time$/);
    assert.equal(await page.title(), 'Cup final goes to extra time — Synthetic test edition');
    assert.equal(await focusedText(page), 'Cup final goes to extra time', 'focus is on the headline');
    assert.equal(
      await nav(page).locator('[aria-current=page] .headline-list__headline').textContent(),
      'Cup final goes to extra time',
    );
    const top = await page.getByRole('heading', { level: 1 }).evaluate((h1) => h1.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 900, `the headline is in view (top ${top})`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('goes back and forward between articles', async () => {
    const { page, problems } = await openEdition();
    await nav(page).getByRole('link', { name: /Zürich hosts/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Zürich hosts climate summit' }).waitFor();
    await page.getByRole('complementary').getByRole('link', { name: /São Paulo/ }).click();
    await page.getByRole('heading', { level: 1, name: 'São Paulo markets close higher' }).waitFor();
    assert.match(page.url(), /03-sao-paulo/);

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Zürich hosts climate summit' }).waitFor();
    assert.match(page.url(), /02-zurich/);
    await page.goBack();
    await page.getByRole('heading', { name: 'Séoul talks resume after long pause' }).waitFor();
    await page.goForward();
    await page.getByRole('heading', { name: 'Zürich hosts climate summit' }).waitFor();
    assert.equal(await page.title(), 'Zürich hosts climate summit — Synthetic test edition');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('opens a deep link, under a sub-path', async () => {
    const { page, problems } = await openEdition('#/article/19-cyclists-cross-the-pyrenees');
    assert.match(suite.site, /\/news\/$/);
    assert.equal(await headline(page), 'Cyclists cross the Pyrénées');
    assert.equal(await page.title(), 'Cyclists cross the Pyrénées — Synthetic test edition');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('shows a helpful page for an article that is not there', async () => {
    const { page, problems } = await openEdition('#/article/no-such-story', { width: 375 });
    assert.equal(await headline(page), 'Article not found');
    assert.match(await page.getByRole('main').textContent(), /no article “no-such-story”/);
    assert.equal(await page.title(), 'Article not found — Synthetic test edition');
    assert.equal(await nav(page).getByRole('link').count(), 24);
    await page.screenshot({ path: `${screenshots}not-found-375.png`, fullPage: true });

    await nav(page).getByRole('link', { name: /Night trains/ }).click();
    await page.getByRole('heading', { name: 'Night trains return to Europe' }).waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('works by keyboard alone: "/" to filter, arrows, Enter, Escape', async () => {
    const { page, problems } = await openEdition();
    const filter = page.getByRole('searchbox', { name: 'Filter headlines' });

    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.type), 'search');
    await page.keyboard.type('ZURICH');
    assert.equal(await nav(page).getByRole('link').count(), 1);
    assert.equal(await nav(page).getByRole('status').textContent(), '1 of 24 headlines');

    await page.keyboard.press('ArrowDown');
    assert.match(await focusedText(page), /^Zürich hosts climate summit/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Zürich hosts climate summit' }).waitFor();
    assert.match(page.url(), /02-zurich/);
    assert.equal(await focusedText(page), 'Zürich hosts climate summit');

    await page.keyboard.press('/');
    await page.keyboard.press('Escape');
    assert.equal(await filter.inputValue(), '');
    assert.equal(await nav(page).getByRole('link').count(), 24);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    assert.match(await focusedText(page), /^New species of frog described/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'New species of frog described' }).waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('filters by headline and standfirst, ignoring case and accents', async () => {
    const { page, problems } = await openEdition('', { width: 375 });
    const filter = page.getByRole('searchbox', { name: 'Filter headlines' });
    const shown = () => nav(page).locator('.headline-list__headline').allTextContents();

    await filter.fill('CAFE');
    assert.deepEqual(await shown(), ['Café chains report record quarter']);
    await filter.fill('krakow');
    assert.deepEqual(await shown(), ['Orchestra announces season in Kraków']);
    await filter.fill('culture section');
    assert.equal((await shown()).length, 4);
    await page.screenshot({ path: `${screenshots}filter-375.png`, fullPage: true });
    await filter.fill('volcano');
    assert.deepEqual(await shown(), []);
    assert.equal(await nav(page).getByRole('status').textContent(), 'No headlines match “volcano”.');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
