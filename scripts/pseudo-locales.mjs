// Writes two pseudo-locales from the English strings, for tests and Storybook only (never built into dist/):
//
//   en-XA  accented and about 40 % longer: "Try again" → "[Ţŕý åĝåîñ one two]". Shows a string that does not come
//          from locales/ (it stays plain), text that is cut off or overflows, and layout that cannot grow.
//   ar-XB  right to left: every word wrapped in RIGHT-TO-LEFT OVERRIDE … POP DIRECTIONAL FORMATTING, so the English
//          reads mirrored, in a widget laid out right to left (`dir="rtl"`). With Arabic's plural forms.
//
// They land in pseudo-locales/<id>/<namespace>.json (git-ignored) and are registered the way a real language is,
// with one line each (test/helpers/pseudo-locales.ts): docs/contributing.md, "Add a language".
//
// Run: node scripts/pseudo-locales.mjs. The test runner's and Storybook's configs call it before they start.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(root, 'locales', 'en');
export const PSEUDO_DIR = join(root, 'pseudo-locales');

const ACCENTS = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [
    letter,
    [...'åƀċđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁĊĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i],
  ]),
);
const FILLER = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
// What a translation must keep as it is: i18next placeholders and nesting, and URLs.
const KEEP = /(\{\{[^}]*\}\}|\$t\([^)]*\)|https?:\/\/\S+)/u;

const RLO = '\u202e';
const PDF = '\u202c';

/** "Try again" → "[Ţŕý åĝåîñ one two]": every letter accented, about 40 % more letters, brackets to spot cuts. */
export function accented(text) {
  const parts = text.split(KEEP).map((part, i) => (i % 2 ? part : [...part].map((c) => ACCENTS[c] ?? c).join('')));
  const letters = text.replace(new RegExp(KEEP, 'gu'), '').replace(/\s/gu, '').length;
  const filler = [];
  for (let added = 0, i = 0; added < Math.ceil(letters * 0.4); i++) {
    const word = FILLER[i % FILLER.length];
    filler.push(word);
    added += word.length;
  }
  return `[${parts.join('')}${filler.length ? ` ${filler.join(' ')}` : ''}]`;
}

/** "Try again" → "‮Try‬ ‮again‬": each word shown mirrored, placeholders and URLs left readable. */
export function mirrored(text) {
  return text
    .split(KEEP)
    .map((part, i) => (i % 2 ? part : part.replace(/[^\s]+/gu, (word) => `${RLO}${word}${PDF}`)))
    .join('');
}

// Arabic has six plural categories; English files have `_one` and `_other`. The others are made from `_other`.
const ARABIC_PLURALS = ['zero', 'two', 'few', 'many'];

function transform(value, pseudo, plurals) {
  if (typeof value === 'string') return pseudo(value);
  if (Array.isArray(value)) return value.map((item) => transform(item, pseudo, plurals));
  if (!value || typeof value !== 'object') return value;
  const out = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = transform(inner, pseudo, plurals);
    const other = /^(.*)_other$/u.exec(key);
    if (other && plurals) for (const form of plurals) out[`${other[1]}_${form}`] ??= out[key];
  }
  return out;
}

export const PSEUDO_LOCALES = {
  'en-XA': { pseudo: accented },
  'ar-XB': { pseudo: mirrored, plurals: ARABIC_PLURALS },
};

/** Writes every namespace of locales/en/ in both pseudo-locales; returns the files written. */
export function writePseudoLocales() {
  const written = [];
  for (const [id, { pseudo, plurals }] of Object.entries(PSEUDO_LOCALES)) {
    const dir = join(PSEUDO_DIR, id);
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(SOURCE).filter((file) => file.endsWith('.json'))) {
      const strings = JSON.parse(readFileSync(join(SOURCE, name), 'utf8'));
      writeFileSync(join(dir, name), `${JSON.stringify(transform(strings, pseudo, plurals), null, 2)}\n`);
      written.push(join(id, name));
    }
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const written = writePseudoLocales();
  console.log(`pseudo-locales: ${written.length} files in ${PSEUDO_DIR}`);
}
