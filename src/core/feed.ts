/*
 * What loading content can fail with, and how JSON is read from a response or from the page. The loading itself is
 * the source controller (source.ts) over the page's shared requests (shared-feeds.ts).
 */

/** Why content could not be had; each kind has its own message in `common:errors`. */
export type LoadErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'invalid';

export class LoadError extends Error {
  readonly kind: LoadErrorKind;
  readonly status: number | undefined;
  /** What is wrong with data that could not be used, for the editor (the `problems` of `mb-error`). */
  readonly problems: string[];
  constructor(kind: LoadErrorKind, detail?: string, status?: number, problems?: string[]) {
    super(detail ?? kind);
    this.name = 'LoadError';
    this.kind = kind;
    this.status = status;
    this.problems = problems ?? ((kind === 'parse' || kind === 'invalid') && detail ? [detail] : []);
  }
}

/** Anything thrown while loading, as a `LoadError` (of `kind` when it was not one already). */
export function toLoadError(caught: unknown, kind: LoadErrorKind = 'network'): LoadError {
  return caught instanceof LoadError
    ? caught
    : new LoadError(kind, caught instanceof Error ? caught.message : String(caught));
}

/** The default wait for a silent feed, in milliseconds. */
export const DEFAULT_TIMEOUT = 15_000;

/** A widget's `timeout` property as a usable wait: a positive finite number, else the default. */
export function clampTimeout(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : DEFAULT_TIMEOUT;
}

/**
 * The first `<script type="application/json">` child an editor put inside the element (not `application/ld+json`,
 * which is search-engine markup, nor a script the element wrote itself with `data-mb-jsonld`).
 */
export function inlineJsonScript(host: Element): HTMLScriptElement | undefined {
  return [...host.children].find(
    (child): child is HTMLScriptElement =>
      child instanceof HTMLScriptElement &&
      /^\s*application\/json\s*(;.*)?$/iu.test(child.type) &&
      !child.hasAttribute('data-mb-jsonld'),
  );
}

/**
 * Reads the JSON an editor put inside the element as `<script type="application/json">`. Returns `undefined`
 * when there is none, and throws `LoadError('parse')` when it is not JSON.
 */
export function readInlineJson(host: Element): unknown {
  const script = inlineJsonScript(host);
  return script ? parseJson(script.textContent ?? '') : undefined;
}

/** `JSON.parse` that reports bad JSON as a `LoadError('parse')`. */
export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch (caught) {
    throw new LoadError('parse', caught instanceof Error ? caught.message : undefined);
  }
}
