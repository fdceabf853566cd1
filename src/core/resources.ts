/*
 * Every locale file the drop-in ships, keyed by language and i18next namespace. A widget adds its namespace here
 * and in src/types/i18next.d.ts; the typecheck then rejects a key that either language lacks.
 */
import daCommon from '../../locales/da/common.json' with { type: 'json' };
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import daModelExplainer from '../../locales/da/model-explainer.json' with { type: 'json' };
import enModelExplainer from '../../locales/en/model-explainer.json' with { type: 'json' };

export const resources = {
  da: { common: daCommon, 'model-explainer': daModelExplainer },
  en: { common: enCommon, 'model-explainer': enModelExplainer },
} as const;

export type Namespace = keyof (typeof resources)['da'];
