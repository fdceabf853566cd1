// <mb-course-calendar> on feeds written from the upstream sources themselves (fixtures/README.md): what a citizen
// reads on the card, in Danish and English, and that no card offers sign-up where nobody can sign up.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/course-calendar/define.js';
import type { MbCourseCalendar } from '../../src/course-calendar/course-calendar.js';

const NOW = '2026-03-01T09:00:00+01:00';
const DPL = '/test/course-calendar/fixtures/dpl-upstream.json';
const LIBCAL = '/test/course-calendar/fixtures/libcal-upstream.json';
const DANCE = 'dpl:c8177097-0000-4000-8000-00000000000';

const root = (el: MbCourseCalendar) => el.shadowRoot!;
const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();

async function calendar(src: string, format: string, lang = 'da'): Promise<MbCourseCalendar> {
  const el = await fixture<MbCourseCalendar>(
    html`<mb-course-calendar lang=${lang} format=${format} src=${src} now=${NOW}></mb-course-calendar>`,
  );
  await waitUntil(
    () => root(el).querySelector('[part~="list"]') && !root(el).querySelector('[aria-busy="true"]'),
    'the calendar did not settle',
    { timeout: 5000 },
  );
  await el.updateComplete;
  return el;
}

/** The card of one session, by its key (several sessions of a series share a title). */
function card(el: MbCourseCalendar, key: string): HTMLElement {
  const found = root(el).querySelector<HTMLElement>(`.course-card[data-key="${key}"]`);
  expect(found, key).to.exist;
  return found!;
}

function titled(el: MbCourseCalendar, title: string): HTMLElement {
  const found = [...root(el).querySelectorAll<HTMLElement>('.course-card')].find(
    (c) => words(c.querySelector('.title')) === title,
  );
  expect(found, title).to.exist;
  return found!;
}

async function opened(el: MbCourseCalendar, course: HTMLElement): Promise<HTMLElement> {
  course.querySelector<HTMLButtonElement>('button.toggle')!.click();
  await el.updateComplete;
  return course.querySelector<HTMLElement>('.details')!;
}

/** How many elements match: a failing count reads better than a whole element in an assertion message. */
const count = (node: ParentNode, selector: string) => node.querySelectorAll(selector).length;

/** Every way to sign up a card offers: its links and its list items. */
const signupWays = (details: HTMLElement) => [...details.querySelectorAll('.signup li')].map(words);

describe('<mb-course-calendar> on a DPL CMS feed written from dpl-cms', () => {
  it('shows prices in whole kroner, worded as DPL words them', async () => {
    const el = await calendar(DPL, 'dpl');
    expect(words(card(el, `${DANCE}1`).querySelector('.price'))).to.match(/^Gratis – 65\skr\.$/u);
    expect(words(titled(el, 'Juleballet - Nøddeknækkeren').querySelector('.price'))).to.match(/^100\skr\.$/u);
    expect(words(titled(el, 'Udstilling: Danske plakater').querySelector('.price'))).to.equal('Gratis');
    expect(words(titled(el, 'Digital Post – spørgetime').querySelector('.price'))).to.match(/^Fra 20\skr\.$/u);
  });

  it('offers the ticket link only while the ticket sale is open, and shows the state instead', async () => {
    const el = await calendar(DPL, 'dpl');
    const open = await opened(el, card(el, `${DANCE}1`));
    const link = open.querySelector<HTMLAnchorElement>('.signup a');
    expect(link?.href ?? 'no link').to.equal('https://billetto.dk/');
    expect(words(link)).to.equal('Tilmeld dig online: Fernisering Moderne Dans');

    const states: [string, string][] = [
      [`${DANCE}3`, 'Udsolgt'],
      [`${DANCE}4`, 'Aflyst'],
      ['dpl:1f7e4fd9-b0c8-4b1c-b8e8-e7337e96b251', 'Tilmelding åbner senere'],
    ];
    for (const [key, state] of states) {
      const course = card(el, key);
      expect(words(course.querySelector('.status')), key).to.equal(state);
      const details = await opened(el, course);
      expect(count(details, '.signup, a[href*="billetto"]'), `${key}: no sign-up`).to.equal(0);
      expect(words(details.querySelector('.signup-state')), key).to.equal(state);
    }
  });

  it('joins the four evenings of the series in one line', async () => {
    const el = await calendar(DPL, 'dpl');
    expect(words(card(el, `${DANCE}2`).querySelector('.series'))).to.equal(
      '4 gange: 4., 11., 18. og 25. marts kl. 19.30–21.00',
    );
  });

  it('shows an exhibition from its first to its last day, under each of its branches', async () => {
    const el = await calendar(DPL, 'dpl');
    const exhibition = titled(el, 'Udstilling: Danske plakater');
    expect(words(exhibition.querySelector('time'))).to.equal('16. marts – 30. april');
    expect(words(exhibition.querySelector('.place'))).to.equal(
      'Hovedbiblioteket, Brønshøj Bibliotek, Udstillingsrummet',
    );
    const select = root(el).querySelector<HTMLSelectElement>('select[name="branch"]')!;
    for (const branch of ['Brønshøj Bibliotek', 'Hovedbiblioteket']) {
      select.value = branch;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const titles = [...root(el).querySelectorAll('.course-card .title')].map(words);
      expect(titles, branch).to.include('Udstilling: Danske plakater');
    }
  });

  it('says "Online" once for an online event', async () => {
    const el = await calendar(DPL, 'dpl');
    const meta = words(titled(el, 'Digital Post – spørgetime').querySelector('.meta'));
    expect(meta).to.match(/Hovedbiblioteket Online$/u);
    expect(meta).to.not.contain('Online Online');
  });

  it('says the same in English', async () => {
    const el = await calendar(DPL, 'dpl', 'en');
    expect(words(card(el, `${DANCE}1`).querySelector('.price'))).to.match(/^Free – DKK\s?65$/u);
    expect(words(card(el, `${DANCE}3`).querySelector('.status'))).to.equal('Sold out');
    expect(words(card(el, `${DANCE}4`).querySelector('.status'))).to.equal('Cancelled');
    const cancelled = await opened(el, card(el, `${DANCE}4`));
    expect(count(cancelled, '.signup')).to.equal(0);
    expect(words(cancelled.querySelector('.signup-state'))).to.equal('Cancelled');
    expect(words(card(el, `${DANCE}2`).querySelector('.series'))).to.equal(
      '4 sessions: 4, 11, 18 and 25 March, 19:30–21:00',
    );
    expect(words(titled(el, 'Udstilling: Danske plakater').querySelector('time'))).to.equal('16 March – 30 April');
  });

  it('is accessible with a sold-out session open', async () => {
    const el = await calendar(DPL, 'dpl');
    await opened(el, card(el, `${DANCE}3`));
    await expect(el).to.be.accessible();
  });
});

