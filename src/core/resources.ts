/*
 * Every locale file the drop-in ships, keyed by language and i18next namespace. A widget adds its namespace here
 * and in src/types/i18next.d.ts; the typecheck then rejects a key that either language lacks.
 */
import daCommon from '../../locales/da/common.json' with { type: 'json' };
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import daGuideCard from '../../locales/da/guide-card.json' with { type: 'json' };
import enGuideCard from '../../locales/en/guide-card.json' with { type: 'json' };

export const resources = {
  da: {
    common: daCommon,
    'guide-card': daGuideCard,
  },
  en: {
    common: enCommon,
    'guide-card': enGuideCard,
  },
} as const;

export type Namespace = keyof (typeof resources)['da'];
