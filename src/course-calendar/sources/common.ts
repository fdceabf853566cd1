/*
 * Small helpers every reader shares: tolerant field access (feeds mix snake_case and camelCase, and send numbers
 * where strings belong), Copenhagen ISO strings, and reading large arrays in slices so the page stays responsive.
 */
import { copenhagenDay, copenhagenIso, copenhagenParts, fromCopenhagenTime, parseDateTime } from '../../core/time.js';
import { breathe, SLICE_MS, slicing } from '../../core/slices.js';
import { safeUrl } from '../../core/url.js';
import type { CourseEvent, ReadContext, ReadProblem, ReadResult } from '../model.js';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first of several spellings of a key that is present: `pick(o, 'zip_code', 'zipCode')`. */
export function pick(record: unknown, ...keys: string[]): unknown {
  if (!isObject(record)) return undefined;
  for (const key of keys) if (record[key] !== undefined && record[key] !== null) return record[key];
  return undefined;
}

/**
 * Longer texts count as missing (a title that long skips its record): no real course has one, and browsers stop
 * wrapping a text node of a few million characters, which would push the page sideways.
 */
export const MAX_TEXT = 100_000;

/**
 * What the read under way has met so far. A feed repeats the same branch, teaser, description, tags and start times
 * across thousands of records, and every repeat that `JSON.parse` made is a string (or a list) of its own. Within
 * one read, equal texts and equal lists of names become one shared value: plain data that nothing changes. Set only
 * while `readInSlices` maps one record (synchronously), so two reads never share a pool, and dropped after the read.
 */
let pool: { texts: Map<string, string>; lists: Map<string, string[]> } | undefined;

/** `value`, or the equal string met earlier in this read. */
export function shared(value: string): string {
  if (!pool) return value;
  const found = pool.texts.get(value);
  if (found !== undefined) return found;
  pool.texts.set(value, value);
  return value;
}

/** A trimmed, non-empty string of at most `MAX_TEXT` characters; numbers become strings (an id or a zip code). */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string' || value.length > MAX_TEXT) return undefined;
  const trimmed = value.trim();
  return trimmed ? shared(trimmed) : undefined;
}

/** A finite number, also from a numeric string ("12"). */
export function number(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() && !Number.isNaN(Number(value.replace(',', '.'))))
    return Number(value.replace(',', '.'));
  return undefined;
}

/** Booleans as feeds send them: true, 1, "1", "true", "yes". */
export function flag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (['1', 'true', 'yes', 'ja'].includes(v)) return true;
    if (['0', 'false', 'no', 'nej', ''].includes(v)) return false;
  }
  return undefined;
}

/** Strings from an array of strings or of `{ name }` objects; a single value counts as a list of one. */
export function names(value: unknown, key = 'name'): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const found: string[] = [];
  for (const item of list) {
    const name = text(isObject(item) ? item[key] : item);
    if (name) found.push(name);
  }
  if (!pool) return found;
  // The same list met earlier in this read (JSON of the list: no separator can make two lists look alike).
  const id = JSON.stringify(found);
  const earlier = pool.lists.get(id);
  if (earlier) return earlier;
  pool.lists.set(id, found);
  return found;
}

export { copenhagenDay, copenhagenIso };

