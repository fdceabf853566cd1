/*
 * Build-time typing of our translation keys: every namespace, typed from its Danish file (a test keeps English equal).
 * It lives in a .d.ts that is not shipped, so an application that uses i18next with its own CustomTypeOptions never
 * sees ours. Add a widget's namespace here when you add its locale files.
 */
import 'i18next';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof import('../../locales/da/common.json');
      'course-calendar': typeof import('../../locales/da/course-calendar.json');
      'model-explainer': typeof import('../../locales/da/model-explainer.json');
      'guide-card': typeof import('../../locales/da/guide-card.json');
      'course-calendar-extra': typeof import('../../locales/da/course-calendar-extra.json');
      'model-explainer-models': typeof import('../../locales/da/model-explainer-models.json');
    };
  }
}
