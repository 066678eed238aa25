// A static file server for the built site, on a free loopback port.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

/**
 * Serves `folder` under the URL path `prefix` (such as `/news/`, to prove the site
 * works below a sub-path) until `close()`; resolves to `{ url, close }`.
 */
export async function serveFolder(folder, prefix = '/') {
  const served = await serveFolders({ [prefix]: folder });
  return { url: served.urls[prefix], close: served.close };
}

/**
 * Serves several folders, each under its own URL path prefix, from one origin:
 * `{ '/news/': 'dist', '/host/': 'examples/host' }`. Resolves to
 * `{ urls: { prefix: url }, close }`.
 */
export async function serveFolders(mounts) {
  const roots = Object.entries(mounts).map(([prefix, folder]) => [prefix, resolve(folder)]);
  const server = createServer(async (request, response) => {
    const fullPath = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const mount = roots.find(([prefix]) => fullPath.startsWith(prefix));
    if (!mount) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const [prefix, root] = mount;
    const path = fullPath.slice(prefix.length);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = contentTypes[extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  const urls = Object.fromEntries(
    roots.map(([prefix]) => [prefix, `http://127.0.0.1:${port}${prefix}`]),
  );
  return { urls, close: () => new Promise((done) => server.close(done)) };
}
