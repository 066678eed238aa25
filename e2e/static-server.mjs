// A static file server for the built site, on a free loopback port, that can
// also serve generated files and break the edition's download on purpose.
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
  '.ftl': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

const policyMeta = /\s*<meta http-equiv="Content-Security-Policy"[^>]*>/i;

/**
 * Serves `folder` under the URL path `prefix` (such as `/news/`, to prove the site
 * works below a sub-path) until `close()`; resolves to the server of
 * `serveFolders` with `url`, the folder's address.
 */
export async function serveFolder(folder, prefix = '/', options = {}) {
  const served = await serveFolders({ [prefix]: folder }, options);
  served.url = served.urls[prefix];
  return served;
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
 * The headers a folder's `_headers` file (Netlify, Cloudflare Pages) gives every
 * path: only its `/*` block, which is all the build writes.
 */
async function headersForEveryPath(folder) {
  let text;
  try {
    text = await readFile(join(folder, '_headers'), 'utf8');
  } catch {
    return {};
  }
  const headers = {};
  let inBlock = false;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inBlock = line.trim() === '/*';
    } else if (inBlock) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}

/** How each fault answers (or fails to answer) a request for the edition. */
const faults = {
  // { status }: an error page, as a server gives it.
  status: ({ status }, request, response) =>
    response
      .writeHead(status, { 'content-type': 'text/html; charset=utf-8' })
      .end(`<!doctype html><title>${status}</title><h1>Error ${status}</h1>`),
  // Accepts the request and never answers.
  'no-answer': () => {},
  // Closes the connection before any answer.
  reset: (fault, request) => request.socket.destroy(),
  // Sends the head and half the body, then closes the connection.
  'drop-mid-body': ({ chunked = false }, request, response, body) => {
    const head = { 'content-type': contentTypes['.json'] };
    if (!chunked) head['content-length'] = body.length;
    response.writeHead(200, head);
    response.write(body.subarray(0, body.length >> 1), () => response.socket?.destroy());
  },
  // Sends the head at once, then one byte of the body every quarter second.
  slow: (fault, request, response, body) => {
    response.writeHead(200, {
      'content-type': contentTypes['.json'],
      'content-length': body.length,
    });
    let sent = 0;
    const timer = setInterval(() => {
      if (sent < body.length) response.write(body.subarray(sent, ++sent));
    }, 250);
    response.on('close', () => clearInterval(timer));
  },
  // { type, body }: any content, of any declared type.
  body: ({ type, body }, request, response) => {
    const head = {};
    if (type !== undefined) head['content-type'] = type;
    response.writeHead(200, head).end(body);
  },
  // { bytes, declared }: a JSON file of `bytes` spaces, its length declared or not.
  large: ({ bytes, declared }, request, response) => {
    const head = { 'content-type': contentTypes['.json'] };
    if (declared) head['content-length'] = bytes;
    response.writeHead(200, head);
    const chunk = Buffer.alloc(64 * 1024, ' ');
    let left = bytes;
    const pump = () => {
      while (left > 0 && !response.destroyed) {
        const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
        left -= part.length;
        if (!response.write(part)) return response.once('drain', pump);
      }
      if (left === 0) response.end();
    };
    pump();
  },
};

/**
 * Serves several folders, each under its own URL path prefix, from one origin:
 * `{ '/news/': 'dist', '/host/': 'examples/host' }`, until `close()`.
 *
 * - `compress`: compresses like a real host.
 * - `policy` (on by default): each folder's responses carry the headers of its
 *   `_headers` file, as a static host sends them. Off, they do not, and HTML
 *   pages lose their policy `<meta>`, to show what the viewer itself does with no
 *   policy to catch it.
 *
 * Resolves to `{ urls: { prefix: url }, files, setFault, clearFault, close, … }`:
 * `files` maps full URL paths (`/news/page.html`) to generated `{ body, type }`;
 * `setFault(fault)` breaks every request for an edition (`…/edition.json`) until
 * `clearFault()` (see `faults` above).
 */
export async function serveFolders(mounts, { compress = false, policy = true } = {}) {
  const roots = await Promise.all(
    Object.entries(mounts).map(async ([prefix, folder]) => [
      prefix,
      resolve(folder),
      policy ? await headersForEveryPath(resolve(folder)) : {},
    ]),
  );
  const files = new Map();
  const heldSockets = new Set();
  let fault = null;
  let editionRequests = 0;
  const editionRequestWaiters = [];

  const server = createServer(async (request, response) => {
    const fullPath = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const mount = roots.find(([prefix]) => fullPath.startsWith(prefix));
    if (!mount) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const [prefix, root, extraHeaders] = mount;
    for (const [name, value] of Object.entries(extraHeaders)) response.setHeader(name, value);
    const path = fullPath.slice(prefix.length);
    if (path.endsWith('edition.json')) {
      editionRequests += 1;
      editionRequestWaiters.splice(0).forEach((wake) => wake());
      if (fault) {
        const { socket } = request;
        if (!heldSockets.has(socket)) {
          heldSockets.add(socket);
          socket.once('close', () => heldSockets.delete(socket));
        }
        const body = await readFile(join(root, 'edition.json'));
        faults[fault.kind](fault, request, response, body);
        return;
      }
    }
    if (files.has(fullPath)) {
      const { body, type } = files.get(fullPath);
      response.writeHead(200, { 'content-type': type }).end(body);
      return;
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const type = contentTypes[extname(file)] ?? 'application/octet-stream';
      let raw = await readFile(file);
      if (!policy && extname(file) === '.html') {
        raw = Buffer.from(raw.toString().replace(policyMeta, ''));
      }
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
  const dropHeldConnections = () => {
    for (const socket of heldSockets) socket.destroy();
    heldSockets.clear();
  };
  return {
    urls,
    files,
    setFault(newFault) {
      fault = newFault;
    },
    clearFault() {
      fault = null;
      dropHeldConnections();
    },
    /** How many requests for an edition arrived so far. */
    get editionRequests() {
      return editionRequests;
    },
    /** Resolves when the next request for an edition arrives. */
    nextEditionRequest() {
      return new Promise((wake) => editionRequestWaiters.push(wake));
    },
    close() {
      dropHeldConnections();
      server.closeAllConnections();
      return new Promise((done) => server.close(done));
    },
  };
}
