/*
 * One request and one read per feed on the page (see docs/architecture.md, "Loading data"). Widgets that ask for the
 * same address share the request; widgets that also read it the same way (the same reader key) share the read. Each
 * shared job counts who holds it: the request is aborted, and what it gave is let go, when the last holder lets go.
 * Nothing here knows a widget, a timer or a format.
 */
import { LoadError, toLoadError } from './feed.js';

/** A response body with what a reader may need from the response. */
export interface Body {
  /** The whole text (joined from `pieces` when first asked for). */
  readonly text: string;
  /** The text as it arrived, in order: a reader of a large body can work through it without one huge string. */
  readonly pieces?: readonly string[];
  /** The address that answered (after redirects). */
  url: string;
  contentType: string;
}

/** How a widget reads a body: `key` names the reader and every setting that changes what it returns. */
export interface SourceReader<T> {
  key: string;
  read: (body: Body, signal: AbortSignal) => T | Promise<T>;
}

type Outcome<T> = { data: T; error?: undefined } | { data?: undefined; error: LoadError };

/** A request or a read that several widgets may hold. */
export class SharedJob<T> {
  refs = 0;
  outcome: Outcome<T> | undefined;
  /** A read whose body has arrived: only reading is left, which no timeout cuts short. */
  received = false;
  readonly promise: Promise<Outcome<T>>;
  readonly #abortController = new AbortController();
  readonly #table: Map<string, SharedJob<unknown>>;
  readonly #key: string;
  readonly #onRelease: (() => void) | undefined;

  constructor(
    table: Map<string, SharedJob<unknown>>,
    key: string,
    run: (signal: AbortSignal) => Promise<T>,
    onRelease?: () => void,
  ) {
    this.#table = table;
    this.#key = key;
    this.#onRelease = onRelease;
    table.set(key, this);
    this.promise = run(this.#abortController.signal).then(
      (data) => (this.outcome = { data }),
      (caught: unknown) => (this.outcome = { error: toLoadError(caught) }),
    );
  }

  /** Whether a widget asking now may take this job: still running, or done with data. */
  get fresh(): boolean {
    return !this.outcome?.error;
  }

  hold(): this {
    this.refs += 1;
    return this;
  }

  /** Lets go; the last holder aborts what is still running and forgets the job. */
  release(): void {
    if (this.refs === 0) return;
    this.refs -= 1;
    if (this.refs > 0) return;
    if (!this.outcome) this.#abortController.abort();
    if (this.#table.get(this.#key) === this) this.#table.delete(this.#key);
    this.#onRelease?.();
  }
}

const requests = new Map<string, SharedJob<unknown>>();
const reads = new Map<string, SharedJob<unknown>>();

/** How many requests and reads the page holds now (for tests of release). */
export function sharedCounts(): { requests: number; reads: number } {
  return { requests: requests.size, reads: reads.size };
}

/** Fetches with the rules every widget keeps: no cookies or credentials, no referrer. */
async function request(url: string, signal: AbortSignal): Promise<Body> {
  const response = await fetch(url, {
    signal,
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    headers: { accept: 'application/json, text/calendar;q=0.9, */*;q=0.5' },
  });
  if (!response.ok) throw new LoadError('http', `${response.status} ${response.statusText}`, response.status);
  const pieces = await bodyPieces(response);
  let text: string | undefined;
  return {
    get text() {
      return (text ??= pieces.join(''));
    },
    pieces,
    url: response.url || url,
    contentType: response.headers.get('content-type') ?? '',
  };
}

/**
 * The body's text as `response.text()` gives it (UTF-8, a byte-order mark dropped), decoded piece by piece as it
 * arrives: `text()` made a feed of 55 MB into one string in main-thread tasks of several hundred milliseconds.
 */
async function bodyPieces(response: Response): Promise<string[]> {
  const reader = response.body?.getReader();
  if (!reader) return [await response.text()];
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
    pieces.push(decoder.decode(chunk.value, { stream: true }));
  pieces.push(decoder.decode());
  return pieces;
}

function absolute(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

/**
 * The shared read of `url` by `reader`, held once for the caller (who must `release()` it). A job still running or
 * done with data is joined; `fresh` (the "Prøv igen" button) and a failed job start anew. The request is held only
 * until the read has its body, so a body of several megabytes is not kept beside what was read from it.
 */
export function acquireRead<T>(url: string, reader: SourceReader<T>, fresh = false): SharedJob<T> {
  const address = absolute(url);
  const key = `${address}\n${reader.key}`;
  const existing = reads.get(key) as SharedJob<T> | undefined;
  if (existing && existing.fresh && !fresh) return existing.hold();
  let held: SharedJob<Body> | undefined;
  const letGo = () => {
    held?.release();
    held = undefined;
  };
  const job = new SharedJob<T>(
    reads,
    key,
    async (signal) => {
      const joined = requests.get(address) as SharedJob<Body> | undefined;
      held = (
        joined && joined.fresh && !fresh ? joined : new SharedJob<Body>(requests, address, (s) => request(url, s))
      ).hold();
      const outcome = await held.promise;
      letGo();
      if (outcome.error) throw outcome.error;
      job.received = true;
      signal.throwIfAborted();
      return reader.read(outcome.data, signal);
    },
    letGo,
  );
  return job.hold();
}
