// The release build's Content-Security-Policy and subresource integrity: what
// the build writes, what the server sends, and what the browser enforces.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage } from './browser.mjs';
import { serveFolder } from './static-server.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));

let server;
let browser;
let html;

before(async () => {
  server = await serveFolder(`${repo}dist`, '/news/');
  browser = await launchBrowser();
  html = await readFile(`${repo}dist/index.html`, 'utf8');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the build writes the policy with the hash of its loader, in the page and for the host', async () => {
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/.exec(html)?.[1];
  const loader = /<script type="module">([\s\S]*?)<\/script>/.exec(html)?.[1];
  assert.ok(policy && loader, 'the page has its policy and its loader');
  const hash = createHash('sha256').update(loader).digest('base64');
  assert.equal(
    policy,
    `default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'; style-src 'self'; img-src 'self' https: data:; connect-src 'self'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'`,
  );
  assert.ok(
    html.indexOf('Content-Security-Policy') < html.indexOf('<script'),
    'the policy comes before anything it governs',
  );
  assert.equal(
    await readFile(`${repo}dist/_headers`, 'utf8'),
    `/*\n  Content-Security-Policy: ${policy}\n  X-Content-Type-Options: nosniff\n`,
  );
  const response = await fetch(server.url);
  assert.equal(response.headers.get('content-security-policy'), policy);
});

test('every script, style sheet and preload keeps its integrity hash', async () => {
  const links = [...html.matchAll(/<link\b[^>]*>/g)].map(([link]) => link);
  const subresources = links.filter((link) => /rel="(stylesheet|modulepreload|preload)"/.test(link));
  assert.equal(subresources.length, 4, 'two style sheets, the script and the wasm');
  for (const link of subresources) assert.match(link, /integrity="sha384-[A-Za-z0-9+/]+={0,2}"/, link);
});

test('the browser refuses a script that does not match its integrity hash', async () => {
  const { page, expectedProblems } = await openPage(browser, { expected: () => true });
  await page.route(/article-viewer-[0-9a-f]+\.js$/, async (route) => {
    const response = await route.fetch();
    const script = `${await response.text()}\n// changed on the way\n`;
    await route.fulfill({ response, body: script });
  });
  const refused = page.waitForEvent('console', (message) => /integrity/i.test(message.text()));
  await page.goto(server.url);
  await refused;
  assert.equal(await page.locator('main').count(), 0, 'the changed script never ran');
  assert.ok(expectedProblems.some((problem) => /integrity/i.test(problem)));
  await page.close();
});
