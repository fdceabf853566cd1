/*
 * Several feeds on one calendar (`src="data/dpl-events.json data/filial-nord.ics"`), loaded with the element's code
 * only when a `src` lists several. Each URL gets its own core
 * `FeedController`, so each keeps the rules every widget's feed keeps: no credentials and no referrer, its own
 * timeout, its request aborted when the element leaves the page, and only its latest request counting. This
 * controller is the host of those feed controllers (it passes on connect and disconnect), replaces them all when the
 * list of URLs changes (the last `src` wins: the old requests are aborted, so a stale answer can never render), and
 * merges what arrived with `mergeResults` once every source has answered.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedController, type FeedOptions, type FeedStatus, type LoadError } from '../core/feed.js';
import { mergeResults, type MergedResult } from './merge.js';
import type { ReadResult } from './model.js';
import type { SourceFormat } from './read.js';

export type SourceData = ReadResult & { format?: SourceFormat };

/** What several sources gave together: the merged sessions and the format of each source that answered. */
export type SeveralData = MergedResult & { formats: SourceFormat[] };

/** A source that could not be loaded or read this time. */
export interface SourceFailure {
  url: string;
  /** The source as a citizen may recognise it: another site's host name, or the file name of one of ours. */
  name: string;
  error: LoadError;
}

function sourceName(url: string): string {
  try {
    const parsed = new URL(url, location.href);
    if (parsed.origin !== location.origin) return parsed.hostname;
    return decodeURIComponent(parsed.pathname.split('/').filter(Boolean).at(-1) ?? parsed.hostname);
  } catch {
    return url;
  }
}

export interface SettledSources {
  /** The merged sessions, when at least one source has ever answered (a failed reload keeps its last good data). */
  data?: SeveralData;
  /** The sources that failed in this round, in the order given. */
  failures: SourceFailure[];
  /** How many sources answered with data in this round. */
  answered: number;
}

export interface SeveralOptions {
  parse: FeedOptions<SourceData>['parse'];
  timeout: () => number;
  /** Called when every source of a round has answered or failed. */
  onSettled: (result: SettledSources) => void;
}

/**
 * A record without an id gets one from its position (`#3`) from every reader, so two feeds would both have a
 * `medborger:#3` and the merge would take two different courses for one. Such made-up ids are made distinct per
 * source (the first source keeps its keys); real ids stay, so the same DPL event in two feeds is still one.
 */
function apart(result: SourceData, position: number): SourceData {
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

export class SeveralSourcesController implements ReactiveController, ReactiveControllerHost {
  status: FeedStatus = 'idle';
  data: SeveralData | undefined;
  /** Set when no source has data to show: the first failure, for the widget's ordinary error state. */
  error: LoadError | undefined;
  /** The sources that failed in the latest round. */
  failures: SourceFailure[] = [];
  urls: readonly string[] = [];

  private readonly host: ReactiveControllerHost;
  private readonly options: SeveralOptions;
  private readonly controllers = new Set<ReactiveController>();
  private feeds: FeedController<SourceData>[] = [];
  private connected = false;

  constructor(host: ReactiveControllerHost, options: SeveralOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  // The host of the per-URL feed controllers.
  addController(controller: ReactiveController): void {
    this.controllers.add(controller);
    if (this.connected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController): void {
    this.controllers.delete(controller);
  }

  requestUpdate(): void {
    this.host.requestUpdate();
  }

  get updateComplete(): Promise<boolean> {
    return this.host.updateComplete;
  }

  hostConnected(): void {
    this.connected = true;
    for (const controller of this.controllers) controller.hostConnected?.();
  }

  hostDisconnected(): void {
    this.connected = false;
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }

  /** Loads these URLs (none: idle). The same list again while loaded or loading does nothing. */
  load(urls: readonly string[]): void {
    if (urls.join(' ') === this.urls.join(' ') && (this.status !== 'idle' || !urls.length)) return;
    for (const feed of this.feeds) {
      feed.load(undefined); // aborts its request in flight: no answer and no event from it any more
      this.removeController(feed);
    }
    this.urls = [...urls];
    this.data = undefined;
    this.error = undefined;
    this.failures = [];
    this.feeds = this.urls.map(() => {
      const feed: FeedController<SourceData> = new FeedController<SourceData>(this, {
        parse: this.options.parse,
        timeout: this.options.timeout,
        onSettled: () => this.settle(feed),
      });
      return feed;
    });
    this.status = this.feeds.length ? 'loading' : 'idle';
    this.feeds.forEach((feed, i) => feed.load(this.urls[i]));
    this.host.requestUpdate();
  }

  /** Tries the sources that failed again ("Prøv igen"); with `all`, every source (the format changed). */
  retry(all = false): void {
    const again = this.feeds.filter((feed) => all || feed.status === 'error');
    if (!again.length) return;
    this.status = 'loading';
    for (const feed of again) feed.retry();
  }

  private settle(feed: FeedController<SourceData>): void {
    if (!this.feeds.includes(feed) || this.feeds.some((other) => other.status === 'loading')) return;
    const outcomes = this.feeds.map((source, i) =>
      source.data
        ? { source: this.urls[i], result: i ? apart(source.data, i) : source.data }
        : { source: this.urls[i], error: { kind: source.error?.kind ?? 'network', message: '' } },
    );
    const answered = this.feeds.filter((source) => source.status === 'ready').length;
    const withData = this.feeds.filter((source) => source.data);
    this.failures = this.feeds.flatMap((source, i) =>
      source.status === 'error' && source.error
        ? [{ url: this.urls[i], name: sourceName(this.urls[i]), error: source.error }]
        : [],
    );
    this.data = withData.length
      ? {
          ...mergeResults(outcomes),
          formats: withData.flatMap((source) => (source.data?.format ? [source.data.format] : [])),
        }
      : undefined;
    this.error = this.data ? undefined : this.failures[0]?.error;
    this.status = this.data ? 'ready' : 'error';
    this.host.requestUpdate();
    this.options.onSettled({ data: this.data, failures: this.failures, answered });
  }
}
