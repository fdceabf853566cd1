// The host-page part of `npm run bench` (`node bench/run.mjs --parts=host`): what one embedded widget does to an
// ordinary page of text (bench/host-page.html) on a phone, beside FullCalendar 7 embedded the same way.
//
// Each widget is embedded as the README and the embed builder give it (the drop-in's script tag, then the element),
// reading the bundled sample feed (demo/data/courses.json) from this module's own server, which gzips as any web
// server does. The phone: a 390 px mobile viewport, the CPU 4× slower (CDP Emulation.setCPUThrottlingRate) and
// Lighthouse's slow 4G (150 ms latency, 1.6 Mbit/s down, 750 kbit/s up, CDP Network.emulateNetworkConditions), in a
// fresh browser context with the cache off. Per run and row:
//
// - CLS as web-vitals computes it: layout-shift entries without recent input, grouped in session windows (a gap
//   under 1 s, at most 5 s long); the largest window's sum.
// - the longest task (Long Tasks API, which reports tasks over 50 ms) from navigation until the page is quiet, and
//   during the first interaction (open a course, choose a day, open a step, choose a model) until quiet again;
// - render: when the widget's first content (a course, the card, a tab) is on the page.
//
// Each row runs in Danish and in English (`<html lang="en">`: the widget's strings arrive on demand), median of the
// runs. Not a timed test: figures to read beside FullCalendar's, taken in the same run.
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NOW = '2026-03-02T09:00:00+01:00';
const FEED = '/demo/data/courses.json';
// The README's embedding: the stylesheet that holds each widget's box, the drop-in, then the element. With
// BENCH_HOST_EMBED=script, the script tag alone (the embedding of medborger 0.1, and of a page never updated).
const drop =
  process.env.BENCH_HOST_EMBED === 'script'
    ? '<script type="module" src="/dist/medborger.js"></script>'
    : '<link rel="stylesheet" href="/dist/medborger.css" />\n<script type="module" src="/dist/medborger.js"></script>';

/** FullCalendar embedded as its README shows: its stylesheet, a div, and a script that creates the calendar. */
const fullCalendar = (view, initialView) => ({
  head: `<link rel="stylesheet" href="/bench/.out/fc-${view}.css" />`,
  body: `<div id="calendar"></div>
<script type="module">
  import { Calendar, daLocale, plugins } from '/bench/.out/fc-${view}.js';
  const sessions = (feed) =>
    feed.courses.flatMap((course) =>
      (course.sessions ?? [course]).map((session, i) => ({
        id: course.id + '-' + i, title: course.title, start: session.start, end: session.end, url: course.url ?? '',
      })));
  const lang = document.documentElement.lang;
  new Calendar(document.getElementById('calendar'), {
    plugins, initialView: '${initialView}', headerToolbar: { start: 'title', end: 'prev,next' }, initialDate: '${NOW.slice(0, 10)}', height: 'auto',
    ...(lang === 'da' ? { locale: daLocale } : {}),
    events: (info, ok, fail) => fetch('${FEED}').then((r) => r.json()).then((feed) => ok(sessions(feed)), fail),
  }).render();
</script>`,
});

/**
 * The rows: the embedding, the element whose content shows the widget rendered (`ready`, inside its shadow root for
 * ours), and what the first interaction clicks (`click`; none for a tile whose only control is a link away).
 */
