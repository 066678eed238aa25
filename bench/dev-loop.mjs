// See dev-loop.sh. RUNS=N edits of each kind (default 3); the median is the figure.
import { launchBrowser, openPage } from '../e2e/browser.mjs';
import { startDevServer, waitThroughReloads } from '../e2e/dev-server.mjs';

const runs = Number(process.env.RUNS ?? 3);

/** Each kind of edit: the file, the change for run `n`, and what the page shows then. */
const edits = [
  {
    kind: 'component',
    file: 'src/components/related_sidebar.rs',
    change: (n) => (text) => text.replace(/\{ "Related news[^"]*" \}/, `{ "Related news ${n}" }`),
    shown: ([n]) => document.querySelector('.related-sidebar__title')?.textContent === `Related news ${n}`,
  },
  {
    kind: 'stylesheet',
    file: 'assets/viewer.css',
    change: (n) => (text) => `${text}\n.article-view__headline::after { content: " css ${n}"; }\n`,
    shown: ([n]) => {
      const headline = document.querySelector('.article-view__headline');
      return headline !== null && getComputedStyle(headline, '::after').content === `" css ${n}"`;
    },
  },
  {
    kind: 'edition',
    file: 'assets/edition.json',
    change: (n) => (text) =>
      text.replace(/"headline": "2,000 North Korean troops[^"]*"/, `"headline": "2,000 North Korean troops, edition ${n}"`),
    shown: ([n]) => document.querySelector('article h1')?.textContent === `2,000 North Korean troops, edition ${n}`,
  },
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (value) => `${value.toFixed(1)} s`;

const server = await startDevServer('bench');
const browser = await launchBrowser();
try {
  console.log(`./x serve, cold start (tools installed) to the page served: ${seconds(server.startSeconds)}`);
  const { page } = await openPage(browser);
  const connected = page.waitForEvent('websocket');
  await page.goto(server.url);
  await page.locator('article h1').waitFor();
  await connected;
  for (const { kind, file, change, shown } of edits) {
    const times = [];
    for (let n = 1; n <= runs; n++) {
      const saved = await server.edit(file, change(n));
      const visible = await waitThroughReloads(page, shown, [n]);
      times.push((visible - saved) / 1000);
      // The next edit waits for the reload's socket, so it is not missed.
      await page.locator('article h1').waitFor();
    }
    console.log(`${kind} edit (${file}), save to visible: median ${seconds(median(times))} of ${times.map(seconds).join(', ')}`);
  }
} finally {
  await browser.close();
  await server.close();
}
