/*
 * The languages medborger speaks, one line each. A language is a folder of strings, locales/<id>/ (one JSON file per
 * i18next namespace, the same keys as Danish), and its line below: direction, the Intl locale for dates and numbers,
 * and a loader of its strings. docs/contributing.md, "Add a language", walks through it.
 *
 * The loader's file name is a variable, so the bundler emits one small chunk per language and namespace (the
 * `localeImports` plugin in rollup.config.js; Vite in Storybook and the test server's browsers read it as it is):
 * a page downloads only its own language's strings, and only those of the widgets it shows.
 */

/** The writing direction of a language. */
export type Direction = 'ltr' | 'rtl';

/** What medborger needs to know about a language. */
export interface Language {
  /** The direction its text runs in; a widget lays itself out in it unless the page says otherwise. */
  readonly dir: Direction;
  /** The `Intl` locale for dates, numbers and lists (`en-GB` keeps the 24-hour clock). */
  readonly intl: string;
  /**
   * The languages to show content in (a guide, a model's text) when there is none in this one, in order. Danish, the
   * language every built-in content is written in, always ends the list. Default: English, then Danish.
   */
  readonly fallback?: readonly string[];
  /**
   * Loads the strings of one namespace (`common`, `guide-card`, …): the JSON file's module. Danish has none: it is
   * the default and the fallback, so its strings travel with the code that uses them (core/localize.ts, and each
   * widget's LocalizeController) and a Danish page needs no request for them.
   */
  readonly strings?: (ns: string) => Promise<{ default: object }>;
}

const SHIPPED = {
  da: { dir: 'ltr', intl: 'da-DK', fallback: [] },
  en: {
    dir: 'ltr',
    intl: 'en-GB',
    fallback: [],
    strings: (ns) => import(`../../locales/en/${ns}.json`, { with: { type: 'json' } }),
  },
} as const satisfies Record<string, Language>;

/**
 * A language medborger ships. A `Record<Lang, …>` or a `switch` over it fails the typecheck when a language is
 * added and forgotten there. Languages registered at run time (the pseudo-locales of tests and Storybook) are
 * typed as `Lang` too: what matters about them is in the registry.
 */
export type Lang = keyof typeof SHIPPED;

/** The language of a page that names none, and of a language we do not speak: Danish. */
export const DEFAULT_LANG: Lang = 'da';

const registry = new Map<string, Language>(Object.entries(SHIPPED));

/** The ids of the languages medborger ships, Danish first. */
export const LANGUAGES: readonly Lang[] = Object.freeze(Object.keys(SHIPPED) as Lang[]);

/** The Intl locale of each shipped language (see `intlLocale` for any registered one). */
export const INTL_LOCALE: Readonly<Record<Lang, string>> = Object.freeze(
  Object.fromEntries(LANGUAGES.map((id) => [id, SHIPPED[id].intl])) as Record<Lang, string>,
);

/**
 * Adds a language at run time. Tests and Storybook register the generated pseudo-locales this way
 * (test/helpers/pseudo-locales.ts); a real language belongs in the registry above.
 */
export function registerLanguage(id: string, language: Language): void {
  registry.set(id, language);
}

/** The ids of every registered language. */
export function registeredLanguages(): string[] {
  return [...registry.keys()];
}

/** True when `id` is a registered language, spelled as the registry spells it. */
export function isLanguage(id: unknown): id is Lang {
  return typeof id === 'string' && registry.has(id);
}

/** What the registry knows about a language; Danish's entry for one it does not know. */
export function languageOf(lang: string): Language {
  return registry.get(lang) ?? SHIPPED[DEFAULT_LANG];
}

/** The Intl locale for dates, numbers and lists in a language. */
export function intlLocale(lang: string): string {
  return languageOf(lang).intl;
}

/** The languages to look for content in, best first: the language itself, its fallbacks, then Danish. */
export function contentLanguages(lang: string): Lang[] {
  const known = registry.get(lang);
  const chain = [lang, ...(known?.fallback ?? ['en']), DEFAULT_LANG].filter(isLanguage);
  return [...new Set(chain)];
}

/** The registered language a BCP 47 tag names: the whole tag first (`en-XA`), then its primary subtag (`en-GB` → `en`). */
export function matchLanguage(tag: string | null | undefined): Lang | undefined {
  const wanted = tag?.trim().replace(/_/g, '-').toLowerCase();
  if (!wanted) return undefined;
  const primary = wanted.split('-')[0];
  const ids = [...registry.keys()];
  return (ids.find((id) => id.toLowerCase() === wanted) ?? ids.find((id) => id.toLowerCase() === primary)) as
    Lang | undefined;
}

/**
 * Maps any BCP 47 tag to a language we speak: `en-GB` → `en`, `da-DK` → `da`, `fr` → `da` (a language we do not speak
 * gives Danish), `` → `undefined`.
 */
export function toSupportedLang(tag: string | null | undefined): Lang | undefined {
  if (!tag?.trim()) return undefined;
  return matchLanguage(tag) ?? DEFAULT_LANG;
}

const languageNames = new Map<string, Intl.DisplayNames | null>();

/** The name of a language (a BCP 47 tag) in another: `languageName('en', 'da')` → "engelsk"; the tag when unknown. */
export function languageName(code: string, lang: string): string {
  if (!languageNames.has(lang)) {
    try {
      languageNames.set(lang, new Intl.DisplayNames([intlLocale(lang)], { type: 'language' }));
    } catch {
      languageNames.set(lang, null);
    }
  }
  try {
    return languageNames.get(lang)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** In right-to-left text the arrow keys trade places: ArrowLeft moves on ("next"), ArrowRight back. */
export function inlineArrow(key: string, dir: Direction): string {
  if (dir !== 'rtl') return key;
  return key === 'ArrowLeft' ? 'ArrowRight' : key === 'ArrowRight' ? 'ArrowLeft' : key;
}
