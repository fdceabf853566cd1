/*
 * What only a long feed needs, as a lazy chunk (read.ts loads it for a body over half a megabyte or a read of more
 * than a few thousand sessions): parsing in slices, and making the search index's entries ahead, in slices, as the
 * last step of the read. A whole municipality's feed (50,000 sessions) is then read and indexed without holding the
 * page, and the calendar's first render takes the entries as they are.
 */
import { slicer } from '../core/slices.js';
import { entries, prepared, preparedIndex, preparedSeries, type IndexedEvent } from './filter.js';
import type { CourseEvent } from './model.js';
import { groupSeries } from './series.js';
import { compileVocabulary, DEFAULT_TOPICS } from './topics.js';

export { parseJsonInSlices } from './sources/json-slices.js';

/**
 * Makes the index of `events` with the built-in vocabulary's topics, yielding between slices, and groups their
 * series.
 */
export async function prepareIndex(events: readonly CourseEvent[], signal?: AbortSignal): Promise<void> {
  const entry = entries();
  const topicsOf = compileVocabulary(DEFAULT_TOPICS);
  const { tick } = slicer(signal);
  const index: IndexedEvent[] = [];
  for (let i = 0; i < events.length; i += 1) {
    if (i % 256 === 0) await tick();
    const event = events[i];
    let item = prepared.get(event);
    if (!item) prepared.set(event, (item = { ...entry(event), event, topics: topicsOf(event) }));
    index.push(item);
  }
  preparedIndex.set(events, index);
  await tick();
  preparedSeries.set(events, groupSeries(events));
  // The first render comes next: in a task of its own.
  await tick();
}
