// What a real page downloads: opens a page with the drop-in and each widget (and one with all three) in Debian's
// Chromium, with the demo's data, does what nearly every citizen does (opens a course in the calendar), and sums
// the gzip size of every script the page fetched. `node scripts/size.mjs` counts the same files from the build
// without a browser; `node scripts/size-page.mjs` (or `npm run size -- --measure`) checks that both agree, and fails
// when a page fetches a script the static count leaves out.
//
//   node scripts/size-page.mjs [--json] [--guide=mitid]     (after `npm run build`)
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { findBrowsers, CHROMIUM_ARGS } from './browsers.mjs';
import { createStaticServer, listen } from './static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NOW = '2026-03-02T09:00:00+01:00';

/**
 * The pages, as an editor would write them: the drop-in, then the widget's tag with the demo's data. `guide` is the
 * built-in guide the card shows (scripts/size.mjs passes the one it counts, the largest).
 */
export function pagesFor({ guide = 'mitid' } = {}) {
  const pages = {
    'drop-in': '',
    'course-calendar': `<mb-course-calendar src="/demo/data/courses.json" now="${NOW}"></mb-course-calendar>`,
    'guide-card': `<mb-guide-card guide="${guide}"></mb-guide-card>`,
    'model-explainer': '<mb-model-explainer></mb-model-explainer>',
  };
  pages.all = [pages['course-calendar'], pages['guide-card'], pages['model-explainer']].join('\n');
  return pages;
}

const html = (body) => `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>size</title>
<script type="module" src="/dist/medborger.js"></script></head>
<body>${body}</body></html>`;

const gzip = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

/** Waits until every widget on the page has loaded its data, then opens the calendar's first course. */
async function settle(page) {
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 30_000 });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('mb-course-calendar, mb-guide-card, mb-model-explainer')].every(
        (element) => element.shadowRoot && element.updateComplete,
      ),
    { timeout: 30_000 },
  );
  const toggle = await page.evaluateHandle(
    () => document.querySelector('mb-course-calendar')?.shadowRoot?.querySelector('[part~="toggle"]') ?? null,
  );
  if (toggle.asElement()) {
    await toggle.asElement().click();
    await page.waitForNetworkIdle({ idleTime: 300, timeout: 30_000 });
  }
  await toggle.dispose();
}

/**
 * Opens each page and returns, per page, the scripts it fetched (paths under dist/, relative) and their gzip sizes.
 * @returns {Promise<Record<string, { files: { path: string, gzip: number }[], total: number }>>}
 */
export async function measurePages(options = {}) {
  const PAGES = pagesFor(options);
  const { chromium } = findBrowsers();
  if (!chromium)
    throw new Error('size-page: Chromium is missing (node scripts/browsers.mjs --install, or CHROME_PATH)');
  const files = createStaticServer(ROOT).listeners('request')[0];
  const server = createServer((request, response) => {
    const name = /^\/size\/([\w-]+)\.html$/.exec(request.url ?? '')?.[1];
    if (name && name in PAGES) response.writeHead(200, { 'content-type': 'text/html' }).end(html(PAGES[name]));
    else files(request, response);
  });
  const base = await listen(server);
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: CHROMIUM_ARGS });
  const result = {};
  try {
    for (const name of Object.keys(PAGES)) {
      const page = await browser.newPage();
      const fetched = new Set();
      const problems = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        if (path.startsWith('/dist/') && path.endsWith('.js')) fetched.add(path.slice('/dist/'.length));
      });
      await page.emulateTimezone('Europe/Copenhagen');
      await page.goto(`${base}/size/${name}.html`, { waitUntil: 'load' });
      await settle(page);
      await page.close();
      if (problems.length) throw new Error(`size-page: ${name}: ${problems.join('; ')}`);
      const list = [...fetched].sort().map((path) => ({ path, gzip: gzip(join(ROOT, 'dist', path)) }));
      result[name] = { files: list, total: list.reduce((sum, file) => sum + file.gzip, 0) };
    }
  } finally {
    await browser.close();
    server.close();
  }
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const guide = process.argv.find((arg) => arg.startsWith('--guide='))?.slice('--guide='.length);
  const pages = await measurePages({ guide });
  if (process.argv.includes('--json')) console.log(JSON.stringify(pages, null, 2));
  else {
    for (const [name, { files, total }] of Object.entries(pages)) {
      console.log(`${name}: ${(total / 1024).toFixed(1)} KB gzip in ${files.length} scripts`);
      for (const file of files) console.log(`  ${file.path.padEnd(56)}${(file.gzip / 1024).toFixed(1).padStart(6)} KB`);
    }
  }
}
