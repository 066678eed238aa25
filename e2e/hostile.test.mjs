// Published attack strings in every text and URL field of an edition, in the
// release build, with the build's Content-Security-Policy and without it: no
// string may run, and every one must show as text or be refused by name.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { launchBrowser, openPage, repo, tally } from './browser.mjs';
import { serveFolder } from './static-server.mjs';

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

// Relative to the edition files, one folder below the site.
const neutralPhoto = '../korea-to-kursk-map.svg';

/** Whether a URL starts with a scheme, the way the format reads one (`WebUrl::is_relative`). */
const hasScheme = (url) => /^[a-z][a-z0-9+.-]*:/i.test(url);

/** `url` resolved against `base`, or as it is when it cannot be. */
function resolved(url, base) {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** An edition with `text` in every text field, and harmless URLs. */
function textEdition(text) {
  return {
    title: text,
    articles: [
      {
        id: 'vector',
        headline: text,
        section: text,
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

/**
 * index.html with one viewer per edition in `sources`, as a host page would hold
 * them: rendered into the page itself, or (`isolation: 'shadow'`) each into a
 * shadow root of its own.
 */
function pageWithViewers(indexHtml, sources, isolation) {
  const viewers = sources
    .map((src) => `<div data-article-viewer data-src="${src}" data-isolation="${isolation}"></div>`)
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
    // (Images that fail to load send plain `error` events here too; a script
    // error is an ErrorEvent.)
    window.troubles = 0;
    for (const event of ['error', 'unhandledrejection', 'securitypolicyviolation']) {
      addEventListener(event, (happened) => {
        if (event !== 'error' || happened instanceof ErrorEvent) window.troubles += 1;
      });
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
      'div header p nav ol ul li button input kbd output main article h1 h2 span time figure img figcaption blockquote aside a details summary'.split(
        ' ',
      ),
    );
    const findings = [];
    for (const viewer of document.querySelectorAll('[data-article-viewer]')) {
      const root = viewer.shadowRoot ?? viewer;
      for (const element of root.querySelectorAll('*')) {
        const name = element.localName;
        // The prerendered page's edition, as data.
        const isDataBlock = name === 'script' && element.type === 'application/json';
        if (!rendered.has(name) && !isDataBlock) findings.push(`a <${name}> element`);
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
    const stopped = [...document.querySelectorAll('[data-article-viewer]')].some(
      (viewer) => (viewer.shadowRoot ?? document).querySelector('.crash-panel'),
    );
    if (stopped) findings.push('the viewer program stopped');
    // The page's own scripts, and nothing else: the program's loader and the
    // one that applies remembered settings early, or the embedding script.
    const ownScripts = [
      /^\s*if \(location\.protocol === 'file:'\) \{\s*const url = 'article-viewer-classic\.js';/,
      /^\s*try \{\s*const theme = localStorage\.getItem\('article-viewer\.theme'\);/,
      /^\s*\/\/ Opened from disk, a browser refuses both what this page needs/,
    ];
    const scripts = [...document.scripts].filter((script) => !script.type || script.type === 'module');
    const own = (script) =>
      /(^|\/)embed\.js$/.test(script.getAttribute('src') ?? '') || ownScripts.some((text) => text.test(script.text));
    const strangers = scripts.filter((script) => !own(script));
    if (strangers.length > 0 || scripts.length > ownScripts.length) {
      findings.push(`${scripts.length} scripts in the page, ${strangers.length} of them not the viewer's own`);
    }
    return findings;
  });
}

/** Waits until every viewer shows its edition or its failure, or until something ran or went wrong. */
async function waitForEveryViewer(page, count) {
  await page.waitForFunction(
    (count) => {
      const roots = [...document.querySelectorAll('[data-article-viewer]')].map(
        (viewer) => viewer.shadowRoot ?? viewer,
      );
      const settled = roots.every((root) => root.querySelector('.article-view__headline, [role=alert]'));
      return (
        (roots.length === count && settled) ||
        window.executions.length > 0 ||
        window.troubles > 0 ||
        roots.some((root) => root.querySelector('.crash-panel')) ||
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

    /**
     * Opens `<name>.html` with the given editions, one viewer each (see
     * `pageWithViewers`); answers requests for other hosts with nothing.
     */
    async function openViewers(name, editions, isolation) {
      editions.forEach((edition, index) =>
        server.files.set(`/news/${name}/${index}.json`, {
          body: JSON.stringify(edition),
          type: 'application/json',
        }),
      );
      const sources = editions.map((edition, index) => `${name}/${index}.json`);
      server.files.set(`/news/${name}.html`, {
        body: pageWithViewers(indexHtml, sources, isolation),
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
        'none',
      );
      const { page, problems } = opened;

      const mismatches = await page.evaluate((expected) => {
        const found = [];
        document.querySelectorAll('[data-article-viewer]').forEach((root, index) => {
          const text = expected[index];
          const read = {
            title: root.querySelector('.masthead__title')?.textContent,
            headline: root.querySelector('.article-view__headline')?.textContent,
            section: root.querySelector('.article-view__section')?.textContent,
            dek: root.querySelector('.article-view__dek')?.textContent,
            byline: root.querySelector('.article-view__byline')?.textContent,
            dateline: root.querySelector('.article-view__place')?.textContent,
            paragraph: root.querySelector('.article-view__paragraph')?.textContent,
            subheading: root.querySelector('.article-view__subheading')?.textContent,
            quote: root.querySelector('.article-view__quote p')?.textContent,
            attribution: root.querySelector('.article-view__attribution')?.textContent,
            alt: root.querySelector('figure img')?.getAttribute('alt'),
            caption: root.querySelector('.lead-photo__caption-text')?.textContent,
            credit: root.querySelector('.lead-photo__credit')?.textContent,
            source: root.querySelector('.article-view__source')?.textContent?.replace(/^Source: /, ''),
          };
          root.querySelectorAll('nav li').forEach((item, position) => {
            read[`headline ${position}`] = item.querySelector('.headline-list__headline')?.textContent;
          });
          read['section in the headlines'] = root.querySelector('nav .headline-list__meta')?.textContent;
          root.querySelectorAll('aside li').forEach((item, position) => {
            read[`related item ${position}`] = item.textContent;
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
        'shadow',
      );
      const { page, problems } = opened;

      const outcomes = await page.evaluate(() =>
        [...document.querySelectorAll('[data-article-viewer]')].map((viewer) => {
          const root = viewer.shadowRoot ?? viewer;
          const alert = root.querySelector('[role=alert] .load-failure__detail');
          if (alert) return { refused: alert.textContent };
          // The related item's link and the source's: the URL fields.
          const links = root.querySelectorAll('.related-sidebar a[href], .article-view__source a[href]');
          return { links: [...links].map((link) => link.getAttribute('href')) };
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
          // A relative URL resolves against the edition's own address.
          const expected = hasScheme(vector) ? vector : resolved(vector, `${server.url}url-vectors/${index}.json`);
          if (outcome.links.length !== 2 || outcome.links.some((link) => link !== expected)) {
            wrong.push(`${label} links to ${JSON.stringify(outcome.links)}, not ${JSON.stringify(expected)}`);
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

/** The text fields of an article, and where the viewer shows each. */
const articleTextFields = {
  headline: '.article-view__headline',
  section: '.article-view__section',
  dek: '.article-view__dek',
  byline: '.article-view__byline',
  dateline: '.article-view__place',
  paragraph: '.article-view__paragraph',
  heading: '.article-view__subheading',
  quote: '.article-view__quote p',
  attribution: '.article-view__attribution',
  alt: 'figure img',
  caption: '.lead-photo__caption-text',
  credit: '.lead-photo__credit',
  related: '.related-sidebar__item',
  source: '.article-view__source',
};

/**
 * One edition that holds every vector once, spread over the text fields of as
 * many articles as it takes, for the prerenderer: a page per article.
 */
function spreadEdition() {
  const fields = Object.keys(articleTextFields);
  const articles = [];
  for (let start = 0; start < vectors.length; start += fields.length) {
    const text = Object.fromEntries(
      fields.map((field, offset) => [field, vectors[(start + offset) % vectors.length].vector]),
    );
    articles.push({
      id: `vector-${articles.length}`,
      headline: text.headline,
      section: text.section,
      dek: text.dek,
      byline: text.byline,
      dateline: text.dateline,
      language: 'en',
      body: [
        { type: 'paragraph', text: text.paragraph },
        { type: 'heading', text: text.heading },
        { type: 'quote', text: text.quote, attribution: text.attribution },
      ],
      photo: { src: neutralPhoto.slice(3), width: 1200, height: 720, alt: text.alt, caption: text.caption, credit: text.credit },
      related: [{ headline: text.related }],
      source: { name: text.source },
      expected: text,
    });
  }
  const expected = articles.map(({ expected }) => expected);
  articles.forEach((article) => delete article.expected);
  return { edition: { title: vectors[0].vector, articles }, expected };
}

describe('published attack strings in prerendered pages', () => {
  let server;
  let browser;
  let folder;
  let expected;

  before(async () => {
    // The release build, prerendered and sealed again with the attack edition,
    // the way the build itself runs the two tools.
    folder = await mkdtemp(join(tmpdir(), 'hostile-prerendered-'));
    await cp(`${repo}dist`, folder, { recursive: true });
    const spread = spreadEdition();
    expected = spread.expected;
    await writeFile(join(folder, 'edition.json'), JSON.stringify(spread.edition));
    await promisify(execFile)(`${repo}target/release/prerender`, [folder]);
    await promisify(execFile)(`${repo}target/release/site-policy`, [folder]);
    server = await serveFolder(folder, '/hostile/');
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await rm(folder, { recursive: true, force: true });
  });

  /** What the page shows in each text field, and what it holds that it should not. */
  async function readPage(page) {
    const shown = await page.evaluate((fields) => {
      const read = {};
      for (const [field, selector] of Object.entries(fields)) {
        const element = document.querySelector(`[data-article-viewer] ${selector}`);
        read[field] = field === 'alt' ? element?.getAttribute('alt') : element?.textContent;
      }
      read.source = read.source?.replace(/^Source: /, '');
      return read;
    }, articleTextFields);
    return { shown, findings: await auditPage(page) };
  }

  test('every page shows its strings as text, before and after the viewer takes over', async (context) => {
    const trimmed = expected.map((fields) =>
      Object.fromEntries(Object.entries(fields).map(([field, text]) => [field, rustTrim(text)])),
    );
    // Without JavaScript: the HTML exactly as the prerenderer wrote it. HTML has
    // no way to carry U+0000 or a lone carriage return in text (the parser drops
    // the one and makes the other a line feed).
    const still = await browser.newContext({ javaScriptEnabled: false });
    const stillPage = await still.newPage();
    for (const [index, fields] of trimmed.entries()) {
      await stillPage.goto(`${server.url}vector-${index}.html`);
      const { shown, findings } = await readPage(stillPage);
      const withoutNul = Object.fromEntries(
        Object.entries(fields).map(([field, text]) => [
          field,
          text.replaceAll('\0', '').replace(/\r\n?/g, '\n'),
        ]),
      );
      assert.deepEqual(findings, [], `vector-${index}.html`);
      assert.deepEqual(shown, withoutNul, `vector-${index}.html`);
    }
    await still.close();

    // With JavaScript and the policy: the viewer hydrates each page.
    for (const [index, fields] of trimmed.entries()) {
      const opened = await openPage(browser);
      const executions = await watchForExecutions(opened.page);
      await opened.page.addInitScript(() =>
        document.addEventListener('ready', () => (window.hydrated = true)),
      );
      await opened.page.goto(`${server.url}vector-${index}.html`);
      await opened.page.waitForFunction(() => window.hydrated === true || window.troubles > 0);
      const { shown, findings } = await readPage(opened.page);
      assert.deepEqual(await executions(), [], `vector-${index}.html`);
      assert.deepEqual(opened.problems, [], `vector-${index}.html`);
      assert.deepEqual(findings, [], `vector-${index}.html`);
      assert.deepEqual(shown, fields, `vector-${index}.html`);
      await opened.page.close();
    }
    tally(context, 'vectors tried', vectors.length);
  });
});