export const HOST_ROWS = [
  {
    name: '<mb-course-calendar view="compact" limit="3">',
    body: `${drop}\n<mb-course-calendar view="compact" limit="3" src="${FEED}" now="${NOW}"></mb-course-calendar>`,
    ready: '[part~="course"]',
    click: '[part~="toggle"]',
  },
  {
    name: '<mb-course-calendar>',
    body: `${drop}\n<mb-course-calendar src="${FEED}" now="${NOW}"></mb-course-calendar>`,
    ready: '[part~="course"]',
    click: '[part~="toggle"]',
  },
  {
    name: '<mb-course-calendar view="month">',
    body: `${drop}\n<mb-course-calendar view="month" src="${FEED}" now="${NOW}"></mb-course-calendar>`,
    ready: '[part~="course"], mb-course-month', // a phone gets the list, the month table from 40rem
    click: '[part~="toggle"]',
  },
  {
    name: '<mb-guide-card guide="mitid">',
    body: `${drop}\n<mb-guide-card guide="mitid"></mb-guide-card>`,
    ready: '[part~="card"] h2, [part~="card"] h3',
    // Open the first step. (Until 5 December 2026 this clicked the card's first button, "Udskriv", which makes a QR
    // code and prints: heavier, and not what the row says.)
    click: '[part~="card"] button.step-toggle',
  },
  {
    name: '<mb-guide-card guide="mitid" variant="compact">',
    body: `${drop}\n<mb-guide-card guide="mitid" variant="compact"></mb-guide-card>`,
    ready: '[part~="card"]',
    click: undefined,
  },
  {
    name: '<mb-model-explainer>',
    body: `${drop}\n<mb-model-explainer></mb-model-explainer>`,
    ready: '[part~="tab"]',
    click: '[part~="tab"]:nth-child(2)',
  },
  {
    name: 'FullCalendar 7 list view',
    ...fullCalendar('list', 'listYear'),
    ready: '[data-date]',
    click: 'button:not([disabled])',
    light: true,
  },
  {
    name: 'FullCalendar 7 month view',
    ...fullCalendar('month', 'dayGridMonth'),
    ready: '[data-date]',
    click: 'button:not([disabled])',
    light: true,
  },
];

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Serves the repository (gzipped, no caching) and the host page with row `?row=<index>&lang=<da|en>` filled in. */
export function hostServer() {
  const template = readFileSync(join(ROOT, 'bench', 'host-page.html'), 'utf8');
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let body;
    let type;
    if (url.pathname === '/host') {
      const row = HOST_ROWS[Number(url.searchParams.get('row'))];
      const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'da';
      body = template
        .replace('<html lang="da">', `<html lang="${lang}">`)
        .replace('<!--EMBED-HEAD-->', row?.head ?? '')
        .replace('<!--EMBED-BODY-->', row?.body ?? '');
      type = 'text/html';
    } else {
      const path = normalize(join(ROOT, decodeURIComponent(url.pathname)));
      if (
        !path.startsWith(ROOT) ||
        path.includes(`${sep}node_modules${sep}`) ||
        !existsSync(path) ||
        statSync(path).isDirectory()
      ) {
        response.writeHead(404).end();
        return;
      }
      body = readFileSync(path);
      type = TYPES[extname(path)] ?? 'application/octet-stream';
    }
    response.writeHead(200, {
      'content-type': `${type}; charset=utf-8`,
      'content-encoding': 'gzip',
      'cache-control': 'no-store',
    });
    response.end(gzipSync(body));
  });
}

