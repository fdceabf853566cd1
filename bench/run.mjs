// `npm run bench` (after `npm run build`): <mb-course-calendar> against FullCalendar 7's list view on the same data in
// the same run, in Debian's Chromium, and the gzip sizes of our output beside FullCalendar's list and month views.
// Not part of `npm test`: speed is compared as ratios to a peer measured in the same run, never as timed tests.
//
//   node bench/run.mjs [--runs=5] [--sizes=1000,10000] [--parts=calendar,readers,shared,host,bigfeed]
//   (or BENCH_RUNS=5 BENCH_SIZES=1000,10000 BENCH_PARTS=shared)
//
// Each run opens a fresh page per library (bench/index.html + bench/page.js, which says how each figure is taken),
// alternating which library goes first, and prints medians with the ratio ours / FullCalendar.
//
// `host`: each widget embedded in a page of text on a phone: CLS and longest tasks, beside FullCalendar
// (bench/host-page.mjs says how).
//
// `shared`: the one-feed page (bench/shared.html + bench/shared.js: a compact calendar, a full calendar and two guide
// cards on one feed of the largest size), this build against a baseline build of an earlier commit when
// bench/.out/baseline exists (`node bench/baseline.mjs main` makes it), as the ratio ours / baseline.
import { readFileSync, readdirSync, statSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findBrowsers, CHROMIUM_ARGS } from '../scripts/browsers.mjs';
import { generateCourses } from './data.js';
import { createStaticServer, listen } from '../scripts/static-server.mjs';
import { readerRows } from './readers.mjs';
import { lighthouseRows } from './lighthouse.mjs';
import { hostRows } from './host-page.mjs';
import { deskPage } from './desk.mjs';
import { bigfeedRows } from './bigfeed.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench', '.out');
const LIBS = ['medborger', 'fullcalendar'];

const option = (name, fallback) => {
  const flag = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  return flag ? flag.slice(name.length + 3) : (process.env[`BENCH_${name.toUpperCase()}`] ?? fallback);
};
const RUNS = Number(option('runs', '5'));
const SIZES = option('sizes', '1000,10000')
  .split(',')
  .map((value) => Number(value.trim()));
const PARTS = option('parts', 'calendar,readers,shared,host,bigfeed').split(',');
if (!Number.isInteger(RUNS) || RUNS < 1 || SIZES.some((n) => !Number.isInteger(n) || n < 10)) {
  console.error('bench: --runs must be a positive integer and --sizes a list of integers of 10 or more.');
  process.exit(1);
}

const { chromium } = findBrowsers();
if (!chromium) {
  console.error(
    "bench: Chromium not found. The bench runs in Debian's browser:\n" +
      '  sudo apt-get install -y chromium      (or: node scripts/browsers.mjs --install, as root)\n' +
      'or point CHROME_PATH at an installed Chromium or Chrome.',
  );
  process.exit(1);
}
if (!existsSync(join(ROOT, 'dist', 'medborger.js'))) {
  console.error('bench: dist/medborger.js is missing; run `npm run build` first (`npm run bench` does).');
  process.exit(1);
}

// ---- sizes --------------------------------------------------------------------------------------------------------

const gzip = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

/** FullCalendar's list and month views, bundled as a site would (bench/fullcalendar/*.js): minified ESM + CSS. */
await build({
  entryPoints: { 'fc-list': 'bench/fullcalendar/list.js', 'fc-month': 'bench/fullcalendar/month.js' },
  absWorkingDir: ROOT,
  outdir: OUT,
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'error',
});

