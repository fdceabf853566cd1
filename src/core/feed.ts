import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Why content could not be had; each kind has its own message in `common:errors`. */
export type LoadErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'invalid';

export class LoadError extends Error {
  readonly kind: LoadErrorKind;
  readonly status: number | undefined;
  constructor(kind: LoadErrorKind, detail?: string, status?: number) {
    super(detail ?? kind);
    this.name = 'LoadError';
    this.kind = kind;
    this.status = status;
  }
}

/** What a widget shows: nothing asked for yet, waiting, the content, or why it failed. */
export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface FeedOptions<T> {
  /** Turns the response body into the widget's data; throw a `LoadError('parse' | 'invalid')` for bad content. */
  parse: (body: string, info: { url: string; contentType: string }) => T | Promise<T>;
  /** Milliseconds before a silent feed counts as failed (read on every load). Default 15 000. */
  timeout?: () => number;
  /** Called after each load, good or bad, so the widget can emit `mb-load` / `mb-error`. */
  onSettled?: (result: { data?: T; error?: LoadError; url: string }) => void;
}

/**
 * Fetches a widget's `src` with the rules every widget keeps: no cookies or credentials, a timeout, the request in
 * flight aborted when `src` changes or the element leaves the page, the last good data kept when a reload fails,
 * and a `retry()` for the "Prøv igen" button. Only the latest request may change the state.
 */
export class FeedController<T> implements ReactiveController {
  status: FeedStatus = 'idle';
  data: T | undefined;
  error: LoadError | undefined;
  url: string | undefined;

  private readonly host: ReactiveControllerHost;
  private readonly options: FeedOptions<T>;
  private request: AbortController | undefined;
  private interrupted = false;

  constructor(host: ReactiveControllerHost, options: FeedOptions<T>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // Re-attached after a move in the DOM while loading: start again instead of waiting for an aborted request.
    if (this.interrupted && this.url) void this.fetch(this.url);
  }

  hostDisconnected(): void {
    if (this.request) {
      this.interrupted = true;
      this.abort();
    }
  }

  /** Loads `url`, or returns to idle when it is empty. Loading the URL already loaded or loading does nothing. */
  load(url: string | null | undefined): void {
    const next = url?.trim() || undefined;
    if (next && next === this.url && this.status !== 'idle') return;
    this.url = next;
    if (!next) {
      this.abort();
      this.status = 'idle';
      this.error = undefined;
      this.host.requestUpdate();
      return;
    }
    void this.fetch(next);
  }

  /** Tries the current URL again. */
  retry(): void {
    if (this.url) void this.fetch(this.url);
  }

  /** Sets data that did not come from a URL (inline JSON, a property) through the same states. */
  set(data: T | undefined, error?: LoadError): void {
    this.abort();
    this.url = undefined;
    if (error) {
      this.error = error;
      this.status = 'error';
    } else {
      this.data = data;
      this.error = undefined;
      this.status = data === undefined ? 'idle' : 'ready';
    }
    this.host.requestUpdate();
  }

  private abort(): void {
    this.request?.abort(new DOMException('superseded', 'AbortError'));
    this.request = undefined;
  }

  private async fetch(url: string): Promise<void> {
    this.abort();
    this.interrupted = false;
    const request = new AbortController();
    this.request = request;
    this.status = 'loading';
    this.error = undefined;
    this.host.requestUpdate();

    const timeout = this.options.timeout?.() ?? 15_000;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      request.abort(new DOMException('timeout', 'TimeoutError'));
    }, timeout);

    let data: T | undefined;
    let error: LoadError | undefined;
    try {
      const response = await fetch(url, {
        signal: request.signal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        headers: { accept: 'application/json, text/calendar;q=0.9, */*;q=0.5' },
      });
      if (!response.ok) throw new LoadError('http', `${response.status} ${response.statusText}`, response.status);
      const body = await response.text();
      data = await this.options.parse(body, {
        url: response.url || url,
        contentType: response.headers.get('content-type') ?? '',
      });
    } catch (caught) {
      if (request.signal.aborted && !timedOut) return; // superseded or removed: no error for anyone
      error =
        caught instanceof LoadError
          ? caught
          : timedOut
            ? new LoadError('timeout')
            : new LoadError('network', caught instanceof Error ? caught.message : String(caught));
    } finally {
      clearTimeout(timer);
    }
    if (this.request !== request) return;
    this.request = undefined;
    if (error) {
      this.error = error;
      this.status = 'error';
    } else {
      this.data = data;
      this.status = 'ready';
    }
    this.host.requestUpdate();
    this.options.onSettled?.({ data, error, url });
  }
}

/**
 * Reads the JSON an editor put inside the element as `<script type="application/json">`. Returns `undefined`
 * when there is none, and throws `LoadError('parse')` when it is not JSON.
 */
export function readInlineJson(host: Element): unknown {
  const script = [...host.children].find(
    (child): child is HTMLScriptElement => child instanceof HTMLScriptElement && /json/i.test(child.type),
  );
  if (!script) return undefined;
  try {
    return JSON.parse(script.textContent ?? '') as unknown;
  } catch (caught) {
    throw new LoadError('parse', caught instanceof Error ? caught.message : undefined);
  }
}

/** `JSON.parse` that reports bad JSON as a `LoadError('parse')`. */
export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch (caught) {
    throw new LoadError('parse', caught instanceof Error ? caught.message : undefined);
  }
}
