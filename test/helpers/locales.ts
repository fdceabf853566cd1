// Every namespace's locale files, for the tests that compare Danish and English. Add a widget's files here.
import daCommon from '../../locales/da/common.json' with { type: 'json' };
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import daCourseCalendar from '../../locales/da/course-calendar.json' with { type: 'json' };
import enCourseCalendar from '../../locales/en/course-calendar.json' with { type: 'json' };
import daModelExplainer from '../../locales/da/model-explainer.json' with { type: 'json' };
import enModelExplainer from '../../locales/en/model-explainer.json' with { type: 'json' };
import daModelExplainerModels from '../../locales/da/model-explainer-models.json' with { type: 'json' };
import enModelExplainerModels from '../../locales/en/model-explainer-models.json' with { type: 'json' };
import daGuideCard from '../../locales/da/guide-card.json' with { type: 'json' };
import enGuideCard from '../../locales/en/guide-card.json' with { type: 'json' };
import daCourseCalendarExtra from '../../locales/da/course-calendar-extra.json' with { type: 'json' };
import enCourseCalendarExtra from '../../locales/en/course-calendar-extra.json' with { type: 'json' };

export const allLocales: Record<string, { da: object; en: object }> = {
  common: { da: daCommon, en: enCommon },
  'course-calendar': { da: daCourseCalendar, en: enCourseCalendar },
  'model-explainer': { da: daModelExplainer, en: enModelExplainer },
  // The built-in models' texts (not an i18next namespace: src/model-explainer/data.ts reads them).
  'model-explainer-models': { da: daModelExplainerModels, en: enModelExplainerModels },

  'guide-card': { da: daGuideCard, en: enGuideCard },
  'course-calendar-extra': { da: daCourseCalendarExtra, en: enCourseCalendarExtra },
};
