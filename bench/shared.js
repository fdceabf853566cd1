// The one-feed page of issue 19: a compact calendar, a full calendar and two guide cards with `courses-src`, all on
// one course feed. bench/run.mjs opens it for this build (`?dist=/dist`) and for a build of an earlier release
// (`?dist=/bench/.out/baseline`, see bench/baseline.mjs) and calls `window.bench.run()`, which measures:
//
// - first: from putting the four widgets on the page to the end of the first frame that shows a course in any of
//   them;
// - all: to the end of the first frame in which every one of the four shows its course (the page is done);
// - requests: how many times the page asked for the feed (resource timing).
//
// Before measuring, the same four widgets are shown once on a small feed and removed (a warm-up), so both builds are
// timed with their code, readers and guides loaded: what is measured is fetching and reading the feed.
import { NOW } from './data.js';

const params = new URLSearchParams(location.search);
const dist = params.get('dist') ?? '/dist';
const feed = params.get('feed') ?? '';
const stage = document.getElementById('stage');
const TIMEOUT_MS = 120_000;
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

function mount(src) {
  stage.innerHTML = `
    <mb-course-calendar view="compact" src="${src}" now="${NOW}"></mb-course-calendar>
    <mb-course-calendar src="${src}" now="${NOW}"></mb-course-calendar>
    <mb-guide-card guide="mitid" courses-src="${src}" now="${NOW}"></mb-guide-card>
    <mb-guide-card guide="digital-post" courses-src="${src}" now="${NOW}"></mb-guide-card>`;
  return [...stage.children];
}

/** Whether a widget shows a course: a calendar's first course, a guide card's "Næste kursus". */
const shows = (el) => !!el.shadowRoot?.querySelector('[part~="course"], [part~="next-course"]');

async function until(check, what) {
  const started = performance.now();
  for (;;) {
    await frame();
    if (check()) {
      await frame(); // the frame that painted it has ended when the next one starts
      return performance.now();
    }
    if (performance.now() - started > TIMEOUT_MS) throw new Error(`${what} did not show`);
  }
}

window.bench = {
  async run() {
    const { load } = await import(`${dist}/medborger.js`);
    await Promise.all([load('mb-course-calendar'), load('mb-guide-card')]);
    const warm = mount(`${feed.replace(/[^/]*$/u, 'shared-feed-warm-up.json')}?warm-up`);
    await until(() => warm.every(shows), 'the warm-up');
    stage.innerHTML = '';
    await frame();
    const src = `${feed}?run=${Math.random().toString(36).slice(2)}`;
    const start = performance.now();
    const widgets = mount(src);
    const first = await until(() => widgets.some(shows), 'the first course');
    const all = await until(() => widgets.every(shows), 'every widget');
    const requests = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(src)).length;
    return { first: first - start, all: all - start, requests };
  },
};
