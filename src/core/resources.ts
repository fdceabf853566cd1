/*
 * The strings every widget shares. Each widget brings its own namespace to its LocalizeController, so a page loads
 * only the strings of the widgets it shows; src/types/i18next.d.ts lists every namespace for the typecheck.
 */
import daCommon from '../../locales/da/common.json' with { type: 'json' };
import enCommon from '../../locales/en/common.json' with { type: 'json' };

export const resources = {
  da: { common: daCommon },
  en: { common: enCommon },
} as const;
