/*
 * Where a widget's data comes from: a property or inline JSON (a "value"), or one or several URLs. One controller
 * for all three widgets keeps the rules (docs/architecture.md, "Loading data"): no credentials, one timeout clamp,
 * the request aborted when no widget on the page waits for it any more, the last good data kept when a reload fails,
 * `retry()` for "Prøv igen", and one call of `onSettled` per round so the widget can fire `mb-load` / `mb-error`.
 * Requests and reads are shared by every widget on the page (shared-feeds.ts).
 *
 * Lit's `@lit/task` (1.0.3, about 1 kB gzipped) was tried for the async part and is not used: a Task runs when its
 * arguments change in the host's update, clears its value on an error (we keep the last good data), does not abort
 * when the host leaves the page, and holds one value per task, where one source here is several shared jobs merged.
 * Wrapping it took more code than the small state machine below.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clampTimeout, LoadError, toLoadError } from './feed.js';
import { acquireRead, type SharedJob, type SourceReader } from './shared-feeds.js';

export type { Body, SourceReader } from './shared-feeds.js';

/** What a widget shows: nothing asked for yet, waiting, the content, or why it failed. */
export type SourceStatus = 'idle' | 'loading' | 'ready' | 'error';

/** One URL of a source that could not be loaded or read this time. */
export interface SourceFailure {
  url: string;
  error: LoadError;
}

/** One URL's part of a source with several, as given to `merge`: its data (the last good), or why it failed. */
export interface SourcePart<T> {
  url: string;
  data?: T;
  error?: LoadError;
}

/** What `onSettled` hears once per round. */
export interface SourceSettled<T> {
  /** The data shown now (after a failed reload, the last good data). */
  data?: T;
  /** Why this round gave nothing, when it gave nothing. */
  error?: LoadError;
  /** The URLs that failed this round. */
  failures: SourceFailure[];
  /** How many URLs answered with data this round (0 for a value). */
  answered: number;
  /** The URLs of this round ([] for a value). */
  urls: string[];
}

export interface SourceOptions<T> {
  /** How a body is read; called on every load, so a reader may depend on the host's properties (its `key` too). */
  reader: () => SourceReader<T>;
  /** How a value given without a URL (a property, inline JSON) is read. Default: taken as it is. */
  local?: (value: unknown, signal: AbortSignal) => T | Promise<T>;
  /** Combines several URLs' data into one (a calendar with several feeds). Default: the first with data. */
  merge?: (parts: readonly SourcePart<T>[]) => T | Promise<T>;
  /** The host's `timeout` property, clamped (`clampTimeout`) on every load. */
  timeout?: () => unknown;
  onSettled?: (result: SourceSettled<T>) => void;
}

/** Several URLs, one URL, or a value (a function, so reading inline JSON can fail inside the round). */
export type SourceInput = { urls: readonly string[] } | { value: () => unknown } | undefined;

type Outcome<T> = { data: T; error?: undefined } | { data?: undefined; error: LoadError };

interface Part<T> {
  url: string;
  job?: SharedJob<T>;
  timer?: ReturnType<typeof setTimeout>;
  outcome?: Outcome<T>;
  last?: T;
}

export class SourceController<T> implements ReactiveController {
  status: SourceStatus = 'idle';
  data: T | undefined;
  error: LoadError | undefined;
  /** The URLs that failed in the latest round. */
  failures: SourceFailure[] = [];
  urls: readonly string[] = [];

  readonly #host: ReactiveControllerHost;
  readonly #options: SourceOptions<T>;
  #parts: Part<T>[] = [];
  #value: (() => unknown) | undefined;
  #reading: AbortController | undefined;
  /** Settles when the value being read now has been read (for a host's `getUpdateComplete`). */
  valueRead: Promise<void> = Promise.resolve();
  #round = 0;
  #signature = '';
  #interrupted = false;
  #connected = false;

