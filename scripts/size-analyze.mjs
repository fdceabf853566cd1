// What a page's bytes are: each built file's minified bytes traced to the source modules they came from (through the
// build's source maps), grouped as Lit, i18next, core, each widget's own modules, strings, readers and so on, with
// each file's gzip size shared out in proportion. `npm run size -- --analyze` prints the table for every page that
// `scripts/size.mjs` counts. The gzip shares are estimates (gzip compresses a file as a whole); the totals are exact.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = Object.fromEntries([...B64].map((char, i) => [char, i]));

/** The source index of every segment of a source map's `mappings`, line by line: `[[column, source], …]`. */
function segments(mappings) {
  let source = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const values = [];
        let value = 0;
        let shift = 0;
        for (const char of segment) {
          const digit = DIGIT[char];
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            values.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
          }
        }
        column += values[0];
        if (values.length > 1) source += values[1];
        return [column, values.length > 1 ? source : -1];
      });
  });
}

/**
 * Minified bytes of a built file per source path (relative to the project). A segment's bytes run to the next
 * segment; a line without segments (the rest of a multi-line template literal) belongs to the segment before it.
 * Bytes before any segment (the chunk's imports) and the source-map comment count as `(glue)`.
 */
export function bytesBySource(file) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const sources = map.sources.map((path) => relative('.', resolve(dirname(file), path)));
  const out = new Map();
  const add = (key, bytes) => out.set(key, (out.get(key) ?? 0) + bytes);
  const lines = code.split('\n');
  const mapped = segments(map.mappings);
  let last = '(glue)';
  lines.forEach((text, i) => {
    const line = mapped[i] ?? [];
    const newline = i < lines.length - 1 ? 1 : 0;
    if (text.startsWith('//# sourceMappingURL=')) return add('(glue)', Buffer.byteLength(text) + newline);
    if (!line.length) return add(last, Buffer.byteLength(text) + newline);
    add(last, Buffer.byteLength(text.slice(0, line[0][0])));
    line.forEach(([column, source], j) => {
      const end = j + 1 < line.length ? line[j + 1][0] : text.length;
      if (source >= 0) last = sources[source];
      add(
        source < 0 ? '(glue)' : sources[source],
        Buffer.byteLength(text.slice(column, end)) + (j + 1 < line.length ? 0 : newline),
      );
    });
  });
  return out;
}

/** The group a source belongs to in the table. */
export function groupOf(source) {
  const path = source.replace(/\\/g, '/');
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(path)) {
    return /decorators\//.test(path) ? 'Lit decorators' : 'Lit';
  }
  if (/node_modules\/i18next\//.test(path)) return 'i18next';
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  if (module) return module[1];
  if (/^locales\/[^/]+\/guides\//.test(path)) return 'guide content';
  const strings = /^locales\/([^/]+)\//.exec(path);
  if (strings) return `strings (${strings[1]})`;
  if (/^src\/course-calendar\/(sources\/|read\.ts|course-reader\.ts|series\.ts|zoned\.ts)/.test(path)) {
    return 'course-calendar: feed readers';
  }
  if (/^src\/course-calendar\/(card-details|sanitize)\.ts$/.test(path)) return 'course-calendar: open course (lazy)';
  if (/^src\/course-calendar\/jsonld\.ts$/.test(path)) return 'course-calendar: JSON-LD (lazy)';
  if (/^src\/course-calendar\/[\w.-]*styles\.ts$/.test(path)) return 'course-calendar: styles';
  if (/^src\/guide-card\/[\w.-]*styles\.ts$/.test(path)) return 'guide-card: styles';
  if (/^src\/model-explainer\/[\w.-]*styles\.ts$/.test(path)) return 'model-explainer: styles';
  if (/^src\/guide-card\/guide\.ts$/.test(path)) return 'guide-card: guide model and validator';
  const widget = /^src\/([^/]+)\//.exec(path);
  if (widget) return widget[1] === 'core' ? 'core' : `${widget[1]}`;
  if (/^src\/medborger\.ts$/.test(path)) return 'core';
  return path === '(glue)' ? 'imports, exports (no source)' : path;
}

/** Gzip bytes per group over a set of built files: each file's gzip size shared out by its minified bytes. */
export function analyze(files, gzipOf) {
  const groups = new Map();
  for (const file of files) {
    const bytes = bytesBySource(file);
    const total = [...bytes.values()].reduce((a, b) => a + b, 0) || 1;
    const gz = gzipOf(file);
    for (const [source, size] of bytes) {
      const group = groupOf(source);
      groups.set(group, (groups.get(group) ?? 0) + (gz * size) / total);
    }
  }
  return groups;
}

/** A markdown table: one row per group, one column per page, in KB gzip. */
export function table(pages, gzipOf) {
  const columns = Object.entries(pages).map(([name, files]) => [name, analyze([...files], gzipOf)]);
  const groups = [...new Set(columns.flatMap(([, groups]) => [...groups.keys()]))];
  const largest = (group) => Math.max(...columns.map(([, g]) => g.get(group) ?? 0));
  groups.sort((a, b) => largest(b) - largest(a));
  const kb = (bytes) => (bytes ? (bytes / 1024).toFixed(1) : '–');
  const rows = [
    `| part | ${columns.map(([name]) => name).join(' | ')} |`,
    `| --- | ${columns.map(() => '---:').join(' | ')} |`,
    ...groups.map((group) => `| ${group} | ${columns.map(([, g]) => kb(g.get(group) ?? 0)).join(' | ')} |`),
    `| **total** | ${columns.map(([, g]) => `**${kb([...g.values()].reduce((a, b) => a + b, 0))}**`).join(' | ')} |`,
  ];
  return rows.join('\n');
}

export { join };
