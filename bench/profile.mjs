// Where the bench's time and heap go (after `npm run build`): one measured run of bench/page.js with Chromium's
// profilers attached, printed as the functions that cost most. A tool for finding causes, not a benchmark.
//
//   node bench/profile.mjs [--lib=medborger] [--n=1000] [--phase=filter|render|heap|bigfeed] [--top=25]
//
// `filter` and `render`: a CPU profile (sampled every 100 µs) of that phase, by self time and by total time.
// `heap`: V8's sampling heap profiler over the whole run, read after the run (so only what is still reachable),
// by allocating function. `bigfeed`: a CPU profile of bench/bigfeed.html's run on the DPL feed of `n` sessions that
// `--parts=bigfeed` of bench/run.mjs wrote into bench/.out/.
import puppeteer from 'puppeteer-core';
import { findBrowsers, CHROMIUM_ARGS } from '../scripts/browsers.mjs';
import { createStaticServer, listen } from '../scripts/static-server.mjs';
import { deskPage } from './desk.mjs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const option = (name, fallback) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const lib = option('lib', 'medborger');
const n = Number(option('n', '1000'));
const phase = option('phase', 'filter');
const top = Number(option('top', '25'));

const server = createStaticServer(ROOT);
const base = await listen(server);
const browser = await puppeteer.launch({
  executablePath: findBrowsers().chromium,
  headless: true,
  protocolTimeout: 300_000,
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc', '--window-size=1280,900'],
});

const where = (frame) =>
  `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\/(dist|bench|node_modules)\//u, '$1/')}:${frame.lineNumber + 1}`;

function cpuTable(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map();
  const total = new Map();
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const ms = (dt[i + 1] ?? 0) / 1000;
    const node = byId.get(id);
    const name = where(node.callFrame);
    self.set(name, (self.get(name) ?? 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const label = where(byId.get(at).callFrame);
      if (seen.has(label)) continue;
      seen.add(label);
      total.set(label, (total.get(label) ?? 0) + ms);
    }
  });
  const rows = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
  const span = (profile.endTime - profile.startTime) / 1000;
  return [`CPU profile, ${span.toFixed(0)} ms`, '', 'self time:', ...rows(self), '', 'total time:', ...rows(total)];
}

/** For each long task: the functions that took most of it (total time), from the samples inside it. */
function taskTable(profile, clock, tasks) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  // The page's clock at each sample (the profile's clock started with `clock` on the page's, give or take a ms).
  let at = 0;
  const samples = profile.samples.map((id, i) => {
    at += profile.timeDeltas[i];
    return { id, ms: clock + at / 1000, dt: (profile.timeDeltas[i + 1] ?? 0) / 1000 };
  });
  const lines = [];
  for (const [start, duration] of tasks) {
    const total = new Map();
    for (const sample of samples) {
      if (sample.ms < start || sample.ms > start + duration) continue;
      const seen = new Set();
      for (let node = sample.id; node !== undefined; node = parent.get(node)) {
        const label = where(byId.get(node).callFrame);
        if (seen.has(label) || /^\((root|program|idle)\)/u.test(label)) continue;
        seen.add(label);
        total.set(label, (total.get(label) ?? 0) + sample.dt);
      }
    }
    lines.push(`task at ${start.toFixed(0)} ms, ${duration.toFixed(0)} ms:`);
    for (const [label, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, top))
      lines.push(`  ${ms.toFixed(1).padStart(8)} ms  ${label}`);
  }
  return lines;
}

function heapTable(profile) {
  const bySite = new Map();
  const visit = (node) => {
    const size = node.selfSize;
    if (size) bySite.set(where(node.callFrame), (bySite.get(where(node.callFrame)) ?? 0) + size);
    for (const child of node.children) visit(child);
  };
  visit(profile.head);
  const sum = [...bySite.values()].reduce((a, b) => a + b, 0);
  return [
    `Live allocations after the run, sampled: ${(sum / 1048576).toFixed(1)} MB`,
    ...[...bySite]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, bytes]) => `  ${(bytes / 1048576).toFixed(2).padStart(7)} MB  ${name}`),
  ];
}

try {
  const { page } = await deskPage(browser);
  const cdp = await page.createCDPSession();
  let lines;
  if (phase === 'heap') {
    await page.goto(`${base}/bench/index.html?lib=${lib}&n=${n}`, { waitUntil: 'load' });
    await page.waitForFunction(() => 'bench' in window);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.startSampling', { samplingInterval: 4096 });
    const result = await page.evaluate(() => window.bench.run());
    await page.evaluate(() => {
      window.gc();
      window.gc();
    });
    const { profile } = await cdp.send('HeapProfiler.getSamplingProfile');
    await cdp.send('HeapProfiler.stopSampling');
    lines = [`heap after render: ${(result.heap / 1048576).toFixed(1)} MB`, ...heapTable(profile)];
  } else if (phase === 'bigfeed') {
    await page.goto(`${base}/bench/bigfeed.html?feed=/bench/.out/dpl-${n}.json&warmup=/bench/.out/dpl-warm-up.json`, {
      waitUntil: 'load',
    });
    await page.waitForFunction(() => 'bench' in window);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const clock = await page.evaluate(() => performance.now());
    const result = await page.evaluate(() => window.bench.run());
    const { profile } = await cdp.send('Profiler.stop');
    lines = [
      `longest task ${result.longest.toFixed(0)} ms, ${result.longTasks} over 50 ms`,
      ...taskTable(profile, clock, result.tasks),
    ];
  } else {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const finished = new Promise((resolve) => cdp.once('Profiler.consoleProfileFinished', resolve));
    await page.goto(`${base}/bench/index.html?lib=${lib}&n=${n}&profile=${phase}`, { waitUntil: 'load' });
    await page.waitForFunction(() => 'bench' in window);
    const result = await page.evaluate(() => window.bench.run());
    const { profile } = await finished;
    lines = [`${phase}: ${result[phase].toFixed(0)} ms`, ...cpuTable(profile)];
  }
  console.log([`${lib}, ${n} sessions, ${phase}`, ...lines].join('\n'));
} finally {
  await browser.close();
  server.close();
}
