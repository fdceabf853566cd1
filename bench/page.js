// The bench page: one library per page (`?lib=medborger|fullcalendar&n=1000`). bench/run.mjs opens a fresh page per
// run and calls `window.bench.run()`, which measures, in this page and the same way for both libraries:
//
// - render: from creating the calendar with the data already in memory to the end of the first frame that shows the
//   first course row (looked for once after the calling task, then once per animation frame; once the row is in the
//   DOM and on screen, the next `requestAnimationFrame` callback runs after the frame that painted it, and the clock
//   is read there);
// - filter: from applying a text filter that keeps 10 % of the sessions to the end of the first frame whose first
//   row is the first match (same polling);
// - heap: `performance.memory.usedJSHeapSize` after the first render minus before it, each after a forced gc.
//
// Before measuring, each library renders a small calendar once and removes it (a warm-up), so both are timed with
// their code loaded and compiled: module loading is what the size table is about.
import { FILTER_QUERY, NOW, firstIds, generateCourses, matches, toFullCalendarEvent } from './data.js';

const params = new URLSearchParams(location.search);
const lib = params.get('lib') ?? 'medborger';
const n = Number(params.get('n') ?? 1000);
const stage = document.getElementById('stage');
const TIMEOUT_MS = 120_000;
// `?profile=render` or `?profile=filter`: that phase of the measured run is wrapped in console.profile(), which a
// CDP client with the Profiler domain enabled receives as `Profiler.consoleProfileFinished` (bench/profile.mjs).
const profiled = params.get('profile');
let measured = false;
const profileStart = (phase) => measured && profiled === phase && console.profile(phase);
const profileEnd = (phase) => measured && profiled === phase && console.profileEnd(phase);

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Waits until `check()` holds, then for the frame that paints it; returns the time after that. It looks once after
 * the work's own task (a render finished by then shows in the very next frame), then once per animation frame.
 */
async function painted(check, what) {
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve));
  for (;;) {
    if (check()) {
      await frame();
      return performance.now();
    }
    await frame();
    if (performance.now() - started > TIMEOUT_MS) throw new Error(`${lib}: ${what} did not show`);
  }
}

const onScreen = (element) => {
  if (!element) return false;
  const box = element.getBoundingClientRect();
  return box.height > 0 && box.bottom > 0 && box.top < innerHeight;
};

async function heap() {
  // Two collections: the first may only schedule finalisation of what the second then frees.
  window.gc();
  window.gc();
  await frame();
  return performance.memory.usedJSHeapSize;
}

/** <mb-course-calendar> in its default agenda (list) view, fed our JSON as a property. */
async function medborger() {
  // The drop-in, and the calendar's chunk loaded now rather than when the tag first appears (its documented `load`).
  const { load } = await import('/dist/medborger.js');
  await load('mb-course-calendar');
  let element;
  return {
    create(feed) {
      element = document.createElement('mb-course-calendar');
      element.setAttribute('now', NOW);
      element.format = 'json';
      element.courses = feed;
      stage.append(element);
    },
    // The course rows in document order; a row is the `article` with the session's key.
    firstRow: () => element.shadowRoot?.querySelector('article[data-key]') ?? undefined,
    rowId: (row) => row.dataset.key.replace(/^medborger:/u, ''),
    // What a citizen does: type into the search field (one input event, as a paste).
    filter(query) {
      const input = element.shadowRoot.querySelector('input[type="search"]');
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    },
    // The "N kurser fundet" line: the list itself renders only the rows on screen (virtualised above 200).
    count: () => Number(element.shadowRoot.querySelector('[part~="count"]').textContent.replace(/\D/gu, '')),
    destroy() {
      element.remove();
      element = undefined;
    },
  };
}

/** FullCalendar 7's list view over the year, with a theme and the Danish locale (bench/fullcalendar/list.js). */
async function fullcalendar() {
  const stylesheet = Object.assign(document.createElement('link'), {
    rel: 'stylesheet',
    href: '/bench/.out/fc-list.css',
  });
  const loaded = new Promise((resolve) => stylesheet.addEventListener('load', resolve, { once: true }));
  document.head.append(stylesheet);
  await loaded;
  const { Calendar, daLocale, plugins } = await import('/bench/.out/fc-list.js');
  let calendar;
  let container;
  let all = [];
  let query = '';
  return {
    prepare: (feed) => feed.courses.map(toFullCalendarEvent),
    create(events) {
      all = events;
      query = '';
      container = document.createElement('div');
      stage.append(container);
      calendar = new Calendar(container, {
        plugins,
        locale: daLocale,
        initialView: 'listYear',
        initialDate: NOW.slice(0, 10),
        now: NOW,
        // FullCalendar's documented way to filter: an events function the calendar asks again on refetchEvents().
        events: (_info, success) => success(query ? all.filter((e) => e.extendedProps.search.includes(query)) : all),
      });
      calendar.render();
    },
    firstRow: () => container?.querySelector('a[href^="https://bibliotek.example/kurser/"]') ?? undefined,
    rowId: (row) => row.getAttribute('href').split('/').at(-1),
    filter(text) {
      query = text.toLocaleLowerCase('da');
      calendar.refetchEvents();
    },
    // FullCalendar renders every row, so the rows are counted.
    count: () => container.querySelectorAll('a[href^="https://bibliotek.example/kurser/"]').length,
    destroy() {
      calendar.destroy();
      container.remove();
    },
  };
}

async function measure(adapter, feed) {
  const data = adapter.prepare ? adapter.prepare(feed) : feed;
  const first = firstIds(feed.courses);
  const firstMatch = firstIds(matches(feed));
  const isFirst = (ids) => () => {
    const row = adapter.firstRow();
    return !!row && ids.has(adapter.rowId(row)) && onScreen(row);
  };
  const before = await heap();
  profileStart('render');
  const start = performance.now();
  adapter.create(data);
  const rendered = await painted(isFirst(first), 'the first row');
  profileEnd('render');
  // Let late work (lazy chunks, observers, JSON-LD) finish before the heap is read.
  for (let i = 0; i < 10; i += 1) await frame();
  const after = await heap();
  profileStart('filter');
  const filterStart = performance.now();
  adapter.filter(FILTER_QUERY);
  const filtered = await painted(isFirst(firstMatch), 'the filtered list');
  profileEnd('filter');
  return {
    render: rendered - start,
    filter: filtered - filterStart,
    heap: after - before,
    count: adapter.count(),
  };
}

window.bench = {
  async run() {
    if (typeof window.gc !== 'function' || !performance.memory) {
      throw new Error('start Chromium with --js-flags=--expose-gc and --enable-precise-memory-info');
    }
    const adapter = await (lib === 'fullcalendar' ? fullcalendar() : medborger());
    const feed = generateCourses(n);
    // Warm-up on other data of the same kind, large enough to use our virtualiser.
    await measure(adapter, generateCourses(300, 7));
    adapter.destroy();
    measured = true;
    const result = await measure(adapter, feed);
    return { lib, n, ...result, expected: matches(feed).length };
  },
};
