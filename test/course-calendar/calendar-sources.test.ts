import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/course-calendar/define.js';
import { LANGUAGES } from '../../src/core/languages.js';
import type { MbCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { MbErrorDetail, MbLoadDetail } from '../../src/core/events.js';
import { warmUpAndCleanUp } from './extra-helpers.js';

/*
 * Several feeds on one calendar: the library's DPL feed and Filial Nord's Outlook calendar (the demo's data), merged;
 * one failing feed does not hide the others.
 */
const NOW = '2026-03-02T09:00:00+01:00';
const DPL = '/demo/data/dpl-events.json';
const ICS = '/demo/data/course-calendar/filial-nord.ics';
const MISSING = '/test/course-calendar/fixtures/missing-feed.json';

const $ = (el: MbCourseCalendar, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: MbCourseCalendar, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();
const titles = (el: MbCourseCalendar) => $$(el, '.course-card .title').map(words);

type ErrorDetail = MbErrorDetail;
type LoadDetail = MbLoadDetail;

const cleanups: (() => void)[] = [];

async function settled(el: MbCourseCalendar): Promise<MbCourseCalendar> {
  await waitUntil(
    () => ($(el, '[part~="list"]') || $(el, '.message')) && !$(el, '[aria-busy="true"]'),
    'the calendar did not settle',
    { timeout: 8000 },
  );
  await el.updateComplete;
  return el;
}

/** Creates the element with its listeners attached before it connects; collects every mb-error. */
function mount(attributes: Record<string, string>) {
  const el = document.createElement('mb-course-calendar');
  const errors: ErrorDetail[] = [];
  el.addEventListener('mb-error', (event) => errors.push(event.detail));
  const loaded = oneEvent<CustomEvent<LoadDetail>>(el, 'mb-load');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  cleanups.push(() => el.remove());
  return { el, errors, loaded };
}

interface Call {
  url: string;
  init: RequestInit;
  answer: (response: Response) => void;
}

/** A fetch whose answers the test gives by hand; like a real one, it rejects when its request is aborted. */
function handFetch(atOnce?: (url: string) => Response | undefined) {
  const original = window.fetch;
  const calls: Call[] = [];
  window.fetch = (input: RequestInfo | URL, init: RequestInit = {}) =>
    new Promise<Response>((answer, reject) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      calls.push({ url, init, answer });
      const response = atOnce?.(url);
      if (response) answer(response);
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
    });
  const restore = () => (window.fetch = original);
  cleanups.push(restore);
  return calls;
}

const feed = (...courses: string[]) =>
  new Response(JSON.stringify(courses.map((title, i) => ({ title, start: `2026-03-0${4 + i}T10:00:00+01:00` }))));

describe('<mb-course-calendar> with several sources', () => {
  warmUpAndCleanUp(
    cleanups,
    () => import('../../src/course-calendar/sources/formats.js'),
    () => import('../../src/course-calendar/sources/ics.js'),
    () => import('../../src/course-calendar/several-sources.js'),
    () => import('ical.js'),
  );

  describe('accessibility', function () {
    this.timeout(40_000);
    for (const lang of LANGUAGES) {
      it(`is accessible when one source failed and the others show (${lang})`, async () => {
        const el = await settled(
          await fixture<MbCourseCalendar>(
            html`<mb-course-calendar lang=${lang} src=${`${ICS} ${MISSING}`} now=${NOW}></mb-course-calendar>`,
          ),
        );
        expect($(el, '.message.partial')).to.exist;
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('rendering', () => {
    it('merges a DPL feed and an iCalendar feed into one agenda, a course both list shown once', async () => {
      const { el, loaded } = mount({ src: `${DPL}\n  ${ICS}`, now: NOW });
      const { detail } = await loaded;
      expect(detail).to.deep.equal({
        count: 21,
        skipped: 0,
        duplicates: 1,
        formats: ['dpl', 'ics'],
        urls: [DPL, ICS],
        failed: [],
      });
      await settled(el);
      const shown = titles(el);
      // The DPL feed's MitID course and Filial Nord's own entry for it (4 March at 10.00) are one course.
      expect(shown.filter((title) => title === 'MitID – kom godt i gang')).to.have.length(3);
      expect(shown.slice(0, 4)).to.deep.equal([
        'IT-hjælp: spørg en frivillig',
        'MitID – kom godt i gang',
        'IT-café i Filial Nord',
        'Digital Post – læs din post fra det offentlige',
      ]);
      expect(shown).to.include('IT-café i Filial Nord (flyttet til fredag)');
      expect($(el, '.message')).to.be.null;
    });

    it('shows the other courses and says politely which source could not be had', async () => {
      const { el, errors, loaded } = mount({ src: `${MISSING} ${ICS}`, now: NOW });
      const { detail } = await loaded;
      expect(detail.failed).to.deep.equal([MISSING]);
      expect(detail.count).to.be.greaterThan(0);
      await settled(el);
      expect(errors).to.deep.equal([
        {
          kind: 'http',
          message: 'Indholdet kunne ikke hentes (fejl 404). Prøv igen senere.',
          problems: [],
          url: MISSING,
        },
      ]);
      expect(words($(el, '.message.partial p'))).to.equal(
        'Kurserne fra én kilde kunne ikke hentes (missing-feed.json). De andre kurser vises herunder.',
      );
      expect($(el, '[role="alert"]'), 'not the error state').to.be.null;
      expect(titles(el).slice(0, 2)).to.deep.equal(['MitID – kom godt i gang', 'IT-café i Filial Nord']);
    });

    it('names another site by its host name', async () => {
      const calls = handFetch();
      const el = await fixture<MbCourseCalendar>(
        html`<mb-course-calendar
          src="/own.json https://kalender.filial-nord.example/kurser.ics"
          now=${NOW}
        ></mb-course-calendar>`,
      );
      await waitUntil(() => calls.length === 2);
      calls[0].answer(feed('Eget kursus'));
      calls[1].answer(new Response('', { status: 500 }));
      await waitUntil(() => $(el, '.message.partial'));
      expect(words($(el, '.message.partial p'))).to.contain('(kalender.filial-nord.example)');
      expect(titles(el)).to.deep.equal(['Eget kursus']);
    });
  });

  describe('requests', () => {
    it('asks every source without cookies or referrer', async () => {
      const calls = handFetch();
      await fixture(html`<mb-course-calendar src="/a.json /b.ics" now=${NOW}></mb-course-calendar>`);
      await waitUntil(() => calls.length === 2);
      expect(calls.map((call) => call.url)).to.deep.equal(['/a.json', '/b.ics']);
      for (const { init } of calls) {
        expect(init.credentials).to.equal('omit');
        expect(init.referrerPolicy).to.equal('no-referrer');
      }
    });

    it('shows the ordinary error with "Prøv igen" when every source fails, and asks only the failed ones again', async () => {
      const calls = handFetch();
      const { el, errors } = mount({ src: '/a.json /b.json', now: NOW });
      await waitUntil(() => calls.length === 2);
      calls[0].answer(new Response('', { status: 503 }));
      calls[1].answer(new Response('', { status: 503 }));
      await waitUntil(() => $(el, '[role="alert"]'));
      expect(errors.map((error) => error.url)).to.deep.equal(['/a.json', '/b.json']);
      expect(words($(el, '[role="alert"] p'))).to.equal('Indholdet kunne ikke hentes (fejl 503). Prøv igen senere.');

      $(el, '[role="alert"] button')!.click();
      await waitUntil(() => calls.length === 4);
      calls[2].answer(feed('Kursus A'));
      calls[3].answer(new Response('', { status: 503 }));
      await waitUntil(() => titles(el).length === 1);
      expect($(el, '[role="alert"]')).to.be.null;
      expect(words($(el, '.message.partial p'))).to.contain('(b.json)');

      const loaded = oneEvent<CustomEvent<LoadDetail>>(el, 'mb-load');
      $(el, '.message.partial button')!.click();
      await waitUntil(() => calls.length === 5);
      expect(calls[4].url, 'only the source that failed').to.equal('/b.json');
      calls[4].answer(feed('Kursus B'));
      expect((await loaded).detail).to.include({ count: 2, duplicates: 0 });
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Kursus A', 'Kursus B']);
      expect($(el, '.message')).to.be.null;
    });

    it('counts a source that does not answer in time as failed, and shows the others', async () => {
      // The fast source answers at once (its reader loaded beforehand), well within the second the silent one gets.
      await import('../../src/course-calendar/sources/formats.js');
      const calls = handFetch((url) => (url === '/fast.json' ? feed('Hurtigt kursus') : undefined));
      const { el, errors } = mount({ src: '/fast.json /silent.json', now: NOW, timeout: '1000' });
      await waitUntil(() => errors.length === 1, 'no timeout reported', { timeout: 4000 });
      expect(errors[0]).to.deep.equal({
        kind: 'timeout',
        message: 'Det tog for lang tid at hente indholdet. Prøv igen om lidt.',
        problems: [],
        url: '/silent.json',
      });
      expect(calls[1].init.signal!.aborted).to.equal(true);
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Hurtigt kursus']);
      expect(words($(el, '.message.partial p'))).to.contain('(silent.json)');
    });

    it('aborts every request in flight when the element is removed, with no error and no message', async () => {
      const calls = handFetch();
      const { el, errors } = mount({ src: '/a.json /b.json', now: NOW });
      await waitUntil(() => calls.length === 2);
      el.remove();
      expect(calls.map((call) => call.init.signal!.aborted)).to.deep.equal([true, true]);
      calls[0].answer(feed('For sent'));
      calls[1].answer(new Response('', { status: 500 }));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(errors).to.deep.equal([]);
      expect($(el, '.message')).to.be.null;
    });

    it('asks nothing for an element taken off the page at once, and loads when it is put back', async () => {
      const calls = handFetch();
      const { el } = mount({ src: '/a.json /b.json', now: NOW });
      el.remove();
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(calls).to.have.length(0);
      document.body.append(el);
      await waitUntil(() => calls.length === 2, 'the sources were not asked');
      calls[0].answer(feed('Kursus A'));
      calls[1].answer(feed('Kursus B'));
      await waitUntil(() => titles(el).length === 2);
    });

    it('lets the last src win when it changes twice quickly: stale answers never render', async () => {
      const calls = handFetch();
      const { el, errors } = mount({ src: '/old-a.json /old-b.json', now: NOW });
      await waitUntil(() => calls.length === 2);
      // The first answers have arrived but are still being read when src changes, and again for the second.
      calls[0].answer(feed('Gammelt A'));
      calls[1].answer(feed('Gammelt B'));
      el.src = '/mid-a.json /mid-b.json';
      await el.updateComplete;
      calls[2].answer(feed('Næsten nyt'));
      calls[3].answer(new Response('', { status: 500 }));
      el.src = '/new-a.json /new-b.json';
      await el.updateComplete;
      expect(calls.map((call) => call.url)).to.deep.equal([
        '/old-a.json',
        '/old-b.json',
        '/mid-a.json',
        '/mid-b.json',
        '/new-a.json',
        '/new-b.json',
      ]);
      // Every answer still being read was cut off; the latest requests run.
      expect(calls.map((call) => call.init.signal!.aborted)).to.include.ordered.members([true, true, true]);
      expect(calls.slice(4).map((call) => call.init.signal!.aborted)).to.deep.equal([false, false]);
      calls[4].answer(feed('Nyt A'));
      calls[5].answer(feed('Nyt B'));
      await waitUntil(() => titles(el).length === 2);
      expect(titles(el)).to.deep.equal(['Nyt A', 'Nyt B']);
      expect(errors).to.deep.equal([]);
    });

    it('goes back to one feed when src lists one URL again', async () => {
      const calls = handFetch();
      const { el } = mount({ src: '/a.json /b.json', now: NOW });
      await waitUntil(() => calls.length === 2);
      el.src = '/c.json';
      await waitUntil(() => calls.length === 3);
      expect(calls[0].init.signal!.aborted && calls[1].init.signal!.aborted).to.equal(true);
      calls[2].answer(feed('Kun C'));
      await waitUntil(() => titles(el).length === 1);
      expect(titles(el)).to.deep.equal(['Kun C']);
    });
  });

  describe('language', () => {
    it('says in English which source could not be had', async () => {
      const { el, errors } = mount({ src: `${ICS} ${MISSING}`, now: NOW, lang: 'en' });
      await waitUntil(() => errors.length === 1);
      await settled(el);
      expect(errors[0].message).to.equal('The content could not be fetched (error 404). Please try again later.');
      expect(words($(el, '.message.partial p'))).to.equal(
        'The courses from one source could not be loaded (missing-feed.json). The other courses are shown below.',
      );
      expect(words($(el, '.message.partial button'))).to.equal('Try again');
    });
  });
});
