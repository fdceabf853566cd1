/*
 * A multi-session course gets one line: "4 gange: 3., 10., 17. og 24. marts kl. 10.00–12.00". Days of one month
 * share the month name written after the last of them; the time is added only when every session keeps it.
 */
import type { Lang } from '../core/localize.js';
import { intlFormat } from '../core/intl.js';
import { intlLocale } from '../core/languages.js';
import { copenhagenParts, dateFormat } from '../core/time.js';
import type { CourseEvent } from './model.js';
import { timeRange } from './format.js';

export interface SeriesSummary {
  count: number;
  /** "3., 10., 17. og 24. marts" */
  dates: string;
  /** "10.00–12.00" when every session has the same time. */
  time?: string;
}

/** Groups sessions by `seriesKey` (only series with more than one session), each sorted by start. */
export function groupSeries(events: readonly CourseEvent[]): Map<string, CourseEvent[]> {
  const groups = new Map<string, CourseEvent[]>();
  for (const event of events) {
    if (!event.seriesKey) continue;
    const group = groups.get(event.seriesKey);
    if (group) group.push(event);
    else groups.set(event.seriesKey, [event]);
  }
  for (const [key, group] of groups) {
    if (group.length < 2) groups.delete(key);
    else group.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  }
  return groups;
}

/** "3., 10. og 17." in the language: a cached list format. */
export const listFormat = (lang: Lang): Intl.ListFormat =>
  intlFormat(Intl.ListFormat, intlLocale(lang), { type: 'conjunction', style: 'long' });

export function seriesSummary(sessions: readonly CourseEvent[], lang: Lang): SeriesSummary {
  const starts = sessions.map((s) => new Date(s.start));
  const day = dateFormat(lang, { day: 'numeric' });
  const month = dateFormat(lang, { month: 'long' });
  const years = new Set(starts.map((d) => copenhagenParts(d).year));
  const year = dateFormat(lang, { month: 'long', year: 'numeric' });
  const items = starts.map((date, i) => {
    const next = starts[i + 1];
    const p = copenhagenParts(date);
    const lastOfMonth = !next || copenhagenParts(next).month !== p.month || copenhagenParts(next).year !== p.year;
    if (!lastOfMonth) return day.format(date);
    return `${day.format(date)} ${(years.size > 1 ? year : month).format(date)}`;
  });
  const ranges = new Set(sessions.map((s) => (s.allDay ? '' : timeRange(s, lang))));
  const [only] = ranges;
  return {
    count: sessions.length,
    dates: listFormat(lang).format(items),
    time: ranges.size === 1 && only ? only : undefined,
  };
}
