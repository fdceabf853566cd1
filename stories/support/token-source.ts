/// <reference types="vite/client" />
/*
 * Every `--mb-*` token, read from the source at build time (Vite's import.meta.glob with `?raw`): the CSS of every
 * `css` template in src/, not a list of our own. A token's value is its fallback in the code (`var(--mb-x, value)`),
 * with `var(--_alias)` and `var(--mb-y, …)` followed to what a page that sets nothing gets; where it is used is every
 * widget whose styles read the token or its private alias (`--_primary` for `--mb-color-primary`).
 */
import { declarationOf } from './arg-types.js';

const sources = import.meta.glob<string>('../../src/**/*.ts', { query: '?raw', import: 'default', eager: true });

export interface Token {
  name: string;
  /** The fallback as the code writes it. */
  code: string;
  /** What a page that sets no token gets. */
  value: string;
  /** Where it is read: `core` (every widget) or a widget's folder/file key. */
  usedIn: string[];
  description: string;
}

/** The CSS of a file: the text of its `css` tagged templates. */
const cssOf = (text: string) => [...text.matchAll(/\bcss`([\s\S]*?)`/gu)].map((match) => match[1]).join('\n');

/** The text of the `var(` call starting at `start` (balanced parentheses), without `var(` and `)`. */
function varArguments(text: string, start: number): string {
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')' && (depth -= 1) === 0) return text.slice(start + 4, i);
  }
  return text.slice(start + 4);
}

/** Splits `--x, fallback` at its first top-level comma. */
function splitVar(args: string): [string, string | undefined] {
  const comma = args.indexOf(',');
  return comma < 0 ? [args.trim(), undefined] : [args.slice(0, comma).trim(), args.slice(comma + 1).trim()];
}

/** The widget a source file belongs to. */
const placeOf = (path: string) =>
  /month-view/u.test(path) ? 'month-view' : (/src\/([^/]+)\//u.exec(path)?.[1] ?? 'core');

const css = Object.entries(sources).map(([path, text]) => ({ path, place: placeOf(path), css: cssOf(text) }));

const aliases = new Map<string, string>();
for (const file of [...css].sort((a, b) => Number(b.place === 'core') - Number(a.place === 'core')))
  for (const match of file.css.matchAll(/(--_[a-z0-9-]+)\s*:\s*([^;]+);/gu))
    if (!aliases.has(match[1])) aliases.set(match[1], match[2].trim());

/** Follows `var()` to the value a page that sets no `--mb-*` property gets. */
function resolve(expression: string, depth = 0): string {
  const text = expression.trim();
  if (depth > 8 || !text.startsWith('var(')) return text;
  const [name, fallback] = splitVar(varArguments(text, 0));
  if (name.startsWith('--_') && aliases.has(name)) return resolve(aliases.get(name)!, depth + 1);
  return fallback === undefined ? text : resolve(fallback, depth + 1);
}

function collect(): Token[] {
  const tokens = new Map<string, Token>();
  for (const file of css) {
    for (const match of file.css.matchAll(/var\(\s*(--mb-[a-z0-9-]+)/gu)) {
      const name = match[1];
      const [, fallback] = splitVar(varArguments(file.css, match.index));
      const token = tokens.get(name) ?? { name, code: '', value: '', usedIn: [], description: '' };
      if (!token.code && fallback !== undefined) token.code = fallback;
      if (!token.usedIn.includes(file.place)) token.usedIn.push(file.place);
      tokens.set(name, token);
    }
  }
  for (const [alias, definition] of aliases) {
    const name = /var\(\s*(--mb-[a-z0-9-]+)/u.exec(definition)?.[1];
    const token = name ? tokens.get(name) : undefined;
    if (!token) continue;
    for (const file of css)
      if (new RegExp(`var\\(\\s*${alias}\\b`, 'u').test(file.css) && !token.usedIn.includes(file.place))
        token.usedIn.push(file.place);
  }
  for (const token of tokens.values()) {
    token.value = resolve(token.code);
    token.description =
      ['mb-guide-card', 'mb-course-calendar', 'mb-course-month', 'mb-model-explainer']
        .flatMap((tag) => declarationOf(tag)?.cssProperties ?? [])
        .find((property) => property.name === token.name)?.description ?? '';
  }
  return [...tokens.values()];
}

/** Every token, the shared ones (core/theme.ts) first, then each widget's own, by name. */
export const TOKENS: readonly Token[] = collect().sort(
  (a, b) => Number(!a.usedIn.includes('core')) - Number(!b.usedIn.includes('core')) || a.name.localeCompare(b.name),
);
