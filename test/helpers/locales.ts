// Every namespace's locale files, for the tests that compare Danish and English. Add a widget's files here.
import daCommon from '../../locales/da/common.json' with { type: 'json' };
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import daGuideCard from '../../locales/da/guide-card.json' with { type: 'json' };
import enGuideCard from '../../locales/en/guide-card.json' with { type: 'json' };

export const allLocales: Record<string, { da: object; en: object }> = {
  common: { da: daCommon, en: enCommon },
  'guide-card': { da: daGuideCard, en: enGuideCard },
};
