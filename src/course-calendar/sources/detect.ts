/*
 * `format="auto"`: tells the three JSON formats apart by the shape of their records, looking at the first few
 * objects only (a feed is uniform, and a 10,000-record feed must not be scanned twice).
 */
import type { FeedFormat, ReadContext, ReadResult } from '../model.js';
import { isObject, pick, records } from './common.js';
import { LoadError } from '../../core/feed.js';

export function detect(data: unknown): FeedFormat | undefined {
  if (isObject(data) && Array.isArray(data.courses)) return 'json';
  const list = records(data, 'events', 'data', 'items');
  if (!list) return undefined;
  const sample = list.filter(isObject).slice(0, 20);
  if (!sample.length) return isObject(data) && Array.isArray(data.events) ? 'libcal' : undefined;
  const score = { dpl: 0, libcal: 0, json: 0 };
  for (const record of sample) {
    if (pick(record, 'date_time', 'dateTime') !== undefined) score.dpl += 3;
    if (pick(record, 'uuid', 'state', 'ticket_categories', 'branches') !== undefined) score.dpl += 1;
    if (pick(record, 'allday', 'seats_taken', 'campus', 'registration', 'future_dates') !== undefined)
      score.libcal += 2;
    if (isObject(record.url) && 'public' in record.url) score.libcal += 2;
    if (pick(record, 'sessions', 'place', 'signup', 'programme', 'allDay') !== undefined) score.json += 2;
    if (typeof record.start === 'string') score.json += 1;
  }
  const best = (Object.entries(score) as [FeedFormat, number][]).sort((a, b) => b[1] - a[1])[0];
  return best[1] > 0 ? best[0] : undefined;
}

/** Each format's reader loads when a feed of that format arrives: a page pays for the one reader it uses. */
const READERS = {
  json: () => import('./json.js'),
  dpl: () => import('./dpl.js'),
  libcal: () => import('./libcal.js'),
} as const;

/** Reads `data` in the given format, or in the detected one for `auto`. */
export async function readFeed(
  data: unknown,
  format: FeedFormat | 'auto',
  context?: ReadContext,
  signal?: AbortSignal,
): Promise<ReadResult & { format: FeedFormat }> {
  const chosen = format === 'auto' ? detect(data) : format;
  if (!chosen) throw new LoadError('invalid', 'unknown feed format');
  const { read } = await READERS[chosen]();
  const result = await read(data, context, signal);
  return { ...result, format: chosen };
}