function sizeTable() {
  const ours = files(join(ROOT, 'dist'))
    .filter((path) => path.endsWith('.js') && !relative(join(ROOT, 'dist'), path).startsWith('npm'))
    .map((path) => ({ name: relative(join(ROOT, 'dist'), path), gzip: gzip(path) }))
    .sort((a, b) => (a.name === 'medborger.js' ? -1 : b.name === 'medborger.js' ? 1 : a.name.localeCompare(b.name)));
  // Page totals as scripts/size.mjs counts them (the drop-in, and what a page with each widget loads).
  const report = spawnSync(process.execPath, ['scripts/size.mjs'], { cwd: ROOT, encoding: 'utf8' }).stdout;
  const pages = [...report.matchAll(/^ {2}(the drop-in alone|with .+?)\s+([\d.]+) KB/gmu)].map((m) => ({
    name: m[1],
    gzip: Number(m[2]) * 1024,
  }));
  const fc = (view) => {
    const js = gzip(join(OUT, `fc-${view}.js`));
    const css = gzip(join(OUT, `fc-${view}.css`));
    return { js, css, total: js + css };
  };
  const list = fc('list');
  const month = fc('month');

  const lines = ['Sizes (minified, gzip -9)', '', '| ours: file in dist/ | gzip |', '|---|---:|'];
  for (const file of ours) lines.push(`| ${file.name} | ${kb(file.gzip)} |`);
  lines.push('', '| what a page loads | gzip | ÷ FullCalendar list | ÷ FullCalendar month |', '|---|---:|---:|---:|');
  for (const page of pages) {
    lines.push(
      `| ours: ${page.name} | ${kb(page.gzip)} | ${(page.gzip / list.total).toFixed(2)} | ${(page.gzip / month.total).toFixed(2)} |`,
    );
  }
  for (const [name, view] of [
    ['list', list],
    ['month', month],
  ]) {
    lines.push(
      `| FullCalendar 7 ${name} view: JS ${kb(view.js)} + CSS ${kb(view.css)} | ${kb(view.total)} | ${(view.total / list.total).toFixed(2)} | ${(view.total / month.total).toFixed(2)} |`,
    );
  }
  lines.push(
    '',
    'FullCalendar: `fullcalendar` + `fullcalendar/list` (or `/daygrid`) + the classic theme (plugin, theme.css,',
    'palette.css) + skeleton.css + the Danish locale, bundled by esbuild (minified ESM) into bench/.out/.',
  );
  return lines.join('\n');
}

// ---- speed --------------------------------------------------------------------------------------------------------

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const server = createStaticServer(ROOT);
const base = await listen(server);
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  protocolTimeout: 300_000,
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc', '--window-size=1280,900'],
});

async function once(lib, n) {
  const { page, problems } = await deskPage(browser, { consoleErrors: true });
  try {
    await page.goto(`${base}/bench/index.html?lib=${lib}&n=${n}`, { waitUntil: 'load' });
    await page.waitForFunction(() => 'bench' in window);
    const result = await page.evaluate(() => window.bench.run());
    if (problems.length) throw new Error(problems.join('\n'));
    if (result.count !== result.expected) {
      throw new Error(`${lib} showed ${result.count} sessions after the filter, not ${result.expected}`);
    }
    return result;
  } catch (error) {
    throw new Error(
      `bench: ${lib}, ${n} sessions: ${error.message}${problems.length ? `\n${problems.join('\n')}` : ''}`,
    );
  } finally {
    await page.close();
  }
}

// ---- one feed, four widgets -----------------------------------------------------------------------------------------

const SHARED_N = Math.max(...SIZES);
const BUILDS = [
  { name: 'this build', dist: '/dist' },
  ...(existsSync(join(OUT, 'baseline', 'medborger.js')) ? [{ name: 'baseline', dist: '/bench/.out/baseline' }] : []),
];

async function sharedOnce(build) {
  const { page, problems } = await deskPage(browser);
  try {
    const feed = `/bench/.out/shared-feed-${SHARED_N}.json`;
    await page.goto(`${base}/bench/shared.html?dist=${build.dist}&feed=${feed}`, { waitUntil: 'load' });
    await page.waitForFunction(() => 'bench' in window);
    const result = await page.evaluate(() => window.bench.run());
    if (problems.length) throw new Error(problems.join('\n'));
    return { build: build.name, ...result };
  } catch (error) {
    throw new Error(`bench: the one-feed page, ${build.name}: ${error.message}`);
  } finally {
    await page.close();
  }
}

async function sharedRuns(out) {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, `shared-feed-${SHARED_N}.json`), JSON.stringify(generateCourses(SHARED_N)));
  writeFileSync(join(OUT, 'shared-feed-warm-up.json'), JSON.stringify(generateCourses(50, 3)));
  for (let run = 0; run < RUNS; run += 1) {
    for (const build of run % 2 ? [...BUILDS].reverse() : BUILDS) {
      const result = await sharedOnce(build);
      out.push(result);
      process.stderr.write(
        `  ${build.name.padEnd(12)} one feed, four widgets, run ${run + 1}/${RUNS}: first course ${result.first.toFixed(0)} ms, all four ${result.all.toFixed(0)} ms, ${result.requests} request(s)\n`,
      );
    }
  }
}

