// The development server (`./x serve`, in a scratch copy of the project):
// an edit reaches an open page by itself, under the development policy.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage } from './browser.mjs';
import { startDevServer, waitThroughReloads } from './dev-server.mjs';

let server;
let browser;
before(async () => {
  server = await startDevServer('test');
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const edited = (marker) => {
  const headline = document.querySelector('.article-view__headline');
  return headline !== null && getComputedStyle(headline, '::after').content === `"${marker}"`;
};

test('a style sheet edited under ./x serve reaches the open page without a manual reload', async () => {
  // Without the prerenderer, the page keeps Trunk's preload of the WebAssembly,
  // whose integrity hash Chromium ignores, and says so (README: "Development").
  const { page, problems } = await openPage(browser, {
    expected: (problem) => /integrity` attribute is currently ignored for preload/.test(problem),
  });
  let loads = 0;
  page.on('load', () => loads++);
  const connected = page.waitForEvent('websocket');
  await page.goto(server.url);
  await page.locator('article h1').waitFor();
  const socket = await connected;
  assert.match(socket.url(), /^ws:\/\/127\.0\.0\.1:\d+\/\.well-known\/trunk\/ws$/);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.doesNotMatch(policy, /unsafe-inline/);
  assert.equal(await page.locator('script[src="trunk-live-reload.js"]').count(), 1);

  await server.edit('assets/viewer.css', (css) => `${css}\n.article-view__headline::after { content: " (edited)"; }\n`);
  await waitThroughReloads(page, edited, ' (edited)').catch((error) => {
    throw new Error(`${error.message}\n./x serve said:\n${server.output()}`);
  });
  assert.ok(loads >= 2, 'the page reloaded by itself');
  await page.locator('article h1').waitFor();
  assert.deepEqual(problems, [], 'no policy violation, console error or failed request');
  await page.close();
});