  constructor(host: ReactiveControllerHost, options: SourceOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    // Moved in the DOM while loading (or asked to load while off the page): start now.
    if (!this.#interrupted) return;
    this.#interrupted = false;
    if (this.#value) this.#readValue(this.#round);
    else for (const part of this.#parts) if (!part.outcome) this.#subscribe(part, this.#round, false);
  }

  hostDisconnected(): void {
    // Off the page the widget holds nothing shared; it keeps its own data for when it comes back.
    this.#connected = false;
    this.#interrupted = this.status === 'loading';
    this.#letGo();
  }

  /**
   * Loads `input`; the same URLs read the same way again while loaded or loading does nothing. The first URLs a
   * widget loads are shared with the page; URLs (or a reader) that change later are fetched anew.
   */
  load(input: SourceInput): void {
    if (input && 'urls' in input) return this.#loadUrls(input.urls.map((url) => url.trim()).filter(Boolean));
    this.#letGo();
    const round = ++this.#round;
    this.#signature = '';
    this.#parts = [];
    this.urls = [];
    this.failures = [];
    this.#value = input?.value;
    if (!this.#value) {
      this.#set('idle', undefined, undefined);
      return;
    }
    this.#start(() => this.#readValue(round));
  }

  /** "Prøv igen": fetches the URLs that failed anew (all of them when none failed), or reads the value again. */
  retry(): void {
    const round = ++this.#round;
    if (this.#value) return this.#readValue(round);
    const again = this.#parts.some((part) => part.outcome?.error)
      ? this.#parts.filter((part) => part.outcome?.error)
      : this.#parts;
    if (!again.length) return;
    this.#set('loading', this.data, undefined);
    for (const part of again) this.#subscribe(part, round, true);
  }

  #loadUrls(urls: string[]): void {
    const signature = `${urls.join(' ')}\n${this.#options.reader().key}`;
    if (signature === this.#signature && this.status !== 'idle') return;
    if (!urls.length) return this.load(undefined);
    const several = urls.length > 1 || this.urls.length > 1 || this.#value !== undefined;
    // A widget's first load joins what the page shares; a changed `src` (or reader) asks anew.
    const fresh = this.#signature !== '';
    const before = this.#parts;
    const round = ++this.#round;
    this.#signature = signature;
    this.#value = undefined;
    this.urls = urls;
    this.failures = [];
    this.#parts = urls.map((url) => ({ url }));
    this.#set('loading', several ? undefined : this.data, undefined);
    // Join first, let go after: a feed another widget holds is not dropped and fetched again in between.
    this.#start(() => {
      for (const part of this.#parts) this.#subscribe(part, round, fresh);
    });
    for (const part of before) this.#release(part);
  }

  /** Nothing is asked for a widget off the page: it starts when it is connected. */
  #start(run: () => void): void {
    this.#interrupted = !this.#connected;
    if (this.#connected) run();
    else this.#set('loading', this.data, undefined);
  }

  #subscribe(part: Part<T>, round: number, fresh: boolean): void {
    this.#release(part);
    part.outcome = undefined;
    const job = acquireRead(part.url, this.#options.reader(), fresh);
    part.job = job;
    if (job.outcome) return void this.#finish(part, round, job.outcome);
    // The timeout is for a silent server: once the body is here, reading a large feed takes what it takes.
    part.timer = setTimeout(() => {
      if (!job.received) this.#finish(part, round, { error: new LoadError('timeout') });
    }, clampTimeout(this.#options.timeout?.()));
    void job.promise.then((outcome) => {
      if (part.job === job && round === this.#round) this.#finish(part, round, outcome);
    });
  }

  #release(part: Part<T>): void {
    clearTimeout(part.timer);
    part.timer = undefined;
    part.job?.release();
    part.job = undefined;
  }

  #letGo(): void {
    for (const part of this.#parts) this.#release(part);
    this.#reading?.abort();
    this.#reading = undefined;
  }

  #finish(part: Part<T>, round: number, outcome: Outcome<T>): void {
    if (round !== this.#round || part.outcome) return;
    clearTimeout(part.timer);
    part.timer = undefined;
    part.outcome = outcome;
    if (outcome.error)
      this.#release(part); // a failed job is not worth holding: "Prøv igen" starts anew
    else part.last = outcome.data;
    if (this.#parts.every((each) => each.outcome)) void this.#settleUrls(round);
  }

  async #settleUrls(round: number): Promise<void> {
    const parts = this.#parts;
    const failures = parts.flatMap((part) =>
      part.outcome?.error ? [{ url: part.url, error: part.outcome.error }] : [],
    );
    const withData = parts.filter((part) => part.last !== undefined);
    let data: T | undefined;
    let error: LoadError | undefined;
    try {
      // One URL: what it gave (`null` is data too), or after a failure the last good data.
      if (parts.length === 1) data = parts[0].outcome?.error ? this.data : parts[0].last;
      else if (withData.length)
        data = this.#options.merge
          ? await this.#options.merge(
              parts.map(({ url, last, outcome }) => ({ url, data: last, error: outcome?.error })),
            )
          : withData[0].last;
    } catch (caught) {
      error = toLoadError(caught, 'invalid');
    }
    if (round !== this.#round) return;
    error ??= parts.length === 1 ? parts[0].outcome?.error : data === undefined ? failures[0]?.error : undefined;
    this.failures = failures;
    this.#set(error ? 'error' : 'ready', data, error);
    const answered = parts.filter((part) => part.outcome?.data !== undefined).length;
    this.#report({ data, error, failures, answered, urls: [...this.urls] });
  }

  #readValue(round: number): void {
    this.#reading?.abort();
    const reading = new AbortController();
    this.#reading = reading;
    this.#set('loading', this.data, undefined);
    this.valueRead = this.#readLocal(reading.signal).then((outcome) => {
      if (round !== this.#round || reading.signal.aborted) return;
      this.#reading = undefined;
      if (!outcome) return this.#set('idle', undefined, undefined);
      this.#set(outcome.error ? 'error' : 'ready', outcome.error ? this.data : outcome.data, outcome.error);
      this.#report({ data: outcome.data, error: outcome.error, failures: [], answered: 0, urls: [] });
    });
  }

  /** The value read, or why it could not be; `undefined` when there is no value (no inline JSON). */
  async #readLocal(signal: AbortSignal): Promise<Outcome<T> | undefined> {
    try {
      const value = await this.#value?.();
      if (value === undefined) return undefined;
      return { data: await (this.#options.local ? this.#options.local(value, signal) : (value as T)) };
    } catch (caught) {
      return { error: toLoadError(caught, 'invalid') };
    }
  }

  #set(status: SourceStatus, data: T | undefined, error: LoadError | undefined): void {
    this.status = status;
    this.data = data;
    this.error = error;
    this.#host.requestUpdate();
  }

  /** After the update that shows the result, so a listener finds it on screen. */
  #report(result: SourceSettled<T>): void {
    const round = this.#round;
    void this.#host.updateComplete.then(() => {
      if (round === this.#round) this.#options.onSettled?.(result);
    });
  }
}
