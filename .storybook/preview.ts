import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../custom-elements.json' with { type: 'json' };
import '../src/medborger.js';
import { languageOf } from '../src/core/languages.js';
import '../test/helpers/pseudo-locales.js';

// Docs tables and controls come from the JSDoc of each element, through the generated manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Sprog / language: sets <html lang> and <html dir>, as a CMS page does',
      toolbar: {
        title: 'Sprog',
        icon: 'globe',
        items: [
          { value: 'da', title: 'Dansk' },
          { value: 'en', title: 'English' },
          // Pseudo-locales from English (scripts/pseudo-locales.mjs): long accented text, and right to left.
          { value: 'en-XA', title: 'Pseudo: lang tekst (en-XA)' },
          { value: 'ar-XB', title: 'Pseudo: højre mod venstre (ar-XB)' },
        ],
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
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
};
export default preview;
