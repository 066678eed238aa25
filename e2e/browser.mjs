// Chromium for the end-to-end tests, and a page that records what goes wrong.
import { chromium } from 'playwright-core';

export async function launchBrowser() {
  return chromium.launch({
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
}

// Chromium warns that it cannot check integrity on Trunk's `<link rel=preload
// as=fetch>` of the wasm file; the wasm is still fetched and run as usual.
const knownWarnings = [/`integrity` attribute is currently ignored for preload destinations/];

/**
 * Opens a page and collects what it reports as going wrong: console errors and
 * warnings, uncaught errors, failed requests, HTTP errors and every violation of
 * the Content-Security-Policy (all of them in `violations` too). `expected(problem)`
 * tells apart what a test provokes on purpose: those go to `expectedProblems`
 * instead of `problems`.
 */
export async function openPage(
  browser,
  { width = 1280, height = 900, colorScheme = 'light', expected = () => false } = {},
) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme });
  const problems = [];
  const expectedProblems = [];
  const violations = [];
  const report = (problem) => (expected(problem) ? expectedProblems : problems).push(problem);
  page.on('console', (message) => {
    const isKnown = knownWarnings.some((known) => known.test(message.text()));
    if (message.type() === 'error' || (message.type() === 'warning' && !isKnown)) {
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
