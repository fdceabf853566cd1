import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../custom-elements.json' with { type: 'json' };
import '../src/medborger.js';
import { LANGUAGES, languageOf, registeredLanguages } from '../src/core/languages.js';
import '../test/helpers/pseudo-locales.js';
import { groupedArgTypes } from '../stories/support/arg-types.js';

/** Every registered language, the pseudo-locales too: each by its own name ("dansk", "English"). */
const languages = registeredLanguages().map((value) => {
  let title = value;
  try {
    title = new Intl.DisplayNames([value], { type: 'language' }).of(value) ?? value;
  } catch {
    // A tag Intl does not know keeps its code.
  }
  title = title.charAt(0).toLocaleUpperCase(value) + title.slice(1);
  return { value, title: /-X[AB]$/.test(value) ? `Pseudo: ${value}` : title };
});

/*
 * The story smoke test (scripts/story-smoke.mjs) reads the languages from here, so it opens every story in every
 * language the registry ships, and with `--pseudo` in the pseudo-locales too, without a list of its own.
 */
Object.assign(globalThis, {
  __medborgerLanguages: { shipped: [...LANGUAGES], registered: registeredLanguages() },
});

// Docs tables and controls come from the JSDoc of each element, through the generated manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Sprog: sætter <html lang> og <html dir>, som et CMS gør',
      toolbar: {
        title: 'Sprog',
        icon: 'globe',
        // The registry's languages, then the pseudo-locales generated from English (scripts/pseudo-locales.mjs):
        // en-XA, long accented text; ar-XB, right to left.
        items: languages,
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'da' },
  decorators: [
    (story, context) => {
      const locale = (context.globals.locale as string | undefined) ?? 'da';
      document.documentElement.lang = locale;
      document.documentElement.dir = languageOf(locale).dir;
      return story();
    },
  ],
  parameters: {
    // Attributes first, then CSS custom properties, events, parts and slots, each in its own group (arg-types.ts).
    docs: { toc: true, extractArgTypes: groupedArgTypes },
    controls: { expanded: true, sort: 'none' },
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: [
          'Introduktion',
          'Kom i gang',
          'Widgets',
          ['Kursuskalender', 'Borger.dk-vejledning', 'Samarbejdsmodeller'],
          'Design',
        ],
      },
    },
  },
};
export default preview;
