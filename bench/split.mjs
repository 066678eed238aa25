// `edition-tool split` on a generated edition of 30,000 articles (ARTICLES=N
// to change): articles per second and peak memory, then the same split again
// after one article changed, with how many files it wrote.
//
//   node bench/split.mjs            (after `cargo build --release -p edition-tool`)
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticEdition } from './synthetic-edition.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const tool = join(repo, 'target', 'release', 'edition-tool');
// 30,000: an index of more headlines exceeds the 10 MB the viewer reads (README,
// "Known gaps"); 100,000 waits for a paged index.
const articles = Number(process.env.ARTICLES ?? 30000);

/** Runs the tool; resolves to its output, seconds taken and peak resident memory (VmHWM, polled). */
function run(args) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(tool, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    let peakKiB = 0;
    child.stdout.on('data', (chunk) => (stdout += chunk));
    const poll = setInterval(async () => {
      try {
        const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
        peakKiB = Math.max(peakKiB, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
      } catch {
        // The process has ended between two polls.
      }
    }, 10);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`edition-tool ${args.join(' ')} exited with ${code}`));
      else resolve({ stdout: stdout.trim(), seconds, peakMiB: peakKiB / 1024 });
    });
  });
}

const folder = await mkdtemp(join(tmpdir(), 'split-bench-'));
try {
  const edition = syntheticEdition(articles);
  const source = join(folder, 'edition.json');
  const json = JSON.stringify(edition);
  await writeFile(source, json);
  const output = join(folder, 'split');
  console.log(`A synthetic edition of ${articles} articles, ${(json.length / 1048576).toFixed(1)} MiB of JSON`);

  const first = await run(['split', source, '-o', output]);
  console.log(`  first split: ${first.seconds.toFixed(2)} s, ${(articles / first.seconds).toFixed(0)} articles/s, peak memory ${first.peakMiB.toFixed(0)} MiB`);
  console.log(`    ${first.stdout}`);

  edition.articles[articles >> 1].body[0].text += ' Changed.';
  await writeFile(source, JSON.stringify(edition));
  const again = await run(['split', source, '-o', output]);
  console.log(`  after one article changed: ${again.seconds.toFixed(2)} s, peak memory ${again.peakMiB.toFixed(0)} MiB`);
  console.log(`    ${again.stdout}`);
} finally {
  await rm(folder, { recursive: true, force: true });
}
