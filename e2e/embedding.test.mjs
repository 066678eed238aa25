// Two viewers embedded in someone else's page (examples/host/): they load on
// their own, keep out of the host's URL, talk to its scripts, keep their looks
// under its aggressive stylesheet, leave its looks alone, and leave cleanly.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, openSettings, screenshots, seedHeadline, useSite } from './browser.mjs';

const suite = useSite();

/** The host page with both viewers ready. */
async function openHost(options) {
  const opened = await openPage(suite.browser, options);
  await opened.page.goto(suite.host);
  await viewer(opened.page, 'wire').getByRole('heading', { level: 1 }).waitFor();
  await viewer(opened.page, 'desk').getByRole('heading', { level: 1 }).waitFor();
  return opened;
}

/** The host page as it is before any viewer runs: the embed script never arrives. */
async function openHostWithoutViewers() {
  const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route('**/news/embed.js', (route) => route.abort());
  await page.goto(suite.host);
  await page.getByRole('heading', { name: 'The Daily Example' }).waitFor();
  return page;
}

const viewer = (page, id) => page.locator(`#${id}`);

/** Computed styles of the first element matching `selector` (looking into shadow roots). */
async function stylesOf(locator, properties) {
  return locator.first().evaluate(
    (element, properties) =>
      Object.fromEntries(properties.map((name) => [name, getComputedStyle(element)[name]])),
    properties,
  );
}

const hostElements = ['.site-header h1', 'p.intro', '.host-figure', '.host-figure img', '.site-header li', 'h2'];
const hostProperties = ['color', 'fontFamily', 'fontSize', 'lineHeight', 'margin', 'padding', 'border', 'width', 'textTransform', 'boxSizing'];

async function hostStyles(page) {
  const styles = {};
  for (const selector of hostElements) {
    styles[selector] = await stylesOf(page.locator(selector), hostProperties);
  }
  return styles;
}