describe('<mb-course-calendar> on a LibCal 1.1 response written from LibCal clients', () => {
  it('joins a series by future_dates and says once that one sign-up covers it', async () => {
    const el = await calendar(LIBCAL, 'libcal');
    const first = card(el, 'libcal:4101');
    expect(words(first.querySelector('.series'))).to.equal('3 gange: 10., 17. og 24. marts kl. 10.00–12.00');
    const details = await opened(el, first);
    expect(signupWays(details)).to.deep.equal(['Tilmeld dig online: MitID – kom godt i gang']);
    expect(words(details)).to.contain('Du tilmelder dig alle gange på én gang.');
  });

  it('reads a cancelled title as cancelled, without the prefix, and offers no sign-up', async () => {
    const el = await calendar(LIBCAL, 'libcal');
    for (const [key, title] of [
      ['libcal:4110', 'Digital Post for begyndere'],
      ['libcal:4111', 'Tablet café'],
    ]) {
      const course = card(el, key);
      expect(words(course.querySelector('.title'))).to.equal(title);
      expect(words(course.querySelector('.status'))).to.equal('Aflyst');
      const details = await opened(el, course);
      expect(count(details, '.signup'), key).to.equal(0);
      expect(words(details.querySelector('.signup-state'))).to.equal('Aflyst');
    }
  });

  it('offers no sign-up when registration has closed, is full or has not opened', async () => {
    const el = await calendar(LIBCAL, 'libcal');
    const expected: [string, string][] = [
      ['libcal:4112', 'Tilmeldingen er lukket'],
      ['libcal:4114', 'Udsolgt'],
      ['libcal:4116', 'Tilmelding åbner senere'],
    ];
    for (const [key, state] of expected) {
      const course = card(el, key);
      expect(words(course.querySelector('.status')), key).to.equal(state);
      const details = await opened(el, course);
      expect(count(details, '.signup'), key).to.equal(0);
      expect(words(details.querySelector('.signup-state')), key).to.equal(state);
    }
  });

  it('says "Online" once, keeps an exhibition\'s last day, and shows registration_cost in kroner', async () => {
    const el = await calendar(LIBCAL, 'libcal');
    const online = card(el, 'libcal:4113');
    expect(words(online.querySelector('.place'))).to.equal('Hovedbiblioteket');
    expect(words(online.querySelector('.mode'))).to.equal('Online');
    expect(words(card(el, 'libcal:4115').querySelector('time'))).to.equal('16. marts – 30. april');
    expect(words(card(el, 'libcal:4114').querySelector('.price'))).to.match(/^50\skr\.$/u);
  });

  it('finds an event of two campuses under each branch', async () => {
    const el = await calendar(LIBCAL, 'libcal');
    const select = root(el).querySelector<HTMLSelectElement>('select[name="branch"]')!;
    expect([...select.options].map((option) => option.value)).to.include.members(['Filial Nord', 'Hovedbiblioteket']);
    for (const branch of ['Filial Nord', 'Hovedbiblioteket']) {
      select.value = branch;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(count(root(el), '.course-card[data-key="libcal:4115"]'), branch).to.equal(1);
    }
  });

  it('says the same in English', async () => {
    const el = await calendar(LIBCAL, 'libcal', 'en');
    expect(words(card(el, 'libcal:4101').querySelector('.series'))).to.equal(
      '3 sessions: 10, 17 and 24 March, 10:00–12:00',
    );
    expect(words(card(el, 'libcal:4110').querySelector('.status'))).to.equal('Cancelled');
    expect(words(card(el, 'libcal:4112').querySelector('.status'))).to.equal('Sign-up has closed');
    const closed = await opened(el, card(el, 'libcal:4112'));
    expect(count(closed, '.signup')).to.equal(0);
    expect(words(card(el, 'libcal:4115').querySelector('time'))).to.equal('16 March – 30 April');
  });
});
