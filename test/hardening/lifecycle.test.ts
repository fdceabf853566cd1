/*
 * Lifecycle: each widget mounted and removed 20 times with its data loaded and used, and 10 times while it is still
 * loading (each request seen by the server, then aborted). Counted on the page: listeners on window, document and
 * <html>; targets being observed by MutationObserver, ResizeObserver and IntersectionObserver; pending
 * setTimeout/setInterval/requestAnimationFrame. After the cycles (and a settle) every count is back at the baseline
 * taken after four warm-up cycles (which load the lazy chunks and the locale caches that rightly live as long as the
 * page) — exactly, no tolerance.
 *
 * Heap: in Chromium (launched with --expose-gc and precise memory info, web-test-runner.config.mjs) the heap after
 * 20 cycles, garbage-collected, may exceed the heap after 5 cycles by at most a generous 3 MB. Measured growth is
 * 0.1–0.2 MB on a quiet machine (JIT code and caches, levelling off) and up to 1.5 MB on a busy one; a leak of the
 * widgets themselves with their shadow DOM and data over 15 cycles should pass that, a small leak may not. Firefox and WebKit expose neither `gc()` nor `performance.memory`;
 * there the counts suffice.
 */
import { expect } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/course-calendar/define.js';
import '../../src/guide-card/define.js';
import '../../src/model-explainer/define.js';
import { hangState, poll, recordEvents, uniqueId, waitForClosed, watchPage, type PageWatch } from './helpers.js';

type Counts = Record<'listeners' | 'observed' | 'timeouts' | 'intervals' | 'frames', number>;

/** Wraps the page's APIs to count what is still registered; returns a reader and a restore function. */
function instrument(): { counts: () => Counts; restore: () => void } {
  const watched = () => new Set<EventTarget>([window, document, document.documentElement]);
  const listeners = new Set<string>();
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const idOf = (value: object) => {
    if (!ids.has(value)) ids.set(value, ++nextId);
    return ids.get(value)!;
  };
  const key = (target: EventTarget, type: string, listener: unknown, options: unknown) => {
    const capture = typeof options === 'boolean' ? options : !!(options as { capture?: boolean } | null)?.capture;
    return `${idOf(target)}|${type}|${typeof listener === 'object' || typeof listener === 'function' ? idOf(listener!) : 0}|${capture}`;
  };
  const proto = EventTarget.prototype;
  const { addEventListener: add, removeEventListener: remove } = proto;
  proto.addEventListener = function (this: EventTarget, type, listener, options) {
    const once = typeof options === 'object' && options?.once;
    if (listener && !once && watched().has(this)) listeners.add(key(this, type, listener, options));
    return add.call(this, type, listener, options);
  };
  proto.removeEventListener = function (this: EventTarget, type, listener, options) {
    if (listener && watched().has(this)) listeners.delete(key(this, type, listener, options));
    return remove.call(this, type, listener, options);
  };

  const observed = new Map<object, Set<unknown>>();
  const restoreObservers: (() => void)[] = [];
  for (const ctor of [MutationObserver, ResizeObserver, IntersectionObserver] as const) {
    const p = ctor.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    const original = { observe: p.observe, unobserve: p.unobserve, disconnect: p.disconnect };
    p.observe = function (this: object, target: unknown, ...rest: unknown[]) {
      if (!observed.has(this)) observed.set(this, new Set());
      observed.get(this)!.add(target);
      return original.observe.call(this, target, ...rest);
    };
    if (original.unobserve)
      p.unobserve = function (this: object, target: unknown) {
        observed.get(this)?.delete(target);
        return original.unobserve.call(this, target);
      };
    p.disconnect = function (this: object) {
      observed.delete(this);
      return original.disconnect.call(this);
    };
    restoreObservers.push(() => Object.assign(p, original));
  }

  const timeouts = new Set<unknown>();
  const intervals = new Set<unknown>();
  const frames = new Set<number>();
  const w = window as unknown as Record<string, (...args: never[]) => unknown>;
  const saved = {
    setTimeout: w.setTimeout,
    clearTimeout: w.clearTimeout,
    setInterval: w.setInterval,
    clearInterval: w.clearInterval,
    requestAnimationFrame: w.requestAnimationFrame,
    cancelAnimationFrame: w.cancelAnimationFrame,
  };
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const id = saved.setTimeout.call(
      window,
      ...([
        (...a: unknown[]) => {
          timeouts.delete(id);
          if (typeof handler === 'function') (handler as (...x: unknown[]) => void)(...a);
        },
        delay,
        ...args,
      ] as never[]),
    );
    timeouts.add(id);
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id: number) => {
    timeouts.delete(id);
    saved.clearTimeout.call(window, id as never);
  }) as typeof clearTimeout;
  window.setInterval = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const id = saved.setInterval.call(window, ...([handler, delay, ...args] as never[]));
    intervals.add(id);
    return id;
  }) as typeof setInterval;
  window.clearInterval = ((id: number) => {
    intervals.delete(id);
    saved.clearInterval.call(window, id as never);
  }) as typeof clearInterval;
  window.requestAnimationFrame = (callback: FrameRequestCallback) => {
    const id = saved.requestAnimationFrame.call(window, ((time: number) => {
      frames.delete(id);
      callback(time);
    }) as never) as number;
    frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    frames.delete(id);
    saved.cancelAnimationFrame.call(window, id as never);
  };

  return {
    counts: () => ({
      listeners: listeners.size,
      observed: [...observed.values()].reduce((n, targets) => n + targets.size, 0),
      timeouts: timeouts.size,
      intervals: intervals.size,
      frames: frames.size,
    }),
    restore() {
      proto.addEventListener = add;
      proto.removeEventListener = remove;
      for (const undo of restoreObservers) undo();
      Object.assign(window, saved);
    },
  };
}

