// Published attack strings in every text and URL field of an edition, in the
// release build, with the build's Content-Security-Policy and without it: no
// string may run, and every one must show as text or be refused by name.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, tally } from './browser.mjs';
import { serveFolder } from './static-server.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const vectorFile = JSON.parse(await readFile(`${repo}data/tests/vectors/xss.json`, 'utf8'));
const vectors = vectorFile.groups.flatMap((group) =>
  group.vectors.map((vector) => ({ vector, expect: group.expect, section: group.section })),
);

/** What Rust's `str::trim` removes: Unicode White_Space (JavaScript's trim also takes U+FEFF). */
const rustTrim = (text) =>
  text.replace(
    /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g,
    '',
  );

const neutralPhoto = 'korea-to-kursk-map.svg';

/** An edition with `text` in every text field, and harmless URLs. */
function textEdition(text) {
  return {
    title: text,
    articles: [
      {
        id: 'vector',
        headline: text,
        dek: text,
        byline: text,
        dateline: text,
        language: 'en',
        body: [
          { type: 'paragraph', text },
          { type: 'heading', text },
          { type: 'quote', text, attribution: text },
        ],
        photo: { src: neutralPhoto, width: 1200, height: 720, alt: text, caption: text, credit: text },
        related: [
          { headline: text, article: 'other' },
          { headline: text, url: 'https://example.com/' },
          { headline: text },
        ],
        source: { name: text, url: 'https://example.com/' },
      },
      { id: 'other', headline: text, language: 'en', body: [{ type: 'paragraph', text }] },
    ],
  };
}

/** An edition with `url` in every URL field (the photo's only if `inPhoto`). */
function urlEdition(url, index, inPhoto) {
  return {
    articles: [
      {
        id: 'vector',
        headline: `URL vector ${index}`,
        language: 'en',
        body: [{ type: 'paragraph', text: 'A paragraph.' }],
        photo: { src: inPhoto ? url : neutralPhoto, width: 1200, height: 720, alt: 'A photo' },
        related: [{ headline: 'A related story', url }],
        source: { name: 'A source', url },
      },
    ],
  };
}

/** index.html with one viewer per edition in `sources`, as a host page would hold them. */
function pageWithViewers(indexHtml, sources) {
  const viewers = sources
    .map((src) => `<div data-article-viewer data-src="${src}"></div>`)
    .join('\n');
  return indexHtml.replace(/<body>[\s\S]*<\/body>/, `<body>\n${viewers}\n</body>`);
}

/**
 * Makes anything that runs leave a trace: the dialog functions record their
 * calls, and dialogs, pop-ups and navigations are caught by the test too.
 */
