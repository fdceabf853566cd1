/*
 * The strings every widget shares. Each widget brings its own namespace to its LocalizeController, so a page loads
 * only the strings of the widgets it shows; src/types/i18next.d.ts lists every namespace for the typecheck.
 */
import daCommon from '../../locales/da/common.json' with { type: 'json' };
import enCommon from '../../locales/en/common.json' with { type: 'json' };
// Merge bridge (feat/calendar-ics): the calendar element on feat/course-calendar does not pass its own strings to
// its LocalizeController yet; drop these two lines when it does.
import daCourseCalendar from '../../locales/da/course-calendar.json' with { type: 'json' };
import enCourseCalendar from '../../locales/en/course-calendar.json' with { type: 'json' };

export const resources = {
  da: { common: daCommon, 'course-calendar': daCourseCalendar },
  en: { common: enCommon, 'course-calendar': enCourseCalendar },
} as const;
