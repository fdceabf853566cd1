import i18next, { type TFunction, type i18n as I18n } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CustomTypeOptions } from 'i18next';
import { resources } from './resources.js';

/** The languages medborger ships. Anything else falls back to Danish. */
export const LANGUAGES = ['da', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'da';
/** Every i18next namespace of medborger: `common` and one per widget. */
export type Namespace = keyof CustomTypeOptions['resources'];

/*
 * Our own i18next instance. A host page may run i18next for itself (DPL CMS's React apps do); touching the global
 * instance would change that page's language or resources, so we never do.
 */
export const i18n: I18n = i18next.createInstance();
void i18n.init({
  resources,
  lng: DEFAULT_LANG,
  fallbackLng: DEFAULT_LANG,
  supportedLngs: [...LANGUAGES],
  ns: ['common'],
  defaultNS: 'common',
  fallbackNS: 'common',
  // Resources are bundled, so initialising synchronously lets the very first render be translated.
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

/** The strings of a namespace in both languages, as a widget passes them to its `LocalizeController`. */
export type NamespaceStrings = Readonly<Record<Lang, object>>;

/** Maps any BCP 47 tag to a language we ship: `en-GB` → `en`, `da-DK` → `da`, `fr` → `da`, `` → `undefined`. */
export function toSupportedLang(tag: string | null | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return undefined;
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Lang) : DEFAULT_LANG;
}

/**
 * The language an element should speak: its own `lang`, else the nearest ancestor's (crossing shadow roots to their
 * hosts), which ends at `<html lang>`; an unsupported language and a page without any `lang` both give Danish.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      // The element's own `lang` property first: a Lit property set a moment ago reflects only after this render.
      const tag =
        node === element && node instanceof HTMLElement
          ? node.lang || node.getAttribute('lang')
          : node.getAttribute('lang');
      if (tag?.trim()) return toSupportedLang(tag) ?? DEFAULT_LANG;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return DEFAULT_LANG;
}

/** The Intl locale used for dates, numbers and lists in each language. `en-GB` keeps the 24-hour clock. */
export const INTL_LOCALE: Record<Lang, string> = { da: 'da-DK', en: 'en-GB' };

type Host = ReactiveControllerHost & HTMLElement;

/*
 * One observer of `lang` attributes for every medborger element on the page, as Spectrum does it: an editor's
 * language switch changes `<html lang>` or a wrapper's `lang`, and every widget below it re-renders.
 */
const connected = new Set<LocalizeController<Namespace>>();
let observer: MutationObserver | undefined;

function watchLanguages(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const controller of connected) controller.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Gives a widget its language and translations, and re-renders it whenever that language changes.
 *
 * `t` looks up keys in the widget's namespace first and in `common` next.
 */
export class LocalizeController<NS extends Namespace> implements ReactiveController {
  /** The resolved language. */
  lang: Lang = DEFAULT_LANG;
  /** Translates in the resolved language. */
  t: TFunction<[NS, 'common']>;

  private readonly host: Host;
  private readonly ns: NS;

  /**
   * @param strings the namespace's strings in every language. A widget passes its own locale files here, so they
   *   travel in the widget's chunk and are registered when the first element of its kind is created.
   */
  constructor(host: Host, ns: NS, strings?: Readonly<Record<Lang, object>>) {
    this.host = host;
    this.ns = ns;
    if (strings && !i18n.hasResourceBundle(DEFAULT_LANG, ns)) {
      for (const lang of LANGUAGES) i18n.addResourceBundle(lang, ns, strings[lang], true, false);
    }
    this.t = this.fixedT();
    host.addController(this);
  }

  /** The Intl locale for the resolved language. */
  get locale(): string {
    return INTL_LOCALE[this.lang];
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
    this.apply(resolveLang(this.host), false);
  }

  /** Resolves the language again and re-renders when it changed. */
  refresh(): void {
    this.apply(resolveLang(this.host), true);
  }

  private apply(lang: Lang, requestUpdate: boolean): void {
    if (lang === this.lang) return;
    this.lang = lang;
    this.t = this.fixedT();
    if (requestUpdate) this.host.requestUpdate();
  }

  private fixedT(): TFunction<[NS, 'common']> {
    // i18next cannot infer a fixed T's namespaces from a generic parameter, so the type is stated.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    return i18n.getFixedT(this.lang, [this.ns, 'common']) as TFunction<[NS, 'common']>;
  }
}