async function watchForExecutions(page) {
  await page.addInitScript(() => {
    window.executions = [];
    for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
      window[name] = (...args) => window.executions.push(`${name}(${args.join(', ')})`);
    }
    // Anything going wrong ends the wait for the viewers; the test then says what.
    window.troubles = 0;
    for (const event of ['error', 'unhandledrejection', 'securitypolicyviolation']) {
      addEventListener(event, () => (window.troubles += 1));
    }
  });
  const executions = [];
  page.on('dialog', async (dialog) => {
    executions.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('popup', (popup) => executions.push(`pop-up: ${popup.url()}`));
  return async () => [...executions, ...(await page.evaluate(() => window.executions))];
}

/** What no viewer may contain: markup from the data, handlers, scripts, non-web URLs. */
async function auditPage(page) {
  return page.evaluate(() => {
    // Every element the viewer's components render; anything else came from data.
    const rendered = new Set(
      'div header p nav ol ul li button main article h1 h2 span time figure img figcaption blockquote aside a'.split(' '),
    );
    const findings = [];
    for (const root of document.querySelectorAll('[data-article-viewer]')) {
      for (const element of root.querySelectorAll('*')) {
        const name = element.localName;
        if (!rendered.has(name)) findings.push(`a <${name}> element`);
        for (const { name: attribute, value } of element.attributes) {
          if (/^on/i.test(attribute) || attribute === 'style' || attribute === 'srcdoc') {
            findings.push(`<${name} ${attribute}="${value}">`);
          }
        }
      }
      for (const [selector, attribute] of [['a', 'href'], ['img', 'src']]) {
        for (const element of root.querySelectorAll(`${selector}[${attribute}]`)) {
          const value = element.getAttribute(attribute);
          let protocol;
          try {
            protocol = new URL(value, document.baseURI).protocol;
          } catch {
            continue; // Not a URL at all: a link that goes nowhere.
          }
          if (protocol !== 'http:' && protocol !== 'https:') {
            findings.push(`<${selector} ${attribute}="${value}"> reads as ${protocol}`);
          }
        }
      }
    }
    if (document.querySelector('.crash-panel')) findings.push('the viewer program stopped');
    const scripts = document.scripts.length;
    if (scripts !== 1) findings.push(`${scripts} scripts in the page; the loader is the only one`);
    return findings;
  });
}

/** Waits until every viewer shows its edition or its failure, or until something ran or went wrong. */
async function waitForEveryViewer(page, count) {
  await page.waitForFunction(
    (count) => {
      const roots = document.querySelectorAll('[data-article-viewer]');
      const settled = [...roots].every((root) => root.querySelector('main h1, [role=alert]'));
      return (
        (roots.length === count && settled) ||
        window.executions.length > 0 ||
        window.troubles > 0 ||
        document.querySelector('.crash-panel')
      );
    },
    count,
    { timeout: 60_000, polling: 250 },
  );
}

/**
 * Proves that the detectors would have seen an execution (without the policy)
 * or the policy's block of one (with it): injects a string as HTML, the way a
 * careless viewer would. What this provokes is expected, not a problem.
 */
async function proveTheDetectorsWork({ page, violations, probing }, withPolicy) {
  probing.now = true;
  if (withPolicy) {
    const outcome = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<img src=x onerror=alert(1)>';
        return 'assigned';
      } catch (error) {
        return error.name;
      }
    });
    assert.equal(outcome, 'TypeError', 'Trusted Types refuse HTML from a string');
    // One report from each copy of the policy: the <meta> tag and the header.
    while (violations.length < 2) {
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    }
    assert.deepEqual(
      violations.map((violation) => violation.directive),
      ['require-trusted-types-for', 'require-trusted-types-for'],
    );
  } else {
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.innerHTML = '<img src="detector-probe.png" onerror="alert(\'probe\')">';
      document.body.append(probe);
    });
    await page.waitForFunction(() => window.executions.includes('alert(probe)'));
    await page.evaluate(() => {
      document.querySelector('img[src="detector-probe.png"]').parentElement.remove();
      window.executions.length = 0;
    });
  }
  probing.now = false;
}

