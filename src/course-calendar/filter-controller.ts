import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { branchesOf, filterEvents, indexEvents, preparedSeries, type IndexedEvent } from './filter.js';
import type { CourseEvent, ReadResult } from './model.js';
import { groupSeries } from './series.js';
import type { FilterChangeDetail } from './events.js';
import { compileVocabulary, type Topic } from './topics.js';

export interface FilterSource {
  /** The courses read, or `undefined` before any. */
  data(): ReadResult | undefined;
  vocabulary(): readonly Topic[];
  now(): Date;
  /** The editor's fixed categories (`category`), comma-separated. */
  category(): string | undefined;
  /** How many courses at most (the editor's `limit`, else the view's default). */
  limit(): number | undefined;
  /** Called after the update a citizen's change caused, with the count that update shows. */
  changed(detail: FilterChangeDetail): void;
}

/** A `YYYY-MM-DD` day from an attribute or a field, trimmed; anything else is `''` (no limit). */
export const validDay = (value: string | undefined): string =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : '';

/**
 * The calendar's filters: what the citizen (or the editor's presets) chose, the index built once per load, and the
 * courses that pass. Filtering runs once per update, before render, and `mb-filter-change` reports that same count.
 */
export class FilterController implements ReactiveController {
  topics = new Set<string>();
  branch = '';
  from = '';
  to = '';
  query = '';
  /** The courses that pass the filters, after this update (limited). */
  results: IndexedEvent[] = [];
  /** Every series in the data, by series key. */
  series = new Map<string, CourseEvent[]>();
  private index: IndexedEvent[] = [];
  private indexed?: ReadResult;
  private indexedVocabulary?: readonly Topic[];
  private pending = false;
  private chosen?: { index: IndexedEvent[]; now: number; choices: { topics: Set<string>; branches: string[] } };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: FilterSource,
  ) {
    host.addController(this);
  }

  /** Sets the filters from the editor's presets (`topics`: ids separated by spaces or commas). */
  preset(values: { topics?: string; branch?: string; from?: string; to?: string }): void {
    if (values.topics !== undefined) this.topics = new Set(values.topics.split(/[\s,]+/u).filter(Boolean));
    if (values.branch !== undefined) this.branch = values.branch;
    if (values.from !== undefined) this.from = validDay(values.from);
    if (values.to !== undefined) this.to = validDay(values.to);
  }

  /** A citizen changed a filter: re-render, and report the change once that render has filtered. */
  set(values: Partial<Pick<FilterController, 'branch' | 'from' | 'to' | 'query'>> & { topics?: Set<string> }): void {
    Object.assign(this, values);
    if (values.from !== undefined) this.from = validDay(values.from);
    if (values.to !== undefined) this.to = validDay(values.to);
    this.pending = true;
    this.host.requestUpdate();
  }

  reset(): void {
    this.set({ topics: new Set(), branch: '', from: '', to: '', query: '' });
  }

  get active(): boolean {
    return this.topics.size > 0 || !!this.branch || !!this.from || !!this.to || !!this.query.trim();
  }

  /** Upcoming courses' topics and branches, for the form's choices (worked out once per index and "now"). */
  choices(): { topics: Set<string>; branches: string[] } {
    const now = this.source.now().getTime();
    if (this.chosen?.index !== this.index || this.chosen.now !== now) {
      const upcoming = this.index.filter((item) => item.endMs > now || item.startMs > now);
      const choices = { topics: new Set(upcoming.flatMap((item) => item.topics)), branches: branchesOf(upcoming) };
      this.chosen = { index: this.index, now, choices };
    }
    return this.chosen.choices;
  }

  hostUpdate(): void {
    this.ensureIndex();
    this.results = this.source.data() ? this.filter() : [];
  }

  hostUpdated(): void {
    if (!this.pending) return;
    this.pending = false;
    const { topics, branch, from, to, query } = this;
    this.source.changed({ topics: [...topics], branch, from, to, query, count: this.results.length });
  }

  private ensureIndex(): void {
    const data = this.source.data();
    const vocabulary = this.source.vocabulary();
    if (data === this.indexed && vocabulary === this.indexedVocabulary) return;
    this.indexed = data;
    this.indexedVocabulary = vocabulary;
    this.index = data ? indexEvents(data.events, compileVocabulary(vocabulary)) : [];
    this.series = data
      ? (preparedSeries.get(data.events) ?? groupSeries(data.events))
      : new Map<string, CourseEvent[]>();
  }

  private filter(): IndexedEvent[] {
    const found = filterEvents(this.index, {
      now: this.source.now(),
      topics: [...this.topics],
      branches: this.branch ? [this.branch] : [],
      categories: this.source
        .category()
        ?.split(',')
        .map((c) => c.trim())
        .filter(Boolean),
      from: this.from || undefined,
      to: this.to || undefined,
      query: this.query,
    });
    const limit = this.source.limit();
    return limit !== undefined && Number.isFinite(limit) && limit >= 0 ? found.slice(0, Math.floor(limit)) : found;
  }
}
