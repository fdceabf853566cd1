/*
 * `JSON.parse` of a large feed in slices. One `JSON.parse` of a municipality's whole DPL feed (50,000 sessions,
 * about 55 MB) held the page for 600–900 ms. A feed is one long list of records (a bare array, or an array under a
 * top-level key such as `events` or `courses`), so the list is cut at its records' boundaries and each record is
 * parsed on its own, yielding to the page between slices. The result is the value `JSON.parse` gives: each record
 * and every top-level member is still read by `JSON.parse`, and the scan only finds where they end.
 *
 * Why not a worker: a worker's script must be a file the page's `script-src`/`worker-src` allows (never a blob
 * under a strict policy), and a worker cannot be made from a script on another origin, which is how many libraries
 * host the drop-in. Slices work on every page, and the records read here are the ones the reader maps next.
 *
 * Anything the scan does not expect (invalid JSON, above all) is handed to one whole `JSON.parse`, so bad JSON is
 * reported exactly as before.
 */
import { parseJson } from '../../core/feed.js';
import { breathe, SLICE_MS, slicing } from '../../core/slices.js';

/** A single value longer than this is no record: the rest of the body is joined to it at once, not piece by piece. */
const ONE_VALUE = 4 * 1024 * 1024;

/** The scan met something it does not expect: the whole body goes to `JSON.parse`. */
class Unexpected extends Error {}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;

const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 13 || code === 9;

/**
 * A position in a body that arrived in pieces. Only the value being read (from `start`) is kept with the piece
 * being scanned, so no string of the whole body is ever made.
 */
class Cursor {
  pos = 0;
  /** Where the value being read began: kept when the next piece is loaded. */
  start = 0;
  text = '';
  private next = 0;

  constructor(private readonly pieces: readonly string[]) {}

  /** The code unit at `pos` (loading the next piece when needed), or -1 past the end of the body. */
  code(): number {
    while (this.pos >= this.text.length) if (!this.load()) return -1;
    return this.text.charCodeAt(this.pos);
  }

  /** Appends the next piece to what is kept from `start` on; false at the end of the body. */
  load(): boolean {
    if (this.next >= this.pieces.length) return false;
    const kept = this.text.slice(this.start);
    const all = kept.length > ONE_VALUE;
    this.text = kept + (all ? this.pieces.slice(this.next).join('') : this.pieces[this.next]);
    this.next = all ? this.pieces.length : this.next + 1;
    this.pos -= this.start;
    this.start = 0;
    return true;
  }

  /** Skips JSON whitespace (what lies before is let go); returns the code unit after it. */
  skipSpace(): number {
    this.start = this.pos;
    let code = this.code();
    while (isSpace(code)) {
      this.pos += 1;
      code = this.code();
    }
    this.start = this.pos;
    return code;
  }

  /** `JSON.parse` of the text from `start` to `pos`. */
  parse(): unknown {
    try {
      return JSON.parse(this.text.slice(this.start, this.pos)) as unknown;
    } catch {
      throw new Unexpected();
    }
  }
}

/**
 * Where the JSON value that starts at `start` ends (exclusive), or -1 when `text` ends first: past the bracket that
 * closes an object or array, past the quote that closes a string, or at the separator after a number, `true`,
 * `false` or `null`. Only where it ends: `JSON.parse` of that stretch decides whether it is valid.
 */
function valueEnd(text: string, start: number): number {
  const n = text.length;
  const first = text.charCodeAt(start);
  if (first !== QUOTE && first !== 123 && first !== 91) {
    for (let i = start; i < n; i += 1) {
      const code = text.charCodeAt(i);
      if (isSpace(code) || code === COMMA || code === 93 || code === 125) return i;
    }
    return -1;
  }
  let depth = 0;
  for (let i = start; i < n; i += 1) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      i = stringEnd(text, i);
      if (i < 0) return -1;
      if (depth === 0) return i + 1;
    } else if (code === 123 || code === 91) depth += 1;
    else if ((code === 125 || code === 93) && --depth === 0) return i + 1;
  }
  return -1;
}

/** The closing quote of the string that opens at `open`, or -1 when `text` ends first (a native search for `"`). */
function stringEnd(text: string, open: number): number {
  for (let quote = text.indexOf('"', open + 1); quote >= 0; quote = text.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote;
  }
  return -1;
}

/** The JSON value that starts at `pos`, parsed; `pos` moves past it. */
function readValue(c: Cursor): unknown {
  c.start = c.pos;
  let end = valueEnd(c.text, c.pos);
  // The value goes on in the next piece: scanned again from its start (a record is short beside a piece).
  while (end < 0 && c.load()) end = valueEnd(c.text, c.start);
  c.pos = end < 0 ? c.text.length : end;
  return c.parse();
}

/** A slice clock: `await tick()` yields once `SLICE_MS` has passed since the last yield. */
function slices(signal: AbortSignal | undefined): () => Promise<void> {
  let since = slicing.now();
  return async () => {
    if (slicing.now() - since <= SLICE_MS) return;
    await breathe();
    signal?.throwIfAborted();
    since = slicing.now();
  };
}

/** The array that opens at `pos` (its `[`), record by record. */
async function sliceArray(c: Cursor, tick: () => Promise<void>): Promise<unknown[]> {
  const items: unknown[] = [];
  c.pos += 1;
  if (c.skipSpace() === 93) {
    c.pos += 1;
    return items;
  }
  for (;;) {
    items.push(readValue(c));
    const after = c.skipSpace();
    c.pos += 1;
    if (after === 93) return items;
    if (after !== COMMA) throw new Unexpected();
    c.skipSpace();
    if (items.length % 64 === 0) await tick();
  }
}

/** A top-level object, member by member; a member that is an array is read record by record. */
async function sliceObject(c: Cursor, tick: () => Promise<void>): Promise<object> {
  const object = {};
  c.pos += 1;
  if (c.skipSpace() === 125) {
    c.pos += 1;
    return object;
  }
  for (;;) {
    if (c.code() !== QUOTE) throw new Unexpected();
    const key = readValue(c) as string;
    if (c.skipSpace() !== COLON) throw new Unexpected();
    c.pos += 1;
    const value = c.skipSpace() === 91 ? await sliceArray(c, tick) : readValue(c);
    // As JSON.parse makes it: an own, enumerable property, even for "__proto__"; a repeated key keeps the last value.
    Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
    const after = c.skipSpace();
    c.pos += 1;
    if (after === 125) return object;
    if (after !== COMMA) throw new Unexpected();
    c.skipSpace();
  }
}

/**
 * `JSON.parse` of a body (one string, or the pieces it arrived in), in slices when its top level is an array or an
 * object (read.ts calls it for large bodies only). Throws `LoadError('parse')` for bad JSON, as `parseJson` does,
 * and the signal's reason once it is aborted.
 */
export async function parseJsonInSlices(body: string | readonly string[], signal?: AbortSignal): Promise<unknown> {
  const pieces = typeof body === 'string' ? [body] : body;
  const c = new Cursor(pieces);
  const tick = slices(signal);
  try {
    // A byte-order mark is not JSON whitespace: such a body goes to JSON.parse whole, which says what it says.
    const open = c.skipSpace();
    if (open !== 91 && open !== 123) throw new Unexpected();
    const value = open === 91 ? await sliceArray(c, tick) : await sliceObject(c, tick);
    if (c.skipSpace() !== -1) throw new Unexpected();
    return value;
  } catch (caught) {
    if (!(caught instanceof Unexpected)) throw caught;
  }
  return parseJson(pieces.join(''));
}
