/*
 * The npm entry: classes, types and the i18n helpers, with no side effects. Importing this defines no element;
 * import `medborger/medborger.js` (all elements) or a widget's own entry for that.
 */
export { VERSION } from './core/version.js';
export { defineOnce, type VersionedElement } from './core/define.js';
export { MbElement } from './core/base-element.js';
export type { MbErrorDetail, MbErrorKind, MbEventMap, MbEventName, MbEvents, MbLoadDetail } from './core/events.js';
export {
  LANGUAGES,
  DEFAULT_LANG,
  INTL_LOCALE,
  contentLanguages,
  intlLocale,
  isLanguage,
  languageOf,
  registerLanguage,
  registeredLanguages,
  toSupportedLang,
  type Direction,
  type Lang,
  type Language,
} from './core/languages.js';
export {
  LocalizeController,
  addResources,
  i18n,
  loadStrings,
  resolveLang,
  resolveLanguage,
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
  type CopenhagenParts,
} from './core/time.js';
export { tokens } from './core/theme.js';
export { safeUrl, isExternal } from './core/url.js';
export { LoadError, clampTimeout, parseJson, readInlineJson, type LoadErrorKind } from './core/feed.js';
export {
  SourceController,
  type Body,
  type SourceFailure,
  type SourceInput,
  type SourceOptions,
  type SourcePart,
  type SourceReader,
  type SourceSettled,
  type SourceStatus,
} from './core/source.js';
export {
  MbCourseCalendar,
  type CourseExportDetail,
  type CourseToggleDetail,
  type DaySelectDetail,
  type FilterChangeDetail,
  type MonthChangeDetail,
  type MonthNarrowDetail,
} from './course-calendar/course-calendar.js';
export type { CalendarView } from './course-calendar/views/index.js';
export type { CalendarControl } from './course-calendar/views/types.js';
export type * from './course-calendar/model.js';
export { DEFAULT_TOPICS, type Topic } from './course-calendar/topics.js';
export { readCourseFeed, detectCourseFeed } from './course-calendar/read.js';
export {
  MbModelExplainer,
  DatasetError,
  type ModelExplainerView,
  type ModelSelectDetail,
} from './model-explainer/model-explainer.js';
export { validateDataset, type ValidationResult } from './model-explainer/validate.js';
export { builtInDataset } from './model-explainer/data.js';
export type {
  CollaborationModel,
  Competence,
  CompetenceNote,
  LocalText,
  ModelDataset,
  ModelExamples,
  ModelFigure,
  ModelSource,
} from './model-explainer/types.js';
export { MbGuideCard, type GuideFeedbackDetail, type GuideShowDetail } from './guide-card/guide-card.js';
// Types only: the validator loads with the first guide (src/guide-card/view.ts), not with every page.
export type {
  Guide,
  GuideAction,
  GuideFact,
  GuideLink,
  GuideNoMitId,
  GuideSource,
  GuideStep,
  Validation,
} from './guide-card/guide.js';
export { BUILT_IN_GUIDES, type BuiltInGuideId } from './guide-card/guides/index.js';
