/*
 * "Tilføj til kalender": an `.ics` file (RFC 5545) that Outlook, Google and Apple calendars accept. ical.js writes the components and escapes the text; it is imported only when a file is made.
 *
 * - Times are Copenhagen wall times with `TZID=Europe/Copenhagen`, and the file always carries that `VTIMEZONE`
 *   (Outlook shows a `TZID` without one an hour off). All-day sessions are dates, with an exclusive end.
 * - One `VEVENT` per session: always correct, also for a series with moved or cancelled sessions.
 * - `UID` comes from the session's key, so downloading twice updates the entry instead of doubling it.
 * - Lines are folded at 75 octets by us: ical.js counts the 75 without the leading space of a continuation line,
 *   which makes those lines 76 octets long. We never split a UTF-8 sequence (æ, ø, å take two bytes).
 */
import type { Lang } from '../core/localize.js';
import { copenhagenParts, pad, TIME_ZONE } from '../core/time.js';
import { extraT, loadExtraStrings } from './extra-strings.js';
import type { CourseEvent } from './model.js';
import { vtimezoneLines } from './zoned.js';

type IcalModule = (typeof import('ical.js'))['default'];
type Component = InstanceType<IcalModule['Component']>;

export interface IcsOptions {
  lang: Lang;
  /** The time of writing, for `DTSTAMP`. */
  now: Date;
  /** `PRODID`; default `-//medborger//mb-course-calendar//DA` (or `//EN`). */
  productId?: string;
  /** Minutes before the start the calendar reminds; default 60; `null` writes no reminder. */
  reminderMinutes?: number | null;
  /** The domain part of every `UID`; default `medborger`. Use the library's host name when there is one. */
  uidDomain?: string;
  /** `X-WR-CALNAME`, for a subscribe feed. */
  calendarName?: string;
}

/** Copenhagen's VTIMEZONE: the EU rule, summer time from the last Sunday of March to that of October. */
const COPENHAGEN_VTIMEZONE = ['BEGIN:VCALENDAR', ...vtimezoneLines(TIME_ZONE)!, 'END:VCALENDAR'].join('\r\n');

const FOLD_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * Folds one content line so no physical line exceeds 75 octets (the leading space of a continuation counts),
 * breaking only between characters, never inside a UTF-8 sequence or a surrogate pair.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= FOLD_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length ? FOLD_OCTETS - 1 : FOLD_OCTETS;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Re-folds ical.js's output by our rule and ends every line, the last too, with CRLF. */
function refold(text: string): string {
  return (
    text
      .replace(/\r?\n[ \t]/gu, '')
      .split(/\r?\n/u)
      .filter((line) => line.length > 0)
      .map(foldLine)
      .join('\r\n') + '\r\n'
  );
}

