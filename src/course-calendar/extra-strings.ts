/*
 * The strings of the calendar's companion pieces (.ics files, month view, print), namespace
 * `course-calendar-extra`. They travel with the code that uses them, as every widget's strings do: the month view
 * passes them to its LocalizeController, and the pure modules that write words (the .ics writer, the print sheet)
 * register them on first use.
 */
import da from '../../locales/da/course-calendar-extra.json' with { type: 'json' };
import en from '../../locales/en/course-calendar-extra.json' with { type: 'json' };
import { DEFAULT_LANG, i18n, LANGUAGES, type Lang } from '../core/localize.js';

export const EXTRA_NS = 'course-calendar-extra';
export const extraStrings = { da, en } as const;

/** A translator for the namespace in `lang`, registering its strings the first time. */
export function extraT(lang: Lang) {
  if (!i18n.hasResourceBundle(DEFAULT_LANG, EXTRA_NS))
    for (const language of LANGUAGES) i18n.addResourceBundle(language, EXTRA_NS, extraStrings[language], true, false);
  return i18n.getFixedT(lang, EXTRA_NS);
}
