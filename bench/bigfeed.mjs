// The big-feed row of `npm run bench` (`--parts=bigfeed`): the longest main-thread task while a calendar fetches,
// parses and reads a DPL CMS feed of 50,000 sessions and shows its first rows, beside the same for 1,000 sessions.
// The goal is no task over 100 ms on a desktop CPU (the Long Tasks API reports tasks over 50 ms; "none" is better).
// The feeds are written by bench/data.js (generateDplFeed) into bench/.out/ and served by the bench's server.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDplFeed } from './data.js';
import { deskPage } from './desk.mjs';

const SIZES = [1_000, 50_000];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * The longest main-thread task between the page's `bigfeed-start` and `bigfeed-end` marks in thread time (the trace's
 * `tdur`): the CPU the task itself used, which a busy machine (other processes taking the cores) does not stretch as
 * it stretches the Long Tasks API's wall-clock durations.
 */
function longestCpuTask(trace) {
  const events = trace.traceEvents ?? trace;
  const mark = (name) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const start = mark('bigfeed-start');
  const end = mark('bigfeed-end');
  if (!start || !end) return NaN;
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === start.pid,
  );
  let longest = 0;
  for (const e of events)
    if (
      e.name === 'RunTask' &&
      e.ph === 'X' &&
      e.pid === start.pid &&
      e.tid === main?.tid &&
      e.ts >= start.ts &&
      e.ts <= end.ts
    )
      longest = Math.max(longest, (e.tdur ?? e.dur) / 1000);
  return longest;
}

async function once(browser, base, n) {
  const { page, problems } = await deskPage(browser);
  try {
    const query = `feed=/bench/.out/dpl-${n}.json&warmup=/bench/.out/dpl-warm-up.json`;
    await page.goto(`${base}/bench/bigfeed.html?${query}`, { waitUntil: 'load' });
    await page.waitForFunction(() => 'bench' in window);
    await page.tracing.start({ categories: ['disabled-by-default-devtools.timeline', 'blink.user_timing'] });
    const result = await page.evaluate(() => window.bench.run());
    const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
    if (process.env.BIGFEED_TRACE) writeFileSync(process.env.BIGFEED_TRACE, JSON.stringify(trace));
    result.cpu = longestCpuTask(trace);
    if (problems.length) throw new Error(problems.join('\n'));
    if (result.count !== n || result.skipped !== 0)
      throw new Error(`mb-load said ${result.count} sessions, ${result.skipped} skipped, not ${n} and 0`);
    return result;
  } catch (error) {
    throw new Error(`bench: the big feed, ${n} sessions: ${error.message}`);
  } finally {
    await page.close();
  }
}

/** Runs the part; returns the lines of its table. */
export async function bigfeedRows(browser, base, runs, outDir) {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'dpl-warm-up.json'), JSON.stringify(generateDplFeed(50, 3)));
  const bytes = new Map();
  for (const n of SIZES) {
    const body = JSON.stringify(generateDplFeed(n));
    bytes.set(n, Buffer.byteLength(body));
    writeFileSync(join(outDir, `dpl-${n}.json`), body);
  }
  const results = new Map(SIZES.map((n) => [n, []]));
  for (let run = 0; run < runs; run += 1) {
    for (const n of run % 2 ? [...SIZES].reverse() : SIZES) {
      const result = await once(browser, base, n);
      results.get(n).push(result);
      process.stderr.write(
        `  big feed ${String(n).padStart(6)}  run ${run + 1}/${runs}: longest task ${result.longest.toFixed(0)} ms (CPU ${result.cpu.toFixed(0)} ms), ${result.longTasks} over 50 ms, first row ${result.firstRow.toFixed(0)} ms\n`,
      );
    }
  }
  const lines = [
    `A DPL CMS feed read by <mb-course-calendar format="dpl"> (bench/bigfeed.js): from \`src\` set to the first row`,
    `painted and a quiet second after; ${runs} runs, medians. Tasks over 50 ms (the Long Tasks API reports no others).`,
    '',
    'The CPU column is the longest task in thread time (a Chromium trace), which other processes on a busy machine',
    'do not stretch.',
    '',
    '| sessions | feed | longest task | its CPU time | tasks over 50 ms | their sum | mb-load | first row |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const n of SIZES) {
    const of = (key) => median(results.get(n).map((r) => r[key]));
    const ms = (value) => `${value.toFixed(0)} ms`;
    lines.push(
      `| ${n.toLocaleString('en-GB')} | ${(bytes.get(n) / 1048576).toFixed(1)} MB | ${of('longest') ? ms(of('longest')) : 'none'} | ${ms(of('cpu'))} | ${of('longTasks')} | ${ms(of('blocked'))} | ${ms(of('load'))} | ${ms(of('firstRow'))} |`,
    );
  }
  return lines;
}
