// Prints the gzip size of every file of the drop-in build and what a page pays for each widget. Fails when the
// drop-in grows past its budget (40 KB), or a page with the drop-in and any one widget past the page budget (45 KB).
//
// dist/medborger.js (Lit, i18next, core) is what every page loads. A widget's chunk and the chunks it imports
// statically load when its tag is on the page. Everything else (iCalendar, QR codes, sanitiser, virtualiser, one
// guide's content) loads only when a page needs it, so it is listed, not counted.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = Number(process.env.MB_SIZE_BUDGET_KB ?? 40);
const PAGE_BUDGET_KB = Number(process.env.MB_PAGE_BUDGET_KB ?? 45);
/** The product's target for all three widgets with Lit and i18next; reported, not enforced (see README, Size). */
const ALL_TARGET_KB = 40;
// Chunks a widget loads lazily but on every page that shows it, so they count towards its page: a calendar always
// reads a feed, and its readers are split out only so the skeleton can show before they arrive. A list of names is
// "one of these" (a feed has one format): the largest of them is counted.
// The JSON formats come from the format registry, so a new format's reader is counted without editing this script.
const jsonFormats = [
  ...readFileSync('src/course-calendar/sources/formats.ts', 'utf8').matchAll(/^ {2}'?([\w-]+)'?: \{\s+kind: 'json'/gmu),
].map(([, id]) => id);
const ALWAYS = { 'course-calendar': ['formats', jsonFormats] };
const ENTRY = 'dist/medborger.js';
if (!existsSync(ENTRY)) {
  console.error(`size: ${ENTRY} is missing; run the build first.`);
  process.exit(1);
}

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
const gzip = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

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

const all = files('dist')
  .filter((path) => path.endsWith('.js') && !path.startsWith(join('dist', 'npm')))
  .sort((a, b) => (a === ENTRY ? -1 : b === ENTRY ? 1 : a.localeCompare(b)));
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

const widgets = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'core' && existsSync(`src/${entry.name}/define.ts`))
  .map((entry) => entry.name);
const entryFiles = closure(ENTRY);
const sum = (paths) => [...paths].reduce((total, path) => total + gzip(path), 0);
const entrySize = sum(entryFiles);

console.log(`\nwhat a page loads (gzip)`);
console.log(`  the drop-in alone${kb(entrySize).padStart(34)}`);
const everything = new Set(entryFiles);
let over = false;
for (const widget of widgets) {
  const chunk = all.find((path) => relative('dist', path).startsWith(`chunks/${widget}-`));
  if (!chunk) {
    console.error(`size: no chunk for ${widget} in dist/chunks; is it loaded by the drop-in?`);
    process.exit(1);
  }
  const page = closure(chunk, new Set(entryFiles));
  const chunkOf = (name) => all.find((path) => relative('dist', path).startsWith(`chunks/${name}-`));
  for (const need of ALWAYS[widget] ?? []) {
    const candidates = (Array.isArray(need) ? need : [need]).map(chunkOf).filter(Boolean);
    if (!candidates.length) continue;
    // The one that adds the most to the page, with the chunks it imports.
    const added = (path) => sum([...closure(path, new Set())].filter((file) => !page.has(file)));
    const largest = candidates.reduce((best, path) => (added(path) > added(best) ? path : best));
    closure(largest, page);
  }
  for (const path of page) everything.add(path);
  const size = sum(page);
  over ||= size > PAGE_BUDGET_KB * 1024;
  console.log(
    `  with <mb-${widget}>${kb(size).padStart(51 - widget.length - 7)}${size > PAGE_BUDGET_KB * 1024 ? '  over budget' : ''}`,
  );
}
const allSize = sum(everything);
console.log(
  `  with all ${widgets.length} widgets${kb(allSize).padStart(32)}${allSize > ALL_TARGET_KB * 1024 ? `  (target ${ALL_TARGET_KB} KB: not met)` : ''}`,
);
console.log(`\nbudgets: the drop-in ${BUDGET_KB} KB, a page with one widget ${PAGE_BUDGET_KB} KB (gzip)`);
if (entrySize > BUDGET_KB * 1024) {
  console.error(`size: the drop-in is ${kb(entrySize)}, over its ${BUDGET_KB} KB budget.`);
  process.exit(1);
}
if (over) {
  console.error(`size: a page with the drop-in and one widget is over the ${PAGE_BUDGET_KB} KB budget.`);
  process.exit(1);
}
