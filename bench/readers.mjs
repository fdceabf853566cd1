// The iCalendar reader's row of `npm run bench`: the longest main-thread task while a calendar is read, beside the
// JSON reader reading the same sessions. Both readers are bundled from src/ as the widget loads them. A long task is
// one over 50 ms (the browser's Long Tasks API reports only those), so "none" is the goal.
import { build } from 'esbuild';
import { generateCourses } from './data.js';

/** "2026-03-03T10:00:00+01:00" → "20260303T100000" (Copenhagen wall time, for TZID=Europe/Copenhagen). */
const wall = (iso) => iso.slice(0, 19).replace(/[-:]/gu, '');
const escape = (text) => text.replace(/[\\;,]/gu, (c) => `\\${c}`).replace(/\n/gu, '\\n');

/** The bench's N sessions as one iCalendar file, one VEVENT each, as a CMS export writes them. */
export function icsOf(courses) {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//medborger bench//DA'];
  for (const course of courses)
    lines.push(
      'BEGIN:VEVENT',
      `UID:${course.id}@bench.example`,
      'DTSTAMP:20260101T000000Z',
      `DTSTART;TZID=Europe/Copenhagen:${wall(course.start)}`,
      `DTEND;TZID=Europe/Copenhagen:${wall(course.end)}`,
      `SUMMARY:${escape(course.title)}`,
      `DESCRIPTION:${escape(course.teaser)}`,
      `LOCATION:${escape(`${course.place.branch}, ${course.place.room}`)}`,
      `URL:${course.url}`,
      'END:VEVENT',
    );
  lines.push('END:VCALENDAR');
  return lines.join('\r\n');
}

/** One daily course begun on 1 January 1970 at 09.00. */
export const since1970 = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'BEGIN:VEVENT',
  'UID:daily-1970@bench.example',
  'DTSTART;TZID=Europe/Copenhagen:19700101T090000',
  'DTEND;TZID=Europe/Copenhagen:19700101T100000',
  'RRULE:FREQ=DAILY',
  'SUMMARY:Spørg om IT hver dag',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

/** Both readers, bundled from src/ as the widget loads them, as one script exposing `readers`. */
async function bundleReaders() {
  const bundle = await build({
    stdin: {
      contents:
        "export { readIcs } from './src/course-calendar/sources/ics.ts';\n" +
        "export { readFeed } from './src/course-calendar/sources/formats.ts';",
      resolveDir: new URL('..', import.meta.url).pathname,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'readers',
    target: 'es2022',
    logLevel: 'error',
  });
  return bundle.outputFiles[0].text;
}

const WINDOW = { from: '2026-01-01T00:00:00+01:00', to: '2026-12-31T23:59:59+01:00' };

/** Reads `payload` once in a fresh page; the longest task over 50 ms (0 if none) and the total time. */
async function measure(browser, source, kind, payload) {
  const page = await browser.newPage();
  try {
    await page.goto('about:blank');
    await page.addScriptTag({ content: source });
    return await page.evaluate(
      async (kind, payload, window) => {
        const tasks = [];
        const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
        observer.observe({ type: 'longtask' });
        await new Promise((resolve) => setTimeout(resolve, 100));
        const context = { from: new Date(window.from), to: new Date(window.to), loadedAt: window.from };
        const started = performance.now();
        const result =
          kind === 'ics'
            ? await globalThis.readers.readIcs(payload, context)
            : await globalThis.readers.readFeed(JSON.parse(payload), 'json', context);
        const total = performance.now() - started;
        await new Promise((resolve) => setTimeout(resolve, 100));
        observer.disconnect();
        return { longest: Math.max(0, ...tasks), total, count: result.events.length, skipped: result.skipped };
      },
      kind,
      payload,
      WINDOW,
    );
  } finally {
    await page.close();
  }
}

/** Runs the rows in a fresh page each; returns Markdown lines. */
export async function readerRows(browser, sizes, runs) {
  const source = await bundleReaders();
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const cell = (ms) => (ms ? `${ms.toFixed(0)} ms` : 'none over 50 ms');
  const lines = [
    `Reading an iCalendar feed: longest main-thread task (medians of ${runs} runs; the browser reports tasks over 50 ms)`,
    '',
    '| feed | sessions shown | iCalendar: longest task | total | JSON reader, same sessions: longest task | total |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  const row = async (label, ics, json) => {
    const a = [];
    const b = [];
    for (let run = 0; run < runs; run += 1) {
      a.push(await measure(browser, source, 'ics', ics));
      if (json) b.push(await measure(browser, source, 'json', json));
    }
    const count = a[0].count;
    lines.push(
      `| ${label} | ${count.toLocaleString('en-GB')} | ${cell(median(a.map((r) => r.longest)))} | ${median(a.map((r) => r.total)).toFixed(0)} ms | ` +
        (json
          ? `${cell(median(b.map((r) => r.longest)))} | ${median(b.map((r) => r.total)).toFixed(0)} ms |`
          : '– | – |'),
    );
    process.stderr.write(`  readers: ${label} done\n`);
  };
  await row('one daily series begun in 1970, window 2026', since1970);
  for (const n of sizes) {
    const data = generateCourses(n);
    await row(`${n.toLocaleString('en-GB')} single events`, icsOf(data.courses), JSON.stringify(data));
  }
  return lines;
}
