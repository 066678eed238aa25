// What every end-to-end test file shares: Chromium, the served site, and a
// watch on everything a page reports as going wrong.
import { mkdir, readFile } from 'node:fs/promises';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveFolders } from './static-server.mjs';

export const repo = fileURLToPath(new URL('..', import.meta.url));
export const screenshots = fileURLToPath(new URL('screenshots/', import.meta.url));

/** The headline of the seed article, the one article of the bundled edition. */
export const seedHeadline = '2,000 North Korean troops killed in Russia deployment: Seoul spy agency';

/** Debian's Chromium, never one a tool downloads for itself. */
export const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** What Chromium needs here: root (no sandbox), no GPU, and nothing it fetches on its own. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/**
 * Starts Chromium and a server with the release build at `/news/` (with the
 * headers of its `_headers` file, as a static host sends them) and the example
 * host page at `/host/`. Resolves to `{ browser, site, host, server, close }`.
 */
export async function start() {
  const server = await serveFolders({
    '/news/': `${repo}dist`,
    '/host/': `${repo}examples/host`,
  });
  const browser = await launchBrowser();
  await mkdir(screenshots, { recursive: true });
  return {
    browser,
    server,
    site: server.urls['/news/'],
    host: server.urls['/host/'],
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Starts the site (as `start` does) before the tests of the file, or of the
 * `describe` block it is called in, and closes it after them. Returns an object
 * whose `browser`, `site`, `host` and `server` are there once the tests run:
 * read them in tests and hooks, not when the file loads.
 */
export function useSite() {
  const suite = {};
  let close;
  before(async () => {
    const { close: closeSite, ...started } = await start();
    close = closeSite;
    Object.assign(suite, started);
  });
  after(async () => {
    await close?.();
  });
  return suite;
}

/**
 * A new page (in a new browser context: its own storage) that collects what it
 * reports as going wrong: console errors and warnings, uncaught errors, failed
 * requests, HTTP errors and every violation of the Content-Security-Policy (all of
 * them in `violations` too). `expected(problem)` tells apart what a test provokes
 * on purpose: those go to `expectedProblems` instead of `problems`. Other options
 * go to Playwright's `browser.newPage` (`reducedMotion`, `forcedColors`).
 */
export async function openPage(
  browser,
  { width = 1280, height = 900, colorScheme = 'light', expected = () => false, ...more } = {},
) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme, ...more });
  const problems = [];
  const expectedProblems = [];
  const violations = [];
  const report = (problem) => (expected(problem) ? expectedProblems : problems).push(problem);
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      report(`console ${message.type()}: ${message.text()} (${message.location().url})`);
    }
  });
  page.on('pageerror', (error) => report(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    report(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) report(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.exposeFunction('reportPolicyViolation', (violation) => {
    violations.push(violation);
    report(`policy violation: ${JSON.stringify(violation)}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      window.reportPolicyViolation({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      }),
    );
  });
  return { page, problems, expectedProblems, violations };
}

/** Records `count` under `name` for the suite's closing summary (see summary-reporter.mjs). */
export function tally(context, name, count) {
  context.diagnostic(`tally ${name}: ${count}`);
}

/** Makes the page's request for `edition.json` answer with `fulfilment`. */
export async function answerEditionWith(page, fulfilment) {
  await page.route('**/edition.json', (route) => route.fulfill(fulfilment));
}

/**
 * A phone-sized page whose edition holds one article with its photo far below
 * the fold, in a viewer embedded as in someone else's page (where the photo loads
 * lazily); `photoRequests` lists each request for the photo, answered with a grey
 * test pattern. Go to `url` (in the site's folder) next.
 */
export async function openFarPhotoArticle(browser) {
  const edition = {
    articles: [
      {
        id: 'far-photo',
        headline: 'A photo far below the fold',
        dek: 'A standfirst long enough to push the photo far down the page. '.repeat(400),
        language: 'en',
        body: [{ type: 'paragraph', text: 'Text.' }],
        photo: { src: 'far-photo.svg', width: 1200, height: 720, alt: 'A test pattern' },
      },
    ],
  };
  const opened = await openPage(browser, { width: 375, height: 600 });
  await answerEditionWith(opened.page, { status: 200, contentType: 'application/json', body: JSON.stringify(edition) });
  const reader = await readFile(`${repo}dist/reader.html`, 'utf8');
  const embedded = reader.replace('data-history="fragment"', 'data-history="memory"');
  if (embedded === reader) throw new Error('reader.html no longer keeps its article in the fragment');
  await opened.page.route('**/embedded-far-photo.html', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: embedded }),
  );
  const photoRequests = [];
  await opened.page.route('**/far-photo.svg', (route) => {
    photoRequests.push(route.request().url());
    route.fulfill({
      status: 200,
      contentType: 'image/svg+xml',
      body: '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="720"><rect width="1200" height="720" fill="#888"/></svg>',
    });
  });
  return { ...opened, photoRequests, url: 'embedded-far-photo.html' };
}

/** A fixture file of the data crate, as a response to the edition request. */
export async function fixture(name) {
  return {
    status: 200,
    contentType: 'application/json',
    body: await readFile(`${repo}data/tests/fixtures/${name}`),
  };
}

/**
 * Opens the viewer's page on the site of `suite` (from `useSite`) and waits for
 * the article's headline. With `edition` (a fixture file, answering the request
 * for edition.json) or `fragment`, the run-time reader.html; with neither, the
 * prerendered front page. Other options go to `openPage`.
 */
export async function openArticle({ browser, site }, { edition, fragment = '', ...options } = {}) {
  const opened = await openPage(browser, options);
  if (edition) await answerEditionWith(opened.page, await fixture(edition));
  // reader.html reads edition.json at run time; the prerendered pages embed theirs.
  await opened.page.goto(edition || fragment ? `${site}reader.html${fragment}` : site);
  // The article's headline, not the loading page's.
  await opened.page.locator('article h1').waitFor();
  return opened;
}

export async function horizontalOverflow(page) {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** Every rule axe-core has for WCAG 2.0, 2.1 and 2.2 at levels A and AA, and its best practices. */
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core (from node_modules, injected into the page) on `context` (the
 * whole document by default; `{ include: ['#id'] }` for part of it, shadow roots
 * included). Resolves to `{ violations, passes, incomplete }`, each violation as
 * "rule: target…" lines that say what to fix.
 */
export async function checkAccessibility(page, context = null) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Evaluated through the DevTools protocol rather than added as a <script>:
    // the page's policy (Trusted Types, script hashes) refuses any script a test
    // writes into it, as it should.
    await page.evaluate(await readFile(`${repo}node_modules/axe-core/axe.min.js`, 'utf8'));
  }
  const results = await page.evaluate(
    async ([context, tags]) => {
      const results = await window.axe.run(context ?? document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return {
        violations: results.violations.map(
          (rule) =>
            `${rule.id} (${rule.impact}): ${rule.help} — ${rule.nodes
              .map((node) => `${JSON.stringify(node.target)} ${node.failureSummary}`)
              .join(' | ')}`,
        ),
        passes: results.passes.length,
        incomplete: results.incomplete.map((rule) => rule.id),
      };
    },
    [context, axeTags],
  );
  return results;
}

/** The "Aa" control that opens the reading settings, in `scope` (a page or one viewer). */
export function settingsToggle(scope) {
  return scope.locator('.reading-controls__toggle');
}

/**
 * Opens the reading settings' panel in `scope` with its control, as a reader
 * would, unless it is open already; waits for the program to show the control.
 */
export async function openSettings(scope) {
  const toggle = settingsToggle(scope);
  await toggle.waitFor();
  if (!(await toggle.evaluate((summary) => summary.parentElement.open))) await toggle.click();
  await scope.getByRole('group', { name: 'Theme' }).waitFor();
}