describe('embedding', () => {
  test('mounts two independent viewers, each with its own edition and article', async () => {
    const { page, problems } = await openHost();
    assert.equal(await viewer(page, 'wire').getByRole('heading', { level: 1 }).textContent(), seedHeadline);
    assert.equal(
      await viewer(page, 'desk').getByRole('heading', { level: 1 }).textContent(),
      'Second example article (placeholder text)',
    );
    assert.ok(await page.evaluate(() => document.getElementById('wire').shadowRoot !== null));
    // The edition's photo URL is relative to the edition, not to the host page.
    const photo = viewer(page, 'wire').locator('figure img');
    assert.match(await photo.evaluate((image) => image.src), /\/news\/korea-to-kursk-map\.svg$/);
    await photo.evaluate((image) => image.decode());
    assert.ok(await photo.evaluate((image) => image.naturalWidth > 0));
    // Only the two marked elements got a viewer.
    assert.equal(await page.locator('.article-viewer').count(), 2);

    await page.screenshot({ path: `${screenshots}host-1280.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('moves between articles without touching the host URL or history', async () => {
    const { page, problems } = await openHost();
    const before = await page.evaluate(() => ({ url: location.href, history: history.length }));
    const desk = viewer(page, 'desk');

    await desk.getByRole('complementary').getByRole('button', { name: /First example/ }).click();
    await desk.getByRole('heading', { name: 'First example article (placeholder text)' }).waitFor();
    await desk.getByRole('navigation').getByRole('button', { name: /Second example/ }).click();
    await desk.getByRole('heading', { name: 'Second example article (placeholder text)' }).waitFor();

    assert.deepEqual(await page.evaluate(() => ({ url: location.href, history: history.length })), before);
    assert.equal(await page.title(), 'The Daily Example — a made-up news site that embeds two article viewers');
    assert.equal(
      await viewer(page, 'wire').getByRole('heading', { level: 1 }).textContent(),
      seedHeadline,
      'the other viewer stays where it was',
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('tells the host page what happens, with DOM events', async () => {
    const { page, problems } = await openHost();
    await viewer(page, 'desk').getByRole('complementary').getByRole('button').click();
    await viewer(page, 'desk').getByRole('heading', { name: /First example/ }).waitFor();

    const events = await page.evaluate(() => window.viewerEvents);
    const sorted = [...events].sort((a, b) => a.viewer.localeCompare(b.viewer));
    assert.deepEqual(sorted, [
      { viewer: 'desk', type: 'ready', detail: { article: 'second-example', articles: 2 } },
      { viewer: 'desk', type: 'article-change', detail: { article: 'first-example' } },
      {
        viewer: 'wire',
        type: 'ready',
        detail: { article: '2000-north-korean-troops-killed-in-russia-deployment-seoul-spy-agency', articles: 1 },
      },
    ]);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('keeps its own looks under the host stylesheet', async () => {
    const { page, problems } = await openHost();
    const wire = viewer(page, 'wire');
    const headline = await stylesOf(wire.getByRole('heading', { level: 1 }), ['color', 'fontFamily', 'textTransform', 'textDecorationLine', 'letterSpacing']);
    assert.doesNotMatch(headline.fontFamily, /Comic/);
    assert.notEqual(headline.color, 'rgb(128, 0, 128)');
    assert.equal(headline.textTransform, 'none');
    assert.equal(headline.textDecorationLine, 'none');
    assert.equal(headline.letterSpacing, '-0.44px', 'the viewer’s own tracking, not the host’s');

    const paragraph = await stylesOf(wire.locator('.article-view__paragraph'), ['color', 'fontSize', 'lineHeight', 'marginLeft', 'textTransform']);
    assert.deepEqual(paragraph, {
      color: 'rgb(27, 26, 24)',
      fontSize: '19px',
      lineHeight: '31.35px',
      marginLeft: '0px',
      textTransform: 'none',
    });

    const image = await stylesOf(wire.locator('figure img'), ['borderTopWidth', 'filter', 'boxSizing']);
    assert.deepEqual(image, { borderTopWidth: '0px', filter: 'none', boxSizing: 'border-box' });
    const imageWidth = await wire.locator('figure img').evaluate((element) => element.getBoundingClientRect().width);
    assert.ok(imageWidth > 300, `the photo fills its column (${imageWidth}px), not the host's 50px`);

    const relatedItem = await stylesOf(wire.locator('.related-sidebar__item'), ['listStyleType', 'paddingLeft']);
    assert.deepEqual(relatedItem, { listStyleType: 'none', paddingLeft: '0px' });
    const button = await stylesOf(viewer(page, 'desk').locator('.headline-list__link'), ['backgroundColor', 'fontSize']);
    assert.deepEqual(button, { backgroundColor: 'rgba(0, 0, 0, 0)', fontSize: '16px' });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('leaves the host page looking exactly as it did', async () => {
    const bare = await openHostWithoutViewers();
    const expected = await hostStyles(bare);
    await bare.close();

    const { page, problems } = await openHost();
    assert.deepEqual(await hostStyles(page), expected);
    assert.equal(expected['p.intro'].color, 'rgb(255, 0, 0)', 'the host stylesheet is in force');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('destroy() leaves the element as it was before the viewer came', async () => {
    const bare = await openHostWithoutViewers();
    const original = await bare.locator('#wire').evaluate((element) => ({
      html: element.outerHTML,
      text: element.innerText,
      height: element.getBoundingClientRect().height,
    }));
    await bare.close();

    const { page, problems } = await openHost();
    await page.getByRole('button', { name: 'Remove the wire viewer' }).click();
    const after = await page.locator('#wire').evaluate((element) => ({
      html: element.outerHTML,
      text: element.innerText,
      height: element.getBoundingClientRect().height,
    }));
    assert.deepEqual(after, original);
    assert.equal(await page.evaluate(() => document.getElementById('wire').articleViewer), undefined);
    assert.equal(await viewer(page, 'wire').locator('.article-viewer').count(), 0);
    assert.equal(
      await viewer(page, 'desk').getByRole('heading', { level: 1 }).textContent(),
      'Second example article (placeholder text)',
      'the other viewer lives on',
    );

    // The element can take a viewer again.
    await page.evaluate(async () => {
      const { mount } = await import('/news/embed.js');
      mount(document.getElementById('wire'));
    });
    await viewer(page, 'wire').getByRole('heading', { name: seedHeadline }).waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('gives each viewer its own reading settings, remembered for the next visit', async () => {
    const { page, problems } = await openHost({ reducedMotion: 'reduce' });
    const background = (id) =>
      viewer(page, id).locator('.article-viewer').evaluate((element) => getComputedStyle(element).backgroundColor);
    const desk = viewer(page, 'desk');
    await openSettings(desk);
    await desk.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Dark' }).click();
    await desk.getByRole('group', { name: 'Text size' }).getByRole('button', { name: 'Larger' }).click();
    assert.equal(await background('desk'), 'rgb(22, 21, 20)');
    assert.equal(await background('wire'), 'rgb(253, 252, 249)', 'the other viewer keeps its theme');
    assert.equal(await desk.locator('output').textContent(), '110%');
    assert.equal(await viewer(page, 'wire').locator('output').textContent(), '100%');
    assert.equal(
      await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
      'rgb(255, 251, 230)',
      'the host page keeps its colours',
    );

    // Settings are kept per origin: both viewers start with them next time.
    await page.reload();
    await viewer(page, 'wire').getByRole('heading', { level: 1 }).waitFor();
    await page.waitForFunction(() =>
      ['wire', 'desk'].every((id) => document.getElementById(id).shadowRoot.querySelector('.article-viewer')?.dataset.theme === 'dark'),
    );
    assert.equal(await background('wire'), 'rgb(22, 21, 20)');
    await page.screenshot({ path: `${screenshots}host-1280-dark-picked.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('fits a phone screen inside the host page', async () => {
    const { page, problems } = await openHost({ width: 375 });
    const overflow = await viewer(page, 'wire').evaluate((element) => element.scrollWidth - element.clientWidth);
    assert.equal(overflow, 0);
    await page.screenshot({ path: `${screenshots}host-375.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });
});
