// `npm run check:ics-corpus -- <folder>`: reads every `.ics` file of a folder with the calendar's own iCalendar
// reader (src/course-calendar/sources/ics.ts with ical.js, bundled by esbuild exactly as the widget imports it) in
// Debian's Chromium, and compares the sessions it shows in each file's window with an independent expander's answer,
// the folder's `expected.json`:
//
//   { "files": { "<name>.ics": { "from": "YYYY-MM-DD", "to": "YYYY-MM-DD",
//                               "sessions": [{ "start", "end", "allDay", "status" }], "error"?: "…" } } }
//
// Starts and ends are Copenhagen wall-clock times with their offset ("2019-02-05T17:00:00+01:00"), or dates for
// all-day sessions. A session is compared by its start, end, all-day flag and whether it is cancelled. One line per
// file, a total, and exit 1 on any difference that the README's "Deliberate differences" table does not list.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findBrowsers } from './browsers.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const folder = process.argv[2];
if (!folder || !existsSync(join(folder, 'expected.json'))) {
  console.error(
    'check:ics-corpus: give a folder with .ics files and their expected.json:\n' +
      '  npm run check:ics-corpus -- path/to/folder',
  );
  process.exit(2);
}
const { chromium } = findBrowsers();
if (!chromium) {
  console.error('check:ics-corpus: Chromium not found (apt-get install -y chromium, or set CHROME_PATH).');
  process.exit(2);
}

/**
 * The README's table of deliberate differences: rows `| file | kind | … | reason |` under a heading that names
 * them. A difference is accepted when its file and kind are listed; a row whose difference no longer occurs is
 * reported, so the table stays true.
 */
function deliberate() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.search(/^#+ .*deliberate differences/imu);
  if (start < 0) return new Map();
  const rows = new Map();
  for (const line of readme.slice(start).split('\n').slice(1)) {
    if (/^#+ /u.test(line)) break;
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim().replace(/^`|`$/gu, ''));
    if (cells.length < 3 || !cells[0].endsWith('.ics')) continue;
    rows.set(`${cells[0]} ${cells[1]}`, cells.at(-1));
  }
  return rows;
}

// The reader as the widget runs it: the same module, ical.js included (the widget loads both as a lazy chunk).
const bundle = await build({
  entryPoints: [join(ROOT, 'src/course-calendar/sources/ics.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  target: 'es2022',
  logLevel: 'error',
});
const source = `${bundle.outputFiles[0].text}\nwindow.__reader = { readIcs };`.replace(/^export \{[^}]*\};?$/mu, '');

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage();
const pageErrors = [];
page.on('pageerror', (error) => pageErrors.push(error.message));
await page.emulateTimezone('UTC'); // the reader must not depend on the visitor's zone
await page.goto('about:blank');
await page.addScriptTag({ content: source, type: 'module' });
await page.waitForFunction(() => '__reader' in window);

const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')).files;
const table = deliberate();
const used = new Set();
const dayAfter = (day) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const copenhagen = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});
/** Midnight in Copenhagen at the start of `day`, as an ISO instant. */
function midnight(day) {
  const wall = Date.parse(`${day}T00:00:00Z`);
  const offset = (t) => {
    const p = Object.fromEntries(copenhagenFormat(t));
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - t;
  };
  return new Date(wall - offset(wall - offset(wall))).toISOString();
}
const copenhagenFormat = (t) => copenhagen.formatToParts(new Date(t)).map((part) => [part.type, part.value]);

/** The judge's session in our terms: an all-day end at or before its start means one day (RFC 5545 3.6.1). */
const theirs = (s) => ({
  start: s.start,
  end: s.allDay && (!s.end || s.end <= s.start) ? dayAfter(s.start) : s.end,
  allDay: !!s.allDay,
  cancelled: String(s.status).toUpperCase() === 'CANCELLED',
});
const ours = (e) => ({
  start: e.allDay ? e.start.slice(0, 10) : e.start,
  end: e.allDay ? (e.end ?? e.start).slice(0, 10) : (e.end ?? e.start),
  allDay: e.allDay,
  cancelled: e.status === 'cancelled',
});
const show = (s) => `${s.start} – ${s.end}${s.allDay ? ' (all day)' : ''}${s.cancelled ? ' cancelled' : ''}`;

