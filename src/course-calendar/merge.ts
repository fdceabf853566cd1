/*
 * One calendar, several feeds: the municipality's DPL feed and a branch's Outlook calendar often list the same
 * course. Sessions are merged and de-duplicated: the same `key`; else the same
 * `seriesKey` and start; else the same title (normalised) and start. The first source given wins a duplicate, so
 * the element lists its richest feed first. A source that failed is listed, not fatal: the others still show.
 */
import type { CourseEvent, ReadProblem, ReadResult } from './model.js';

/** What one source gave: its sessions, or why it failed. */
export type SourceOutcome =
  { source: string; result: ReadResult } | { source: string; error: { kind: string; message: string } };

export interface MergedResult extends ReadResult {
  /** Sessions dropped as duplicates of a session from an earlier source (or earlier in the same source). */
  duplicates: number;
  /** Sources that could not be read, in the order given. */
  failed: { source: string; kind: string; message: string }[];
  /** Problems of every source, each with the source it came from. */
  problems: (ReadProblem & { source: string })[];
}

/**
 * Lower case, accents and dashes folded, punctuation and spacing collapsed: "MitID – kom godt i gang!" and
 * "mitid - kom godt i gang" are one course.
 */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('da')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const instant = (iso: string) => {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : String(time);
};

/** Merges in the order given; the result is sorted by start, then by key, so it is stable. */
export function mergeResults(outcomes: readonly SourceOutcome[]): MergedResult {
  const events: CourseEvent[] = [];
  const problems: MergedResult['problems'] = [];
  const failed: MergedResult['failed'] = [];
  const seen = new Set<string>();
  let skipped = 0;
  let duplicates = 0;

  for (const outcome of outcomes) {
    if ('error' in outcome) {
      failed.push({ source: outcome.source, kind: outcome.error.kind, message: outcome.error.message });
      continue;
    }
    const { result, source } = outcome;
    skipped += result.skipped;
    for (const problem of result.problems ?? []) problems.push({ ...problem, source });
    for (const event of result.events) {
      const start = instant(event.start);
      const ids = [
        `key ${event.key}`,
        ...(event.seriesKey ? [`series ${event.seriesKey} ${start}`] : []),
        `title ${normaliseTitle(event.title)} ${start}`,
      ];
      if (ids.some((id) => seen.has(id))) {
        duplicates += 1;
        continue;
      }
      for (const id of ids) seen.add(id);
      events.push(event);
    }
  }
  events.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.key.localeCompare(b.key));
  return { events, skipped, problems, duplicates, failed };
}

/**
 * Runs every source's loader at once and merges what arrives. A loader that throws becomes a failed source with the
 * error's `kind` (a `LoadError`'s, else 'parse') and message.
 */
export async function loadAndMerge(
  sources: readonly { source: string; load: () => Promise<ReadResult> }[],
): Promise<MergedResult> {
  const outcomes = await Promise.all(
    sources.map(async ({ source, load }): Promise<SourceOutcome> => {
      try {
        return { source, result: await load() };
      } catch (error) {
        const kind =
          error && typeof error === 'object' && 'kind' in error && typeof error.kind === 'string'
            ? error.kind
            : 'parse';
        return { source, error: { kind, message: error instanceof Error ? error.message : String(error) } };
      }
    }),
  );
  return mergeResults(outcomes);
}
