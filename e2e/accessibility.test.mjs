// Accessibility, checked two ways: axe-core's WCAG 2.2 A/AA and best-practice
// rules on every view, in every theme, at desktop and phone widths; and the
// things a reader with a keyboard or a screen reader meets that axe cannot see.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { answerEditionWith, checkAccessibility, fixture, openPage, openSettings, useSite } from './browser.mjs';

const suite = useSite();

/** Each view of the viewer's own page: how to get there and what shows it is ready. */
const views = {
  article: { ready: (page) => page.locator('article h1').waitFor() },
  'article with the reading settings open': { ready: (page) => openSettings(page) },
  'article with every field and a broken photo': {
    edition: 'valid/every-field.json',
    ready: (page) => page.locator('.lead-photo.is-missing').waitFor(),
  },
  'article not found': {
    edition: 'valid/many-articles.json',
    fragment: '#/article/no-such-story',
    ready: (page) => page.getByRole('heading', { name: 'Article not found' }).waitFor(),
  },
  'empty edition': {
    edition: 'valid/no-articles.json',
    ready: (page) => page.getByRole('heading', { name: 'No articles' }).waitFor(),
  },
  // The edition's request is held, so the page stays as it is while loading.
  loading: {
    hold: true,
    ready: (page) => page.getByRole('status').filter({ hasText: 'Loading the edition…' }).waitFor(),
  },
  'load error': {
    answer: { status: 404, body: 'not found' },
    ready: (page) => page.getByRole('alert').waitFor(),
  },
  'filter with no match': {
    edition: 'valid/many-articles.json',
    ready: async (page) => {
      await page.getByRole('searchbox', { name: 'Filter headlines' }).fill('volcano');
      await page.getByText('No headlines match “volcano”.').waitFor();
    },
  },
};

async function openView(name, options) {
  const view = views[name];
  const { page } = await openPage(suite.browser, options);
  if (view.edition) await answerEditionWith(page, await fixture(view.edition));
  if (view.answer) await answerEditionWith(page, view.answer);
  if (view.hold) await page.route('**/edition.json', () => {});
  // reader.html reads edition.json at run time; the prerendered pages embed theirs.
  const runtime = view.edition || view.answer || view.hold || view.fragment;
  await page.goto(runtime ? `${suite.site}reader.html${view.fragment ?? ''}` : suite.site);
  await view.ready(page);
  return page;
}

/** Picks a theme with the reading settings, as a reader would. */
async function pickTheme(page, label, scope = page) {
  await openSettings(scope);
  await scope.getByRole('group', { name: 'Theme' }).getByRole('button', { name: label }).first().click();
  await page.waitForFunction(
    (name) => [...document.querySelectorAll('.article-viewer')].some((viewer) => viewer.dataset.theme === name),
    label.toLowerCase(),
  );
}

const summary = [];

describe('axe-core finds no violations', () => {
  for (const name of Object.keys(views)) {
    for (const colorScheme of ['light', 'dark']) {
      for (const width of [1280, 375]) {
        test(`${name}, ${colorScheme} system theme, ${width} px`, async () => {
          const page = await openView(name, { width, colorScheme });
          const { violations, passes } = await checkAccessibility(page);
          summary.push(`${name} | ${colorScheme} | ${width} | ${violations.length} violations, ${passes} rules passed`);
          assert.deepEqual(violations, []);
          await page.close();
        });
      }
    }
  }

  for (const theme of ['Light', 'Sepia', 'Dark']) {
    for (const width of [1280, 375]) {
      test(`article, ${theme} theme picked against a dark system, ${width} px`, async () => {
        const page = await openView('article', { width, colorScheme: 'dark' });
        await pickTheme(page, theme);
        const { violations, passes } = await checkAccessibility(page);
        summary.push(`article | ${theme} picked | ${width} | ${violations.length} violations, ${passes} rules passed`);
        assert.deepEqual(violations, []);
        await page.close();
      });
    }
  }

  test('article in forced colours', async () => {
    const page = await openView('article', { width: 1280 });
    await page.emulateMedia({ forcedColors: 'active' });
    const { violations } = await checkAccessibility(page);
    summary.push(`article | forced colours | 1280 | ${violations.length} violations`);
    assert.deepEqual(violations, []);
    await page.close();
  });

  // The host page is ugly on purpose; only the viewers are checked there.
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1280, 375]) {
      test(`the viewers embedded in the host page, ${colorScheme}, ${width} px`, async () => {
        const { page } = await openPage(suite.browser, { width, colorScheme });
        await page.goto(suite.host);
        for (const id of ['wire', 'desk']) {
          await page.locator(`#${id} article h1`).waitFor();
        }
        const { violations, passes } = await checkAccessibility(page, { include: [['#wire'], ['#desk']] });
        summary.push(`embedded viewers | ${colorScheme} | ${width} | ${violations.length} violations, ${passes} rules passed`);
        assert.deepEqual(violations, []);
        await page.close();
      });
    }
  }

  after(() => {
    console.log(`axe-core summary (view | theme | width | result):\n  ${summary.join('\n  ')}`);
  });
});

