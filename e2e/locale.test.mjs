// The viewer's own words in the reader's language: a German viewer on a German
// host page, the chain that chooses the language (data-locale, the host's
// lang, the edition's, English), and an Arabic edition whose whole frame
// mirrors, prerendered in Arabic and hydrated without a flash of English.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { checkAccessibility, openPage, repo, screenshots, settingsToggle, useSite } from './browser.mjs';
import { serveFolder } from './static-server.mjs';

const suite = useSite();

const arabicEdition = `${repo}data/tests/fixtures/valid/arabic-edition.json`;

/** An edition of five German articles, each relating the next; `language` is the edition's own. */
function germanEdition(language) {
  const topics = ['Hafen', 'Fähre', 'Kaimauer', 'Leuchtturm', 'Fischerei'];
  const articles = topics.map((topic, index) => ({
    id: `artikel-${index + 1}`,
    headline: `${topic}: Neuigkeiten aus der Stadt`,
    section: 'Lokales',
    published: '2025-09-02T14:30:00+02:00',
    language: 'de',
    body: [{ type: 'paragraph', text: `Ein Bericht über ${topic}. `.repeat(60) }],
    related: [{ headline: `${topics[(index + 1) % 5]}: Neuigkeiten aus der Stadt`, article: `artikel-${((index + 1) % 5) + 1}` }],
  }));
  return { title: 'Stadtnachrichten', ...(language ? { language } : {}), articles };
}

/**
 * Opens a host page of `lang` (under /host/) with one viewer of `edition`
 * (`attributes` added to its element), and waits for the article's headline.
 * Resolves to openPage's result with `catalogueRequests`, the catalogues fetched.
 */
async function openHost({ lang, attributes = '', edition, width = 1280, colorScheme = 'light' }) {
  const opened = await openPage(suite.browser, { width, colorScheme });
  const catalogueRequests = [];
  opened.page.on('request', (request) => {
    if (request.url().endsWith('.ftl')) catalogueRequests.push(new URL(request.url()).pathname);
  });
  await opened.page.route('**/host/locale-edition.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(edition) }),
  );
  const host = `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Heimatblatt</title>
    <script type="module" src="/news/embed.js"></script>
  </head>
  <body>
    <main>
      <h1>Heimatblatt</h1>
      <div id="viewer" data-article-viewer data-src="locale-edition.json" ${attributes}></div>
    </main>
  </body>
</html>`;
  await opened.page.route('**/host/locale-host.html', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: host }),
  );
  await opened.page.goto(`${suite.host}locale-host.html`);
  await opened.page.locator('#viewer article h1').waitFor();
  return { ...opened, catalogueRequests, viewer: opened.page.locator('#viewer') };
}

/** The viewer root's `lang` and `dir`. */
async function interfaceLanguage(viewer) {
  const root = viewer.locator('.article-viewer');
  return { lang: await root.getAttribute('lang'), dir: await root.getAttribute('dir') };
}

