import { intlFormat } from './intl.js';
import { intlLocale, type Lang } from './languages.js';

/**
 * Libraries in Denmark publish their courses in Danish time. A visitor abroad, or a laptop left on another zone,
 * must still see "10.00" for a course that starts at ten in the library, so every format here fixes the zone.
 */
export const TIME_ZONE = 'Europe/Copenhagen';

/** A cached `Intl.DateTimeFormat` in Copenhagen time for the language (creating one is slow; lists format a lot). */
export function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return intlFormat(Intl.DateTimeFormat, intlLocale(lang), { ...options, timeZone: TIME_ZONE });
}

/** The wall-clock fields of an instant in Copenhagen. `weekday` is 0 for Monday … 6 for Sunday. */
export interface CopenhagenParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

/** A number with leading zeros: `pad(3)` is "03", `pad(987, 4)` is "0987". */
export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * A numeric `Intl.DateTimeFormat` of wall-clock time in `zone` (`hourCycle` h23, year to second), the shape
 * `offsetWith` reads. Throws a RangeError for a zone the browser's time-zone database does not know.
 */
export const wallClockFormat = (zone: string, extra?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    ...extra,
  });

/*
 * Copenhagen's numeric wall-clock format, made on first use, never as a module loads: the first Intl object a page
 * makes loads the browser's locale data, and the first in a time zone that zone's data (see `prepareIntl`).
 */
let numericFormat: Intl.DateTimeFormat | undefined;
const numeric = (): Intl.DateTimeFormat => (numericFormat ??= wallClockFormat(TIME_ZONE));
let preparing = false;

/**
 * Makes the page's first Intl format, in Copenhagen time, in a task of its own (after the current one). Loading
 * the browser's locale and zone data took 50–80 ms on the bench's phone profile (4× slower CPU); made as the drop-in
 * started, or in a widget's first render, it made those tasks longer than 100 ms. The drop-in calls this when it
 * starts to load a widget's code, so the data loads while the code downloads.
 */
export function prepareIntl(): void {
  if (numericFormat || preparing) return;
  preparing = true;
  setTimeout(numeric, 0);
}

/**
 * The wall-clock fields of an instant in Copenhagen, from the cached offset (one Intl lookup per day, not one per
 * call: a list formats every course's day and time on each render).
 */
export function copenhagenParts(date: Date): CopenhagenParts {
  const ms = Math.floor(date.getTime() / 1000) * 1000;
  const wall = new Date(ms + cachedCopenhagenOffset(ms) * 60_000);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    weekday: (wall.getUTCDay() + 6) % 7,
  };
}

/**
 * Minutes a zone is ahead of UTC at an instant, from a numeric `Intl.DateTimeFormat` in that zone (`hourCycle`
 * h23, year to second): the one offset computation for Copenhagen and for the zones iCalendar feeds name.
 */
export function offsetWith(format: Intl.DateTimeFormat, date: Date): number {
  const parts: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(date)) parts[type] = value;
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour) % 24,
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

/** Minutes Copenhagen is ahead of UTC at that instant: 60 in winter, 120 in summer. */
export function copenhagenOffset(date: Date): number {
  return offsetWith(numeric(), date);
}

/*
 * Copenhagen's offset changes at most once a day (on the hour, 01.00 UTC on the changeover Sundays), so the cached
 * lookup asks Intl once per UTC day, and per hour only on a day whose two ends differ: reading and indexing a
 * 10,000-session feed must not ask Intl for every field of every record.
 */
const offsets = new Map<number, number>();
function lookUpOffset(key: number, at: number): number {
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size > 50_000) offsets.clear();
    offset = copenhagenOffset(new Date(at));
    offsets.set(key, offset);
  }
  return offset;
}

/** `copenhagenOffset` for an instant in milliseconds, cached: for code that converts thousands of instants. */
export function cachedCopenhagenOffset(ms: number): number {
  const day = Math.floor(ms / 86_400_000);
  const first = lookUpOffset(day * 2, day * 86_400_000);
  const last = lookUpOffset(day * 2 + 1, (day + 1) * 86_400_000 - 1000);
  if (first === last) return first;
  const hour = Math.floor(ms / 3_600_000);
  return lookUpOffset(-1 - hour, hour * 3_600_000);
}

