#!/usr/bin/env node
/*
 * npm run check:guides — checks what the built-in guides say, not the live web (no network).
 *
 * Lists every fact, source and action address with its age, and:
 * - fails on an action that is not https: or is a site's front page;
 * - fails on a fact without `asOf` (a year, month or day) or without an https source;
 * - fails on a Danish guide whose action or main source (the first in `sources`) is an English page, unless the
 *   guide is listed in ENGLISH_ONLY below with the reason no Danish page could be found;
 * - fails on a Danish guide with a LIX above 35 (plain Danish);
 * - warns, never fails, on a fact more than a year older than "today", so time passing never blocks a change.
 *
 * Options: --today=YYYY-MM-DD (the date the ages are measured from; default: the date it runs),
 *          --markdown (print the README table), --write-readme (replace the table in README.md).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_LIX = 35;
const AS_OF = /^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** Danish guides allowed an English action, each with the reason (no Danish page found when last checked). */
const ENGLISH_ONLY = {
  mitid: 'no Danish mitid.dk page for "Få MitID med pas" was found when checked on 2026-12-04',
};
const README_START = '<!-- check:guides start -->';
const README_END = '<!-- check:guides end -->';

/**
 * LIX: words per sentence plus the share of words longer than six letters, in per cent. The texts are read as one
 * run of prose: a sentence ends at . ! ? or :, so a heading without a full stop counts with the sentence after it
 * (stricter than counting each heading as a sentence).
 */
export function lix(texts) {
  const text = texts
    .map((t) => t.trim())
    .filter(Boolean)
    .join(' ');
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (!words.length) return 0;
  const long = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length > 6).length;
  const sentences = Math.max(text.match(/[.!?:]+(\s|$)/g)?.length ?? 0, 1);
  return words.length / sentences + (100 * long) / words.length;
}

/** Every text a reader of the guide reads: not the sources or the action's label. */
function readerTexts(guide) {
  return [
    guide.title,
    guide.purpose,
    ...(guide.needs ?? []),
    ...(guide.steps ?? []).flatMap((s) => [s.title, ...[s.text ?? []].flat()]),
    ...(guide.warnings ?? []),
    ...[guide.noMitId?.text ?? []].flat(),
    ...(guide.facts ?? []).flatMap((f) => [f.label, f.value]),
  ].filter((t) => typeof t === 'string');
}

export function actionAddress(action) {
  if (action?.selfserviceId)
    return `https://www.borger.dk/handlingsside?selfserviceId=${encodeURIComponent(action.selfserviceId)}`;
  return action?.url;
}

/** Why an address is no good as an action, or undefined. */
export function actionProblem(address) {
  let url;
  try {
    url = new URL(address);
  } catch {
    return 'not a web address';
  }
  if (url.protocol !== 'https:') return 'not https:';
  if ((url.pathname === '/' || url.pathname === '') && !url.search) return "a site's front page";
  return undefined;
}

/** True for a page in English: lifeindenmark.borger.dk, international.*, an /en/ or /en-gb/ path, "(på engelsk)". */
export function isEnglishPage(address, label = '') {
  if (/\(på engelsk/i.test(label)) return true;
  try {
    const url = new URL(address);
    if (/^(lifeindenmark|international)\./.test(url.hostname)) return true;
    return url.pathname.split('/').some((part) => /^en(-[a-z]{2})?$/i.test(part));
  } catch {
    return false;
  }
}

/** The last day `asOf` covers: 2024 → 2024-12-31, 2024-05 → 2024-05-31. */
export function asOfEnd(asOf) {
  const m = AS_OF.exec(asOf);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), m[3] ? Number(m[3]) : 12, m[5] ? Number(m[5]) : undefined];
  return new Date(Date.UTC(year, month - (day ? 1 : 0), day ?? 0));
}

