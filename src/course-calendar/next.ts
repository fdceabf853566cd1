/*
 * "Næste kursus": the one session a guide card points to. It goes through the calendar's own index and filter
 * (filter.ts: the topic matching of topics.ts and the calendar's rule for what is over), so a course the calendar
 * lists under MitID is the course the MitID guide shows, and a course the calendar hides never turns up here.
 */
import type { CourseEvent, CourseStatus } from './model.js';
import { filterEvents, indexEvents } from './filter.js';
import { compileVocabulary, DEFAULT_TOPICS, type Topic } from './topics.js';

/**
 * Sessions a citizen cannot go to on the date shown: a cancelled one, and a postponed one (its date is the old one).
 */
const SKIPPED: ReadonlySet<CourseStatus> = new Set<CourseStatus>(['cancelled', 'postponed']);

/**
 * The next session on `topicId` that has not started yet at `now`, soonest first; of two starting at the same time,
 * the one first in the feed. A session already under way is left out: the card invites the citizen to come, and
 * one cannot join a course half-way. Cancelled and postponed sessions are skipped. `undefined` when there is none.
 */
export function nextCourse(
  events: readonly CourseEvent[],
  topicId: string,
  now: Date,
  vocabulary: readonly Topic[] = DEFAULT_TOPICS,
): CourseEvent | undefined {
  const topic = topicId.trim();
  const at = now.getTime();
  if (!topic || !Number.isFinite(at)) return undefined;
  const found = filterEvents(indexEvents(events, compileVocabulary(vocabulary)), { now, topics: [topic] });
  let next: (typeof found)[number] | undefined;
  for (const item of found) {
    if (item.startMs <= at || !Number.isFinite(item.startMs) || SKIPPED.has(item.event.status)) continue;
    // Strictly sooner only: a tie keeps the one that came first.
    if (!next || item.startMs < next.startMs) next = item;
  }
  return next?.event;
}
