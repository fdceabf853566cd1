/*
 * The drop-in: `<script type="module" src=".../medborger.js">` makes every medborger element work on the page.
 * Lit, i18next and the core come with this file; each widget's own code is a chunk beside it, loaded when its tag
 * first appears (see core/autoload.ts). Loading this file twice, or next to another release, never throws.
 */
import { Autoloader } from './core/autoload.js';

export { VERSION } from './core/version.js';

const widgets = {
  'mb-course-calendar': () => import('./course-calendar/define.js'),
  'mb-model-explainer': () => import('./model-explainer/define.js'),
  'mb-guide-card': () => import('./guide-card/define.js'),
};
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
