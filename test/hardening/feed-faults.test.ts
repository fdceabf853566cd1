/*
 * Feed faults, for each widget that takes `src`, through the element: HTTP errors, a body that is not JSON,
 * truncated JSON, a feed that never answers (timeout, message, retry), removal while loading (the request is
 * aborted, nothing reported), and `src` changed twice quickly (the last one wins). The faults come from routes of
 * the test server (web-test-runner.config.mjs: /__status__, /__hang__, /__flaky__, /__delay__) and blob URLs.
 * (test/core/feed.test.ts covers the controller with a fetch stub; these go through the real network stack.)
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/course-calendar/define.js';
import '../../src/guide-card/define.js';
import '../../src/model-explainer/define.js';
import common from '../../locales/da/common.json' with { type: 'json' };
import explainer from '../../locales/da/model-explainer.json' with { type: 'json' };
import guideCard from '../../locales/da/guide-card.json' with { type: 'json' };
import { JSONLD_LIMIT } from '../../src/course-calendar/jsonld-controller.js';
import { slicing } from '../../src/course-calendar/sources/common.js';
import {
  blobUrl,
  expectPageIntact,
  hangState,
  normal,
  recordEvents,
  shadowText,
  uniqueId,
  waitForClosed,
  watchPage,
  type PageWatch,
} from './helpers.js';

const NOW = '2026-03-02T09:00:00+01:00';
const FIXTURES = 'test/hardening/fixtures';

interface Widget {
  tag: 'mb-course-calendar' | 'mb-guide-card' | 'mb-model-explainer';
  attrs: Record<string, string>;
  fixture: (letter: 'a' | 'b' | 'c') => string;
  /** The message each kind of failure shows, in Danish. */
  message: (kind: 'http' | 'parse' | 'timeout', status?: number) => string;
  /** Whether the widget offers "Prøv igen" for this kind. */
  retries: (kind: string) => boolean;
}

const commonMessage = (kind: 'http' | 'parse' | 'timeout', status?: number) =>
  common.errors[kind].replace('{{status}}', String(status ?? ''));

const WIDGETS: Widget[] = [
  {
    tag: 'mb-course-calendar',
    attrs: { now: NOW },
    fixture: (l) => `/${FIXTURES}/courses-${l}.json`,
    message: commonMessage,
    retries: () => true,
  },
  {
    tag: 'mb-guide-card',
    attrs: {},
    fixture: (l) => `/${FIXTURES}/guide-${l}.json`,
    message: commonMessage,
    retries: (kind) => kind !== 'parse',
  },
  {
    tag: 'mb-model-explainer',
    attrs: {},
    fixture: (l) => `/${FIXTURES}/models-${l}.json`,
    message: (kind) => (kind === 'parse' ? explainer.error.invalid : explainer.error.load),
    retries: (kind) => kind !== 'parse',
  },
];

let watch: PageWatch;
beforeEach(() => {
  watch = watchPage();
});
afterEach(() => watch.release());

/** A widget between two buttons of the host page, with its events recorded from before it connects. */
async function mount(widget: Widget, attrs: Record<string, string>) {
  const page = await fixture<HTMLElement>(html`<div><button type="button">Før</button></div>`);
  const el = document.createElement(widget.tag);
  const seen = recordEvents(el);
  for (const [name, value] of Object.entries({ ...widget.attrs, ...attrs })) el.setAttribute(name, value);
  page.append(el);
  return { page, el, seen, sibling: page.querySelector('button')! };
}

const alertText = (el: Element) => normal(el.shadowRoot!.querySelector('[role="alert"] p')?.textContent);
const settledOnce = (seen: { load: unknown[]; error: unknown[] }) =>
  waitUntil(() => seen.load.length + seen.error.length > 0, 'the widget did not settle', { timeout: 8000 });

