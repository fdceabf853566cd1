/*
 * Malformed data: wrong types, missing required fields, deeply nested and enormous JSON, for each widget that reads
 * data. The widget shows the documented message (or the data, with long text wrapping inside 320 px), nothing
 * throws, and the host page around it stays intact and usable.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/course-calendar/define.js';
import '../../src/guide-card/define.js';
import '../../src/model-explainer/define.js';
import common from '../../locales/da/common.json' with { type: 'json' };
import explainer from '../../locales/da/model-explainer.json' with { type: 'json' };
import guideCard from '../../locales/da/guide-card.json' with { type: 'json' };
import {
  blobUrl,
  expectInert,
  expectPageIntact,
  normal,
  recordEvents,
  shadowText,
  watchPage,
  type PageWatch,
} from './helpers.js';

const NOW = '2026-03-02T09:00:00+01:00';
const MB = 1024 * 1024;

/** 100,000 nested arrays: some engines' JSON.parse throws a RangeError on it, others read it. */
const DEEP = '['.repeat(100_000) + ']'.repeat(100_000);
const deepValue = () => {
  let value: unknown = 'bund';
  for (let i = 0; i < 2000; i += 1) value = { a: [value] };
  return value;
};

let watch: PageWatch;
beforeEach(() => {
  watch = watchPage();
});
afterEach(() => watch.release());

/** The widget inside a 320 px column, after a button of the host page. */
async function mount(tag: string, attrs: Record<string, string>) {
  const page = await fixture<HTMLElement>(html`<div style="width:320px"><button type="button">Før</button></div>`);
  const el = document.createElement(tag);
  const seen = recordEvents(el);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  page.append(el);
  return { page, el, seen, sibling: page.querySelector('button')! };
}

const settled = (seen: { load: unknown[]; error: unknown[] }, timeout = 8000) =>
  waitUntil(() => seen.load.length + seen.error.length > 0, 'the widget did not settle', { timeout });
const alertText = (el: Element) => normal(el.shadowRoot!.querySelector('[role="alert"] p')?.textContent);
const updated = (el: Element) => (el as Element & { updateComplete: Promise<unknown> }).updateComplete;

/** Nothing in the widget is wider than the 320 px column. */
function expectFits(el: HTMLElement): void {
  expect(el.scrollWidth, 'the widget scrolls sideways').to.be.at.most(el.clientWidth);
  const limit = el.getBoundingClientRect().right + 1;
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (node.closest('.visually-hidden') || !node.getClientRects().length) continue;
    expect(node.getBoundingClientRect().right, `<${node.localName} class="${node.className}">`).to.be.at.most(limit);
  }
}

describe('malformed data: <mb-course-calendar>', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

  const cases: [string, string, string][] = [
    ['a number instead of a feed', '42', common.errors.invalid],
    ['null', 'null', common.errors.invalid],
    ['a string', '"kurser"', common.errors.invalid],
    ['an object of the wrong shape', '{"courses": {"title": "Ikke en liste"}}', common.errors.invalid],
    ['100,000 nested arrays', DEEP, ''],
  ];
  for (const [label, body, message] of cases) {
    it(`gives the documented message for ${label}`, async () => {
      const { el, seen, sibling } = await mount('mb-course-calendar', { now: NOW, src: blobUrl(body) });
      await settled(seen);
      expect(seen.load, 'nothing loaded').to.deep.equal([]);
      const { kind } = seen.error[0] as { kind: string };
      await updated(el);
      expect(alertText(el)).to.equal(
        message || (kind === 'parse' ? common.errors.parse : common.errors.invalid),
        `kind ${kind}`,
      );
      expectPageIntact(sibling, 'Før');
      watch.expectClean();
    });
  }

  it('skips records with wrong types or missing fields, shows the rest and counts the skipped', async () => {
    const courses = [
      { title: 'Godt kursus', start: '2026-03-04T10:00:00+01:00' },
      { title: 42, start: '2026-03-04T10:00:00+01:00' },
      { title: ['Liste'], start: '2026-03-04T10:00:00+01:00' },
      { title: null, start: '2026-03-04T10:00:00+01:00' },
      { title: 'Uden start' },
      { title: 'Forkert start', start: 'i morgen' },
      { title: 'Start som tal', start: 1_772_000_000 },
      { title: 'Dybt', start: '2026-03-05T10:00:00+01:00', teaser: deepValue(), place: deepValue() },
      'en tekst',
      null,
      [1, 2, 3],
      { title: 'Typer', start: '2026-03-06T10:00:00+01:00', price: 'gratis?', seats: [], signup: 7, tags: 'x' },
    ];
    const { el, seen, sibling } = await mount('mb-course-calendar', {
      now: NOW,
      src: blobUrl(JSON.stringify({ courses })),
    });
    await settled(seen);
    expect(seen.error).to.deep.equal([]);
    const { count, skipped } = seen.load[0] as { count: number; skipped: number };
    expect(count + skipped).to.equal(courses.length);
    await updated(el);
    const titles = [...el.shadowRoot!.querySelectorAll('.title')].map((t) => normal(t.textContent));
    expect(titles).to.include.members(['Godt kursus', 'Dybt', 'Typer']);
    expect(normal(el.shadowRoot!.querySelector('.note')?.textContent)).to.equal(
      common.skipped_other.replace('{{count}}', String(skipped)),
    );
    expectInert(el);
    expectPageIntact(sibling, 'Før');
    watch.expectClean();
  });

  it('skips a course with a 5 MB title, wraps a 90,000-character one inside 320 px, and reads a 20 MB feed', async function () {
    // 20 MB to parse and read: WebKit on a busy machine needs more than the usual 10 s.
    this.timeout(30_000);
    const huge = 'Et meget langt kursusnavn '.repeat(202_000).slice(0, 5 * MB);
    const long = `${'Langt navn '.repeat(8000)}${'x'.repeat(2000)}`;
    const big = 'Beskrivelse '.repeat(900);
    const courses = [
      { title: huge, start: '2026-03-04T09:00:00+01:00' },
      { title: long, start: '2026-03-04T10:00:00+01:00' },
      ...Array.from({ length: 1900 }, (_, i) => ({
        id: `b${i}`,
        title: `Kursus ${i}`,
        description: big,
        start: new Date(Date.parse('2026-03-05T09:00:00Z') + i * 3_600_000).toISOString(),
      })),
    ];
    const body = JSON.stringify({ courses });
    expect(body.length).to.be.greaterThan(20 * MB);
    const { el, seen, sibling } = await mount('mb-course-calendar', {
      now: NOW,
      controls: 'none',
      src: blobUrl(body),
    });
    await settled(seen, 28_000);
    expect(seen.load[0], 'the 5 MB title is too long to be a title').to.deep.include({
      count: courses.length - 1,
      skipped: 1,
    });
    await waitUntil(() => el.shadowRoot!.querySelector('.title'), 'the first course shows');
    expect(normal(el.shadowRoot!.querySelector('.title')!.textContent)).to.equal(normal(long));
    expectFits(el);
    expectPageIntact(sibling, 'Før');
    watch.expectClean();
  });
});

