// Every namespace's locale files, for the tests that compare Danish and English. Add a widget's files here.
import daCommon from '../../locales/da/common.json' with { type: 'json' };
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import daCourseCalendar from '../../locales/da/course-calendar.json' with { type: 'json' };
import enCourseCalendar from '../../locales/en/course-calendar.json' with { type: 'json' };
import daCourseCalendarExtra from '../../locales/da/course-calendar-extra.json' with { type: 'json' };
import enCourseCalendarExtra from '../../locales/en/course-calendar-extra.json' with { type: 'json' };

export const allLocales: Record<string, { da: object; en: object }> = {
  common: { da: daCommon, en: enCommon },
  'course-calendar': { da: daCourseCalendar, en: enCourseCalendar },
  'course-calendar-extra': { da: daCourseCalendarExtra, en: enCourseCalendarExtra },
};
