// What machines read from the viewer's page: schema.org JSON-LD and Open Graph /
// Twitter meta for the article on screen, and what Mozilla's Readability (the
// engine of Firefox's Reader View) extracts from the rendered page.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { openArticle, openPage, seedHeadline, useSite } from './browser.mjs';

const suite = useSite();

const jsonLd = (page) =>
  page.evaluate(() =>
    [...document.head.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent)),
  );
const meta = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.head.querySelectorAll('meta[property], meta[name]')].map((tag) => [
        tag.getAttribute('property') ?? tag.getAttribute('name'),
        tag.content,
      ]),
    ),
  );

/** Readability's view of the page as it is now, through jsdom. */
async function readWithReadability(page) {
  const html = await page.content();
  const dom = new JSDOM(html, { url: page.url() });
  const readerable = isProbablyReaderable(dom.window.document);
  return { readerable, article: new Readability(dom.window.document).parse() };
}

describe('structured data', () => {
  test('describes the article on screen as a NewsArticle, and follows the reader', async () => {
    const { page, problems } = await openArticle(suite, { edition: 'valid/every-field.json' });
    const [data] = await jsonLd(page);
    assert.equal(data['@type'], 'NewsArticle');
    assert.equal(data.headline, 'Every field of the format, filled in');
    assert.equal(data.dateline, 'NAIROBI, Kenya');
    assert.equal(data.datePublished, '2025-09-02T14:30:00+03:00');
    assert.equal(data.inLanguage, 'en-KE');
    assert.equal(data.url, page.url());
    assert.deepEqual(data.image, {
      '@type': 'ImageObject',
      url: new URL('photos/lead.jpg', suite.site).href,
      width: 1600,
      height: 900,
      caption: 'What the photo is about',
      creditText: 'Photographer / Agency',
    });
    const tags = await meta(page);
    assert.equal(tags['og:title'], 'Every field of the format, filled in');
    assert.equal(tags['og:image'], new URL('photos/lead.jpg', suite.site).href, 'an absolute address, as previews need');
    assert.equal(tags['og:image:alt'], 'What the photo shows');
    assert.equal(tags['article:published_time'], '2025-09-02T14:30:00+03:00');
    assert.equal(tags['twitter:card'], 'summary_large_image');
    assert.equal(tags['og:url'], page.url());
    assert.deepEqual(problems.filter((problem) => !problem.includes('lead.jpg') && !problem.includes('404')), []);
    await page.close();
  });

  test('replaces the data when another article opens, and removes it for a missing one', async () => {
    const { page } = await openArticle(suite, { edition: 'valid/many-articles.json' });
    assert.equal((await jsonLd(page))[0].headline, 'Séoul talks resume after long pause');
    await page.getByRole('navigation').getByRole('link', { name: /Zürich hosts/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Zürich hosts climate summit' }).waitFor();
    const data = await jsonLd(page);
    assert.equal(data.length, 1, 'one article described at a time');
    assert.equal(data[0].headline, 'Zürich hosts climate summit');
    assert.equal((await meta(page))['og:title'], 'Zürich hosts climate summit');

    await page.goto(`${suite.site}reader.html#/article/no-such-story`);
    await page.getByRole('heading', { name: 'Article not found' }).waitFor();
    assert.deepEqual(await jsonLd(page), []);
    assert.equal((await meta(page))['og:title'], undefined);
    await page.close();
  });

  test('leaves the head of a host page alone', async () => {
    const { page } = await openPage(suite.browser);
    await page.goto(suite.host);
    await page.locator('#wire article h1').waitFor();
    await page.locator('#desk article h1').waitFor();
    assert.deepEqual(await jsonLd(page), []);
    assert.deepEqual(Object.keys(await meta(page)), ['viewport']);
    await page.close();
  });
});

describe('Mozilla Readability', () => {
  test('extracts the headline and the whole body of the bundled article, and nothing else', async () => {
    const { page } = await openArticle(suite);
    const { readerable, article } = await readWithReadability(page);
    const { title, byline, excerpt, siteName, publishedTime, lang, length } = article;
    console.log('Readability extracted:', { title, byline, excerpt, siteName, publishedTime, lang, length });
    assert.ok(readerable, 'Firefox would offer its reader view');
    assert.equal(article.title, seedHeadline);
    assert.equal(article.lang, 'en');
    assert.equal(article.byline, null, 'the article names no author, and no other text passes for one');
    assert.equal(article.siteName, 'Sample edition');
    assert.match(article.excerpt, /^Around 2,000 North Korean soldiers deployed/, 'the summary is the first paragraph');

    const paragraphs = await page.locator('.article-view__body p').allTextContents();
    assert.equal(paragraphs.length, 12);
    const extracted = article.textContent.replace(/\s+/g, ' ');
    for (const paragraph of paragraphs) {
      assert.ok(extracted.includes(paragraph.replace(/\s+/g, ' ')), `the body has “${paragraph.slice(0, 40)}…”`);
    }
    for (const chrome of ['In this edition', 'Related news', 'MMDA inks deal', 'Skip to article', 'Sepia', 'Larger']) {
      assert.ok(!extracted.includes(chrome), `leaves out “${chrome}”`);
    }
    await page.close();
  });

  test('takes the byline, standfirst, date and site name from the page', async () => {
    const { page } = await openArticle(suite, { edition: 'valid/every-field.json' });
    const { article } = await readWithReadability(page);
    assert.equal(article.title, 'Every field of the format, filled in');
    assert.equal(article.byline, 'A. Reporter');
    assert.equal(article.excerpt, 'A standfirst that sums the story up.');
    assert.equal(article.siteName, 'Morning edition');
    assert.equal(article.publishedTime, '2025-09-02T14:30:00+03:00');
    const extracted = article.textContent.replace(/\s+/g, ' ');
    for (const text of ['First paragraph.', 'A subheading', 'A quotation set apart.', 'Last paragraph.']) {
      assert.ok(extracted.includes(text), `the body has “${text}”`);
    }
    await page.close();
  });
});
