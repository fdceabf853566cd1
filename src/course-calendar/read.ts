/*
 * The readers are loaded when the first feed arrives, not with the drop-in: every page pays for the widget's code,
 * only a page that reads a feed pays for the readers, and reading is asynchronous anyway.
 */
import { parseJson } from '../core/feed.js';
import type { SourceReader } from '../core/source.js';
import {
  courseReaderKey,
  readContext,
  readWindow,
  type CourseData,
  type CourseReadSettings,
  type ReadWindow,
  type SourceFormat,
} from './course-reader.js';
import type { FeedFormat, ReadContext, ReadResult } from './model.js';

export type { ReadWindow, SourceFormat } from './course-reader.js';

type Readers = typeof import('./sources/formats.js');
let readers: Promise<Readers> | undefined;

/**
 * Reads a course feed (our JSON, DPL CMS or LibCal; `auto` detects which) into `CourseEvent`s, yielding to the page
 * between slices of a large feed. A text format (`ics`) reads the data as `auto`: data is JSON already. Rejects with
 * `LoadError('invalid')` for data of an unknown shape.
 */
export async function readCourseFeed(
  data: unknown,
  format: SourceFormat | 'auto' = 'auto',
  context?: ReadContext,
  signal?: AbortSignal,
): Promise<ReadResult & { format: FeedFormat }> {
  readers ??= import('./sources/formats.js');
  return (await readers).readFeed(data, format, context, signal);
}

/** Which format `data` looks like, or `undefined`. */
export async function detectCourseFeed(data: unknown): Promise<FeedFormat | undefined> {
  readers ??= import('./sources/formats.js');
  return (await readers).detect(data);
}

/**
 * Reads a feed's raw text: in a text format (iCalendar) when `format` names one, or for `auto` when the text is not
 * JSON and a text format's reader recognises it; otherwise as JSON through `readCourseFeed`. A text format's reader
 * (ical.js for iCalendar) loads only here.
 */
export async function readCourseText(
  body: string,
  format: SourceFormat | 'auto',
  context: ReadContext,
  window: ReadWindow,
  signal?: AbortSignal,
): Promise<ReadResult & { format: SourceFormat }> {
  readers ??= import('./sources/formats.js');
  const registry = await readers;
  // JSON starts with `{` or `[`; anything else in `auto` may be a text format, which its reader decides.
  const maybeText = format === 'auto' ? !/^\uFEFF?\s*[[{]/u.test(body) : registry.isTextFormat(format);
  const text = maybeText ? await registry.readText(body, format, { ...context, ...window }, signal) : undefined;
  return text ?? readCourseFeed(parseJson(body), format, context, signal);
}

/**
 * The course feed reader for the page's shared reads: the calendar and the guide card both read a feed through it,
 * so one page reads one feed once (core/shared-feeds.ts).
 */
export function courseReader(settings: CourseReadSettings): SourceReader<CourseData> {
  return {
    key: courseReaderKey(settings),
    read: (body, signal) =>
      readCourseText(body.text, settings.format, readContext(body.url, settings), readWindow(settings), signal),
  };
}
