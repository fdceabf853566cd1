/* Scratch: a trial reader for the contributing recipe (`{ arrangementer: [{ id, titel, start, slut, sted }] }`). */
import { LoadError } from '../../core/feed.js';
import type { ReadContext, ReadResult } from '../model.js';
import { isObject, loadedAt, readInSlices, readTimes, records, Skip, text } from './common.js';

export async function read(data: unknown, context?: ReadContext, signal?: AbortSignal): Promise<ReadResult> {
  const list = records(data, 'arrangementer');
  if (!list) throw new LoadError('invalid', 'not a Kultunaut list');
  return readInSlices(
    list,
    (record, index) => {
      if (!isObject(record)) return new Skip('not an object');
      const id = text(record.id) ?? String(index);
      const title = text(record.titel);
      const times = readTimes(record.start, record.slut, false);
      if (!title || !times) return new Skip('no title or start', id);
      return {
        key: `kultunaut:${id}`,
        source: { kind: 'kultunaut', id, feedUrl: context?.feedUrl ?? '', loadedAt: loadedAt(context) },
        title,
        ...times,
        allDay: false,
        status: 'scheduled',
        mode: 'inPerson',
        place: text(record.sted) ? { name: text(record.sted) } : undefined,
        categories: [],
        tags: [],
        audiences: [],
        languages: [],
        presenters: [],
        partners: [],
      };
    },
    signal,
  );
}