describe('malformed data: <mb-guide-card>', () => {
  const valid = {
    id: 'ok',
    title: 'Titel',
    purpose: 'Formål',
    needs: ['MitID'],
    steps: [{ title: 'Trin', text: ['Tekst'] }],
    action: { label: 'Start', url: 'https://www.borger.dk/' },
    sources: [{ label: 'borger.dk', url: 'https://www.borger.dk/' }],
    checkedOn: '2026-03-01',
  };
  const cases: [string, string][] = [
    ['a number', '42'],
    ['null', 'null'],
    ['an array', '[1, 2]'],
    ['wrong types in every field', JSON.stringify({ id: 5, title: ['x'], purpose: {}, steps: 'trin', needs: 7 })],
    ['missing required fields', JSON.stringify({ id: 'ok', title: 'Kun en titel' })],
    ['a deeply nested title', JSON.stringify({ ...valid, title: deepValue() })],
    ['steps of the wrong type', JSON.stringify({ ...valid, steps: [null, 5, 'x', []] })],
    ['a bilingual pair of wrong values', JSON.stringify({ da: 1, en: null })],
    ['a 5 MB title', JSON.stringify({ ...valid, title: 'Lang titel '.repeat(480_000) })],
    ['a 90,000-character title (shown, so it must wrap)', ''],
    ['100,000 nested arrays', DEEP],
  ];
  for (const [label, body] of cases) {
    it(`handles ${label}`, async () => {
      const huge = !body;
      const data = huge
        ? JSON.stringify({ ...valid, title: `${'Lang titel '.repeat(8000)}${'x'.repeat(2000)}` })
        : body;
      const { el, seen, sibling } = await mount('mb-guide-card', { src: blobUrl(data) });
      await settled(seen);
      await updated(el);
      if (huge) {
        expect(seen.error).to.deep.equal([]);
        expect(shadowText(el)).to.include('Lang titel Lang titel');
        expectFits(el);
      } else {
        expect(seen.load).to.deep.equal([]);
        const { kind } = seen.error[0] as { kind: string };
        expect(alertText(el)).to.equal(kind === 'parse' ? common.errors.parse : guideCard.errors.invalid);
      }
      expectInert(el);
      expectPageIntact(sibling, 'Før');
      watch.expectClean();
    });
  }
});

describe('malformed data: <mb-model-explainer>', () => {
  const cases: [string, string][] = [
    ['a number', '42'],
    ['null', 'null'],
    ['wrong types', JSON.stringify({ models: 'fem', competenceLabels: [] })],
    ['a model without its required fields', JSON.stringify({ models: [{ id: 'x' }], competenceLabels: {} })],
    ['a deeply nested name', JSON.stringify({ models: [{ id: 'x', name: deepValue() }], competenceLabels: {} })],
    ['a 5 MB name', JSON.stringify({ models: [{ id: 'x', name: { da: 'n'.repeat(5 * MB) } }], competenceLabels: {} })],
    ['100,000 nested arrays', DEEP],
  ];
  for (const [label, body] of cases) {
    it(`keeps the built-in models and says why for ${label}`, async () => {
      const { el, seen, sibling } = await mount('mb-model-explainer', { src: blobUrl(body) });
      await settled(seen);
      await updated(el);
      expect(seen.load).to.deep.equal([]);
      expect((seen.error[0] as { kind: string }).kind).to.be.oneOf(['parse', 'invalid']);
      expect(alertText(el)).to.equal(explainer.error.invalid);
      expect(el.shadowRoot!.querySelectorAll('[role="tab"]').length, 'the built-in models').to.equal(5);
      expectInert(el);
      expectFits(el);
      expectPageIntact(sibling, 'Før');
      watch.expectClean();
    });
  }
});
