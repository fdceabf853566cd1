// The big-feed page (`?feed=/bench/.out/dpl-50000.json&warmup=/bench/.out/dpl-warm-up.json`): bench/bigfeed.mjs
// opens a fresh page per run and calls `window.bench.run()`, which puts one <mb-course-calendar src format="dpl"> on
// the page and reports, from setting `src` until the first course row has been painted and the page has been quiet
// for a second:
//
// - every main-thread task over 50 ms (the Long Tasks API reports only those): the longest, how many, their sum;
// - the time to `mb-load`, and to the first painted row;
// - `mb-load`'s detail (how many sessions, how many skipped), to check the feed was read whole.
//
// A calendar on a small feed of the same format is shown and removed first (a warm-up), so code loading and
// compiling are not counted: the size table is about those.
import { NOW } from './data.js';

const params = new URLSearchParams(location.search);
const stage = document.getElementById('stage');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const TIMEOUT_MS = 180_000;

/** A calendar on `url`; resolves with `mb-load`'s detail and when it came, once its first row is painted. */
async function show(url) {
  const element = document.createElement('mb-course-calendar');
  element.setAttribute('now', NOW);
  element.setAttribute('format', 'dpl');
  const started = performance.now();
  const loaded = new Promise((resolve, reject) => {
    element.addEventListener('mb-load', (event) => resolve({ detail: event.detail, at: performance.now() }));
    element.addEventListener('mb-error', (event) => reject(new Error(`mb-error: ${JSON.stringify(event.detail)}`)));
  });
  element.setAttribute('src', url);
  stage.append(element);
  const { detail, at } = await loaded;
  for (;;) {
    await frame();
    if (element.shadowRoot.querySelector('article[data-key]')) break;
    if (performance.now() - started > TIMEOUT_MS) throw new Error('no course row was painted');
  }
  await frame();
  return { element, detail, load: at - started, firstRow: performance.now() - started };
}

window.bench = {
  async run() {
    const { load } = await import('/dist/medborger.js');
    await load('mb-course-calendar');
    (await show(params.get('warmup'))).element.remove();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
    // Where the measured part begins in a trace bench/bigfeed.mjs may record.
    performance.mark('bigfeed-start');
    const result = await show(params.get('feed'));
    // Late work (the virtualizer's measuring, JSON-LD, the details' chunk) still belongs to showing the feed.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    observer.disconnect();
    performance.mark('bigfeed-end');
    const durations = tasks.map((task) => task.duration);
    return {
      longest: Math.max(0, ...durations),
      longTasks: tasks.length,
      blocked: durations.reduce((sum, duration) => sum + duration, 0),
      // Where each long task lay on the page's clock, for bench/profile.mjs.
      tasks: tasks.map((task) => [task.startTime, task.duration]),
      load: result.load,
      firstRow: result.firstRow,
      count: result.detail.count,
      skipped: result.detail.skipped,
    };
  },
};
