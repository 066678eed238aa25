// The extraction benchmark's steps (see extraction.sh):
// 1. each page's text as a browser-based scraper gets it: document.body.innerText
//    in headless Chromium with JavaScript off and nothing fetched, cached in
//    target/extraction/text/ (rendering 181 pages takes a minute; the text does
//    not change between runs);
// 2. `edition-tool import` on each text, and on each saved page itself, its body
//    paragraphs joined by newlines as the benchmark's prediction (a page it
//    refuses predicts nothing);
// 3. the benchmark's evaluate.py on all pages, on the two thirds used while
//    developing, and on the third held out, each beside the published outputs.
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile, access } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, repo } from '../e2e/browser.mjs';

const run = promisify(execFile);
const benchmark = process.env.BENCHMARK;
const work = join(repo, 'target', 'extraction');
const textFolder = join(work, 'text');
const editionTool = join(repo, 'target', 'release', 'edition-tool');

const groundTruth = JSON.parse(await readFile(join(benchmark, 'ground-truth.json'), 'utf8'));
const ids = Object.keys(groundTruth).sort();

/** Every third page, in the order of their ids, is held out while the importer is tuned. */
const heldOut = (index) => index % 3 === 2;

await mkdir(textFolder, { recursive: true });
await renderTexts();
const predictions = await importAll((id) => join(textFolder, `${id}.txt`));
// The same pages as the saved HTML files themselves, through the importer's
// page path (the extractor, then the same layers as for text).
const pagePredictions = await importAll((id) => join(benchmark, 'html', `${id}.html.gz`));
// Kept for looking into single pages.
await writeFile(
  join(work, 'importer.json'),
  JSON.stringify(Object.fromEntries(ids.map((id) => [id, { articleBody: predictions.bodies[id] }])), null, 1),
);
for (const [what, imports] of [['texts', predictions], ['HTML pages', pagePredictions]]) {
  console.log(`\nimported ${imports.imported} of ${ids.length} ${what}; refused: ${imports.refused.length}`);
  for (const [id, message] of imports.refused) console.log(`  ${id.slice(0, 12)}  ${message}`);
}

for (const [label, keep] of [
  ['all 181 pages', () => true],
  [`development (${ids.filter((_, index) => !heldOut(index)).length} pages)`, (index) => !heldOut(index)],
  [`held out (${ids.filter((_, index) => heldOut(index)).length} pages)`, heldOut],
]) {
  const chosen = ids.filter((_, index) => keep(index));
  console.log(`\n${label}`);
  console.log(await evaluate(chosen, predictions.bodies, pagePredictions.bodies));
}

async function exists(path) {
  return access(path).then(() => true, () => false);
}

async function renderTexts() {
  const missing = [];
  for (const id of ids) {
    if (!(await exists(join(textFolder, `${id}.txt`)))) missing.push(id);
  }
  if (missing.length === 0) return;
  console.log(`rendering ${missing.length} pages to text in headless Chromium (JavaScript off)`);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const context = await browser.newContext({ javaScriptEnabled: false });
  // The page alone: no stylesheet, image or frame is fetched, as offline.
  await context.route('**/*', (route) => route.abort());
  const page = await context.newPage();
  for (const id of missing) {
    const html = gunzipSync(await readFile(join(benchmark, 'html', `${id}.html.gz`))).toString('utf8');
    await page.setContent(html, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    const text = await page.evaluate(() => document.body?.innerText ?? '');
    await writeFile(join(textFolder, `${id}.txt`), text);
  }
  await browser.close();
}

/** `edition-tool import` on each page's file, as named by `fileOf`. */
async function importAll(fileOf) {
  const bodies = {};
  const refused = [];
  let imported = 0;
  for (const id of ids) {
    try {
      const { stdout } = await run(editionTool, ['import', fileOf(id)], {
        maxBuffer: 64 * 1024 * 1024,
      });
      const [article] = JSON.parse(stdout).articles;
      bodies[id] = article.body.map(blockText).join('\n');
      imported += 1;
    } catch (error) {
      bodies[id] = '';
      refused.push([id, (error.stderr ?? String(error)).trim().split('\n')[0]]);
    }
  }
  return { bodies, refused, imported };
}

function blockText(block) {
  return block.attribution ? `${block.text}\n${block.attribution}` : block.text;
}

/** evaluate.py's table for `chosen` pages: our predictions, from the text and
 * from the HTML, beside the published outputs. */
async function evaluate(chosen, bodies, pageBodies) {
  const folder = join(work, 'evaluation');
  await rm(folder, { recursive: true, force: true });
  await mkdir(join(folder, 'output'), { recursive: true });
  const subset = (all) => Object.fromEntries(chosen.map((id) => [id, all[id]]));
  await writeFile(join(folder, 'ground-truth.json'), JSON.stringify(subset(groundTruth)));
  const ours = (all) => Object.fromEntries(chosen.map((id) => [id, { articleBody: all[id] }]));
  await writeFile(join(folder, 'output', 'importer-text.json'), JSON.stringify(ours(bodies)));
  await writeFile(join(folder, 'output', 'importer-html.json'), JSON.stringify(ours(pageBodies)));
  for (const name of await readdir(join(benchmark, 'output'))) {
    if (!name.endsWith('.json')) continue;
    const published = JSON.parse(await readFile(join(benchmark, 'output', name), 'utf8'));
    const output = published.output && published.version !== undefined ? published.output : published;
    const chosenOutput = subset(output);
    const written = published.output && published.version !== undefined
      ? { version: published.version, output: chosenOutput }
      : chosenOutput;
    await writeFile(join(folder, 'output', name), JSON.stringify(written));
  }
  const { stdout } = await run('python3', [join(benchmark, 'evaluate.py'), '--n-bootstrap', '200'], {
    cwd: folder,
  });
  return stdout.trimEnd();
}
