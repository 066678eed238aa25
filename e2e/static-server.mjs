// A static file server for the built site, on a free loopback port.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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

/** Compressed bodies, by file and encoding, so repeated loads cost no CPU. */
const compressed = new Map();

/**
 * The body as a real host would send it: brotli or gzip when the browser accepts
 * it (Chromium asks for brotli only over HTTPS) and the type compresses.
 */
function encode(file, body, type, acceptEncoding) {
  const compressible = /^(text\/|application\/(json|wasm|javascript)|image\/svg)/.test(type);
  const encoding = !compressible ? null : /\bbr\b/.test(acceptEncoding) ? 'br' : /\bgzip\b/.test(acceptEncoding) ? 'gzip' : null;
  if (!encoding) return { body, headers: {} };
  const key = `${file}\0${encoding}`;
  if (!compressed.has(key)) {
    compressed.set(
      key,
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 }),
    );
  }
  return { body: compressed.get(key), headers: { 'content-encoding': encoding, vary: 'accept-encoding' } };
}

/**
 * Serves several folders, each under its own URL path prefix, from one origin:
 * `{ '/news/': 'dist', '/host/': 'examples/host' }`. With `{ compress: true }` it
 * compresses like a real host. Resolves to `{ urls: { prefix: url }, close }`.
 */
export async function serveFolders(mounts, { compress = false } = {}) {
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
      const type = contentTypes[extname(file)] ?? 'application/octet-stream';
      const raw = await readFile(file);
      const { body, headers } = compress
        ? encode(file, raw, type, request.headers['accept-encoding'] ?? '')
        : { body: raw, headers: {} };
      response.writeHead(200, { 'content-type': type, ...headers }).end(body);
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
