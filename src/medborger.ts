/*
 * The drop-in: `<script type="module" src=".../medborger.js">` makes every medborger element work on the page.
 * Lit, i18next and the core come with this file; each widget's own code is a chunk beside it, loaded when its tag
 * first appears (see core/autoload.ts). Loading this file twice, or next to another release, never throws.
 */
import { Autoloader } from './core/autoload.js';
import { DEFAULT_LANG, loadStrings, resolveLang, type Namespace } from './core/localize.js';

export { VERSION } from './core/version.js';

/*
 * A widget's chunk, after the strings its first render needs in the language of each of its elements on the page.
 * Danish travels with the code, so a Danish page loads the chunk at once. Another language's strings (1–2 KB) come
 * first: an element defined before its strings are here would render nothing until they are, and the page would
 * move twice. Until it is defined, medborger.css holds its box.
 */
const withStrings = (tag: string, namespaces: Namespace[], chunk: () => Promise<unknown>) => (): Promise<unknown> => {
  const langs = new Set([...document.querySelectorAll(tag)].map(resolveLang));
  langs.delete(DEFAULT_LANG);
  return Promise.all([...langs].map((lang) => loadStrings(lang, namespaces))).then(chunk);
};

const widgets = {
  'mb-course-calendar': withStrings(
    'mb-course-calendar',
    ['common', 'course-calendar'],
    () => import('./course-calendar/define.js'),
  ),
  'mb-model-explainer': withStrings(
    'mb-model-explainer',
    ['common', 'model-explainer', 'model-explainer-models'],
    () => import('./model-explainer/define.js'),
  ),
  'mb-guide-card': withStrings('mb-guide-card', ['common', 'guide-card'], () => import('./guide-card/define.js')),
};

// The stylesheet that holds each widget's box (medborger.css, beside this file), for a page that does not link it
// itself as the README shows: later than a link in the page (the boxes then open once, not three times), but there.
if (!document.querySelector('link[href*="medborger.css"]')) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('./medborger.css', import.meta.url).href;
  document.head.append(link);
}
/** The tags this file loads by itself: the widgets an editor can paste into a page with nothing but the script. */
export const TAGS: readonly string[] = Object.freeze(Object.keys(widgets));

const autoloader = new Autoloader(widgets);
autoloader.watch();

/**
 * Loads a widget now, for markup the page cannot see (inside another component's shadow root) or before creating
 * elements from script. Resolves when the element is defined.
 */
export function load(tag: string): Promise<void> {
  return autoloader.load(tag);
}
