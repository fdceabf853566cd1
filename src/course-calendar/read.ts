/*
 * The readers are loaded when the first feed arrives, not with the drop-in: every page pays for the widget's code,
 * only a page that reads a feed pays for the readers, and reading is asynchronous anyway.
 */
import { parseJson } from '../core/feed.js';
import type { FeedFormat, ReadContext, ReadResult } from './model.js';

type Readers = typeof import('./sources/detect.js');
let readers: Promise<Readers> | undefined;

/**
 * Reads a course feed (our JSON, DPL CMS or LibCal; `auto` detects which) into `CourseEvent`s, yielding to the page
 * between slices of a large feed. Rejects with `LoadError('invalid')` for data of an unknown shape.
 */
export async function readCourseFeed(
  data: unknown,
  format: FeedFormat | 'auto' = 'auto',
  context?: ReadContext,
  signal?: AbortSignal,
): Promise<ReadResult & { format: FeedFormat }> {
  readers ??= import('./sources/detect.js');
  return (await readers).readFeed(data, format, context, signal);
}

/** Which format `data` looks like, or `undefined`. */
export async function detectCourseFeed(data: unknown): Promise<FeedFormat | undefined> {
  readers ??= import('./sources/detect.js');
  return (await readers).detect(data);
}

/** A feed format the element accepts: the JSON formats, or an iCalendar (`.ics`) feed. */
export type SourceFormat = FeedFormat | 'ics';

/** The window an iCalendar feed's series are expanded in. */
export interface ReadWindow {
  from: Date;
  to: Date;
}

type IcsReader = typeof import('./sources/ics.js');
let icsReader: Promise<IcsReader> | undefined;

/**
 * Reads a feed's raw text: iCalendar for `format="ics"`, or for `auto` when it looks like iCalendar
 * (`looksLikeIcs`); otherwise JSON through `readCourseFeed`. The iCalendar reader and ical.js load only here.
 */
export async function readCourseText(
  body: string,
  format: SourceFormat | 'auto',
  context: ReadContext,
  window: ReadWindow,
  signal?: AbortSignal,
): Promise<ReadResult & { format: SourceFormat }> {
  // JSON starts with `{` or `[`; anything else in `auto` may be iCalendar, which the ics module decides.
  const maybeIcs = format === 'ics' || (format === 'auto' && !/^\uFEFF?\s*[[{]/u.test(body));
  if (maybeIcs) {
    icsReader ??= import('./sources/ics.js');
    const ics = await icsReader;
    if (format === 'ics' || ics.looksLikeIcs(body)) {
      const result = await ics.readIcs(body, { ...context, ...window }, signal);
      return { ...result, format: 'ics' };
    }
  }
  return readCourseFeed(parseJson(body), format, context, signal);
}
