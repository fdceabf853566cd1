/*
 * How a course feed is read, as one settings object both the calendar and the guide card's "Næste kursus" use, so
 * that on one page they share one read of the same feed (core/shared-feeds.ts): the same settings give the same
 * reader key. Only the settings that change what a reader returns are in the key.
 */
import { parseDateTime } from '../core/time.js';
import type { ReadContext, ReadResult } from './model.js';
import type { FormatId } from './sources/formats.js';

/** A feed format the element accepts: any entry of the format registry (sources/formats.ts). */
export type SourceFormat = FormatId;

/** What a feed (or several, merged) gave. */
export type CourseData = ReadResult & {
  format?: SourceFormat;
  /** With several sources: the format of each that answered. */
  formats?: SourceFormat[];
  /** With several sources: sessions listed twice and shown once. */
  duplicates?: number;
};

export interface CourseReadSettings {
  format: SourceFormat | 'auto';
  /** The `now` attribute: when the feed counts as loaded, and where an iCalendar feed's series start. */
  now?: string;
  /** First and last day (`YYYY-MM-DD`) of an iCalendar feed's expansion, when the editor set them. */
  from?: string;
  to?: string;
}

/** The window an iCalendar feed's series are expanded in. */
export interface ReadWindow {
  from: Date;
  to: Date;
}

const YEAR = 366 * 86_400_000;

/** Names the read: same URL and same key, one read for the whole page. */
export function courseReaderKey(settings: CourseReadSettings): string {
  const { format, now = '', from = '', to = '' } = settings;
  return `courses ${format} ${now} ${from} ${to}`;
}

export function readContext(feedUrl: string, settings: CourseReadSettings): ReadContext {
  return { feedUrl, loadedAt: (parseDateTime(settings.now) ?? new Date()).toISOString() };
}

/** Where an iCalendar feed's series are expanded: from now (or `from`) to a year ahead (or `to`). */
export function readWindow(settings: CourseReadSettings): ReadWindow {
  const clock = parseDateTime(settings.now) ?? new Date();
  const from = (settings.from && parseDateTime(`${settings.from}T00:00`)) || clock;
  const yearAhead = new Date(from.getTime() + YEAR);
  const to = (settings.to && parseDateTime(`${settings.to}T23:59:59`)) || yearAhead;
  return { from, to: to > from ? to : yearAhead };
}