/** `YYYY-MM-DD` of the Copenhagen day of an instant in milliseconds; the cached twin of `dayKey`. */
export function copenhagenDay(ms: number): string {
  return copenhagenIso(new Date(ms)).slice(0, 10);
}

/** "2026-03-03T10:00:00+01:00": an instant as Copenhagen wall time with its offset (whole seconds). */
export function copenhagenIso(date: Date): string {
  const ms = Math.floor(date.getTime() / 1000) * 1000;
  const offset = cachedCopenhagenOffset(ms);
  const wall = new Date(ms + offset * 60_000);
  const abs = Math.abs(offset);
  return (
    `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}` +
    `${offset >= 0 ? '+' : '-'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/**
 * The instant at which a zone's clocks show a wall time, given the zone's offset at any instant. A time skipped by
 * a spring change moves forward an hour, as clocks do; a time that occurs twice in autumn takes the first one.
 */
export function fromWallTime(
  offsetAt: (date: Date) => number,
  fields: [year: number, month: number, day: number, hour: number, minute: number, second: number],
): Date {
  const [year, month, day, hour, minute, second] = fields;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const before = offsetAt(new Date(wall - 3 * 3_600_000));
  const after = offsetAt(new Date(wall + 3 * 3_600_000));
  const fits = [before, after]
    .map((offset) => wall - offset * 60_000)
    .filter((t) => offsetAt(new Date(t)) * 60_000 === wall - t);
  return new Date(fits.length ? Math.min(...fits) : wall - before * 60_000);
}

/**
 * The instant at which Copenhagen's clocks show the given wall time. A time skipped by the spring change
 * (02.30 on the last Sunday of March) moves forward an hour, as clocks do; a time that occurs twice in autumn
 * takes the first, summer-time occurrence.
 */
export function fromCopenhagenTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  return fromWallTime(copenhagenOffset, [year, month, day, hour, minute, second]);
}

/** `YYYY-MM-DD` of the Copenhagen day the instant falls on; days group and compare by this key. */
export function dayKey(date: Date): string {
  const { year, month, day } = copenhagenParts(date);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Reads an ISO 8601 date or date-time. With `Z` or an offset it is that instant; without one it is Copenhagen
 * wall time, which is what Danish feeds mean when they leave the zone out. Anything else gives `undefined`.
 */
export function parseDateTime(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = match;
  const fields = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const [year, month, day, hour, minute, second] = fields;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return undefined;
  let date: Date;
  if (zone) {
    const offset =
      zone.toUpperCase() === 'Z'
        ? 0
        : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
    date = new Date(Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60_000);
  } else {
    date = fromCopenhagenTime(year, month, day, hour, minute, second);
  }
  // Reject 31 February and friends instead of letting Date roll them into March.
  return Number.isNaN(date.getTime()) || new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day
    ? undefined
    : date;
}

/** "10.00" in Danish, "10:00" in English, in Copenhagen time. */
export function formatTime(date: Date, lang: Lang): string {
  return dateFormat(lang, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/** "tirsdag 3. marts 2026" / "Tuesday 3 March 2026": a day heading in Copenhagen time. */
export function formatDay(date: Date, lang: Lang, options: { year?: boolean; weekday?: boolean } = {}): string {
  const { year = true, weekday = true } = options;
  const parts = dateFormat(lang, {
    weekday: weekday ? 'long' : undefined,
    day: 'numeric',
    month: 'long',
    year: year ? 'numeric' : undefined,
  }).formatToParts(date);
  // Intl writes "tirsdag den 3. marts" and "Tuesday, 3 March"; Danish public sites write "tirsdag 3. marts".
  return parts
    .map(({ type, value }) => (type === 'literal' ? value.replace(/\s*den\s*/u, ' ').replace(',', '') : value))
    .join('')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Upper-cases the first letter, for a Danish weekday that starts a heading. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
