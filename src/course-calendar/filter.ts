/*
 * Filtering a feed the way a citizen asks: "MitID, at my branch, next week, with 'app' in it". The index is built
 * once per load, so each keystroke in the search box only compares prepared strings (10,000 courses stay smooth).
 */
import type { CourseEvent } from './model.js';
import { copenhagenDay } from '../core/time.js';
import { DEFAULT_TOPICS, normalise, type Topic } from './topics.js';

/** Every branch of a session: `place.branches` when the feed named several, else `place.branch`. */
export function eventBranches(event: Pick<CourseEvent, 'place'>): string[] {
  const place = event.place;
  if (place?.branches?.length) return place.branches;
  return place?.branch ? [place.branch] : [];
}

export interface IndexedEvent {
  event: CourseEvent;
  /** The topic ids (shared by every session with the same title, categories and tags: do not change). */
  topics: readonly string[];
  /**
   * Searchable texts, normalised: title, teaser, place, categories, tags, presenters. Each is shared by every
   * session with the same value (a feed repeats its teasers and branches thousands of times), so the index of
   * 10,000 sessions holds each text once rather than 10,000 joined copies.
   */
  text: readonly string[];
  startMs: number;
  endMs: number;
  /** Copenhagen day keys of the first and last day. */
  firstDay: string;
  lastDay: string;
}

export interface Criteria {
  /** Any of these topics (ids). */
  topics?: readonly string[];
  /** Any of these branches. */
  branches?: readonly string[];
  /** Any of these feed categories or tags (an editor's preset), compared case-insensitively. */
  categories?: readonly string[];
  /** First and last day, YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  /** Free text: every word must occur. */
  query?: string;
  /** Sessions that ended before this are hidden. */
  now: Date;
}

/** A memo of `compute` by key, so equal inputs give one shared value. */
function memo<T>(compute: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined) seen.set(key, (value = compute(key)));
    return value;
  };
}

/** What the index knows of a session whatever the vocabulary: everything but its topics. */
type Entry = Omit<IndexedEvent, 'event' | 'topics'>;

/** A topic matcher; one made by `compileVocabulary` says which vocabulary it matches. */
export type TopicsOf = ((event: CourseEvent) => readonly string[]) & { vocabulary?: readonly Topic[] };

/**
 * Index entries made ahead, while a long feed was read (large-feed.ts), with the built-in vocabulary's topics: the
 * calendar's first render then takes them as they are.
 */
export const prepared = new WeakMap<CourseEvent, IndexedEvent>();
/** The whole index of a long feed's sessions with the built-in vocabulary, by the read's list of sessions. */
export const preparedIndex = new WeakMap<readonly CourseEvent[], IndexedEvent[]>();
/** The series of a long feed's sessions (series.ts), grouped ahead in the same way, by the read's list of sessions. */
export const preparedSeries = new WeakMap<readonly CourseEvent[], Map<string, CourseEvent[]>>();

/** The entry maker of one pass: equal texts and days come out as one shared string. */
export function entries(): (event: CourseEvent) => Entry {
  const normalised = memo(normalise);
  const day = memo((key) => key);
  return (event) => {
    const startMs = Date.parse(event.start);
    const endMs = event.end ? Date.parse(event.end) : startMs;
    const place = event.place;
    const fields = [
      event.title,
      event.teaser,
      ...eventBranches(event),
      place?.name,
      place?.room,
      place?.city,
      ...event.categories,
      ...event.tags,
      ...event.presenters,
    ];
    return {
      text: fields.flatMap((field) => (field ? normalised(field) || [] : [])),
      startMs,
      endMs,
      firstDay: day(copenhagenDay(startMs)),
      // An all-day end is exclusive (next midnight), so the last day is the one before it.
      lastDay: day(copenhagenDay(Math.max(startMs, event.allDay ? endMs - 1 : endMs))),
    };
  };
}

export function indexEvents(events: readonly CourseEvent[], topicsOf: TopicsOf): IndexedEvent[] {
  const whole = topicsOf.vocabulary === DEFAULT_TOPICS ? preparedIndex.get(events) : undefined;
  if (whole) return whole;
  let entry: ((event: CourseEvent) => Entry) | undefined;
  return events.map((event) => {
    const made = prepared.get(event);
    if (made && topicsOf.vocabulary === DEFAULT_TOPICS) return made;
    return { ...(made ?? (entry ??= entries())(event)), event, topics: topicsOf(event) };
  });
}

/**
 * The calendar's rule for "past": a session is over once it has ended. A session under way (started, not ended)
 * still counts as on, and so does a point in time (no end) still ahead. The list, the filters and the guide card's
 * "next course" (next.ts) all decide by this one rule.
 */
export function isOver(item: Pick<IndexedEvent, 'startMs' | 'endMs'>, now: number): boolean {
  return item.endMs <= now && !(item.endMs === item.startMs && item.startMs > now);
}

const lower = (values: readonly string[] | undefined) =>
  values?.length ? new Set(values.map((v) => normalise(v))) : undefined;

export function filterEvents(index: readonly IndexedEvent[], criteria: Criteria): IndexedEvent[] {
  const now = criteria.now.getTime();
  const topics = criteria.topics?.length ? new Set(criteria.topics) : undefined;
  const branches = lower(criteria.branches);
  const categories = lower(criteria.categories);
  const words = criteria.query ? normalise(criteria.query).split(' ').filter(Boolean) : [];
  return index.filter((item) => {
    if (isOver(item, now)) return false;
    if (criteria.from && item.lastDay < criteria.from) return false;
    if (criteria.to && item.firstDay > criteria.to) return false;
    if (topics && !item.topics.some((topic) => topics.has(topic))) return false;
    if (branches && !eventBranches(item.event).some((branch) => branches.has(normalise(branch)))) return false;
    if (categories && ![...item.event.categories, ...item.event.tags].some((c) => categories.has(normalise(c))))
      return false;
    return words.every((word) => item.text.some((text) => text.includes(word)));
  });
}

/** Values for the branch filter: every branch in the data, in Danish alphabetical order. */
export function branchesOf(index: readonly IndexedEvent[]): string[] {
  const found = new Set<string>();
  for (const item of index) for (const branch of eventBranches(item.event)) found.add(branch);
  return [...found].sort((a, b) => a.localeCompare(b, 'da'));
}
