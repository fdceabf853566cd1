// The feed under the site's own origin: integrations/nginx/ as shipped, in Debian's nginx, in front of a stand-in
// feed server that (like a DPL CMS site) sends no CORS header for this origin, a session cookie and no-cache.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { freePort, startNginx } from './servers.mjs';

const NOW = '2026-03-02T09:00:00+01:00';

/** The stand-in DPL server: demo/data/dpl-events.json at /api/v1/events?_format=json. */
async function startFeed(feed) {
  const seen = [];
  const server = createServer((request, response) => {
    seen.push({ url: request.url, cookie: request.headers.cookie });
    if (request.url !== '/api/v1/events?_format=json') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-cache, private',
      'Set-Cookie': 'SESSfeed=secret; path=/; HttpOnly',
    });
    response.end(feed);
  });
  const port = await freePort();
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  return { port, seen, close: () => new Promise((done) => server.close(done)) };
}

function nginxConf(dir, port, feedPort) {
  const cache = readFileSync('integrations/nginx/feed-cache.conf', 'utf8');
  const location = readFileSync('integrations/nginx/feed-location.conf', 'utf8');
  if (!cache.includes('/var/cache/nginx/medborger') || !location.includes('https://go.bibliotek.example.dk/'))
    throw new Error('integrations/nginx/ no longer has the cache path or feed address this test replaces');
  writeFileSync(`${dir}/feed-cache.conf`, cache.replace('/var/cache/nginx/medborger', `${dir}/cache`));
  writeFileSync(
    `${dir}/feed-location.conf`,
    location.replace('https://go.bibliotek.example.dk/', `http://127.0.0.1:${feedPort}/`),
  );
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `${name}_temp_path ${dir}/tmp/${name};`)
    .join('\n    ');
  // Run as root (CI), nginx's workers would otherwise be `nobody`, who cannot read the throwaway directory.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${user}daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 64; }
http {
    access_log off;
    ${temp}
    types { text/html html; text/javascript js; application/json json; }
    include ${dir}/feed-cache.conf;
    server {
        listen 127.0.0.1:${port};
        root ${dir}/site;
        include ${dir}/feed-location.conf;
    }
}
`;
}

/**
 * @param {{ dir: string, browser: import('puppeteer-core').Browser, check: Function, openPage: Function }} context
 */
export async function testFeedProxy({ dir, check, openPage }) {
  const feedText = readFileSync('demo/data/dpl-events.json', 'utf8');
  const titles = JSON.parse(feedText).map((event) => event.title);
  const feed = await startFeed(feedText);
  try {
    mkdirSync(`${dir}/tmp`, { recursive: true });
    mkdirSync(`${dir}/site`, { recursive: true });
    symlinkSync(resolve('dist'), `${dir}/site/dist`);
    writeFileSync(
      `${dir}/site/index.html`,
      `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Kommunen</title>
<script type="module" src="/dist/medborger.js"></script></head><body><main>
<mb-course-calendar src="/medborger/events" format="dpl" now="${NOW}"></mb-course-calendar>
</main></body></html>`,
    );
    const port = await freePort();
    await startNginx(dir, nginxConf(dir, port, feed.port), port);
    const base = `http://127.0.0.1:${port}`;

    const direct = await fetch(`http://127.0.0.1:${feed.port}/api/v1/events?_format=json`);
    check(
      'nginx: the stand-in feed gives no CORS header (a page elsewhere could not read it)',
      !direct.headers.get('access-control-allow-origin'),
    );
    feed.seen.length = 0;

    const first = await fetch(`${base}/medborger/events?x=1`, { headers: { Cookie: 'wordpress_logged_in=visitor' } });
    const firstBody = await first.text();
    check('nginx: the feed arrives through the proxy unchanged', first.ok && firstBody === feedText, first.status);
    check(
      'nginx: the first request is a cache miss',
      first.headers.get('x-cache-status') === 'MISS',
      first.headers.get('x-cache-status'),
    );
    check("nginx: the feed's session cookie is not passed on", !first.headers.get('set-cookie'));
    check(
      "nginx: the feed is asked for as configured, without the visitor's query string or cookie",
      feed.seen.length === 1 && feed.seen[0].url === '/api/v1/events?_format=json' && !feed.seen[0].cookie,
      JSON.stringify(feed.seen),
    );
    const second = await fetch(`${base}/medborger/events?y=2`);
    check(
      'nginx: a second request is a cache hit',
      second.headers.get('x-cache-status') === 'HIT',
      second.headers.get('x-cache-status'),
    );
    check('nginx: the cache hit did not reach the feed server', feed.seen.length === 1, feed.seen.length);
    const post = await fetch(`${base}/medborger/events`, { method: 'POST', body: 'x' });
    check('nginx: only GET is proxied', post.status === 403, post.status);

    const { page, problems } = await openPage(`${base}/`, base);
    const shown = await page
      .waitForFunction(
        (expected) => {
          const text = document.querySelector('mb-course-calendar')?.shadowRoot?.textContent ?? '';
          return expected.find((title) => text.includes(title));
        },
        { timeout: 15_000 },
        titles,
      )
      .then((handle) => handle.jsonValue())
      .catch(() => undefined);
    check('nginx: the course calendar on the site shows courses read through the proxy', Boolean(shown), shown);
    check(
      'nginx: the page had no console error, failed or outside request',
      problems.length === 0,
      problems.join('; '),
    );
    check("nginx: the page's feed request was served from the cache", feed.seen.length === 1, feed.seen.length);
    await page.close();
  } finally {
    await feed.close();
  }
}
