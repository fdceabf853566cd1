/*
 * Several feeds on one calendar (`src="data/dpl-events.json data/filial-nord.ics"`): what the core source
 * controller's URLs gave, merged with `mergeResults`. Loaded with the element's code only when a `src` lists
 * several. Each URL is loaded and shared on the page on its own (core/shared-feeds.ts), so a teaser on the DPL feed
 * alone and a calendar merging it with a branch's `.ics` still download the DPL feed once.
 */
import type { SourcePart } from '../core/source.js';
import type { CourseData, SourceFormat } from './course-reader.js';
import { mergeResults } from './merge.js';

/**
 * A record without an id gets one from its position (`#3`) from every reader, so two feeds would both have a
 * `medborger:#3` and the merge would take two different courses for one. Such made-up ids are made distinct per
 * source (the first source keeps its keys); real ids stay, so the same DPL event in two feeds is still one.
 */
function apart(result: CourseData, position: number): CourseData {
  const madeUp = (id: string | undefined) => id?.startsWith('#');
  if (!result.events.some((event) => madeUp(event.source.id) || madeUp(event.seriesKey))) return result;
  return {
    ...result,
    events: result.events.map((event) =>
      madeUp(event.source.id) || madeUp(event.seriesKey)
        ? {
            ...event,
            key: madeUp(event.source.id) ? `${event.key}~${position}` : event.key,
            seriesKey: madeUp(event.seriesKey) ? `${event.seriesKey}~${position}` : event.seriesKey,
          }
        : event,
    ),
  };
}

/** The sessions of every source that has data (a failed reload keeps its last good data), merged. */
export function mergeSources(parts: readonly SourcePart<CourseData>[]): CourseData {
  const outcomes = parts.map((part, i) =>
    part.data
      ? { source: part.url, result: i ? apart(part.data, i) : part.data }
      : { source: part.url, error: { kind: part.error?.kind ?? 'network', message: '' } },
  );
  const formats = parts.flatMap((part): SourceFormat[] => (part.data?.format ? [part.data.format] : []));
  return { ...mergeResults(outcomes), formats };
}

/** A source as a citizen may recognise it: another site's host name, or the file name of one of ours. */
export function sourceName(url: string): string {
  try {
    const parsed = new URL(url, location.href);
    if (parsed.origin !== location.origin) return parsed.hostname;
    return decodeURIComponent(parsed.pathname.split('/').filter(Boolean).at(-1) ?? parsed.hostname);
  } catch {
    return url;
  }
}