for (const withPolicy of [true, false]) {
  describe(`published attack strings, ${withPolicy ? 'with' : 'without'} the Content-Security-Policy`, () => {
    let server;
    let browser;
    let indexHtml;

    before(async () => {
      server = await serveFolder(`${repo}dist`, '/news/', { policy: withPolicy });
      browser = await launchBrowser();
      indexHtml = await (await fetch(server.url)).text();
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    /** Opens `page.html` with the given editions, one viewer each; answers images from elsewhere offline. */
    async function openViewers(name, editions) {
      editions.forEach((edition, index) =>
        server.files.set(`${name}/${index}.json`, {
          body: JSON.stringify(edition),
          type: 'application/json',
        }),
      );
      const sources = editions.map((edition, index) => `${name}/${index}.json`);
      server.files.set(`${name}.html`, {
        body: pageWithViewers(indexHtml, sources),
        type: 'text/html; charset=utf-8',
      });
      const images = new Set();
      const probing = { now: false };
      const opened = await openPage(browser, {
        expected: (problem) =>
          probing.now || [...images].some((image) => problem.includes(image)),
      });
      const { page } = opened;
      page.on('request', (request) => {
        if (request.resourceType() === 'image') images.add(request.url());
      });
      await page.route(
        (url) => url.hostname !== '127.0.0.1',
        (route) => route.fulfill({ status: 204 }),
      );
      const executions = await watchForExecutions(page);
      await page.goto(`${server.url}${name}.html`);
      await waitForEveryViewer(page, editions.length);
      return { ...opened, executions, probing };
    }

    test('every string in every text field shows as text and runs nothing', async (context) => {
      const opened = await openViewers(
        'text-vectors',
        vectors.map(({ vector }) => textEdition(vector)),
      );
      const { page, problems } = opened;

      const mismatches = await page.evaluate((expected) => {
        const found = [];
        document.querySelectorAll('[data-article-viewer]').forEach((root, index) => {
          const text = expected[index];
          const read = {
            title: root.querySelector('.edition-view__title')?.textContent,
            headline: root.querySelector('main h1')?.textContent,
            dek: root.querySelector('.article-view__dek')?.textContent,
            byline: root.querySelector('.article-view__byline')?.textContent,
            dateline: root.querySelector('.article-view__dateline')?.textContent,
            paragraph: root.querySelector('.article-view__paragraph')?.textContent,
            subheading: root.querySelector('.article-view__subheading')?.textContent,
            quote: root.querySelector('.article-view__quote p')?.textContent,
            attribution: root.querySelector('.article-view__attribution')?.textContent,
            alt: root.querySelector('figure img')?.getAttribute('alt'),
            caption: root.querySelector('.article-view__caption')?.textContent,
            credit: root.querySelector('.article-view__credit')?.textContent,
            source: root.querySelector('.article-view__source')?.textContent?.replace(/^Source: /, ''),
          };
          root.querySelectorAll('nav li, aside li').forEach((item, position) => {
            read[`list item ${position}`] = item.textContent;
          });
          for (const [field, value] of Object.entries(read)) {
            if (value !== text) found.push(`viewer ${index}, ${field}: ${JSON.stringify(value)}`);
          }
        });
        return found;
      }, vectors.map(({ vector }) => rustTrim(vector)));

      assert.deepEqual(await opened.executions(), []);
      assert.deepEqual(problems, []);
      assert.deepEqual(await auditPage(page), []);
      assert.deepEqual(mismatches, []);
      await proveTheDetectorsWork(opened, withPolicy);
      assert.deepEqual(problems, []);
      tally(context, 'vectors tried', vectors.length);
      await page.close();
    });

    test('every string in every URL field is refused by name or stays an http(s) link', async (context) => {
      const pageOrigin = new URL(server.url).origin;
      const allowedAsImage = (url) => {
        if (!withPolicy) return true;
        try {
          const resolved = new URL(url, server.url);
          return resolved.origin === pageOrigin || resolved.protocol === 'https:';
        } catch {
          return false;
        }
      };
      const opened = await openViewers(
        'url-vectors',
        vectors.map(({ vector }, index) => urlEdition(vector, index, allowedAsImage(vector))),
      );
      const { page, problems } = opened;

      const outcomes = await page.evaluate(() =>
        [...document.querySelectorAll('[data-article-viewer]')].map((root) => {
          const alert = root.querySelector('[role=alert] .load-failure__detail');
          if (alert) return { refused: alert.textContent };
          return {
            links: [...root.querySelectorAll('a[href]')].map((link) => link.getAttribute('href')),
          };
        }),
      );
      const wrong = [];
      outcomes.forEach((outcome, index) => {
        const { vector, expect } = vectors[index];
        const label = `${index} ${JSON.stringify(vector)}`;
        if (outcome.refused !== undefined) {
          if (expect === 'allowed') wrong.push(`${label} was refused: ${outcome.refused}`);
          const named = /^url-vectors\/\d+\.json is not a valid edition: articles\[0\]\.(photo\.src|related\[0\]\.url|source\.url): /;
          if (!named.test(outcome.refused)) wrong.push(`${label}: ${outcome.refused}`);
        } else {
          if (expect === 'refused') wrong.push(`${label} was allowed`);
          if (outcome.links.length !== 2 || outcome.links.some((link) => link !== vector)) {
            wrong.push(`${label} links to ${JSON.stringify(outcome.links)}`);
          }
        }
      });
      assert.deepEqual(await opened.executions(), []);
      assert.deepEqual(problems, []);
      assert.deepEqual(await auditPage(page), []);
      assert.deepEqual(wrong, []);
      assert.ok(outcomes.filter((outcome) => outcome.refused).length > 100, 'many are refused');
      assert.ok(outcomes.filter((outcome) => outcome.links).length > 100, 'many are allowed');
      await proveTheDetectorsWork(opened, withPolicy);
      assert.deepEqual(problems, []);
      tally(context, 'vectors tried', vectors.length);
      await page.close();
    });
  });
}
