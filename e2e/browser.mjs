// What every end-to-end test file shares: Chromium, the served site, and a
// watch on everything a page reports as going wrong.
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveFolders } from './static-server.mjs';

export const repo = fileURLToPath(new URL('..', import.meta.url));
export const screenshots = fileURLToPath(new URL('screenshots/', import.meta.url));

// Chromium warns that it cannot check integrity on Trunk's `<link rel=preload
// as=fetch>` of the wasm file; the wasm is still fetched and run as usual.
const knownWarnings = [/`integrity` attribute is currently ignored for preload destinations/];

/**
 * Starts Chromium and a server with the release build at `/news/` and the
 * example host page at `/host/`. Resolves to `{ browser, site, host, close }`.
 */
export async function start() {
  const server = await serveFolders({
    '/news/': `${repo}dist`,
    '/host/': `${repo}examples/host`,
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  await mkdir(screenshots, { recursive: true });
  return {
    browser,
    site: server.urls['/news/'],
    host: server.urls['/host/'],
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A new page (in a new browser context: its own storage) that collects console
 * errors, page errors and failed requests. Options other than the size and colour
 * scheme go to Playwright's `browser.newPage` (`reducedMotion`, `forcedColors`).
 */
export async function openPage(browser, { width = 1280, height = 900, colorScheme = 'light', ...more } = {}) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme, ...more });
  const problems = [];
  page.on('console', (message) => {
    const isKnown = knownWarnings.some((known) => known.test(message.text()));
    if (message.type() === 'error' || (message.type() === 'warning' && !isKnown)) {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, problems };
}

/** Makes the page's request for `edition.json` answer with `fulfilment`. */
export async function answerEditionWith(page, fulfilment) {
  await page.route('**/edition.json', (route) => route.fulfill(fulfilment));
}

/** A fixture file of the data crate, as a response to the edition request. */
export async function fixture(name) {
  return {
    status: 200,
    contentType: 'application/json',
    body: await readFile(`${repo}data/tests/fixtures/${name}`),
  };
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
    await page.addScriptTag({ path: `${repo}node_modules/axe-core/axe.min.js` });
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
