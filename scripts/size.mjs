// Prints the gzip size of every file of the drop-in build and what a page downloads for each widget, and fails the
// build when the drop-in passes its budget (30 KB), a page with the drop-in and any one widget passes the page budget
// (51 KB), or the page with all three widgets passes 75 KB. The product's goal is lower, 40 KB a page and 60 KB for
// all three: it is printed beside each page until it is met, and then becomes the budget (README, "Size").
//
// dist/medborger.js (Lit, i18next, core) is what every page loads. A widget's chunk and the chunks it imports
// statically load when its tag is on the page, and so do the lazy chunks listed in ALWAYS below, which every page
// with that widget fetches (scripts/size-page.mjs opens the pages in Chromium and checks that this count is what a
// real page downloads). Everything else (iCalendar, QR codes, the virtualiser, the month table, print, `.ics` export,
// other languages' strings) loads only when a page needs it, so it is listed, not counted.
//
//   node scripts/size.mjs              the report and the budgets (`npm run build` runs this)
//   node scripts/size.mjs --analyze    and what each page's bytes are: Lit, i18next, core, each widget, strings …
//   node scripts/size.mjs --measure    and the same pages opened in Chromium: fails when they fetch more
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = Number(process.env.MB_SIZE_BUDGET_KB ?? 30);
// 51, not 50: rendering a list a few courses per task and making Intl's formats ahead of the first render (no task
// over 100 ms on a phone, README "Host page") cost the calendar's page 0.8 KB.
const PAGE_BUDGET_KB = Number(process.env.MB_PAGE_BUDGET_KB ?? 51);
const ALL_BUDGET_KB = Number(process.env.MB_ALL_BUDGET_KB ?? 75);
/** The goal (issue #13): reported on every page over it, enforced once met. */
const PAGE_GOAL_KB = 40;
const ALL_GOAL_KB = 60;
// Chunks a widget loads lazily but on (nearly) every page that shows it, so they count towards its page. A list of
// names is "one of these" (a feed has one format, a card shows one guide; an entry of the list may itself be a list
// of chunks that load together): the largest of them is counted.
// - The calendar always reads a feed (its readers are split out only so the skeleton can show first), writes its
//   JSON-LD, and a citizen opens a course (its details). The JSON formats come from the format registry, so a new
//   format's reader is counted without editing this script.
// - The guide card shows one guide: its content in the page's language (Danish here; English pages load English and
//   Danish, the fallback).
const jsonFormats = [
  ...readFileSync('src/course-calendar/sources/formats.ts', 'utf8').matchAll(/^ {2}'?([\w-]+)'?: \{\s+kind: 'json'/gmu),
].map(([, id]) => id);
const guides = [
  ...readFileSync('src/guide-card/guides/index.ts', 'utf8').matchAll(/^ {2}'?([\w-]+)'?: \(\) =>/gmu),
].map(([, id]) => `guides/da/${id}`);
const ALWAYS = {
  'course-calendar': ['formats', jsonFormats, 'jsonld', 'card-details'],
  'guide-card': [guides],
};
/**
 * The sanitiser (DOMPurify) loads when an open course's description has markup, and only in browsers without the
 * HTML Sanitizer API (`Element.setHTML`: Chromium and Firefox have it, WebKit not yet): reported beside the pages.
 */
const FALLBACK = 'purify.es';
const ENTRY = 'dist/medborger.js';

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
const gzipCache = new Map();
const gzip = (path) => {
  if (!gzipCache.has(path)) gzipCache.set(path, gzipSync(readFileSync(path), { level: 9 }).length);
  return gzipCache.get(path);
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (paths) => [...paths].reduce((total, path) => total + gzip(path), 0);

/** A file and every chunk it imports statically (not `import()`), transitively. */
function closure(path, seen = new Set()) {
  if (seen.has(path)) return seen;
  seen.add(path);
  const source = readFileSync(path, 'utf8');
  for (const [, spec] of source.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    closure(join(dirname(path), spec), seen);
  }
  return seen;
}

/** Every built file of the drop-in (not the npm build), the entry first. */
export function builtFiles() {
  return files('dist')
    .filter((path) => path.endsWith('.js') && !path.startsWith(join('dist', 'npm')))
    .sort((a, b) => (a === ENTRY ? -1 : b === ENTRY ? 1 : a.localeCompare(b)));
}

/** The files each page downloads: `drop-in`, each widget, `all`. */
export function pages(all = builtFiles()) {
  const widgets = readdirSync('src', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'core' && existsSync(`src/${entry.name}/define.ts`))
    .map((entry) => entry.name);
  const chunkOf = (name) => all.find((path) => relative('dist', path).startsWith(`chunks/${name}-`));
  const entryFiles = closure(ENTRY);
  const result = { 'drop-in': entryFiles };
  const everything = new Set(entryFiles);
  for (const widget of widgets) {
    const chunk = chunkOf(widget);
    if (!chunk) throw new Error(`size: no chunk for ${widget} in dist/chunks; is it loaded by the drop-in?`);
    const page = closure(chunk, new Set(entryFiles));
    for (const need of ALWAYS[widget] ?? []) {
      const candidates = (Array.isArray(need) ? need : [need])
        .map((names) => [names].flat().map(chunkOf))
        .filter((paths) => paths.every(Boolean));
      if (!candidates.length) throw new Error(`size: no chunk ${need} in dist/chunks; ALWAYS in scripts/size.mjs`);
      // The one that adds the most to the page, with the chunks it imports.
      const withImports = (paths) => paths.reduce((seen, path) => closure(path, seen), new Set());
      const added = (paths) => sum([...withImports(paths)].filter((file) => !page.has(file)));
      const largest = candidates.reduce((best, paths) => (added(paths) > added(best) ? paths : best));
      for (const path of largest) closure(path, page);
    }
    for (const path of page) everything.add(path);
    result[widget] = page;
  }
  result.all = everything;
  return result;
}

if (!existsSync(ENTRY)) {
  console.error(`size: ${ENTRY} is missing; run the build first.`);
  process.exit(1);
}
const all = builtFiles();
console.log(`${'file (dist/)'.padEnd(52)}${'min'.padStart(10)}${'gzip'.padStart(10)}`);
for (const path of all) {
  console.log(
    `${relative('dist', path).padEnd(52)}${kb(statSync(path).size).padStart(10)}${kb(gzip(path)).padStart(10)}`,
  );
}

// The pseudo-locales (scripts/pseudo-locales.mjs) are for tests and Storybook: none may reach the build.
const pseudo = all.filter((path) => /pseudo-locales|en-XA|ar-XB/.test(readFileSync(path, 'utf8')));
if (pseudo.length) {
  console.error(`size: a pseudo-locale is in the build: ${pseudo.join(', ')}`);
  process.exit(1);
}

const counted = pages(all);
const budgetOf = (name) => (name === 'drop-in' ? BUDGET_KB : name === 'all' ? ALL_BUDGET_KB : PAGE_BUDGET_KB);
const goalOf = (name) => (name === 'drop-in' ? BUDGET_KB : name === 'all' ? ALL_GOAL_KB : PAGE_GOAL_KB);
const label = (name) =>
  name === 'drop-in' ? 'the drop-in alone' : name === 'all' ? 'with all three widgets' : `with <mb-${name}>`;
const over = [];
console.log(`\nwhat a page downloads (gzip)${'budget'.padStart(33)}${'goal'.padStart(9)}`);
for (const [name, page] of Object.entries(counted)) {
  const size = sum(page);
  if (size > budgetOf(name) * 1024) over.push(`${label(name)} is ${kb(size)}, over its ${budgetOf(name)} KB budget`);
  const note = size > budgetOf(name) * 1024 ? '  over budget' : size > goalOf(name) * 1024 ? '  goal not met' : '';
  console.log(
    `  ${label(name).padEnd(38)}${kb(size).padStart(10)}${`${budgetOf(name)} KB`.padStart(11)}${`${goalOf(name)} KB`.padStart(9)}${note}`,
  );
}
const fallback = all.find((path) => relative('dist', path).startsWith(`chunks/${FALLBACK}-`));
if (fallback) {
  console.log(
    `  + the HTML sanitiser where the browser has no Sanitizer API (WebKit)${kb(gzip(fallback)).padStart(9)}`,
  );
}

if (process.argv.includes('--analyze')) {
  const { table } = await import('./size-analyze.mjs');
  console.log(`\nwhat each page's bytes are (KB gzip; the shares within a file are estimates)\n`);
  console.log(table(counted, gzip));
}

if (process.argv.includes('--measure')) {
  const { measurePages } = await import('./size-page.mjs');
  // The card shows the guide counted for its page.
  const guide = [...counted['guide-card']].map((path) => /guides[\\/]da[\\/]([\w-]+)-[\w-]{8}\.js$/.exec(path)?.[1]);
  const measured = await measurePages({ guide: guide.find(Boolean) });
  console.log(`\nthe same pages opened in Chromium (gzip of every script fetched)`);
  for (const [name, { files: fetched, total }] of Object.entries(measured)) {
    const expected = new Set([...(counted[name] ?? [])].map((path) => relative('dist', path)));
    const extra = fetched.filter((file) => !expected.has(file.path));
    const missing = [...expected].filter((path) => !fetched.some((file) => file.path === path));
    console.log(
      `  ${label(name).padEnd(38)}${kb(total).padStart(10)}${extra.length ? `  fetched, not counted: ${extra.map((f) => f.path).join(', ')}` : ''}${missing.length ? `  counted, not fetched: ${missing.join(', ')}` : ''}`,
    );
    if (extra.length) over.push(`${label(name)} fetches scripts the count leaves out (ALWAYS in scripts/size.mjs)`);
  }
}

if (over.length) {
  for (const line of over) console.error(`size: ${line}.`);
  process.exit(1);
}
