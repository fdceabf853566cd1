// The demo server (scripts/static-server.mjs, as scripts/serve.mjs starts it) over real HTTP: text compressed as the
// request asks, the headers a cache needs to keep the variants apart, and the cache policy. Run with
// `node --test test/demo/server.test.mjs` (scripts/test-all.sh does, after the build).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { chooseEncoding, createStaticServer, listen } from '../../scripts/static-server.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** One raw request (no client-side decompression), resolving with the status, headers and body bytes. */
function get(base, path, headers = {}, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), { method, headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the demo server', () => {
  let server;
  let base;
  let plain;
  let plainBase;
  const page = readFileSync(`${ROOT}/demo/demo.css`);
  const chunk = readdirSync(`${ROOT}/dist/chunks`).find((name) => /^course-calendar-[\w-]{8}\.js$/u.test(name));

  before(async () => {
    server = createStaticServer(ROOT, { index: '/demo/', caching: true });
    base = await listen(server);
    plain = createStaticServer(ROOT);
    plainBase = await listen(plain);
  });
  after(() => {
    server.close();
    plain.close();
  });

  it('answers in brotli when the browser accepts it, and the body unpacks to the file', async () => {
    const answer = await get(base, '/demo/demo.css', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['content-encoding'], 'br');
    assert.equal(answer.headers['content-type'], 'text/css; charset=utf-8');
    assert.match(answer.headers.vary ?? '', /accept-encoding/iu);
    assert.equal(Number(answer.headers['content-length']), answer.body.length);
    assert.ok(answer.body.length < page.length / 2, 'smaller than half the file');
    assert.deepEqual(brotliDecompressSync(answer.body), page);
  });

  it('answers in gzip when only gzip is accepted, or brotli is refused', async () => {
    for (const accept of ['gzip', 'br;q=0, gzip;q=0.8', 'deflate, gzip']) {
      const answer = await get(base, '/demo/demo.css', { 'accept-encoding': accept });
      assert.equal(answer.headers['content-encoding'], 'gzip', accept);
      assert.deepEqual(gunzipSync(answer.body), page);
    }
  });

  it('answers uncompressed, still varying by Accept-Encoding, when nothing it has is accepted', async () => {
    for (const headers of [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'br;q=0, gzip;q=0' }]) {
      const answer = await get(base, '/demo/demo.css', headers);
      assert.equal(answer.headers['content-encoding'], undefined);
      assert.match(answer.headers.vary ?? '', /accept-encoding/iu);
      assert.deepEqual(answer.body, page);
    }
  });

  it('compresses the demo pages, scripts and feeds, and not what is compressed already', async () => {
    const accept = { 'accept-encoding': 'br' };
    for (const [path, type] of [
      ['/demo/', 'text/html; charset=utf-8'],
      ['/demo/kurser.en.html', 'text/html; charset=utf-8'],
      ['/dist/medborger.js', 'text/javascript; charset=utf-8'],
      ['/demo/data/courses.json', 'application/json; charset=utf-8'],
      ['/demo/data/course-calendar/filial-nord.ics', 'text/calendar; charset=utf-8'],
    ]) {
      const answer = await get(base, path, accept);
      assert.equal(answer.status, 200, path);
      assert.equal(answer.headers['content-type'], type, path);
      assert.equal(answer.headers['content-encoding'], 'br', path);
    }
    const image = readdirSync(`${ROOT}/docs/hosts`).find((name) => name.endsWith('.png'));
    const png = await get(base, `/docs/hosts/${image}`, accept);
    assert.equal(png.headers['content-type'], 'image/png');
    assert.equal(png.headers['content-encoding'], undefined);
    assert.equal(png.headers.vary, undefined);
  });

  it('keeps hashed chunks for a year and has everything else revalidated with its ETag', async () => {
    const hashed = await get(base, `/dist/chunks/${chunk}`);
    assert.equal(hashed.headers['cache-control'], 'public, max-age=31536000, immutable');
    const html = await get(base, '/demo/index.html', { 'accept-encoding': 'gzip' });
    assert.equal(html.headers['cache-control'], 'no-cache');
    assert.ok(html.headers.etag);
    const again = await get(base, '/demo/index.html', {
      'accept-encoding': 'gzip',
      'if-none-match': html.headers.etag,
    });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
    const entry = await get(base, '/dist/medborger.js');
    assert.equal(entry.headers['cache-control'], 'no-cache', 'the drop-in keeps its name from release to release');
  });

  it('stores nothing without the caching option (tests and the bench), but still compresses', async () => {
    const answer = await get(plainBase, `/dist/chunks/${chunk}`, { 'accept-encoding': 'gzip' });
    assert.equal(answer.headers['cache-control'], 'no-store');
    assert.equal(answer.headers['content-encoding'], 'gzip');
    const head = await get(plainBase, '/demo/demo.css', { 'accept-encoding': 'br' }, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
  });

  it('reads Accept-Encoding as RFC 9110 writes it: quality values, a wildcard, any case', () => {
    assert.equal(chooseEncoding('gzip, deflate, br'), 'br');
    assert.equal(chooseEncoding('GZIP'), 'gzip');
    assert.equal(chooseEncoding('br;q=0.1, gzip;q=0.9'), 'gzip');
    assert.equal(chooseEncoding('gzip;q=0.5, br;q=0.5'), 'br');
    assert.equal(chooseEncoding('*'), 'br');
    assert.equal(chooseEncoding('*;q=0, gzip'), 'gzip');
    assert.equal(chooseEncoding('identity'), undefined);
    assert.equal(chooseEncoding(''), undefined);
    assert.equal(chooseEncoding(undefined), undefined);
  });
});
