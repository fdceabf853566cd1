/*
 * Every locale file the drop-in ships, keyed by language and i18next namespace. A widget adds its namespace here
 * and in src/types/i18next.d.ts; the typecheck then rejects a key that either language lacks.
 */
import daCommon from '../../locales/da/common.json' with { type: 'json' };
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import daCourseCalendar from '../../locales/da/course-calendar.json' with { type: 'json' };
import enCourseCalendar from '../../locales/en/course-calendar.json' with { type: 'json' };
import daCourseCalendarExtra from '../../locales/da/course-calendar-extra.json' with { type: 'json' };
import enCourseCalendarExtra from '../../locales/en/course-calendar-extra.json' with { type: 'json' };

export const resources = {
  da: {
    common: daCommon,
    'course-calendar': daCourseCalendar,
    'course-calendar-extra': daCourseCalendarExtra,
  },
  en: {
    common: enCommon,
    'course-calendar': enCourseCalendar,
    'course-calendar-extra': enCourseCalendarExtra,
  },
} as const;

export type Namespace = keyof (typeof resources)['da'];
