/*
 * Wall-clock time in any IANA zone. iCalendar feeds name their zones (`TZID=Europe/Berlin`, Outlook's `Romance
 * Standard Time`), and the writer needs a `VTIMEZONE`, so these small helpers sit next to core/time.ts (whose offset
 * and wall-time arithmetic they use) instead of in it: only the calendar needs them.
 */
import { fromCopenhagenTime, fromWallTime, offsetWith, pad, TIME_ZONE, wallClockFormat } from '../core/time.js';

const formats = new Map<string, Intl.DateTimeFormat | null>();

function zoneFormat(zone: string): Intl.DateTimeFormat | null {
  let format = formats.get(zone);
  if (format === undefined) {
    try {
      format = wallClockFormat(zone);
    } catch {
      // RangeError: not a zone this browser's IANA database knows ("Romance Standard Time").
      format = null;
    }
    formats.set(zone, format);
  }
  return format;
}

/** True when the browser's time-zone database knows `zone` by that name. */
export const isKnownZone = (zone: string): boolean => zoneFormat(zone) !== null;

/**
 * The instant a wall-clock time happens in `zone`, with the same rules as `fromCopenhagenTime`: a time skipped in
 * spring moves forward, a time that occurs twice in autumn takes the first occurrence. `undefined` for an unknown
 * zone.
 */
export function fromZonedTime(
  zone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date | undefined {
  if (zone === TIME_ZONE) return fromCopenhagenTime(year, month, day, hour, minute, second);
  const format = zoneFormat(zone);
  if (!format) return undefined;
  return fromWallTime((date) => offsetWith(format, date), [year, month, day, hour, minute, second]);
}

/** Minutes `zone` is ahead of UTC at that instant. */
export function zoneOffset(zone: string, date: Date): number | undefined {
  const format = zoneFormat(zone);
  return format ? offsetWith(format, date) : undefined;
}

const offsetText = (minutes: number) => {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
};

/**
 * A `VTIMEZONE` block (lines without line ends) for `tzid` that follows `zone`, when we can write one: a zone with
 * one fixed offset, or a zone on Central European time with the EU summer-time rule (last Sunday of March 02.00 to
 * last Sunday of October 03.00, Directive 2000/84/EC), written as RFC 5545 3.6.5 spells a VTIMEZONE.
 */
export function vtimezoneLines(tzid: string, zone: string = tzid): string[] | undefined {
  const winter = zoneOffset(zone, new Date(Date.UTC(2026, 0, 15)));
  const summer = zoneOffset(zone, new Date(Date.UTC(2026, 6, 15)));
  if (winter === undefined || summer === undefined) return undefined;
  const open = ['BEGIN:VTIMEZONE', `TZID:${tzid}`];
  if (winter === summer) {
    const offset = offsetText(winter);
    return [
      ...open,
      'BEGIN:STANDARD',
      `TZOFFSETFROM:${offset}`,
      `TZOFFSETTO:${offset}`,
      'DTSTART:19700101T000000',
      'END:STANDARD',
      'END:VTIMEZONE',
    ];
  }
  if (winter !== 60 || summer !== 120) return undefined;
  return [
    ...open,
    'BEGIN:DAYLIGHT',
    'TZNAME:CEST',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'DTSTART:19700329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZNAME:CET',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'DTSTART:19701025T030000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}
