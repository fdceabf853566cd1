/*
 * The feed formats the calendar reads, one entry each: its id (the `format` attribute's value), how `format="auto"`
 * recognises it, and its reader, loaded when a feed of that format arrives (a page pays for the one reader it uses).
 * The element, the manifest (so the embed builder and the IDE data), the stories and the tests take the list from
 * here. Adding a format: docs/contributing.md.
 *
 * This module is itself a lazy chunk (read.ts imports it on the first feed): detection needs the record helpers.
 */
import { LoadError } from '../../core/feed.js';
import type { ReadContext, ReadResult } from '../model.js';
import { isObject, pick, records } from './common.js';
import type { IcsReadContext } from './ics.js';

type Record_ = Record<string, unknown>;

/** A JSON format: recognised by the shape of its records. */
interface JsonFormat {
  kind: 'json';
  /** Points for one record that looks like this format; `auto` picks the format with the most points. */
  score(record: Record_): number;
  /** The whole document is certainly this format (checked before any record is scored). */
  claims?(data: unknown): boolean;
  /** A document whose list holds no records at all is this format (an empty feed still has a shape). */
  claimsEmpty?(data: unknown): boolean;
  load(): Promise<{ read(data: unknown, context?: ReadContext, signal?: AbortSignal): Promise<ReadResult> }>;
}

/** A text format (not JSON): its reader decides whether a text is of its kind. */
interface TextFormat {
  kind: 'text';
  load(): Promise<{
    looksLike(text: string): boolean;
    read(text: string, context: IcsReadContext, signal?: AbortSignal): Promise<ReadResult>;
  }>;
}

export const FORMATS = {
  /** The DPL CMS events API (`/api/v1/events`). */
  dpl: {
    kind: 'json',
    score: (record) =>
      (pick(record, 'date_time', 'dateTime') !== undefined ? 3 : 0) +
      (pick(record, 'uuid', 'state', 'ticket_categories', 'branches') !== undefined ? 1 : 0),
    load: () => import('./dpl.js'),
  },
  /** Springshare LibCal's events API. */
  libcal: {
    kind: 'json',
    score: (record) =>
      (pick(record, 'allday', 'seats_taken', 'campus', 'registration', 'future_dates') !== undefined ? 2 : 0) +
      (isObject(record.url) && 'public' in record.url ? 2 : 0),
    claimsEmpty: (data) => isObject(data) && Array.isArray(data.events),
    load: () => import('./libcal.js'),
  },
  /** Our own JSON (schemas/course-events.schema.json). */
  json: {
    kind: 'json',
    score: (record) =>
      (pick(record, 'sessions', 'place', 'signup', 'programme', 'allDay') !== undefined ? 2 : 0) +
      (typeof record.start === 'string' ? 1 : 0),
    claims: (data) => isObject(data) && Array.isArray(data.courses),
    load: () => import('./json.js'),
  },
  /** iCalendar (RFC 5545), e.g. a branch's `.ics`: series are expanded in a window (see read.ts). */
  ics: {
    kind: 'text',
    load: () => import('./ics.js').then((ics) => ({ looksLike: ics.looksLikeIcs, read: ics.readIcs })),
  },
} satisfies Record<string, JsonFormat | TextFormat>;

type Formats = typeof FORMATS;
/** Every format the calendar reads. */
export type FormatId = keyof typeof FORMATS;
/** The formats read from JSON. */
export type JsonFormatId = { [K in FormatId]: Formats[K]['kind'] extends 'json' ? K : never }[FormatId];

const entries = Object.entries(FORMATS) as [FormatId, JsonFormat | TextFormat][];
const jsonFormats = entries.filter((entry): entry is [JsonFormatId, JsonFormat] => entry[1].kind === 'json');

export function isTextFormat(id: string): boolean {
  return entries.some(([known, format]) => known === id && format.kind === 'text');
}

/**
 * `format="auto"` for JSON: the JSON formats told apart by the shape of their records, looking at the first few
 * objects only (a feed is uniform, and a 10,000-record feed must not be scanned twice). Ties go to the format listed
 * first above.
 */
export function detect(data: unknown): JsonFormatId | undefined {
  const claimed = jsonFormats.find(([, format]) => format.claims?.(data));
  if (claimed) return claimed[0];
  const list = records(data, 'events', 'data', 'items');
  if (!list) return undefined;
  const sample = list.filter(isObject).slice(0, 20);
  if (!sample.length) return jsonFormats.find(([, format]) => format.claimsEmpty?.(data))?.[0];
  let best: [JsonFormatId | undefined, number] = [undefined, 0];
  for (const [id, format] of jsonFormats) {
    const score = sample.reduce((sum, record) => sum + format.score(record), 0);
    if (score > best[1]) best = [id, score];
  }
  return best[0];
}

/**
 * Reads `data` in the given JSON format, or in the detected one for `auto`. Data already read from JSON is in no
 * text format, so a text format's id (`ics`) reads it as `auto`: inline JSON in a calendar set to `format="ics"`.
 */
export async function readFeed(
  data: unknown,
  format: FormatId | 'auto',
  context?: ReadContext,
  signal?: AbortSignal,
): Promise<ReadResult & { format: JsonFormatId }> {
  const chosen = format === 'auto' || isTextFormat(format) ? detect(data) : (format as JsonFormatId);
  if (!chosen) throw new LoadError('invalid', 'unknown feed format');
  const { read } = await FORMATS[chosen].load();
  const result = await read(data, context, signal);
  return { ...result, format: chosen };
}

/**
 * Reads a text feed in the given text format, or for `auto` in the first text format whose reader recognises it;
 * `undefined` when none does (the text is then read as JSON).
 */
export async function readText(
  body: string,
  format: FormatId | 'auto',
  context: IcsReadContext,
  signal?: AbortSignal,
): Promise<(ReadResult & { format: FormatId }) | undefined> {
  for (const [id, entry] of entries) {
    if (entry.kind !== 'text' || (format !== 'auto' && format !== id)) continue;
    const reader = await entry.load();
    if (format === id || reader.looksLike(body)) return { ...(await reader.read(body, context, signal)), format: id };
  }
  return undefined;
}
