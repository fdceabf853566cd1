/*
 * A course in words: its status, time, series, seats, price and the accessible name of its button. Pure functions
 * of the course, the translations and "now", so the card, the month view and tests share one wording.
 */
import type { LocalizeController, Lang } from '../core/localize.js';
import { copenhagenParts, dayKey, formatDay, parseDateTime } from '../core/time.js';
import { clock, clockTimes, dayHeading, dayRange, money, priceWords, shortDate, timeRange } from './format.js';
import type { CourseEvent } from './model.js';
import { listFormat, seriesSummary } from './series.js';
import { signupBlock } from './signup.js';
import { DEFAULT_TOPICS, ownLabel, type Topic } from './topics.js';

/** The calendar's translate function (its namespace, then `common`). */
export type CalendarT = LocalizeController<'course-calendar'>['t'];

/** What the text functions need besides the course: the words and the language. */
export interface Words {
  t: CalendarT;
  lang: Lang;
}

/** "Aflyst", "Fuldt booket – skriv dig på venteliste" …; nothing for a course that simply takes place. */
export function statusWord(event: CourseEvent, { t }: Words): string | undefined {
  switch (event.status) {
    case 'scheduled':
      // LibCal closes sign-up without a status of its own: say so on the card, not only inside it.
      return signupBlock(event) === 'closed' ? t('status.signupClosed') : undefined;
    case 'full':
      if (event.seats?.waitlist) return t('status.waitlist');
      return event.price && !event.price.free ? t('status.soldOut') : t('status.full');
    default:
      return t(`status.${event.status}`);
  }
}

/**
 * The button's name around the title: "Tirsdag 3. marts kl. 10.00 til 12.00: MitID – kom godt i gang. Aflyst."
 * The date and time come first, so a screen-reader user hears when before what (WCAG 2.4.6, 4.1.2); the
 * title stays visible text between `before` and `after`.
 */
export function accessibleName(event: CourseEvent, words: Words): { before: string; after: string } {
  const { t, lang } = words;
  const day = dayHeading(new Date(event.start), lang, false);
  const { start: from, end } = clockTimes(event, lang);
  const marker = '\u0000';
  const full = event.allDay
    ? t('name.allDay', { day, title: marker })
    : end
      ? t('name.timed', { day, start: from, end, title: marker })
      : t('name.start', { day, start: from, title: marker });
  const [before = '', after = ''] = full.split(marker);
  const status = statusWord(event, words);
  return { before, after: status ? `${after} ${t('name.status', { status })}` : after };
}

/** "Kl. 10.00–12.00", or with the day for the compact view: "tir. 3. mar. kl. 10.00–12.00". */
export function whenText(event: CourseEvent, withDay: boolean, { t, lang }: Words): string {
  const start = new Date(event.start);
  if (event.allDay) {
    // An exhibition from 16 March to 30 April keeps its end: "16. marts – 30. april".
    const days = dayRange(event, lang);
    if (days) return days;
    return withDay ? `${shortDate(start, lang)}, ${t('allDay').toLocaleLowerCase(lang)}` : t('allDay');
  }
  const time = timeRange(event, lang);
  return withDay ? t('dayAndTime', { day: shortDate(start, lang), time }) : t('time', { time });
}

/** "4 gange: 3., 10., 17. og 24. marts, kl. 10.00–12.00" for a session of a series; nothing for a single one. */
export function seriesLine(
  event: CourseEvent,
  series: ReadonlyMap<string, readonly CourseEvent[]>,
  { t, lang }: Words,
): string | undefined {
  const sessions = event.seriesKey ? series.get(event.seriesKey) : undefined;
  if (!sessions) return undefined;
  const summary = seriesSummary(sessions, lang);
  const dates = t('series.dates', { count: summary.count, dates: summary.dates });
  return summary.time ? t('series.withTime', { summary: dates, time: summary.time }) : dates;
}

/** "3 pladser tilbage (opdateret kl. 9.15)"; nothing for a cancelled course or a feed without seats. */
export function seatsLine(event: CourseEvent, now: Date, { t, lang }: Words): string | undefined {
  const seats = event.seats;
  if (!seats || event.status === 'cancelled') return undefined;
  if (seats.left === undefined) {
    return seats.capacity !== undefined ? t('seats.capacity', { count: seats.capacity }) : undefined;
  }
  const figure = seats.left > 0 ? t('seats.left', { count: seats.left }) : t('seats.none');
  const asOf = parseDateTime(seats.asOf);
  if (!asOf) return figure;
  const time = clock(asOf, lang);
  const when =
    dayKey(asOf) === dayKey(now)
      ? t('seats.updatedTime', { time })
      : t('dayAndTime', { day: formatDay(asOf, lang, { year: false }), time });
  return t('seats.updated', { seats: figure, when });
}

/** One price tier's amount: "Gratis" for 0, else "50 kr.". */
export function tierPrice(amountMinor: number, currency: string, { t, lang }: Words): string {
  return amountMinor === 0 ? t('price.free') : money(amountMinor, currency, lang);
}

/** "Gratis", "50 kr.", "Fra 50 kr." (several tiers), or the feed's own words. */
export function priceText(event: CourseEvent, { t, lang }: Words): string | undefined {
  return priceWords(event.price, lang, {
    free: t('price.free'),
    freeTo: (highest) => t('price.freeTo', { price: highest }),
    from: (lowest) => t('price.from', { price: lowest }),
  });
}

/** A topic's name: the editor's own label, else the built-in translation, else its id. */
export function topicLabel(topic: Topic, { t, lang }: Words): string {
  const own = ownLabel(topic, lang);
  if (own) return own;
  const builtIn = DEFAULT_TOPICS.some((known) => known.id === topic.id);
  return builtIn ? t(`topics.${topic.id as 'mitid'}`) : topic.id;
}

/** Inside a sentence the weekday keeps its small letter: "mandag 16. marts 2026 kl. 9.00". */
export function dayAndTime(iso: string | undefined, { t, lang }: Words): string | undefined {
  const date = parseDateTime(iso);
  return date ? t('dayAndTime', { day: formatDay(date, lang), time: clock(date, lang) }) : undefined;
}

const prepared = new Set<Lang>();

/**
 * Makes the Intl formats a card's words use in `lang`, one small task each, while the calendar waits for its data.
 * The first format of each kind a page makes is slow (the Copenhagen zone data alone took 76 ms on the bench's
 * phone profile, the date, list and currency formats together some 45 ms more), and the first render would
 * otherwise pay for all of them in one long task. The formats are cached, so the render finds them made.
 */
export function prepareWords(lang: Lang): void {
  if (prepared.has(lang)) return;
  prepared.add(lang);
  const sample = new Date(Date.UTC(2026, 2, 3, 9, 30));
  const steps = [
    () => copenhagenParts(sample),
    () => dayHeading(sample, lang, false),
    () => [clock(sample, lang), shortDate(sample, lang), formatDay(sample, lang, { year: false })],
    () => listFormat(lang),
    () => money(5000, 'DKK', lang),
  ];
  const next = (): void => {
    steps.shift()?.();
    if (steps.length) setTimeout(next, 0);
  };
  setTimeout(next, 0);
}
