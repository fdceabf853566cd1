// Prints the gzip size of every file of the drop-in build and fails when the entry grows past its budget.
// The entry is what every page pays for; chunks load only on pages that need them, so they are listed, not summed.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = Number(process.env.MB_SIZE_BUDGET_KB ?? 40);
const ENTRY = 'dist/medborger.js';

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7) + ' KB';
const rows = files('dist')
  .filter((path) => path.endsWith('.js') && !path.startsWith(join('dist', 'npm')))
  .map((path) => {
    const source = readFileSync(path);
    return { path: relative('dist', path), raw: source.length, gzip: gzipSync(source, { level: 9 }).length };
  })
  .sort((a, b) => (a.path === 'medborger.js' ? -1 : b.path === 'medborger.js' ? 1 : a.path.localeCompare(b.path)));

console.log(`${'file (dist/)'.padEnd(52)}${'min'.padStart(10)}${'gzip'.padStart(10)}`);
for (const row of rows) console.log(`${row.path.padEnd(52)}${kb(row.raw)}  ${kb(row.gzip)}`);

const entry = rows.find((row) => row.path === relative('dist', ENTRY));
if (!entry) {
  console.error(`size: ${ENTRY} is missing; run the build first.`);
  process.exit(1);
}
const lazy = rows.filter((row) => row !== entry).reduce((sum, row) => sum + row.gzip, 0);
console.log(
  `\ndrop-in entry ${kb(entry.gzip).trim()} gzip of a ${BUDGET_KB} KB budget; lazy chunks ${kb(lazy).trim()} in all`,
);
if (entry.gzip > BUDGET_KB * 1024) {
  console.error(`size: ${ENTRY} is ${kb(entry.gzip).trim()} gzip, over the ${BUDGET_KB} KB budget.`);
  process.exit(1);
}
