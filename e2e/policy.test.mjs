// The release build's Content-Security-Policy and subresource integrity: what
// the build writes, what the server sends, and what the browser enforces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { openPage, repo, useSite } from './browser.mjs';

const suite = useSite();

const policyOf = (html) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/.exec(html)?.[1];

/** The policy for pages whose inline scripts and styles have these hashes. */
const expectedPolicy = ({ scripts, styles }) =>
  `default-src 'none'; script-src ${["'self'", "'wasm-unsafe-eval'", ...scripts].join(' ')}; style-src ${["'self'", ...styles].join(' ')}; img-src 'self' https: data:; connect-src 'self'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types article-viewer-json-ld article-viewer-program`;

const hashOf = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The hashes of a page's inline scripts that run (data blocks do not), and of its styles. */
function inlineHashes(html) {
  const running = /<script(?: type="module"| type="importmap"| data-article-viewer-loader)?>([\s\S]*?)<\/script>/g;
  return {
    scripts: [...html.matchAll(running)].map(([, text]) => hashOf(text)),
    styles: [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, text]) => hashOf(text)),
  };
}

test('every page carries the policy with the hashes of its scripts; the host gets them all', async () => {
  const pages = (await readdir(`${repo}dist`)).filter((name) => name.endsWith('.html'));
  assert.ok(pages.length >= 3, 'the front page, an article page and reader.html');
  const everyHash = { scripts: new Set(), styles: new Set() };
  for (const name of pages) {
    const html = await readFile(`${repo}dist/${name}`, 'utf8');
    const hashes = inlineHashes(html);
    hashes.scripts.forEach((hash) => everyHash.scripts.add(hash));
    hashes.styles.forEach((hash) => everyHash.styles.add(hash));
    assert.equal(policyOf(html), expectedPolicy(hashes), name);
    assert.ok(
      html.indexOf('Content-Security-Policy') < html.indexOf('<script'),
      `${name}: the policy comes before anything it governs`,
    );
  }
  const headerPolicy = expectedPolicy({
    scripts: [...everyHash.scripts],
    styles: [...everyHash.styles],
  });
  assert.equal(
    await readFile(`${repo}dist/_headers`, 'utf8'),
    `/*\n  Content-Security-Policy: ${headerPolicy}\n  X-Content-Type-Options: nosniff\n`,
  );
  const response = await fetch(suite.site);
  assert.equal(response.headers.get('content-security-policy'), headerPolicy);
});

test('nothing of the development server reaches the release build', async () => {
  const files = await readdir(`${repo}dist`);
  assert.ok(!files.includes('trunk-live-reload.js'), 'no live-reload script');
  for (const name of files.filter((file) => /\.(html|js)$|^_headers$/.test(file))) {
    const text = await readFile(`${repo}dist/${name}`, 'utf8');
    assert.doesNotMatch(text, /trunk-live-reload|\.well-known\/trunk|__TRUNK_/, name);
    const policy = name === '_headers' ? text : policyOf(text) ?? '';
    assert.doesNotMatch(policy, /unsafe-inline|ws:/, name);
  }
  // Prerendered, as only a release build is.
  assert.match(await readFile(`${repo}dist/index.html`, 'utf8'), /data-article-viewer-root/);
});

test('the program and the WebAssembly of the built pages keep their integrity hash; the style sheets are inside', async () => {
  const html = await readFile(`${repo}dist/index.html`, 'utf8');
  const sha384 = async (file) =>
    `sha384-${createHash('sha384').update(await readFile(`${repo}dist/${file}`)).digest('base64')}`;
  // The program's module, through the import map, which holds its hash.
  const importMap = JSON.parse(html.match(/<script type="importmap">([\s\S]*?)<\/script>/)[1]);
  assert.deepEqual(importMap, { integrity: { './article-viewer.js': await sha384('article-viewer.js') } });
  // The WebAssembly is fetched at the top of the page, with the hash of the file.
  const [, file, integrity] = html.match(/fetch\('\.\/([^']+\.wasm)', \{ integrity: '(sha384-[^']+)' \}\)/);
  assert.equal(integrity, await sha384(file));
  // No file of the page is loaded without its hash, and the style sheets are the site's own files.
  const links = [...html.matchAll(/<link\b[^>]*>/g)].map(([link]) => link);
  assert.deepEqual(links.filter((link) => /rel="(stylesheet|modulepreload|preload)"/.test(link)), []);
  const styles = [...html.matchAll(/<style data-source="([^"]+)">([\s\S]*?)<\/style>/g)];
  assert.deepEqual(styles.map(([, source]) => source), ['page.css', 'viewer.css']);
  for (const [, source, text] of styles) {
    assert.equal(text, await readFile(`${repo}dist/${source}`, 'utf8'), source);
  }
});

const changedOnTheWay = [
  {
    file: 'a script',
    path: /article-viewer(-[0-9a-f]+)?\.js$/,
    change: async (response) => `${await response.text()}\n// changed on the way\n`,
  },
  {
    file: 'WebAssembly',
    path: /\.wasm$/,
    change: async (response) => Buffer.concat([await response.body(), Buffer.from([0])]),
  },
];

for (const { file, path, change } of changedOnTheWay) {
  test(`the browser refuses ${file} that does not match its integrity hash`, async () => {
    const { page, expectedProblems } = await openPage(suite.browser, { expected: () => true });
    await page.route(path, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: await change(response) });
    });
    const refused = page.waitForEvent('console', (message) => /integrity/i.test(message.text()));
    await page.goto(suite.site);
    await refused;
    assert.ok(expectedProblems.some((problem) => /integrity/i.test(problem)));
    // The prerendered article is still there to read; it is just not interactive.
    assert.match(await page.locator('.article-view__headline').textContent(), /North Korean troops/);
    await page.close();
  });
}