/** Runs in the page before anything else: collects layout shifts, long tasks and the moment the widget shows. */
function observe(ready, light) {
  const host = (window.__host = { shifts: [], tasks: [], render: undefined });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) host.shifts.push({ value: e.value, time: e.startTime, input: e.hadRecentInput });
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) host.tasks.push({ time: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const shown = () => {
    const widget = document.querySelector('mb-course-calendar, mb-guide-card, mb-model-explainer');
    const root = light ? document.getElementById('calendar') : widget?.shadowRoot;
    return !!root?.querySelector(ready);
  };
  const poll = () => {
    if (shown()) host.render = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** CLS as web-vitals defines it: the largest session window (gap < 1 s, span ≤ 5 s) of shifts without input. */
export function cumulativeLayoutShift(shifts) {
  let largest = 0;
  let sum = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const shift of shifts.filter((s) => !s.input).sort((a, b) => a.time - b.time)) {
    if (shift.time - last < 1000 && shift.time - first < 5000) sum += shift.value;
    else {
      sum = shift.value;
      first = shift.time;
    }
    last = shift.time;
    largest = Math.max(largest, sum);
  }
  return largest;
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the page has had no layout shift, long task or request for `quiet` ms (at most `limit` ms). */
async function settle(page, quiet = 1500, limit = 60_000) {
  await page.waitForNetworkIdle({ idleTime: 500, timeout: limit }).catch(() => undefined);
  const started = Date.now();
  let seen = -1;
  for (;;) {
    const count = await page.evaluate(() => window.__host.shifts.length + window.__host.tasks.length);
    if (count === seen || Date.now() - started > limit) return;
    seen = count;
    await pause(quiet);
  }
}

async function hostOnce(browser, base, index, lang) {
  const row = HOST_ROWS[index];
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  try {
    await page.emulate({
      viewport: { width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
      userAgent: await browser.userAgent(),
    });
    await page.emulateTimezone('Europe/Copenhagen');
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.evaluateOnNewDocument(observe, row.ready, !!row.light);
    await page.goto(`${base}/host?row=${index}&lang=${lang}`, { waitUntil: 'load', timeout: 120_000 });
    await settle(page);
    const loaded = await page.evaluate(() => ({ ...window.__host, now: performance.now() }));
    if (loaded.render === undefined) throw new Error(`the widget did not show ${row.ready}`);
    let interaction;
    if (row.click) {
      const target = await page.evaluateHandle(
        (selector, light) => {
          const widget = document.querySelector('mb-course-calendar, mb-guide-card, mb-model-explainer');
          // FullCalendar's toolbar: the last button is "next".
          const found = (light ? document.getElementById('calendar') : widget?.shadowRoot)?.querySelectorAll(selector);
          return light ? found?.[found.length - 1] : found?.[0];
        },
        row.click,
        !!row.light,
      );
      const element = target.asElement();
      if (!element) throw new Error(`nothing to click: ${row.click}`);
      await element.scrollIntoView();
      await pause(300);
      const before = await page.evaluate(() => performance.now());
      await element.tap();
      await settle(page, 1000, 20_000);
      const tasks = await page.evaluate((from) => window.__host.tasks.filter((t) => t.time >= from), before);
      interaction = Math.max(0, ...tasks.map((t) => t.duration));
    }
    const all = await page.evaluate(() => window.__host);
    if (problems.length) throw new Error(problems.join('\n'));
    return {
      row: index,
      lang,
      cls: cumulativeLayoutShift(all.shifts),
      load: Math.max(0, ...loaded.tasks.map((t) => t.duration)),
      interaction,
      render: loaded.render,
    };
  } catch (error) {
    throw new Error(`bench: host page, ${row.name} (${lang}): ${error.message}`);
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => (value === undefined ? '–' : value < 50 ? 'none over 50 ms' : `${value.toFixed(0)} ms`);

/**
 * Runs every row `runs` times in both languages and returns the table's lines. `rows` (indices into HOST_ROWS)
 * narrows it, for a quick look: `BENCH_HOST_ROWS=0,6`.
 */
export async function hostRows(browser, runs, rows = process.env.BENCH_HOST_ROWS) {
  if (!existsSync(join(ROOT, 'bench', '.out', 'fc-list.js'))) throw new Error('bench: FullCalendar is not bundled');
  const server = hostServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const indices = rows ? rows.split(',').map(Number) : HOST_ROWS.map((_, i) => i);
  const results = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const index of indices) {
        for (const lang of ['da', 'en']) {
          const result = await hostOnce(browser, base, index, lang);
          results.push(result);
          process.stderr.write(
            `  host ${HOST_ROWS[index].name} ${lang} run ${run + 1}/${runs}: CLS ${result.cls.toFixed(3)}, ` +
              `load ${ms(result.load)}, interaction ${ms(result.interaction)}, render ${result.render.toFixed(0)} ms\n`,
          );
        }
      }
    }
  } finally {
    server.close();
  }
  const lines = [
    `Host page (bench/host-page.html) on a phone: 390 px, CPU 4× slower, slow 4G; ${runs} runs, medians`,
    '',
    '| widget | lang | CLS | longest task, load | longest task, first interaction | widget shown |',
    '|---|---|---:|---:|---:|---:|',
  ];
  for (const index of indices) {
    for (const lang of ['da', 'en']) {
      const of = (key) => {
        const values = results.filter((r) => r.row === index && r.lang === lang).map((r) => r[key]);
        return values.includes(undefined) ? undefined : median(values);
      };
      const name = HOST_ROWS[index].light ? HOST_ROWS[index].name : `\`${HOST_ROWS[index].name}\``;
      lines.push(
        `| ${name} | ${lang} | ${of('cls').toFixed(3)} | ${ms(of('load'))} | ${ms(of('interaction'))} | ${of('render').toFixed(0)} ms |`,
      );
    }
  }
  return lines;
}
