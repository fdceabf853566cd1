/*
 * The npm entry: classes, types and the i18n helpers, with no side effects. Importing this defines no element;
 * import `medborger/medborger.js` (all elements) or a widget's own entry for that.
 */
export { VERSION } from './core/version.js';
export { defineOnce, type VersionedElement } from './core/define.js';
export { MbElement, type MbEventName } from './core/base-element.js';
export {
  LANGUAGES,
  DEFAULT_LANG,
  INTL_LOCALE,
  LocalizeController,
  addResources,
  i18n,
  resolveLang,
  toSupportedLang,
  type Lang,
  type Namespace,
} from './core/localize.js';
export {
  TIME_ZONE,
  capitalize,
  copenhagenOffset,
  copenhagenParts,
  dateFormat,
  dayKey,
  formatDay,
  formatTime,
  fromCopenhagenTime,
  parseDateTime,
  toCopenhagenIso,
  copenhagenDay,
  type CopenhagenParts,
} from './core/time.js';
export { tokens } from './core/theme.js';
export { safeUrl, isExternal } from './core/url.js';
export {
  FeedController,
  LoadError,
  parseJson,
  readInlineJson,
  type FeedOptions,
  type FeedStatus,
  type LoadErrorKind,
} from './core/feed.js';
export { MbCourseCalendar, type CalendarView, type CalendarControl } from './course-calendar/course-calendar.js';
export type * from './course-calendar/model.js';
export { DEFAULT_TOPICS, type Topic } from './course-calendar/topics.js';
export { readCourseFeed, detectCourseFeed } from './course-calendar/read.js';
