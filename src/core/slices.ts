/*
 * Working in slices: readers of large feeds (JSON, iCalendar) yield to the event loop whenever a slice of work has
 * taken `SLICE_MS`, so the page stays responsive. It sits in core because the calendar's JSON readers and its lazily
 * loaded iCalendar reader share it: a module of the calendar's own would become a chunk of its own.
 */

/**
 * How long a reader may work before it lets the page breathe, in milliseconds. Time, not a record count, decides:
 * a slow phone (or a coverage run) handles far fewer records per millisecond than a desktop.
 */
export const SLICE_MS = 30;

/**
 * The clock the slicer reads. A test may swap `now` for a fake clock to make slicing deterministic (speed itself is
 * measured by benchmarks, not by timed tests).
 */
export const slicing = {
  now: (): number => (typeof performance === 'undefined' ? Date.now() : performance.now()),
};

/** Yields to the event loop (a macrotask, so rendering and input get their turn). */
export const breathe = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * A slice clock: `tick()` yields to the event loop once the current slice has taken `SLICE_MS`, and throws if
 * `signal` was aborted meanwhile. Call it often; it costs a clock read.
 */
export function slicer(signal?: AbortSignal): { tick: () => Promise<void> } {
  let sliceStart = slicing.now();
  return {
    async tick() {
      if (slicing.now() - sliceStart <= SLICE_MS) return;
      await breathe();
      signal?.throwIfAborted();
      sliceStart = slicing.now();
    },
  };
}