/** The page's landmarks in document order, with their names. */
function landmarksOf(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('header, nav, main, aside')]
      // A header inside an article is the article's, not a landmark.
      .filter((element) => element.localName !== 'header' || !element.closest('article'))
      .map(
        (element) => `${element.localName}${element.getAttribute('aria-label') ? ` (${element.getAttribute('aria-label')})` : ''}`,
      ),
  );
}

describe('what axe cannot see', () => {
  test('a skip link first, then landmarks, and headings that never skip a level', async () => {
    const page = await openView('article', { width: 1280 });
    const landmarks = await landmarksOf(page);
    // The bundled edition has one article: no headlines to go to, so no list.
    assert.deepEqual(landmarks, ['header', 'main', 'aside (Related news)']);

    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const link = document.activeElement;
      const box = link.getBoundingClientRect();
      return { text: link.textContent, width: box.width, height: box.height };
    });
    assert.equal(skip.text, 'Skip to article');
    assert.ok(skip.width > 24 && skip.height > 24, 'the skip link shows when it has focus');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.localName), 'main');

    const levels = await page.evaluate(() =>
      [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.localName[1])),
    );
    assert.equal(levels.filter((level) => level === 1).length, 1, 'one h1: the headline');
    levels.reduce((previous, level) => {
      assert.ok(level <= previous + 1, `h${previous} is followed by h${level}`);
      return level;
    }, 1);
    await page.close();
  });

  for (const width of [1280, 375]) {
    test(`the headlines' landmark comes between the header and the article at ${width} px`, async () => {
      const page = await openView('filter with no match', { width });
      assert.deepEqual(await landmarksOf(page), [
        'header',
        'nav (Headlines: Synthetic test edition)',
        'main',
        'aside (Related news)',
      ]);
      await page.close();
    });
  }

  for (const width of [1280, 375]) {
    test(`every control is at least 24 by 24 pixels at ${width} px`, async () => {
      const page = await openView('filter with no match', { width });
      await page.getByRole('searchbox', { name: 'Filter headlines' }).fill('');
      await page.locator('nav a').first().waitFor();
      await openSettings(page);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('.article-viewer a, .article-viewer button, .article-viewer input, .article-viewer summary')]
          // A link inside a sentence is exempt (WCAG 2.5.8, inline); the skip
          // link shows only with focus and is checked above.
          .filter((element) => !element.closest('p') && !element.matches('.edition-view__skip-link'))
          .filter((element) => element.checkVisibility())
          .map((element) => ({ text: element.textContent || element.getAttribute('aria-label'), box: element.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 24 || box.height < 24)
          .map(({ text, box }) => `${text}: ${box.width}×${box.height}`),
      );
      assert.deepEqual(small, []);
      await page.close();
    });
  }

  test('every control shows where the keyboard focus is', async () => {
    const page = await openView('article with every field and a broken photo', { width: 1280 });
    const unseen = [];
    for (let presses = 0; presses < 30; presses += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement;
        const style = getComputedStyle(element);
        return {
          name: element.textContent.trim() || element.getAttribute('aria-label'),
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          inViewer: element.closest('.article-viewer') !== null,
        };
      });
      if (!focus.inViewer) break;
      if (!focus.outline) unseen.push(focus.name);
    }
    assert.deepEqual(unseen, []);
    await page.close();
  });

  test('announces loading and failure as status messages', async () => {
    const { page } = await openPage(suite.browser);
    // The edition request waits until the loading message has been checked.
    const request = new Promise((resolve) => page.route('**/edition.json', resolve));
    await page.goto(`${suite.site}reader.html`);
    const status = page.getByRole('status').filter({ hasText: 'Loading the edition…' });
    await status.waitFor();
    assert.equal(await page.getByRole('main').count(), 1, 'inside the main landmark');
    await (await request).fulfill({ status: 503, body: 'busy' });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /The server failed while sending the edition/);
    await page.close();
  });
});
