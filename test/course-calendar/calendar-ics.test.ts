import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/course-calendar/define.js';
import type { MbLoadDetail } from '../../src/core/events.js';
import type { MbCourseCalendar } from '../../src/course-calendar/course-calendar.js';

const NOW = '2026-03-02T09:00:00+01:00';
const OUTLOOK = '/test/course-calendar/fixtures/outlook.ics';
const BROKEN = '/test/course-calendar/fixtures/broken.ics';

const $$ = (el: MbCourseCalendar, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();
const cards = (el: MbCourseCalendar) => $$(el, '.course-card');
const titleOf = (card: HTMLElement) => words(card.querySelector('.title'));
const timeOf = (card: HTMLElement) => words(card.querySelector('time'));

let mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted) el.remove();
  mounted = [];
});

/** Mounts a calendar on an iCalendar feed and waits for its `mb-load`. */
async function load(attributes: Record<string, string>) {
  const el = document.createElement('mb-course-calendar');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const loaded = oneEvent<CustomEvent>(el, 'mb-load');
  document.body.append(el);
  mounted.push(el);
  const event = await loaded;
  await waitUntil(() => cards(el).length > 0, 'no courses shown', { timeout: 5000 });
  return { el, detail: event.detail as MbLoadDetail };
}

describe('<mb-course-calendar> on an iCalendar feed', () => {
  // ical.js is a large lazy module; the first cold load in a busy browser is not what these tests are about.
  before(async function () {
    this.timeout(30_000);
    await import('../../src/course-calendar/sources/ics.js');
    await import('ical.js');
  });

  it('is accessible with the sessions of an Outlook feed', async () => {
    const { el } = await load({ src: OUTLOOK, format: 'ics', now: NOW });
    await expect(el).to.be.accessible();
  });

  it('shows every session of a weekly series in Copenhagen time, with the moved one at its new time', async () => {
    const { el } = await load({ src: OUTLOOK, format: 'ics', now: NOW });
    const cafe = cards(el).filter((card) => titleOf(card).startsWith('IT-café'));
    // Six Tuesdays from 17 March, 7 April cancelled (EXDATE), 24 March moved to Wednesday 25 March 14–16.
    expect(cafe.map(timeOf)).to.deep.equal([
      'kl. 10.00–12.00',
      'kl. 14.00–16.00',
      'kl. 10.00–12.00',
      'kl. 10.00–12.00',
      'kl. 10.00–12.00',
    ]);
    const sundhed = cards(el).find((card) => titleOf(card) === 'Sundhed.dk for begyndere');
    expect(sundhed, 'the Sundhed.dk course').to.exist;
    expect(timeOf(sundhed!), 'a Windows zone name read as Central European time').to.equal('kl. 9.30–11.30');
  });

  it('detects iCalendar with format="auto" and reports the count and format in mb-load', async () => {
    const { el, detail } = await load({ src: OUTLOOK, now: NOW });
    expect(detail.formats).to.deep.equal(['ics']);
    expect(detail.count).to.equal(6);
    expect(detail.skipped).to.equal(0);
    expect(cards(el)).to.have.length(6);
  });

  it('shows the events it can read and counts the rest as skipped', async () => {
    const { el, detail } = await load({ src: BROKEN, now: NOW });
    expect(cards(el).map(titleOf)).to.include('Et godt kursus');
    expect(cards(el).map(titleOf)).not.to.include('Ingen start');
    expect(detail.count).to.equal(cards(el).length);
    expect(detail.skipped).to.be.greaterThan(0);
  });

  it('expands a series only up to `to`', async () => {
    const { detail } = await load({ src: OUTLOOK, format: 'ics', now: NOW, to: '2026-03-31' });
    expect(detail.count).to.equal(3);
  });

  it('reads inline JSON as JSON when format="ics" (a text format reads data that is JSON already as auto)', async () => {
    const el = document.createElement('mb-course-calendar');
    el.setAttribute('format', 'ics');
    el.setAttribute('now', NOW);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({
      courses: [{ id: 'a', title: 'Inline kursus', start: '2026-03-04T10:00:00+01:00' }],
    });
    el.append(script);
    const loaded = oneEvent<CustomEvent>(el, 'mb-load');
    document.body.append(el);
    mounted.push(el);
    expect(((await loaded).detail as MbLoadDetail).formats).to.deep.equal(['json']);
    await waitUntil(() => cards(el).length > 0, 'no courses shown', { timeout: 5000 });
    expect(cards(el).map(titleOf)).to.deep.equal(['Inline kursus']);
  });
});