for (const widget of WIDGETS) {
  describe(`feed faults: <${widget.tag}>`, () => {
    for (const status of [404, 500, 503]) {
      it(`says the content could not be fetched on HTTP ${status}, offers a retry, and the page stays usable`, async () => {
        const { el, seen, sibling } = await mount(widget, { src: `/__status__/${status}` });
        await settledOnce(seen);
        expect(seen.error).to.have.length(1);
        expect(seen.load).to.deep.equal([]);
        expect((seen.error[0] as { kind: string }).kind).to.equal('http');
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(alertText(el)).to.equal(widget.message('http', status));
        expect(el.shadowRoot!.querySelector('[role="alert"] button'), 'a retry button').to.exist;
        expectPageIntact(sibling, 'Før');
        watch.expectClean();
      });
    }

    const badBodies: [string, () => string][] = [
      ['a body that is not JSON', () => blobUrl('<html><body>502 Bad Gateway</body></html>', 'text/html')],
      ['truncated JSON', () => blobUrl('{"courses": [{"title": "Halv', 'application/json')],
      ['an empty body', () => blobUrl('', 'application/json')],
    ];
    for (const [label, url] of badBodies) {
      it(`gives the documented message for ${label}`, async () => {
        const { el, seen, sibling } = await mount(widget, { src: url() });
        await settledOnce(seen);
        expect(seen.load).to.deep.equal([]);
        const kind = (seen.error[0] as { kind: string }).kind;
        expect(kind).to.be.oneOf(['parse', 'invalid']);
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        const expected =
          widget.tag === 'mb-guide-card' && kind === 'invalid'
            ? guideCard.errors.invalid
            : widget.tag === 'mb-model-explainer'
              ? explainer.error.invalid
              : kind === 'invalid'
                ? common.errors.invalid
                : common.errors.parse;
        expect(alertText(el)).to.equal(expected);
        expectPageIntact(sibling, 'Før');
        watch.expectClean();
      });
    }

    it('counts a feed that never answers as a timeout, with a message and a retry that then loads', async () => {
      const id = uniqueId('flaky');
      const { el, seen } = await mount(widget, { src: `/__flaky__/${id}${widget.fixture('a')}`, timeout: '300' });
      await settledOnce(seen);
      expect((seen.error[0] as { kind: string }).kind).to.equal('timeout');
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(alertText(el)).to.equal(widget.message('timeout'));
      await waitForClosed(id); // the timed-out request was aborted, not left open
      el.setAttribute('timeout', '8000'); // the retry may take its time on a busy test machine
      el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
      await waitUntil(() => seen.load.length === 1, 'the retry loaded', { timeout: 8000 });
      await waitUntil(() => shadowText(el).includes('Feed A'), 'the data shows');
      expect(el.shadowRoot!.querySelector('[role="alert"]'), 'the message is gone').to.be.null;
      expect(seen.error).to.have.length(1);
      watch.expectClean();
    });

    it('aborts the request when the element is removed while loading, and reports nothing', async () => {
      const id = uniqueId('hang');
      const { el, seen } = await mount(widget, { src: `/__hang__/${id}` });
      await waitUntil(async () => (await hangState(id)).opened === 1, 'the request reached the server');
      el.remove();
      await waitForClosed(id);
      // Put back later, it starts again (and the hang route counts a second request).
      expect(seen).to.deep.equal({ load: [], error: [] });
      watch.expectClean();
    });

    it('shows only the last of three quickly changed sources, which answer in reverse order', async () => {
      const { el, seen } = await mount(widget, { src: `/__delay__/400${widget.fixture('a')}` });
      await Promise.resolve();
      el.setAttribute('src', `/__delay__/200${widget.fixture('b')}`);
      await Promise.resolve();
      el.setAttribute('src', `/__delay__/0${widget.fixture('c')}`);
      await waitUntil(() => seen.load.length === 1, 'the last source loaded', { timeout: 8000 });
      // Wait until the server would have answered the first two (the route delays them, not the test), then check
      // nothing of theirs arrived.
      await fetch(`/__delay__/450/${FIXTURES}/courses-a.json`, { cache: 'no-store' });
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const text = shadowText(el);
      expect(text).to.include('Feed C');
      expect(text).not.to.include('Feed A');
      expect(text).not.to.include('Feed B');
      expect(seen.load).to.have.length(1);
      expect(seen.error).to.deep.equal([]);
      watch.expectClean();
    });
  });
}

describe('feed faults: a calendar feed of 50,000 sessions', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  const SIZE = 50_000;
  let feed = '';
  before(() => {
    const start = Date.parse('2026-03-03T08:00:00Z');
    feed = JSON.stringify({
      courses: Array.from({ length: SIZE }, (_, i) => ({
        id: `big-${i}`,
        title: `Kursus ${i}`,
        start: new Date(start + i * 1_800_000).toISOString(),
        end: new Date(start + i * 1_800_000 + 3_600_000).toISOString(),
        place: { branch: i % 2 ? 'Nord' : 'Syd' },
      })),
    });
  });

  it('loads them all without holding the page, and keeps only the rows on screen in the DOM', async function () {
    // One real read of 50,000 records takes seconds, and WebKit on a busy two-core machine took over 30 s: more room
    // than the usual 10 s for this one test.
    this.timeout(60_000);
    const el = document.createElement('mb-course-calendar');
    const seen = recordEvents(el);
    el.setAttribute('now', NOW);
    el.setAttribute('controls', 'none');
    (await fixture<HTMLElement>(html`<div></div>`)).append(el);
    // Tasks of the page keep running while the records are read: from the reader's first look at its clock until
    // `mb-load`, a message-channel ping-pong counts the turns the page got. A reader that never yielded would allow
    // none (reading 50,000 records is many 30 ms slices on any machine).
    let reading = false;
    let turns = 0;
    const clock = slicing.now;
    slicing.now = () => {
      if (!reading) {
        reading = true;
        channel.port2.postMessage(0);
      }
      return clock();
    };
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (!reading) return;
      turns += 1;
      channel.port2.postMessage(0);
    };
    try {
      el.src = blobUrl(feed);
      await waitUntil(() => seen.load.length + seen.error.length > 0, 'the feed loaded', { timeout: 58_000 });
    } finally {
      reading = false;
      slicing.now = clock;
      channel.port1.close();
    }
    expect(seen.error).to.deep.equal([]);
    expect(seen.load[0]).to.deep.include({ count: SIZE, skipped: 0 });
    expect(turns, 'the page got turns while 50,000 sessions were read').to.be.greaterThan(2);
    await waitUntil(() => el.shadowRoot!.querySelector('.virtual .course'), 'rows on screen', { timeout: 8000 });
    const rows = el.shadowRoot!.querySelectorAll('.course').length;
    expect(rows).to.be.greaterThan(0).and.lessThan(200);
    // The search-engine description covers the first courses only, not 50,000 (it was 27 MB before that limit).
    await waitUntil(() => el.querySelector('script[data-mb-jsonld]'), 'JSON-LD written');
    const described = el.querySelector('script[data-mb-jsonld]')!.getAttribute('data-mb-keys')!.split(' ');
    expect(described.length).to.be.greaterThan(0).and.at.most(JSONLD_LIMIT);
    watch.expectClean();
  });
});