/** Age in whole months, as "11 months" or "2 years 3 months". */
export function age(from, today) {
  const months = (today.getUTCFullYear() - from.getUTCFullYear()) * 12 + today.getUTCMonth() - from.getUTCMonth();
  if (months <= 0) return 'this month';
  const y = Math.floor(months / 12);
  const m = months % 12;
  return [y ? `${y} year${y > 1 ? 's' : ''}` : '', m ? `${m} month${m > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
}

function loadGuides() {
  const dir = join(ROOT, 'locales/da/guides');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({
      file,
      da: JSON.parse(readFileSync(join(dir, file), 'utf8')),
      en: JSON.parse(readFileSync(join(ROOT, 'locales/en/guides', file), 'utf8')),
    }));
}

function checkFacts(guide, where, today, out) {
  const yearAgo = new Date(today.getTime() - 365 * 86_400_000);
  for (const [i, fact] of (guide.facts ?? []).entries()) {
    const path = `${where} facts[${i}]`;
    const end = typeof fact.asOf === 'string' ? asOfEnd(fact.asOf) : undefined;
    if (!end) out.errors.push(`${path}: no asOf (a year, month or day)`);
    const src = fact.source?.url;
    if (!src || actionProblem(src) === 'not https:' || actionProblem(src) === 'not a web address')
      out.errors.push(`${path}: no https source`);
    if (end && end < yearAgo) out.warnings.push(`${path} "${fact.label}": ${fact.asOf} is more than a year old`);
    if (guide.lang === 'da')
      out.rows.push({
        guide: guide.id,
        what: `fact: ${fact.label} = ${fact.value}`,
        asOf: fact.asOf ?? '–',
        age: end ? age(end, today) : '–',
        address: src ?? '–',
      });
  }
}

function checkGuide({ file, da, en }, today, out) {
  for (const guide of [da, en]) {
    const where = `${guide.lang ?? '?'}/${file}`;
    const address = actionAddress(guide.action);
    const problem = address ? actionProblem(address) : 'no address';
    if (problem) out.errors.push(`${where} action: ${problem} (${address})`);
    checkFacts(guide, where, today, out);
  }
  const checked = asOfEnd(da.checkedOn);
  const checkedAge = checked ? age(checked, today) : '–';
  const address = actionAddress(da.action);
  out.rows.push({ guide: da.id, what: `action: ${da.action?.label}`, asOf: da.checkedOn, age: checkedAge, address });
  for (const source of da.sources ?? [])
    out.rows.push({
      guide: da.id,
      what: `source: ${source.label}`,
      asOf: da.checkedOn,
      age: checkedAge,
      address: source.url ?? '(no address recorded)',
    });
  const englishAction = address && (da.action?.hreflang === 'en' || isEnglishPage(address));
  if (englishAction && !ENGLISH_ONLY[da.id]) out.errors.push(`da/${file} action: an English page (${address})`);
  if (englishAction && ENGLISH_ONLY[da.id]) out.notes.push(`da/${file} action is English: ${ENGLISH_ONLY[da.id]}`);
  const main = da.sources?.[0];
  if (main?.url && isEnglishPage(main.url, main.label))
    out.errors.push(`da/${file} main source: an English page (${main.url})`);
  const score = lix(readerTexts(da));
  out.lix.push({ guide: da.id, lix: score });
  if (score > MAX_LIX) out.errors.push(`da/${file}: LIX ${score.toFixed(1)} is above ${MAX_LIX}`);
}

const cell = (text) => String(text).replace(/\|/g, '\\|');

export function markdown(out, today) {
  const lines = [
    `Measured by \`npm run check:guides\` on ${today.toISOString().slice(0, 10)}; ages are from the date each fact`,
    "gives (`asOf`) or, for actions and sources, from the guide's last check (`checkedOn`).",
    '',
    '| guide | LIX |',
    '| --- | --- |',
    ...out.lix.map((l) => `| ${l.guide} | ${l.lix.toFixed(1)} |`),
    '',
    '| guide | fact, action or source | as of | age | address |',
    '| --- | --- | --- | --- | --- |',
    ...out.rows.map((r) => `| ${r.guide} | ${cell(r.what)} | ${r.asOf} | ${r.age} | ${cell(r.address)} |`),
  ];
  return lines.join('\n');
}

export function run(today) {
  const out = { rows: [], lix: [], errors: [], warnings: [], notes: [] };
  for (const pair of loadGuides()) checkGuide(pair, today, out);
  return out;
}

function parseToday(args) {
  const arg = args.find((a) => a.startsWith('--today='));
  const today = arg ? new Date(`${arg.slice(8)}T00:00:00Z`) : new Date();
  if (Number.isNaN(today.getTime())) throw new Error(`--today: expected YYYY-MM-DD, got ${arg}`);
  return today;
}

function main(args) {
  const today = parseToday(args);
  const out = run(today);
  const table = markdown(out, today);
  if (args.includes('--markdown')) console.log(table);
  else {
    for (const r of out.rows)
      console.log(`${r.guide.padEnd(26)} ${r.asOf.padEnd(10)} ${r.age.padEnd(18)} ${r.what} — ${r.address}`);
    for (const l of out.lix) console.log(`LIX ${l.guide.padEnd(26)} ${l.lix.toFixed(1)}`);
  }
  if (args.includes('--write-readme')) {
    const path = join(ROOT, 'README.md');
    const readme = readFileSync(path, 'utf8');
    const start = readme.indexOf(README_START);
    const end = readme.indexOf(README_END);
    if (start < 0 || end < start) throw new Error(`README.md: no ${README_START} … ${README_END} block`);
    writeFileSync(path, `${readme.slice(0, start + README_START.length)}\n${table}\n${readme.slice(end)}`);
  }
  for (const n of out.notes) console.log(`note: ${n}`);
  for (const w of out.warnings) console.warn(`warning: ${w}`);
  for (const e of out.errors) console.error(`error: ${e}`);
  console.log(
    `${out.rows.length} facts, actions and sources; ${out.warnings.length} warnings; ${out.errors.length} errors.`,
  );
  return out.errors.length ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = main(process.argv.slice(2));
