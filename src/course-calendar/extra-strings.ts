/*
 * The strings of the calendar's companion pieces (.ics files, month view, print), namespace
 * `course-calendar-extra`. Their Danish travels with the code that uses them; other languages load per language like
 * every namespace (core/languages.ts): the calendar and the month view ask for them through their
 * LocalizeController, and the .ics writer loads them itself (`loadExtraStrings`) before it writes.
 */
import da from '../../locales/da/course-calendar-extra.json' with { type: 'json' };
import { addResources, i18n, loadStrings, type Lang } from '../core/localize.js';

export const EXTRA_NS = 'course-calendar-extra';
export const extraStrings = { da } as const;
addResources('da', EXTRA_NS, da);

/** Loads the namespace's strings in `lang`. */
export function loadExtraStrings(lang: Lang): Promise<void> {
  return loadStrings(lang, [EXTRA_NS]);
}

/** A translator for the namespace in `lang` (its strings loaded by a controller or `loadExtraStrings`). */
export function extraT(lang: Lang) {
  return i18n.getFixedT(lang, EXTRA_NS);
}
