// `./x serve` in a scratch copy of the project, for the development server's
// test and the dev-loop benchmark: never the working tree, which a developer
// may be editing (and serving) at the same time.
import { spawn, execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repo } from './browser.mjs';

/** A port nothing listens on now. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Copies the project's files (those git tracks or would track, as they are in
 * the working tree) into `$TMPDIR/article-viewer-dev-server/NAME/`, keeping
 * their times so that Cargo, which shares the project's target folder,
 * rebuilds only what changed since the last copy. Not inside the target
 * folder: Trunk watches nothing there. `node_modules` is linked, not copied.
 */
async function scratchCopy(name) {
  const scratch = join(tmpdir(), 'article-viewer-dev-server', name);
  await rm(scratch, { recursive: true, force: true });
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repo,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    await mkdir(dirname(join(scratch, file)), { recursive: true });
    // A file deleted in the working tree but still tracked is skipped.
    await cp(join(repo, file), join(scratch, file), { preserveTimestamps: true }).catch((error) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  await symlink(join(repo, 'node_modules'), join(scratch, 'node_modules'));
  // Trunk.toml's watch ignores `target`, and Trunk refuses an ignored path that
  // does not exist; Cargo builds in the project's own target folder instead.
  await mkdir(join(scratch, 'target'));
  return scratch;
}

/**
 * Starts `./x serve` on a free port in a scratch copy named `name`, and waits
 * until it serves the page. Resolves to `{ url, folder, startSeconds, edit,
 * output, close }`: `edit(file, change)` rewrites a file of the copy with
 * `change(text)` and resolves to the time it was saved (`performance.now()`);
 * `close()` stops the server and everything it started.
 */
export async function startDevServer(name) {
  const folder = await scratchCopy(name);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const started = performance.now();
  // Its own process group, so that closing it stops Trunk and the Cargo it runs.
  const server = spawn('./x', ['serve'], {
    cwd: folder,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(port), CARGO_TARGET_DIR: join(repo, 'target') },
  });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => server.on('exit', resolve));
  const close = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await exited;
    }
  };
  try {
    // Trunk answers once its first build is done.
    for (;;) {
      if (server.exitCode !== null) throw new Error(`./x serve stopped:\n${output}`);
      const answered = await fetch(url).then((response) => response.ok, () => false);
      if (answered) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } catch (error) {
    await close();
    throw error;
  }
  const edit = async (file, change) => {
    const path = join(folder, file);
    const text = await readFile(path, 'utf8');
    const changed = change(text);
    if (changed === text) throw new Error(`the edit changes nothing in ${file}`);
    await writeFile(path, changed);
    return performance.now();
  };
  return {
    url,
    folder,
    startSeconds: (performance.now() - started) / 1000,
    edit,
    output: () => output,
    close,
  };
}

/**
 * Waits until `condition` (run in the page, with `argument`) holds, through the
 * reloads the development server makes on its own; resolves to `performance.now()`
 * at that moment.
 */
export async function waitThroughReloads(page, condition, argument) {
  for (;;) {
    try {
      await page.waitForFunction(condition, argument, { polling: 'raf', timeout: 120_000 });
      return performance.now();
    } catch (error) {
      // The page reloaded while the condition was being checked: check the new one.
      if (!/context was destroyed|navigat/i.test(error.message)) throw error;
    }
  }
}
