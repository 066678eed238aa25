// A static file server for the built site, on a free loopback port, that can
// also serve generated files and break the edition's download on purpose.
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

const policyMeta = /\s*<meta http-equiv="Content-Security-Policy"[^>]*>/i;

/**
 * The headers a `_headers` file (Netlify, Cloudflare Pages) gives every path:
 * only its `/*` block, which is all the build writes.
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
  // { bytes, declared }: an endless-looking JSON file of `bytes` bytes.
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
 * Serves `folder` under the URL path `prefix` (such as `/news/`, to prove the site
 * works below a sub-path) until `close()`.
 *
 * With `policy`, responses carry the headers of the build's `_headers` file;
 * without it, they do not and index.html loses its policy `<meta>` (to show what
 * the viewer itself does, with no policy to catch it). `files` maps paths under
 * the prefix to generated `{ body, type }`. `setFault(fault)` breaks every request
 * for the edition (`…/edition.json`) until `clearFault()`.
 */
export async function serveFolder(folder, prefix = '/', { policy = true } = {}) {
  const root = resolve(folder);
  const extraHeaders = policy ? await headersForEveryPath(root) : {};
  const files = new Map();
  const heldSockets = new Set();
  let fault = null;
  let editionRequests = 0;
  const editionRequestWaiters = [];

  const server = createServer(async (request, response) => {
    for (const [name, value] of Object.entries(extraHeaders)) response.setHeader(name, value);
    const fullPath = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (!fullPath.startsWith(prefix)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
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
    if (files.has(path)) {
      const { body, type } = files.get(path);
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
      let body = await readFile(file);
      const type = contentTypes[extname(file)] ?? 'application/octet-stream';
      if (!policy && extname(file) === '.html') body = body.toString().replace(policyMeta, '');
      response.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  const dropHeldConnections = () => {
    for (const socket of heldSockets) socket.destroy();
    heldSockets.clear();
  };
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    files,
    setFault(newFault) {
      fault = newFault;
    },
    clearFault() {
      fault = null;
      dropHeldConnections();
    },
    /** How many requests for the edition arrived so far. */
    get editionRequests() {
      return editionRequests;
    },
    /** Resolves when the next request for the edition arrives. */
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