describe('the interface language', () => {
  test('a German host page gets a German viewer, around articles marked as theirs', async () => {
    for (const colorScheme of ['light', 'dark']) {
      for (const width of [1280, 375]) {
        const { page, problems, viewer, catalogueRequests } = await openHost({
          lang: 'de',
          edition: germanEdition(),
          width,
          colorScheme,
        });
        assert.deepEqual(await interfaceLanguage(viewer), { lang: 'de', dir: 'ltr' });
        assert.deepEqual(catalogueRequests, ['/news/locales/de.ftl'], 'fetched beside the viewer, once');
        assert.equal(await viewer.locator('.headline-list__title').textContent(), 'In dieser Ausgabe');
        assert.equal(await viewer.locator('.related-sidebar__title').textContent(), 'Mehr zum Thema');
        assert.equal(await viewer.locator('.edition-view__skip-link').textContent(), 'Zum Artikel springen');
        assert.equal(await viewer.locator('.headline-list__filter-input').getAttribute('placeholder'), 'Schlagzeilen filtern');
        assert.match(await viewer.locator('.article-view__reading-time').textContent(), /^\d+(–\d+)? Minuten? Lesezeit$/);
        assert.equal(await viewer.getByRole('navigation').getAttribute('aria-label'), 'Schlagzeilen: Stadtnachrichten');
        assert.equal(await viewer.locator('.article-view').getAttribute('lang'), 'de');
        await page.screenshot({ path: `${screenshots}locale-de-embed-${width}-${colorScheme}.png`, fullPage: true });
        const { violations } = await checkAccessibility(page, { include: ['#viewer'] });
        assert.deepEqual(violations, [], `axe at ${width} px, ${colorScheme}`);
        await viewer.locator('.reading-controls:not(.is-waiting)').waitFor();
        await settingsToggle(viewer).click();
        await viewer.getByRole('group', { name: 'Farbschema' }).waitFor();
        assert.deepEqual(
          await viewer.locator('.reading-controls__theme').allTextContents(),
          ['Automatisch', 'Hell', 'Sepia', 'Dunkel'],
        );
        assert.equal(await viewer.locator('.reading-controls__percent').textContent(), '100\u00a0%');

        await viewer.locator('.headline-list__filter-input').fill('Fähre');
        assert.equal(await viewer.locator('.headline-list__count').textContent(), '1 von 5 Schlagzeilen');
        assert.deepEqual(problems, []);
        await page.close();
      }
    }
  });

  test('data-locale wins over the host page, and an unsupported language falls back along the chain', async () => {
    const cases = [
      { lang: 'de', attributes: 'data-locale="fr"', edition: germanEdition(), expect: ['fr', 'Dans cette édition'] },
      { lang: 'pt-BR', edition: germanEdition(), expect: ['pt', 'Nesta edição'] },
      { lang: 'nl', attributes: 'data-locale="sv-SE"', edition: germanEdition(), expect: ['nl', 'In deze editie'] },
      { lang: 'sv', edition: germanEdition('es-MX'), expect: ['es', 'En esta edición'] },
      { lang: 'sv', attributes: 'data-locale="fi"', edition: germanEdition('ko-KR'), expect: ['ko', '이번 에디션'] },
      { lang: 'sv', edition: germanEdition(), expect: ['en', 'In this edition'] },
      { lang: 'en-GB', edition: germanEdition('ja'), expect: ['en', 'In this edition'] },
      { lang: 'zh-TW', edition: germanEdition(), expect: ['zh-Hant', '本期內容'] },
      { lang: 'de', attributes: 'data-locale="zh-HK"', edition: germanEdition(), expect: ['zh-Hant', '本期內容'] },
      { lang: 'zh-CN', edition: germanEdition(), expect: ['zh-Hans', '本期内容'] },
    ];
    for (const { expect: [lang, heading], ...host } of cases) {
      const { page, problems, viewer, catalogueRequests } = await openHost(host);
      const described = `host ${host.lang} ${host.attributes ?? ''} edition ${host.edition.language ?? '(none)'}`;
      assert.deepEqual(await interfaceLanguage(viewer), { lang, dir: 'ltr' }, described);
      assert.equal(await viewer.locator('.headline-list__title').textContent(), heading, described);
      assert.deepEqual(catalogueRequests, lang === 'en' ? [] : [`/news/locales/${lang}.ftl`], described);
      assert.deepEqual(problems, [], described);
      await page.close();
    }
  });

  test('every catalogue loads, and passes axe, with its screenshot', async (context) => {
    const languages = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'ko', 'ja', 'zh-Hans', 'zh-Hant', 'ar', 'he'];
    const views = [
      { width: 1280, colorScheme: 'light' },
      { width: 375, colorScheme: 'dark' },
    ];
    for (const tag of languages) for (const { width, colorScheme } of views) {
      const { page, problems, viewer } = await openHost({
        lang: 'en',
        attributes: `data-locale="${tag}"`,
        edition: germanEdition(),
        width,
        colorScheme,
      });
      assert.equal((await interfaceLanguage(viewer)).lang, tag);
      assert.equal(
        (await interfaceLanguage(viewer)).dir,
        tag === 'ar' || tag === 'he' ? 'rtl' : 'ltr',
      );
      // No message id shows through: every one was found.
      const shown = await viewer.locator('.article-viewer').innerText();
      for (const id of ['skip-to-article', 'headlines-title', 'related-news', 'reading-time', 'theme-auto']) {
        assert.ok(!shown.includes(id), `${tag}: ${id}`);
      }
      await page.screenshot({ path: `${screenshots}locale-${tag}-${width}-${colorScheme}.png`, fullPage: true });
      const { violations } = await checkAccessibility(page, { include: ['#viewer'] });
      assert.deepEqual(violations, [], `axe in ${tag} at ${width} px, ${colorScheme}`);
      assert.deepEqual(problems, [], tag);
      await page.close();
    }
    context.diagnostic(`${languages.length} languages`);
  });

  test('a catalogue that cannot be fetched leaves the viewer in English, and says so on the console', async () => {
    const opened = await openPage(suite.browser, { expected: (problem) => /de\.ftl/.test(problem) });
    await opened.page.route('**/news/locales/de.ftl', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await opened.page.route('**/host/locale-edition.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(germanEdition()) }),
    );
    await opened.page.route('**/host/locale-host.html', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Heimatblatt</title><script type="module" src="/news/embed.js"></script></head><body><div id="viewer" data-article-viewer data-src="locale-edition.json"></div></body></html>',
      }),
    );
    await opened.page.goto(`${suite.host}locale-host.html`);
    const viewer = opened.page.locator('#viewer');
    await viewer.locator('article h1').waitFor();
    assert.deepEqual(await interfaceLanguage(viewer), { lang: 'en', dir: 'ltr' });
    assert.equal(await viewer.locator('.headline-list__title').textContent(), 'In this edition');
    assert.ok(opened.expectedProblems.some((problem) => /de\.ftl.*speaks English/.test(problem)), opened.expectedProblems.join('\n'));
    assert.deepEqual(opened.problems, []);
    await opened.page.close();
  });
});