/** Midnight in Copenhagen of the day `key` (YYYY-MM-DD), plus `addDays`. */
export function copenhagenMidnight(key: string, addDays = 0): Date {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(y, m - 1, d + addDays));
  return fromCopenhagenTime(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

export interface Times {
  start: string;
  end?: string;
}

/**
 * Start and end of a session. All-day sessions keep only their calendar dates in Copenhagen (a DPL bug once sent
 * all-day dates shifted to the previous evening in UTC; the date in Copenhagen is right either way) and get an
 * exclusive end at the next midnight, as iCalendar has it. An end before the start is dropped, not trusted.
 */
export function readTimes(startValue: unknown, endValue: unknown, allDay: boolean): Times | undefined {
  const start = parseDateTime(startValue);
  if (!start) return undefined;
  const end = parseDateTime(endValue);
  if (allDay) {
    const first = copenhagenDay(start.getTime());
    let last = end ? copenhagenDay(end.getTime()) : first;
    // An end at exactly midnight is already exclusive.
    if (end && last > first) {
      const p = copenhagenParts(end);
      if (p.hour === 0 && p.minute === 0) last = copenhagenDay(end.getTime() - 1);
    }
    if (last < first) last = first;
    return {
      start: shared(copenhagenIso(copenhagenMidnight(first))),
      end: shared(copenhagenIso(copenhagenMidnight(last, 1))),
    };
  }
  return {
    start: shared(copenhagenIso(start)),
    end: end && end.getTime() >= start.getTime() ? shared(copenhagenIso(end)) : undefined,
  };
}

/** A link from a feed, kept only when it is http(s), mailto or tel. */
export const link = (value: unknown, context: ReadContext | undefined): string | undefined =>
  safeUrl(typeof value === 'string' ? value.trim() : value, context?.feedUrl || undefined);

/**
 * The same object without its undefined properties, so events compare and serialise cleanly. A copy, not `delete`:
 * deleting a property turns a V8 object into a slow dictionary several times its size, which at 10,000 sessions
 * was more than half the calendar's heap. Copied in order, objects of the same fields share one shape.
 */
export function compact<T extends object>(value: T): T {
  const kept: Partial<T> = {};
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] !== undefined) kept[key] = value[key];
  return kept as T;
}

/** The list of records in a feed: the array itself or the array under one of `keys`. */
export function records(data: unknown, ...keys: string[]): unknown[] | undefined {
  if (Array.isArray(data)) return data as unknown[];
  for (const key of keys) {
    const inner = pick(data, key);
    if (Array.isArray(inner)) return inner as unknown[];
  }
  return undefined;
}

/** A record the reader could not use, and why. */
export class Skip {
  constructor(
    readonly reason: string,
    readonly id?: string,
  ) {}
}

export { SLICE_MS, slicing };

/**
 * The events in order of start; sessions that start together keep the feed's order. A feed already in order (the
 * usual case) is only checked: sorting 50,000 sessions held the page for tens of milliseconds.
 */
function byStart(events: CourseEvent[]): CourseEvent[] {
  const starts = events.map((event) => Date.parse(event.start));
  if (starts.every((start, i) => i === 0 || starts[i - 1] <= start)) return events;
  return starts
    .map((_, i) => i)
    .sort((a, b) => starts[a] - starts[b])
    .map((i) => events[i]);
}

/**
 * Maps every record, yielding to the event loop whenever a slice of work has taken `SLICE_MS`, so a municipality's
 * whole feed (10,000 records) never blocks the page for long. `one` returns events (a record may hold several
 * sessions) or a `Skip`.
 */
export async function readInSlices(
  list: readonly unknown[],
  one: (record: unknown, index: number) => CourseEvent | CourseEvent[] | Skip,
  signal?: AbortSignal,
): Promise<ReadResult> {
  const events: CourseEvent[] = [];
  const problems: ReadProblem[] = [];
  const met = { texts: new Map<string, string>(), lists: new Map<string, string[]>() };
  let sliceStart = slicing.now();
  for (let index = 0; index < list.length; index += 1) {
    if (index % 50 === 0 && slicing.now() - sliceStart > SLICE_MS) {
      await breathe();
      signal?.throwIfAborted();
      sliceStart = slicing.now();
    }
    let result: CourseEvent | CourseEvent[] | Skip;
    pool = met;
    try {
      result = one(list[index], index);
    } catch {
      result = new Skip('unreadable');
    } finally {
      pool = undefined;
    }
    if (result instanceof Skip) problems.push(compact({ index, id: result.id, reason: result.reason }));
    else if (Array.isArray(result)) events.push(...result);
    else events.push(result);
  }
  await breathe();
  signal?.throwIfAborted();
  return { events: byStart(events), skipped: problems.length, problems };
}

/** The current time as ISO, for `source.loadedAt`. */
export const loadedAt = (context: ReadContext | undefined): string => context?.loadedAt ?? copenhagenIso(new Date());