/** HTML from a feed reduced to plain text with its paragraphs; nothing is parsed as a document or run. */
export function htmlToText(html: string): string {
  const withBreaks = html
    .replace(/<\s*br\s*\/?>/giu, '\n')
    .replace(/<\/\s*(p|div|li|h[1-6])\s*>/giu, '\n\n')
    .replace(/<[^>]*>/gu, '');
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return withBreaks
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return entities[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+\n/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/** Copenhagen wall time as iCalendar `DATE-TIME` fields. */
function wallTime(ical: IcalModule, iso: string, isDate: boolean) {
  const p = copenhagenParts(new Date(iso));
  return ical.Time.fromData({
    year: p.year,
    month: p.month,
    day: p.day,
    hour: isDate ? 0 : p.hour,
    minute: isDate ? 0 : p.minute,
    second: isDate ? 0 : p.second,
    isDate,
  });
}

function utcTime(ical: IcalModule, date: Date) {
  return ical.Time.fromJSDate(new Date(Math.floor(date.getTime() / 1000) * 1000), true);
}

/** The sessions to put in one file for a course: every session of its series, in order; the session alone else. */
export function sessionsOf(event: CourseEvent, all: readonly CourseEvent[]): CourseEvent[] {
  if (!event.seriesKey) return [event];
  const sessions = all.filter((other) => other.seriesKey === event.seriesKey);
  return (sessions.includes(event) ? sessions : [event, ...sessions]).sort(
    (a, b) => Date.parse(a.start) - Date.parse(b.start),
  );
}

function location(event: CourseEvent): string | undefined {
  const place = event.place;
  if (!place) return undefined;
  const city = [place.postalCode, place.city].filter(Boolean).join(' ');
  const lines = [place.name, place.room, place.branch !== place.name ? place.branch : undefined, place.street, city];
  const text = [...new Set(lines.filter((line): line is string => !!line && !!line.trim()))].join(', ');
  return text || undefined;
}

function description(event: CourseEvent, lang: Lang): string | undefined {
  const t = extraT(lang);
  const body = event.bodyHtml ? htmlToText(event.bodyHtml) : event.teaser;
  const lines: string[] = [];
  if (body) lines.push(body);
  const signup = event.signup;
  if (signup?.required === false) lines.push(t('ics.noSignup'));
  if (signup?.url) lines.push(t('ics.signup', { url: signup.url }));
  if (signup?.phone) lines.push(t('ics.signupPhone', { phone: signup.phone }));
  if (signup?.atDesk) lines.push(t('ics.signupDesk'));
  if (event.bring?.length) lines.push(t('ics.bring', { items: event.bring.join(', ') }));
  if (event.pageUrl) lines.push(t('ics.moreInfo', { url: event.pageUrl }));
  return lines.length ? lines.join('\n\n') : undefined;
}

const STATUS: Partial<Record<CourseEvent['status'], string>> = { cancelled: 'CANCELLED', postponed: 'TENTATIVE' };

function vevent(ical: IcalModule, event: CourseEvent, options: IcsOptions): Component {
  const t = extraT(options.lang);
  const component = new ical.Component('vevent');
  component.addPropertyWithValue('uid', `${event.key}@${options.uidDomain ?? 'medborger'}`);
  component.addPropertyWithValue('dtstamp', utcTime(ical, options.now));

  const start = component.addPropertyWithValue('dtstart', wallTime(ical, event.start, event.allDay));
  if (event.allDay) {
    // DTEND of an all-day event is exclusive: the next day, or the feed's own exclusive end.
    const endIso = event.end && Date.parse(event.end) > Date.parse(event.start) ? event.end : undefined;
    const end = endIso ? wallTime(ical, endIso, true) : wallTime(ical, event.start, true);
    if (!endIso) end.adjust(1, 0, 0, 0);
    component.addPropertyWithValue('dtend', end);
  } else {
    start.setParameter('tzid', 'Europe/Copenhagen');
    if (event.end && Date.parse(event.end) >= Date.parse(event.start))
      component
        .addPropertyWithValue('dtend', wallTime(ical, event.end, false))
        .setParameter('tzid', 'Europe/Copenhagen');
  }

  const cancelled = event.status === 'cancelled';
  const prefixed = t('ics.cancelledPrefix', { title: '' }).trim();
  const summary =
    cancelled && !event.title.startsWith(prefixed) ? t('ics.cancelledPrefix', { title: event.title }) : event.title;
  component.addPropertyWithValue('summary', summary);
  const text = description(event, options.lang);
  if (text) component.addPropertyWithValue('description', text);
  const where = location(event);
  if (where) component.addPropertyWithValue('location', where);
  if (event.pageUrl) component.addPropertyWithValue('url', event.pageUrl);
  component.addPropertyWithValue('status', STATUS[event.status] ?? 'CONFIRMED');
  if (event.categories.length) {
    const categories = new ical.Property('categories');
    categories.setValues(event.categories);
    component.addProperty(categories);
  }
  if (event.updatedAt && !Number.isNaN(Date.parse(event.updatedAt)))
    component.addPropertyWithValue('last-modified', utcTime(ical, new Date(event.updatedAt)));

  const minutes = options.reminderMinutes === undefined ? 60 : options.reminderMinutes;
  if (minutes !== null && !cancelled) {
    const alarm = new ical.Component('valarm');
    alarm.addPropertyWithValue('action', 'DISPLAY');
    const trigger = ical.Duration.fromSeconds(-Math.max(0, Math.round(minutes)) * 60);
    alarm.addPropertyWithValue('trigger', trigger);
    alarm.addPropertyWithValue('description', t('ics.alarm', { title: event.title }));
    component.addSubcomponent(alarm);
  }
  return component;
}

/** The `.ics` text for the sessions given (one `VEVENT` each), CRLF line endings, folded at 75 octets. */
export async function toIcs(events: readonly CourseEvent[], options: IcsOptions): Promise<string> {
  const [{ default: ical }] = await Promise.all([import('ical.js'), loadExtraStrings(options.lang)]);
  const calendar = new ical.Component('vcalendar');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue(
    'prodid',
    options.productId ?? `-//medborger//mb-course-calendar//${options.lang.toUpperCase()}`,
  );
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  if (options.calendarName) calendar.addPropertyWithValue('x-wr-calname', options.calendarName);
  if (events.some((event) => !event.allDay)) {
    const zone = new ical.Component(ical.parse(COPENHAGEN_VTIMEZONE) as unknown[]).getFirstSubcomponent('vtimezone');
    if (zone) calendar.addSubcomponent(zone);
  }
  for (const event of events) calendar.addSubcomponent(vevent(ical, event, options));
  return refold(calendar.toString());
}

/** "mitid-kom-godt-i-gang-2026-03-03.ics": the title and first date, safe on every file system. */
export function icsFileName(event: CourseEvent, lang: Lang): string {
  const slug = event.title
    .toLocaleLowerCase('da')
    .replace(/æ/gu, 'ae')
    .replace(/ø/gu, 'oe')
    .replace(/å/gu, 'aa')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60)
    .replace(/-+$/u, '');
  const p = copenhagenParts(new Date(event.start));
  const date = Number.isNaN(p.year) ? '' : `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  const name = slug || extraT(lang)('ics.fileName');
  return `${[name, date].filter(Boolean).join('-')}.ics`;
}

/**
 * Offers `text` as a download named `name`: a Blob behind a temporary `<a download>`, clicked and removed, and its
 * object URL revoked once the browser has taken it.
 */
export function downloadIcs(text: string, name: string, doc: Document = document): void {
  const blob = new Blob([text], { type: 'text/calendar;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoking at once can cancel the download in some browsers; a tick later it has been handed over.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
