import { chromium } from 'playwright-core';
import { serveFolder } from '../static-server.mjs';
import { chromiumArgs, chromiumPath } from '../browser.mjs';
const folder = process.argv[2];
const page_ = process.argv[3] ?? 'synthetic-150.html';
const served = await serveFolder(folder, '/archive/');
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const [width, scheme] of [[1280, 'light'], [375, 'dark']]) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
  const page = await context.newPage();
  const logs = [];
  page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
  const requests = [];
  page.on('request', (r) => requests.push(r.url().replace(served.url, '')));
  await page.goto(`${served.url}${page_}`);
  await page.waitForFunction(() => window.wasmBindings !== undefined, null, { timeout: 15000 }).catch(() => logs.push('no wasmBindings'));
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/site-try/shot-${width}-${scheme}.png`, fullPage: false });
  console.log(width, scheme, 'requests:', requests.join(' '));
  console.log(logs.join('\n'));
  if (width === 1280) {
    await page.fill('.headline-list__filter-input', 'harbour');
    await page.waitForTimeout(800);
    console.log('filter status:', await page.textContent('.headline-list__count'));
    console.log('requests now:', requests.slice(-6).join(' '));
    await page.screenshot({ path: `/tmp/site-try/shot-filter.png` });
    await page.fill('.headline-list__filter-input', '');
    await page.click('.headline-list__more');
    await page.waitForTimeout(500);
    console.log('headlines after more:', await page.locator('.headline-list__headline').count());
    await page.click('text=Synthetic article 77');
    await page.waitForTimeout(500);
    console.log('url:', page.url(), 'h1:', await page.textContent('h1'));
    console.log(logs.join('\n'));
  }
  await context.close();
}
await browser.close();
await served.close();
