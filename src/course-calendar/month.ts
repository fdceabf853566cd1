/*
 * Calendar maths for the month view, as small pure functions (the Lion habit): days are Copenhagen days named by
 * their `YYYY-MM-DD` key, weeks start on Monday and carry ISO week numbers, as Danish calendars print them.
 * Plain date arithmetic happens in UTC on the key's date, which has no DST to trip over.
 */
import { dayKey, pad } from '../core/time.js';
import type { CourseEvent } from './model.js';

/** A month as year and month number (1–12). */
export interface YearMonth {
  year: number;
  month: number;
}

export interface MonthDay {
  /** YYYY-MM-DD. */
  key: string;
  day: number;
  /** 0 Monday … 6 Sunday. */
  weekday: number;
  /** False for the days of the neighbouring months that fill the first and last week. */
  inMonth: boolean;
  /** Sessions that day. */
  count: number;
}

export interface MonthWeek {
  /** ISO 8601 week number. */
  week: number;
  days: MonthDay[];
}

const DAY_MS = 86_400_000;

const utcOf = (key: string) => {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};
const keyOf = (utc: number) => {
  const date = new Date(utc);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};

/** The key `days` after (or before) `key`. */
export const addDays = (key: string, days: number): string => keyOf(utcOf(key) + days * DAY_MS);

/** 0 Monday … 6 Sunday. */
export const weekdayOf = (key: string): number => (new Date(utcOf(key)).getUTCDay() + 6) % 7;

/** ISO 8601 week number: the week with the year's first Thursday is week 1. */
export function isoWeek(key: string): number {
  const thursday = utcOf(key) + (3 - weekdayOf(key)) * DAY_MS;
  const yearStart = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1);
  return Math.floor((thursday - yearStart) / (7 * DAY_MS)) + 1;
}

export const monthOf = (key: string): YearMonth => {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return { year, month };
};

export const firstDay = ({ year, month }: YearMonth): string => `${pad(year, 4)}-${pad(month)}-01`;

export const daysInMonth = ({ year, month }: YearMonth): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The month `delta` months away. */
export function addMonths({ year, month }: YearMonth, delta: number): YearMonth {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export const compareMonths = (a: YearMonth, b: YearMonth): number => a.year * 12 + a.month - (b.year * 12 + b.month);

/** The month kept within `[min, max]` (either may be left out). */
export function clampMonth(value: YearMonth, min?: YearMonth, max?: YearMonth): YearMonth {
  if (min && compareMonths(value, min) < 0) return min;
  if (max && compareMonths(value, max) > 0) return max;
  return value;
}

/** A day key kept within the month: the 31st moved to a 30-day month becomes the 30th. */
export function clampDay(key: string, month: YearMonth): string {
  const day = Math.min(Number(key.slice(8, 10)) || 1, daysInMonth(month));
  return `${firstDay(month).slice(0, 8)}${pad(day)}`;
}

/** How many sessions fall on each Copenhagen day (a session counts on the day it starts). */
export function countByDay(events: readonly CourseEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) {
    const start = new Date(event.start);
    if (Number.isNaN(start.getTime())) continue;
    const key = dayKey(start);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The sessions in the month. */
export function countInMonth(counts: ReadonlyMap<string, number>, month: YearMonth): number {
  const prefix = firstDay(month).slice(0, 8);
  let total = 0;
  for (const [key, count] of counts) if (key.startsWith(prefix)) total += count;
  return total;
}

/** The weeks (Monday to Sunday) that show `month`, filled with the neighbouring months' days. */
export function monthWeeks(month: YearMonth, counts: ReadonlyMap<string, number> = new Map()): MonthWeek[] {
  const first = firstDay(month);
  const last = addDays(first, daysInMonth(month) - 1);
  let day = addDays(first, -weekdayOf(first));
  const end = addDays(last, 6 - weekdayOf(last));
  const weeks: MonthWeek[] = [];
  while (day <= end) {
    const days: MonthDay[] = [];
    for (let i = 0; i < 7; i += 1) {
      days.push({
        key: day,
        day: Number(day.slice(8, 10)),
        weekday: i,
        inMonth: day.slice(0, 7) === first.slice(0, 7),
        count: counts.get(day) ?? 0,
      });
      day = addDays(day, 1);
    }
    weeks.push({ week: isoWeek(days[0].key), days });
  }
  return weeks;
}

/** Where a key on the month view moves: arrows by a day or a week, Home/End to the week's ends, PageUp/Down a month. */
export function moveKey(
  key: string,
  action: 'left' | 'right' | 'up' | 'down' | 'home' | 'end' | 'pageUp' | 'pageDown',
): string {
  switch (action) {
    case 'left':
      return addDays(key, -1);
    case 'right':
      return addDays(key, 1);
    case 'up':
      return addDays(key, -7);
    case 'down':
      return addDays(key, 7);
    case 'home':
      return addDays(key, -weekdayOf(key));
    case 'end':
      return addDays(key, 6 - weekdayOf(key));
    case 'pageUp':
    case 'pageDown': {
      const target = addMonths(monthOf(key), action === 'pageUp' ? -1 : 1);
      return clampDay(key, target);
    }
  }
}
