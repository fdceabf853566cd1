// A small static file server for the demo site, the bench, the story smoke test and the hosting tests. It only ever
// listens on loopback. Text answers are compressed as the browser asks (Accept-Encoding: brotli, else gzip), as any
// production host of the widgets would; `caching: true` (the demo server) adds the cache policy a site would use.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg\+xml)/u;
// Rollup's chunk names end in a content hash (rollup.config.js): such a file never changes under its name.
const HASHED = /-[\w-]{8}\.js$/u;

// Files above this are compressed faster and not kept (the bench's generated feeds are several megabytes).
const LARGE = 1024 * 1024;
const squeeze = {
  // Quality 11 is brotli's best and slowest; files are compressed once and kept (see `compressed`).
  br: (body) =>
    promisify(brotliCompress)(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: body.length > LARGE ? 5 : 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body) => promisify(gzip)(body, { level: body.length > LARGE ? 6 : 9 }),
};
const kept = new Map();

/**
 * The encoding to answer with for an Accept-Encoding header (RFC 9110, 12.5.3): brotli or gzip, whichever has the
 * higher quality value (brotli on a tie), else none; `q=0` refuses an encoding.
 * @param {string | undefined} header
 * @returns {'br' | 'gzip' | undefined}
 */
export function chooseEncoding(header = '') {
  const accepted = new Map();
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((param) => param.trim().match(/^q=([\d.]+)$/u)?.[1]).find(Boolean);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const wildcard = accepted.get('*');
  const quality = (name) => accepted.get(name) ?? wildcard ?? 0;
  // The highest quality wins; on a tie brotli, which is smaller.
  const [best] = ['br', 'gzip'].filter((name) => quality(name) > 0).sort((a, b) => quality(b) - quality(a));
  return best;
}

/** The compressed body of a file, kept while the file is unchanged (large files are compressed per request). */
async function compressed(path, info, body, encoding) {
  const key = `${encoding} ${path}`;
  const stamp = `${info.size} ${info.mtimeMs}`;
  const hit = kept.get(key);
  if (hit?.stamp === stamp) return hit.body;
  const result = await squeeze[encoding](body);
  if (body.length <= LARGE) kept.set(key, { stamp, body: result });
  return result;
}

/**
 * @param {string} root folder to serve
 * @param {{ index?: string, caching?: boolean, headers?: (path: string) => Record<string, string> }} [options]
 *   `caching`: hashed chunks are cached for a year, everything else is revalidated (ETag); without it nothing is
 *   stored, so a test or a bench always gets the file as it is on disk.
 */
export function createStaticServer(root, options = {}) {
  const base = resolve(root);
  return createServer((request, response) => {
    answer(base, options, request, response).catch((error) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(String(error));
    });
  });
}

async function answer(base, options, request, response) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let path = normalize(join(base, decodeURIComponent(url.pathname)));
  if (path !== base && !path.startsWith(base + sep)) {
    response.writeHead(403).end();
    return;
  }
  let info;
  try {
    info = await stat(path);
    if (info.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, { location: url.pathname + '/' + url.search }).end();
        return;
      }
      path = join(path, 'index.html');
      info = await stat(path);
    }
  } catch {
    // Browsers ask for a favicon on their own; a missing one is not an error of the page.
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (url.pathname === '/' && options.index) {
      response.writeHead(302, { location: options.index }).end();
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  const etag = `W/"${info.size.toString(16)}-${Math.round(info.mtimeMs).toString(16)}"`;
  const headers = {
    'content-type': type,
    'cache-control': !options.caching
      ? 'no-store'
      : HASHED.test(url.pathname)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    etag,
    ...(COMPRESSIBLE.test(type) ? { vary: 'Accept-Encoding' } : {}),
    ...(options.headers?.(url.pathname) ?? {}),
  };
  if (options.caching && request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers).end();
    return;
  }
  let body = await readFile(path);
  const encoding = COMPRESSIBLE.test(type) ? chooseEncoding(request.headers['accept-encoding']) : undefined;
  if (encoding) {
    body = await compressed(path, info, body, encoding);
    headers['content-encoding'] = encoding;
  }
  headers['content-length'] = String(body.length);
  response.writeHead(200, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** Listens on 127.0.0.1 and resolves with the base URL. Port 0 picks a free port. */
export function listen(server, port = 0) {
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePromise(`http://127.0.0.1:${server.address().port}`));
  });
}