interface Cycle {
  tag: string;
  attrs: (n: number) => Record<string, string>;
  /** What a visitor does once it has loaded. */
  use?: (el: HTMLElement) => Promise<void>;
}

const NOW = '2026-03-02T09:00:00+01:00';
const WIDGETS: Cycle[] = [
  {
    tag: 'mb-course-calendar',
    // A small feed: the cycles are about what stays behind, not about reading (the feed-fault suite reads big ones).
    attrs: () => ({ src: '/test/hardening/fixtures/courses-a.json', now: NOW }),
    use: async (el) => {
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!.click();
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    },
  },
  {
    tag: 'mb-guide-card',
    attrs: () => ({ src: '/demo/data/guide-card/library-wifi.json' }),
    use: async (el) => {
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]')?.click();
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    },
  },
  {
    tag: 'mb-model-explainer',
    attrs: () => ({ src: '/test/hardening/fixtures/models-a.json', 'deep-link': '' }),
    use: async (el) => {
      el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')[1]?.click();
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    },
  },
];

let watch: PageWatch;
let host: HTMLElement;
beforeEach(() => {
  watch = watchPage();
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  host.remove();
  // The model explainer's deep links wrote a fragment to the test page's address.
  history.replaceState(history.state, '', location.pathname + location.search);
  watch.release();
});

/** Mounts the widget, waits for its data, uses it, and removes it. */
async function loadedCycle(widget: Cycle, n: number): Promise<void> {
  const el = document.createElement(widget.tag);
  const seen = recordEvents(el);
  for (const [name, value] of Object.entries(widget.attrs(n))) el.setAttribute(name, value);
  host.append(el);
  await poll(() => seen.load.length + seen.error.length > 0, `${widget.tag} loaded`);
  expect(seen.error).to.deep.equal([]);
  await widget.use?.(el);
  el.remove();
}

/** Mounts the widget on a feed that never answers and removes it while it loads. */
async function loadingCycle(widget: Cycle): Promise<string> {
  const id = uniqueId('life');
  const el = document.createElement(widget.tag);
  const seen = recordEvents(el);
  for (const [name, value] of Object.entries(widget.attrs(0))) el.setAttribute(name, value);
  el.setAttribute('src', `/__hang__/${id}`);
  host.append(el);
  await poll(async () => (await hangState(id)).opened === 1, 'the request reached the server');
  el.remove();
  expect(seen).to.deep.equal({ load: [], error: [] });
  return id;
}

const heap = (): number | undefined => {
  const w = window as unknown as { gc?: () => void };
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  if (!w.gc || !memory) return undefined;
  w.gc();
  w.gc();
  return memory.usedJSHeapSize;
};

for (const widget of WIDGETS) {
  describe(`lifecycle: <${widget.tag}>`, () => {
    setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

    it('releases its listeners, observers and timers after 20 mounts with data, and does not grow the heap', async function () {
      // 24 full mounts: WebKit on a busy machine needs more than the usual 10 s.
      this.timeout(30_000);
      for (let n = 0; n < 4; n += 1) await loadedCycle(widget, n);
      const probe = instrument();
      try {
        const baseline = probe.counts();
        let afterFive: number | undefined;
        for (let n = 0; n < 20; n += 1) {
          await loadedCycle(widget, n);
          if (n === 4) afterFive = heap();
        }
        await poll(() => JSON.stringify(probe.counts()) === JSON.stringify(baseline), 'settled', 3000).catch(
          () => undefined, // the assertion below says what is left
        );
        expect(probe.counts()).to.deep.equal(baseline);
        const afterTwenty = heap();
        if (afterFive !== undefined && afterTwenty !== undefined)
          expect(afterTwenty - afterFive, 'heap growth over 15 cycles').to.be.below(3 * 1024 * 1024);
      } finally {
        probe.restore();
      }
      watch.expectClean();
    });

    it('releases everything, and aborts its request, when removed 10 times while loading', async () => {
      await waitForClosed(await loadingCycle(widget));
      const probe = instrument();
      try {
        const baseline = probe.counts();
        const ids: string[] = [];
        for (let n = 0; n < 10; n += 1) ids.push(await loadingCycle(widget));
        for (const id of ids) await waitForClosed(id);
        await poll(() => JSON.stringify(probe.counts()) === JSON.stringify(baseline), 'settled', 3000).catch(
          () => undefined, // the assertion below says what is left
        );
        expect(probe.counts()).to.deep.equal(baseline);
      } finally {
        probe.restore();
      }
      watch.expectClean();
    });
  });
}
