// The `lighthouse` part of `npm run bench`: Lighthouse 12 (mobile: a Moto G Power-sized screen, 4× slower CPU and
// slow 4G, simulated) on every demo page as the demo server serves it (scripts/static-server.mjs with the demo's
// cache policy, compressed), in Debian's Chromium. Each page is measured LIGHTHOUSE_RUNS times (default 3), each run
// in a fresh browser, and the table gives the median of each figure. Not part of `npm test`.
//
//   node bench/lighthouse.mjs                 (after `npm run build`; or node bench/run.mjs --parts=lighthouse)
//   LIGHTHOUSE_PAGES=kurser,kurser.en LIGHTHOUSE_RUNS=5 node bench/lighthouse.mjs
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowsers, CHROMIUM_ARGS } from '../scripts/browsers.mjs';
import { PAGES, fileOf, writePages } from '../scripts/demo-pages.mjs';
import { createStaticServer, listen } from '../scripts/static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js');
const version = () =>
  JSON.parse(readFileSync(join(ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One Lighthouse run (the CLI, which starts and stops its own Chromium); resolves with Lighthouse's report. */
export function audit(url, chromium) {
  const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
  const args = [CLI, url, '--only-categories=performance', '--output=json', '--output-path=stdout', '--quiet'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...args, `--chrome-flags=${flags}`], {
      env: { ...process.env, CHROME_PATH: chromium },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        if (code !== 0) throw new Error(`exit ${code}`);
        const report = JSON.parse(out);
        if (report.runtimeError) throw new Error(report.runtimeError.message);
        resolve(report);
      } catch (error) {
        reject(new Error(`lighthouse on ${url}: ${error.message}\n${err.slice(-2000)}`));
      }
    });
  });
}

/** The figures the table shows, from one report. */
export function figures(report) {
  const value = (id) => report.audits[id].numericValue;
  return {
    performance: Math.round(report.categories.performance.score * 100),
    cls: value('cumulative-layout-shift'),
    tbt: value('total-blocking-time'),
    lcp: value('largest-contentful-paint'),
    fcp: value('first-contentful-paint'),
    // Lighthouse's own reading of how fast this machine's CPU was during the run (higher is faster).
    benchmark: report.environment.benchmarkIndex,
  };
}

/**
 * Runs Lighthouse on the demo pages and returns the README's table as lines.
 * @param {{ pages?: string[], runs?: number, log?: (line: string) => void }} [options] pages as file names without
 *   `.html` (`kurser`, `kurser.en`); by default every page in Danish.
 */
export async function lighthouseRows(options = {}) {
  const { chromium } = findBrowsers();
  if (!chromium)
    throw new Error('bench lighthouse: Chromium not found (apt-get install chromium, or set CHROME_PATH).');
  if (!existsSync(join(ROOT, 'dist', 'medborger.js'))) throw new Error('bench lighthouse: run `npm run build` first.');
  const pages = options.pages ?? (process.env.LIGHTHOUSE_PAGES?.split(',') || PAGES.map(([name]) => name));
  const runs = options.runs ?? Number(process.env.LIGHTHOUSE_RUNS ?? 3);
  const log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
  writePages();
  const server = createStaticServer(ROOT, { index: '/demo/', caching: true });
  const base = await listen(server);
  const rows = [];
  const load = [loadavg()[0]];
  const benchmarks = [];
  try {
    for (const page of pages) {
      const file = page.endsWith('.en') ? fileOf(page.slice(0, -3), 'en') : fileOf(page, 'da');
      const results = [];
      for (let run = 0; run < runs; run += 1) {
        const result = figures(await audit(`${base}/demo/${file}`, chromium));
        results.push(result);
        benchmarks.push(result.benchmark);
        log(
          `  lighthouse ${file.padEnd(22)} run ${run + 1}/${runs}: performance ${result.performance}, CLS ${result.cls.toFixed(3)}, TBT ${result.tbt.toFixed(0)} ms, LCP ${result.lcp.toFixed(0)} ms`,
        );
      }
      const of = (key) => median(results.map((result) => result[key]));
      rows.push({
        file,
        performance: of('performance'),
        cls: of('cls'),
        tbt: of('tbt'),
        lcp: of('lcp'),
        fcp: of('fcp'),
      });
    }
  } finally {
    server.close();
    load.push(loadavg()[0]);
  }
  return [
    `Lighthouse ${version()} mobile (simulated slow 4G, 4× CPU), demo pages from the demo server; ${runs} runs, medians`,
    `(Lighthouse's CPU benchmark index: median ${median(benchmarks).toFixed(0)}; load average ${load.map((value) => value.toFixed(1)).join(' → ')})`,
    '',
    '| page | performance | CLS | TBT | LCP | FCP |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map(
      (row) =>
        `| ${row.file} | ${row.performance} | ${row.cls.toFixed(3)} | ${row.tbt.toFixed(0)} ms | ${(row.lcp / 1000).toFixed(1)} s | ${(row.fcp / 1000).toFixed(1)} s |`,
    ),
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log((await lighthouseRows()).join('\n'));
}
