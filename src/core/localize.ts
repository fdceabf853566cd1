import i18next, { type TFunction, type i18n as I18n } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CustomTypeOptions } from 'i18next';
import { DEFAULT_LANG, languageOf, matchLanguage, type Direction, type Lang } from './languages.js';
import daCommon from '../../locales/da/common.json' with { type: 'json' };

export {
  DEFAULT_LANG,
  INTL_LOCALE,
  LANGUAGES,
  intlLocale,
  toSupportedLang,
  type Direction,
  type Lang,
} from './languages.js';

/** Every i18next namespace of medborger: `common` and one per widget. */
export type Namespace = keyof CustomTypeOptions['resources'];

/*
 * Our own i18next instance. A host page may run i18next for itself (DPL CMS's React apps do); touching the global
 * instance would change that page's language or resources, so we never do.
 */
export const i18n: I18n = i18next.createInstance();
void i18n.init({
  /*
   * Danish, the default and the fallback, travels with the code: `common` here, a widget's namespace in its chunk
   * (passed to its LocalizeController), so a Danish page renders at once and makes no extra request. Every other
   * language arrives with `loadStrings`, one language and namespace at a time, before the first render that needs
   * it (MbElement waits for it). No backend is involved, so i18next itself initialises synchronously.
   */
  resources: { [DEFAULT_LANG]: { common: daCommon } },
  lng: DEFAULT_LANG,
  fallbackLng: DEFAULT_LANG,
  ns: ['common'],
  defaultNS: 'common',
  fallbackNS: 'common',
  initAsync: false,
  // lit-html escapes text bindings already; escaping here as well would show "&amp;" to the citizen.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/**
 * Adds strings that arrive later, such as a guide's content loaded on demand. Existing keys are kept unless
 * `overwrite` is set.
 */
export function addResources(lang: Lang, ns: string, data: object, overwrite = false): void {
  i18n.addResourceBundle(lang, ns, data, true, overwrite);
}

/** The strings of a namespace by language, as a widget bundles them (Danish) for its `LocalizeController`. */
export type NamespaceStrings = Readonly<Partial<Record<Lang, object>>>;

const loading = new Map<string, Promise<void>>();
/** Files that failed to load: a widget renders without them (i18next falls back to Danish) rather than wait forever. */
const failed = new Set<string>();

const isLoaded = (lang: string, ns: string) => i18n.hasResourceBundle(lang, ns) || failed.has(`${lang}/${ns}`);

/** True when the strings of these namespaces in `lang` are here (or could not be had). */
export function hasStrings(lang: string, namespaces: readonly string[]): boolean {
  return namespaces.every((ns) => isLoaded(lang, ns));
}

/** Loads the strings of these namespaces in `lang` through the language registry, once each. Never rejects. */
export function loadStrings(lang: string, namespaces: readonly string[]): Promise<void> {
  return Promise.all(
    namespaces
      .filter((ns) => !isLoaded(lang, ns))
      .map((ns) => {
        const key = `${lang}/${ns}`;
        let load = loading.get(key);
        if (!load) {
          // Danish has no loader: its strings come with the code (see i18n.init above).
          const loader = languageOf(lang).strings ?? (() => Promise.reject(new Error('no loader')));
          load = Promise.resolve(ns)
            .then(loader)
            .then(
              (module) => void i18n.addResourceBundle(lang, ns, module.default, true, false),
              (error: unknown) => {
                failed.add(key);
                console.warn(`medborger: the ${lang} strings of ${ns} did not load.`, error);
              },
            );
          loading.set(key, load);
        }
        return load;
      }),
  ).then(() => undefined);
}

/** The language and writing direction an element resolves to. */
export interface Resolved {
  lang: Lang;
  dir: Direction;
}

function dirOf(node: Element): Direction | undefined {
  const dir = node.getAttribute('dir')?.trim().toLowerCase();
  return dir === 'ltr' || dir === 'rtl' ? dir : undefined;
}

/**
 * The language an element should speak, and the direction to write it in. The language: its own `lang`, else the
 * nearest ancestor's (crossing shadow roots to their hosts), which ends at `<html lang>`; a language we do not speak
 * and a page without any `lang` both give Danish. The direction is found the same way: a `dir` on the element, or on
 * an ancestor up to and including the one whose `lang` applies; else the language's own direction. A `dir` further
 * out belongs to text in another language, and a page language we do not speak says nothing about Danish.
 */
export function resolveLanguage(element: Element): Resolved {
  let node: Node | null = element;
  let dir: Direction | undefined;
  while (node) {
    if (node instanceof Element) {
      dir ??= dirOf(node);
      // The element's own `lang` property first: a Lit property set a moment ago reflects only after this render.
      const tag =
        node === element && node instanceof HTMLElement
          ? node.lang || node.getAttribute('lang')
          : node.getAttribute('lang');
      if (tag?.trim()) {
        const lang = matchLanguage(tag);
        if (!lang) return { lang: DEFAULT_LANG, dir: languageOf(DEFAULT_LANG).dir };
        return { lang, dir: dir ?? languageOf(lang).dir };
      }
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return { lang: DEFAULT_LANG, dir: dir ?? languageOf(DEFAULT_LANG).dir };
}

/** The language an element should speak (see `resolveLanguage`). */
export function resolveLang(element: Element): Lang {
  return resolveLanguage(element).lang;
}

type Host = ReactiveControllerHost & HTMLElement;

/*
 * One observer of `lang` and `dir` attributes for every medborger element on the page, as Spectrum does it: an
 * editor's language switch changes `<html lang>` or a wrapper's `lang`, and every widget below it re-renders.
 */
const connected = new Set<LocalizeController<Namespace>>();
const byHost = new WeakMap<Element, LocalizeController<Namespace>[]>();
let observer: MutationObserver | undefined;

function watchLanguages(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const controller of connected) controller.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
}

/**
 * The strings an element still waits for before it can render in the language it resolves to now, or `undefined`
 * when they are here. MbElement holds its update back until then, so no render ever shows a key.
 */
export function stringsPending(host: Element): Promise<void> | undefined {
  const controllers = byHost.get(host);
  if (!controllers) return undefined;
  const lang = resolveLang(host);
  const namespaces = controllers.flatMap((controller) => controller.namespaces);
  return hasStrings(lang, namespaces) ? undefined : loadStrings(lang, namespaces);
}

/**
 * Gives a widget its language, direction and translations, and re-renders it whenever they change.
 *
 * `t` looks up keys in the widget's namespace first and in `common` next. The strings of those namespaces, and of
 * any in `also` or added with `need`, load in the resolved language before the element renders (`stringsPending`).
 */
export class LocalizeController<NS extends Namespace> implements ReactiveController {
  /** The resolved language. */
  lang: Lang = DEFAULT_LANG;
  /** The resolved writing direction: set it as `dir` on the widget's root. */
  dir: Direction = 'ltr';
  /** Translates in the resolved language. */
  t: TFunction<[NS, 'common']>;
  /** Every namespace whose strings this controller needs. */
  namespaces: readonly Namespace[];

  private readonly host: Host;
  private readonly ns: NS;

  /**
   * @param ns the widget's namespace, one file per language under locales/<lang>/.
   * @param strings the namespace's strings the widget bundles, by language: Danish, so a Danish page needs no
   *   request. They are registered when the first element of its kind is created; other languages load on demand.
   * @param also further namespaces the widget's render needs in its language (read with `i18n.getFixedT`).
   */
  constructor(host: Host, ns: NS, strings?: NamespaceStrings, also: readonly Namespace[] = []) {
    this.host = host;
    this.ns = ns;
    for (const [lang, data] of Object.entries(strings ?? {}))
      if (data && !i18n.hasResourceBundle(lang, ns)) i18n.addResourceBundle(lang, ns, data, true, false);
    this.namespaces = [...new Set<Namespace>(['common', ns, ...also])];
    byHost.set(host, [...(byHost.get(host) ?? []), this]);
    this.t = this.fixedT();
    host.addController(this);
  }

  /**
   * Adds a namespace the widget needs from now on (the code that uses it has just loaded): the host re-renders once
   * its strings are here in the resolved language.
   */
  need(ns: Namespace): void {
    if (this.namespaces.includes(ns)) return;
    this.namespaces = [...this.namespaces, ns];
    this.host.requestUpdate();
  }

  /** The Intl locale for the resolved language. */
  get locale(): string {
    return languageOf(this.lang).intl;
  }

  hostConnected(): void {
    connected.add(this);
    watchLanguages();
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (connected.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** Runs before every render, so a `lang` property set on the element itself applies in the same update. */
  hostUpdate(): void {
    this.apply(resolveLanguage(this.host), false);
  }

  /** Resolves the language again and re-renders when it changed. */
  refresh(): void {
    this.apply(resolveLanguage(this.host), true);
  }

  private apply({ lang, dir }: Resolved, requestUpdate: boolean): void {
    if (lang === this.lang && dir === this.dir) return;
    const langChanged = lang !== this.lang;
    this.lang = lang;
    this.dir = dir;
    if (langChanged) this.t = this.fixedT();
    if (requestUpdate) this.host.requestUpdate();
  }

  private fixedT(): TFunction<[NS, 'common']> {
    // i18next cannot infer a fixed T's namespaces from a generic parameter, so the type is stated.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    return i18n.getFixedT(this.lang, [this.ns, 'common']) as TFunction<[NS, 'common']>;
  }
}
