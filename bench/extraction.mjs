// The extraction benchmark's steps (see extraction.sh):
// 1. each page's text as a browser-based scraper gets it: document.body.innerText
//    in headless Chromium with JavaScript off and nothing fetched, cached in
//    target/extraction/text/ (rendering 181 pages takes a minute; the text does
//    not change between runs);
// 2. `edition-tool import` on each text, and on each saved page itself, its body
//    paragraphs joined by newlines as the benchmark's prediction (a page it
//    refuses predicts nothing);
// 3. the extractor the importer reads pages with, rs-trafilatura, on its own
//    (importer/examples/extractor_alone.rs), so the table shows what the
//    importer's layers add to it or cost;
// 4. the benchmark's evaluate.py on all pages, on the two thirds used while
//    developing, and on the third held out, each beside the published outputs;
// 5. the headline, byline and published date imported from each saved page
//    against what the page's own schema.org JSON-LD says (json-ld.mjs);
//    JSON_LD_DISAGREEMENTS=1 lists the pages where they differ.
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile, access } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, repo } from '../e2e/browser.mjs';
import { agreement, readJsonLd } from './json-ld.mjs';

const run = promisify(execFile);
const benchmark = process.env.BENCHMARK;
const work = join(repo, 'target', 'extraction');
const textFolder = join(work, 'text');
const editionTool = join(repo, 'target', 'release', 'edition-tool');
const extractorAlone = join(repo, 'target', 'release', 'examples', 'extractor_alone');

const groundTruth = JSON.parse(await readFile(join(benchmark, 'ground-truth.json'), 'utf8'));
const ids = Object.keys(groundTruth).sort();
const lockFile = await readFile(join(repo, 'Cargo.lock'), 'utf8');

/** Every third page, in the order of their ids, is held out while the importer is tuned. */
const heldOut = (index) => index % 3 === 2;

await mkdir(textFolder, { recursive: true });
await renderTexts();
const predictions = await importAll((id) => join(textFolder, `${id}.txt`));
// The same pages as the saved HTML files themselves, through the importer's
// page path (the extractor, then the same layers as for text).
const pagePredictions = await importAll((id) => join(benchmark, 'html', `${id}.html.gz`));
const { stdout: aloneOutput } = await run(
  extractorAlone,
  ids.map((id) => join(benchmark, 'html', `${id}.html.gz`)),
  { maxBuffer: 256 * 1024 * 1024 },
);
const extractorBodies = Object.fromEntries(
  Object.entries(JSON.parse(aloneOutput)).map(([id, { articleBody }]) => [id, articleBody]),
);
// Kept for looking into single pages.
for (const [name, bodies] of [
  ['importer-text', predictions.bodies],
  ['importer-html', pagePredictions.bodies],
  ['extractor-alone', extractorBodies],
]) {
  await writeFile(
    join(work, `${name}.json`),
    JSON.stringify(Object.fromEntries(ids.map((id) => [id, { articleBody: bodies[id] }])), null, 1),
  );
}
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
  console.log(await evaluate(chosen, {
    'importer-text': predictions.bodies,
    'importer-html': pagePredictions.bodies,
    'rs-trafilatura': { version: lockedVersion('rs-trafilatura'), bodies: extractorBodies },
  }));
}

const pages = {};
for (const id of ids) {
  const html = gunzipSync(await readFile(join(benchmark, 'html', `${id}.html.gz`))).toString('utf8');
  pages[id] = { jsonLd: readJsonLd(html), article: pagePredictions.articles[id] };
}
const { table, disagreements } = agreement(pages);
console.log('\nthe saved pages\' headline, byline and published date against their JSON-LD');
console.log(table);
if (process.env.JSON_LD_DISAGREEMENTS) {
  console.log(disagreements.join('\n'));
} else {
  console.log(`(JSON_LD_DISAGREEMENTS=1 lists the ${disagreements.length} disagreements)`);
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

/** `edition-tool import` on each page's file, as named by `fileOf`: the body
 * text and the article (`null` when refused) of each. */
async function importAll(fileOf) {
  const bodies = {};
  const articles = {};
  const refused = [];
  let imported = 0;
  for (const id of ids) {
    try {
      const { stdout } = await run(editionTool, ['import', fileOf(id)], {
        maxBuffer: 64 * 1024 * 1024,
      });
      const [article] = JSON.parse(stdout).articles;
      bodies[id] = article.body.map(blockText).join('\n');
      articles[id] = article;
      imported += 1;
    } catch (error) {
      bodies[id] = '';
      articles[id] = null;
      refused.push([id, (error.stderr ?? String(error)).trim().split('\n')[0]]);
    }
  }
  return { bodies, articles, refused, imported };
}

function blockText(block) {
  return block.attribution ? `${block.text}\n${block.attribution}` : block.text;
}

/** The version of `crate` that Cargo.lock holds. */
function lockedVersion(crate) {
  const match = lockFile.match(new RegExp(`\\[\\[package\\]\\]\\nname = "${crate}"\\nversion = "([^"]+)"`));
  return match ? match[1] : 'unknown';
}

/** evaluate.py's table for `chosen` pages: our predictions (`ours`, by name:
 * the bodies by page id, or a crate's version and its bodies), beside the
 * published outputs. */
async function evaluate(chosen, ours) {
  const folder = join(work, 'evaluation');
  await rm(folder, { recursive: true, force: true });
  await mkdir(join(folder, 'output'), { recursive: true });
  const subset = (all) => Object.fromEntries(chosen.map((id) => [id, all[id]]));
  await writeFile(join(folder, 'ground-truth.json'), JSON.stringify(subset(groundTruth)));
  for (const [name, prediction] of Object.entries(ours)) {
    const { version, bodies } = prediction.bodies ? prediction : { bodies: prediction };
    const output = Object.fromEntries(chosen.map((id) => [id, { articleBody: bodies[id] }]));
    const written = version ? { version, output } : output;
    await writeFile(join(folder, 'output', `${name}.json`), JSON.stringify(written));
  }
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