/** Differences between two lists of sessions, each `{ kind, text }`, matched by start and all-day first. */
function compare(want, got) {
  const left = [...got];
  const out = [];
  const unmatched = [];
  for (const w of want) {
    const exact = left.findIndex((g) => show(g) === show(w));
    if (exact >= 0) left.splice(exact, 1);
    else unmatched.push(w);
  }
  for (const w of unmatched) {
    const near = left.findIndex((g) => g.start === w.start && g.allDay === w.allDay);
    if (near < 0) {
      out.push({ kind: 'missing', text: `missing ${show(w)}` });
      continue;
    }
    const [g] = left.splice(near, 1);
    if (g.end !== w.end) out.push({ kind: 'end', text: `end ${g.end}, judge ${w.end} (start ${w.start})` });
    if (g.cancelled !== w.cancelled)
      out.push({ kind: 'status', text: `${g.cancelled ? 'cancelled' : 'not cancelled'}: ${show(w)}` });
  }
  for (const g of left) out.push({ kind: 'extra', text: `extra ${show(g)}` });
  return out;
}

const names = readdirSync(folder)
  .filter((name) => name.endsWith('.ics'))
  .sort();
let agreed = 0;
let listed = 0;
const failed = [];
for (const name of names) {
  const judge = expected[name];
  const text = readFileSync(join(folder, name), 'utf8');
  // A file the judge could not read has no window: ours is wide, and what we show is decided by RFC 5545 (README).
  const from = judge?.from ?? '1900-01-01';
  const to = judge?.to ?? '2099-12-31';
  const result = await page.evaluate(
    async (text, from, to) => {
      const start = new Date(from);
      const end = new Date(to);
      try {
        const read = await window.__reader.readIcs(text, {
          from: start,
          to: new Date(end.getTime() - 1),
          loadedAt: '2000-01-01T00:00:00+01:00',
        });
        // Overlapping the half-open window: a session ending exactly at its start is outside (as for the judge).
        const inside = read.events.filter(
          (e) =>
            Date.parse(e.start) < end.getTime() &&
            (Date.parse(e.end ?? e.start) > start.getTime() || Date.parse(e.start) >= start.getTime()),
        );
        return { events: inside, skipped: read.skipped, reasons: read.problems.map((p) => p.reason) };
      } catch (error) {
        return { error: String(error?.message ?? error) };
      }
    },
    text,
    midnight(from),
    midnight(dayAfter(to)),
  );
  let differences;
  if (!judge) differences = [{ kind: 'unjudged', text: 'not in expected.json' }];
  else if (judge.error) {
    const shown = result.error ?? (result.events.map((e) => show(ours(e))).join(', ') || 'nothing');
    differences = [{ kind: 'judge-error', text: `the judge could not read it (${judge.error}); we show ${shown}` }];
  } else if (result.error) differences = [{ kind: 'error', text: result.error }];
  else differences = compare(judge.sessions.map(theirs), result.events.map(ours));

  const kinds = [...new Set(differences.map((d) => d.kind))];
  const unlisted = kinds.filter((kind) => !table.has(`${name} ${kind}`));
  kinds.forEach((kind) => used.add(`${name} ${kind}`));
  const count = result.events ? `${result.events.length} sessions` : 'unreadable';
  const skipped = result.skipped ? `, ${result.skipped} skipped (${[...new Set(result.reasons)].join(', ')})` : '';
  if (!differences.length) {
    agreed += 1;
    console.log(`ok        ${name}: ${count}${skipped}`);
  } else if (!unlisted.length) {
    listed += 1;
    const why = differences.find((d) => d.kind === 'judge-error')?.text ?? kinds.join(', ');
    console.log(`listed    ${name}: ${count}${skipped}; ${why} (README: deliberate)`);
  } else {
    failed.push(name);
    console.log(`DIFFERENT ${name}: ${count}${skipped}`);
    for (const d of differences.slice(0, 12)) console.log(`            ${d.kind}: ${d.text}`);
    if (differences.length > 12) console.log(`            … ${differences.length - 12} more`);
  }
}
await browser.close();

const stale = [...table.keys()].filter((key) => !used.has(key) && names.includes(key.split(' ')[0]));
for (const key of stale) console.log(`note: the README lists "${key}", which no longer differs`);
if (pageErrors.length) console.log(`page errors: ${pageErrors.join('; ')}`);
console.log(
  `\n${names.length} files: ${agreed} agree, ${listed} differ as the README lists, ${failed.length} differ otherwise` +
    (failed.length ? ` (${failed.join(', ')})` : ''),
);
process.exit(failed.length || pageErrors.length ? 1 : 0);
