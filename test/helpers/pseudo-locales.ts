/*
 * The two pseudo-locales, registered the way a real language is added (docs/contributing.md, "Add a language"): a
 * folder of strings and one line each. The folders are generated from English by scripts/pseudo-locales.mjs into the
 * git-ignored pseudo-locales/ (the test runner and Storybook run it first); they never reach dist/.
 * The built-in guides have no pseudo text of their own: they fall back to English, as a new language's guides would.
 */
import { registerLanguage } from '../../src/core/languages.js';

export const PSEUDO_LOCALES = ['en-XA', 'ar-XB'] as const;

registerLanguage('en-XA', {
  dir: 'ltr',
  intl: 'en-GB',
  fallback: ['en'],
  strings: (ns) => import(`../../pseudo-locales/en-XA/${ns}.json`, { with: { type: 'json' } }),
});
registerLanguage('ar-XB', {
  dir: 'rtl',
  intl: 'ar',
  fallback: ['en'],
  strings: (ns) => import(`../../pseudo-locales/ar-XB/${ns}.json`, { with: { type: 'json' } }),
});