function sharedTable(results) {
  if (!results.length) return [];
  const of = (build, key) => median(results.filter((r) => r.build === build).map((r) => r[key]));
  const lines = [
    `One feed (${SHARED_N.toLocaleString('en-GB')} sessions, our JSON), four widgets: a compact calendar, a full calendar and`,
    `two guide cards with courses-src (bench/shared.js); ${RUNS} runs, medians`,
    '',
    `| metric | this build | ${BUILDS[1] ? 'baseline | ratio |' : ''}`,
    `|---|---:|${BUILDS[1] ? '---:|---:|' : ''}`,
  ];
  for (const [key, label, unit] of [
    ['first', 'time to first course', (v) => `${v.toFixed(0)} ms`],
    ['all', 'time until all four show a course', (v) => `${v.toFixed(0)} ms`],
    ['requests', 'requests for the feed', (v) => String(v)],
  ]) {
    const ours = of('this build', key);
    const cells = BUILDS[1] ? ` ${unit(of('baseline', key))} | ${(ours / of('baseline', key)).toFixed(2)} |` : '';
    lines.push(`| ${label} | ${unit(ours)} |${cells}`);
  }
  if (!BUILDS[1]) lines.push('', 'No baseline: `node bench/baseline.mjs main` builds one into bench/.out/baseline.');
  return ['', ...lines];
}

const version = await browser.version();
const results = [];
let readerLines = [];
let bigfeedLines = [];
const started = Date.now();
const shared = [];
try {
  for (const n of PARTS.includes('calendar') ? SIZES : []) {
    for (let run = 0; run < RUNS; run += 1) {
      for (const lib of run % 2 ? [...LIBS].reverse() : LIBS) {
        const result = await once(lib, n);
        results.push(result);
        process.stderr.write(
          `  ${lib.padEnd(12)} ${String(n).padStart(6)}  run ${run + 1}/${RUNS}: render ${result.render.toFixed(0)} ms, filter ${result.filter.toFixed(0)} ms, heap ${(result.heap / 1048576).toFixed(1)} MB\n`,
        );
      }
    }
  }
  if (PARTS.includes('readers')) readerLines = await readerRows(browser, SIZES, RUNS);
  if (PARTS.includes('shared')) await sharedRuns(shared);
  if (PARTS.includes('lighthouse')) readerLines.push('', ...(await lighthouseRows()));
  if (PARTS.includes('host')) readerLines.push('', ...(await hostRows(browser, RUNS)));
  if (PARTS.includes('bigfeed')) bigfeedLines = await bigfeedRows(browser, base, RUNS, OUT);
} finally {
  await browser.close();
  server.close();
}

const METRICS = [
  { key: 'render', label: 'first render', unit: (v) => `${v.toFixed(0)} ms`, better: 'faster', worse: 'slower' },
  { key: 'filter', label: 'filter (10 % kept)', unit: (v) => `${v.toFixed(0)} ms`, better: 'faster', worse: 'slower' },
  {
    key: 'heap',
    label: 'heap after render',
    unit: (v) => `${(v / 1048576).toFixed(1)} MB`,
    better: 'smaller',
    worse: 'larger',
  },
];
const lines = [
  `Speed: ${RUNS} runs per row, medians; ratio = ours / FullCalendar (below 1: ours is better)`,
  '',
  '| metric | sessions | <mb-course-calendar> | FullCalendar 7 list | ratio | verdict |',
  '|---|---:|---:|---:|---:|---|',
];
for (const metric of METRICS) {
  for (const n of SIZES) {
    const of = (lib) => median(results.filter((r) => r.lib === lib && r.n === n).map((r) => r[metric.key]));
    const ours = of('medborger');
    const theirs = of('fullcalendar');
    const ratio = ours / theirs;
    lines.push(
      `| ${metric.label} | ${n.toLocaleString('en-GB')} | ${metric.unit(ours)} | ${metric.unit(theirs)} | ${ratio.toFixed(2)} | ${ratio < 1 ? metric.better : metric.worse} |`,
    );
  }
}
const cores = availableParallelism();
console.log(
  [
    `medborger bench, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `${version}, ${cores} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, ${((Date.now() - started) / 1000).toFixed(0)} s`,
    '',
    ...(PARTS.includes('calendar') ? lines : []),
    ...sharedTable(shared),
    '',
    ...readerLines,
    '',
    ...(bigfeedLines.length ? [...bigfeedLines, ''] : []),
    sizeTable(),
  ].join('\n'),
);
