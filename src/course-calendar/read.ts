/*
 * The readers are loaded when the first feed arrives, not with the drop-in: every page pays for the widget's code,
 * only a page that reads a feed pays for the readers, and reading is asynchronous anyway.
 */
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