describe('an Arabic edition', () => {
  // The release build prerendered again with the Arabic edition.
  let arabicSite;
  let folder;

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'prerendered-arabic-'));
    await cp(`${repo}dist`, folder, { recursive: true });
    await cp(arabicEdition, join(folder, 'edition.json'));
    await promisify(execFile)(`${repo}target/release/prerender`, [folder]);
    arabicSite = await serveFolder(folder, '/arabic/');
  });

  after(async () => {
    await arabicSite?.close();
    await rm(folder, { recursive: true, force: true });
  });

  test('is prerendered in Arabic and hydrates with nothing fetched and no flash of English', async () => {
    const html = await (await fetch(arabicSite.url)).text();
    assert.match(html, /<html lang="ar" dir="rtl">/);
    assert.match(html, /class="edition-view__skip-link">انتقل إلى المقال</);
    assert.match(html, /<script type="text\/x-fluent" lang="ar" data-article-viewer-catalogue>/);
    // The words of the page, not the comments of its style sheets.
    const withoutStyles = html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '');
    assert.doesNotMatch(withoutStyles, /In this edition|Skip to article|Related news/);
    assert.match(
      html,
      /<p class="from-disk-footer" data-from-disk-note hidden lang="ar" dir="rtl">عند فتح الموقع من القرص [^<]*<code dir="ltr">python3 -m http\.server 8000<\/code>/,
    );

    const opened = await openPage(suite.browser);
    const requests = [];
    opened.page.on('request', (request) => requests.push(request.url()));
    await opened.page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        window.prerenderedHeading = document.querySelector('.headline-list__title');
      });
      document.addEventListener('ready', () => (window.hydrated = true));
    });
    await opened.page.goto(arabicSite.url);
    await opened.page.waitForFunction(() => window.hydrated === true);
    assert.ok(
      await opened.page.evaluate(() => document.querySelector('.headline-list__title') === window.prerenderedHeading),
      'the prerendered markup is the one on screen',
    );
    assert.equal(await opened.page.locator('.headline-list__title').textContent(), 'في هذا العدد');
    assert.deepEqual(requests.filter((url) => url.endsWith('.ftl') || url.endsWith('edition.json')), []);
    assert.deepEqual(opened.problems, []);
    await opened.page.close();
  });

  test('opened from disk, says in Arabic what serving the folder adds', async () => {
    const { page, problems } = await openPage(suite.browser, { width: 375 });
    await page.goto(pathToFileURL(join(folder, 'index.html')).href);
    const note = page.locator('[data-from-disk-note]');
    await note.waitFor();
    assert.equal(await note.getAttribute('dir'), 'rtl');
    assert.match(await note.textContent(), /^عند فتح الموقع من القرص.*python3 -m http\.server 8000/s);
    await note.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${screenshots}locale-ar-from-disk-375.png` });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('mirrors the whole frame, keeps each article its own direction, and passes axe', async () => {
    for (const colorScheme of ['light', 'dark']) {
      for (const width of [1280, 375]) {
        const { page, problems } = await openPage(suite.browser, { width, colorScheme });
        await page.goto(arabicSite.url);
        await page.locator('article h1').waitFor();
        assert.deepEqual(
          await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
          ['ar', 'rtl'],
        );
        const root = page.locator('.article-viewer');
        assert.equal(await root.getAttribute('dir'), 'rtl');
        assert.equal(await page.locator('.related-sidebar__title').textContent(), 'أخبار ذات صلة');
        assert.equal(await page.locator('.article-view__reading-time').textContent(), 'قراءة في دقيقة واحدة');
        if (width === 1280) {
          // Read from the right: the headlines first, the article, then related news.
          const box = async (selector) => page.locator(selector).boundingBox();
          const [nav, main, aside] = [await box('.headline-list'), await box('main'), await box('.related-sidebar')];
          assert.ok(nav.x > main.x + main.width - 1, 'the headlines stand right of the article');
          assert.ok(aside.x + aside.width < main.x + 1, 'related news stands left of the article');
          const masthead = await box('.masthead__title');
          const settings = await box('.reading-controls');
          assert.ok(masthead.x > settings.x, 'the title at the right, the settings at the left');
        }
        await page.screenshot({ path: `${screenshots}locale-ar-${width}-${colorScheme}.png`, fullPage: true });
        const { violations } = await checkAccessibility(page);
        assert.deepEqual(violations, [], `axe at ${width} px, ${colorScheme}`);
        assert.deepEqual(problems, []);
        await page.close();
      }
    }
  });

  test('an English article sits in the Arabic frame marked as English', async () => {
    const { page, problems } = await openPage(suite.browser);
    await page.goto(`${arabicSite.url}harbour-wall-repairs.html`);
    await page.getByRole('heading', { level: 1, name: 'Harbour wall repairs finish early' }).waitFor();
    const article = page.locator('article.article-view');
    assert.equal(await article.getAttribute('lang'), 'en');
    assert.equal(await article.getAttribute('dir'), 'ltr');
    // The viewer's own words inside the article are the interface's.
    const readingTime = page.locator('.article-view__reading-time');
    assert.equal(await readingTime.getAttribute('lang'), 'ar');
    assert.equal(await readingTime.getAttribute('dir'), 'rtl');
    assert.equal(await page.title(), 'Harbour wall repairs finish early — نشرة الصباح');
    await page.screenshot({ path: `${screenshots}locale-ar-english-article-1280.png`, fullPage: true });
    const { violations } = await checkAccessibility(page);
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the left arrow moves on along the theme buttons', async () => {
    const { page, problems } = await openPage(suite.browser);
    await page.goto(arabicSite.url);
    await page.locator('.reading-controls:not(.is-waiting)').waitFor();
    await settingsToggle(page).click();
    await page.getByRole('button', { name: 'تلقائي' }).focus();
    await page.keyboard.press('ArrowLeft');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'فاتح');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'تلقائي');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the filter counts in Arabic-Indic digits', async () => {
    const { page, problems } = await openPage(suite.browser);
    await page.goto(arabicSite.url);
    await page.locator('article h1').waitFor();
    await page.locator('.reading-controls:not(.is-waiting)').waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('الميناء');
    assert.equal(await page.locator('.headline-list__count').textContent(), 'النتائج: ٢ من أصل ٥');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
