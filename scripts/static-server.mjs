// A small static file server for the demo site and the story smoke test. It only ever listens on loopback.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

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

/**
 * @param {string} root folder to serve
 * @param {{ index?: string, headers?: (path: string) => Record<string, string> }} [options]
 */
export function createStaticServer(root, options = {}) {
  const base = resolve(root);
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (path !== base && !path.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(path).isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          response.writeHead(301, { location: url.pathname + '/' + url.search }).end();
          return;
        }
        path = join(path, 'index.html');
      }
      statSync(path);
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
    response.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...(options.headers?.(url.pathname) ?? {}),
    });
    createReadStream(path).pipe(response);
  });
}

/** Listens on 127.0.0.1 and resolves with the base URL. Port 0 picks a free port. */
export function listen(server, port = 0) {
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePromise(`http://127.0.0.1:${server.address().port}`));
  });
}
