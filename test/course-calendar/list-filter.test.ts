/*
 * Filtering a long list: the list of a long data set stays in the virtualizer while the citizen narrows it (a keyed
 * update of the rows on screen, not a new list of every match), and becomes a plain list once what is left is short.
 * What the citizen hears and sees must be the same either way: the count, the day headings, the courses in order.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/course-calendar/define.js';
import type { MbCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { SHORT_LIST, VIRTUALIZE_ABOVE } from '../../src/course-calendar/views/agenda.js';

const NOW = '2026-03-02T09:00:00+01:00';
const $ = (el: MbCourseCalendar, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: MbCourseCalendar, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();

/** 600 sessions, one an hour from 3 March; every tenth is a MitID course, and only sessions 0–9 mention "café". */
const FEED = Array.from({ length: 600 }, (_, i) => ({
  id: `s${i}`,
  title: i % 10 === 0 ? `MitID ${i}` : `Kursus ${i}`,
  teaser: i < 10 ? 'I caféen' : 'På biblioteket',
  start: new Date(Date.parse('2026-03-03T08:00:00Z') + i * 3_600_000).toISOString(),
}));

async function search(el: MbCourseCalendar, text: string): Promise<void> {
  const input = $(el, 'input[type="search"]') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

describe('<mb-course-calendar> filtering a long list', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

  it('stays virtualised while the filters leave more than a short list, and lists a short one whole', async () => {
    expect(FEED.length).to.be.greaterThan(VIRTUALIZE_ABOVE);
    const el = await fixture<MbCourseCalendar>(html`<mb-course-calendar now=${NOW}></mb-course-calendar>`);
    el.courses = FEED;
    await waitUntil(() => $(el, '.virtual .course'), 'virtualised rows', { timeout: 10_000 });
    expect(words($(el, '[part~="count"]'))).to.equal('600 kurser fundet');

    // 60 MitID courses: more than a short list, fewer than VIRTUALIZE_ABOVE; still the virtualizer.
    await search(el, 'mitid');
    expect(60).to.be.greaterThan(SHORT_LIST);
    expect(words($(el, '[part~="count"]'))).to.equal('60 kurser fundet');
    await waitUntil(() => words($(el, '.virtual .course .title')) === 'MitID 0', 'the first match on screen');
    expect($$(el, '.virtual .course .title').map(words).slice(0, 3)).to.deep.equal(['MitID 0', 'MitID 10', 'MitID 20']);
    expect(words($(el, '.virtual .day-heading'))).to.equal('Tirsdag 3. marts 2026');

    // "café" leaves 10: a plain list of all of them, under their day headings.
    await search(el, 'café');
    expect(words($(el, '[part~="count"]'))).to.equal('10 kurser fundet');
    expect($(el, '.virtual'), 'a short list is not virtualised').to.be.null;
    expect($$(el, '.course .title').map(words)).to.deep.equal([
      'MitID 0',
      ...Array.from({ length: 9 }, (_, i) => `Kursus ${i + 1}`),
    ]);
    expect($$(el, '.day-heading').map(words)).to.deep.equal(['Tirsdag 3. marts 2026']);

    // Cleared: the whole list again, virtualised.
    await search(el, '');
    await waitUntil(() => $(el, '.virtual .course'), 'virtualised rows again');
    expect(words($(el, '[part~="count"]'))).to.equal('600 kurser fundet');
  });

  it('lists a short data set whole, whatever the filters leave', async () => {
    const el = await fixture<MbCourseCalendar>(html`<mb-course-calendar now=${NOW}></mb-course-calendar>`);
    el.courses = FEED.slice(0, 150);
    await waitUntil(() => $(el, '.course'), 'the list');
    await el.updateComplete; // the list comes a few courses per task (see the next test)
    expect($(el, '.virtual')).to.be.null;
    expect($$(el, '.course')).to.have.length(150);
    await search(el, 'mitid');
    expect($(el, '.virtual')).to.be.null;
    expect($$(el, '.course')).to.have.length(15);
  });

  it('builds a long list a few courses per task, keeping those shown, and updateComplete waits for the whole', async () => {
    const el = await fixture<MbCourseCalendar>(html`<mb-course-calendar now=${NOW}></mb-course-calendar>`);
    // How many courses the list holds after each render (a MutationObserver runs right after the render's task).
    const counts: number[] = [];
    let button: HTMLButtonElement | null = null;
    const observer = new MutationObserver(() => {
      const count = $$(el, '.course').length;
      if (count && counts.at(-1) !== count) counts.push(count);
      if (count && !button) {
        button = $$(el, '.course')[0].querySelector('button.toggle');
        button!.focus();
      }
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    el.courses = FEED.slice(0, 150);
    await waitUntil(() => counts.length, 'the list');
    await el.updateComplete;
    observer.disconnect();
    // The first render: the first few courses, so no single task builds 150 cards; then more, task by task.
    expect(counts[0]).to.be.within(1, 10);
    expect(counts.length).to.be.greaterThan(5);
    const all = $$(el, '.course');
    expect(all).to.have.length(150);
    // The first cards were kept while the rest arrived: the citizen who tabbed into the list stays where they were.
    expect(all[0].querySelector('button.toggle')).to.equal(button);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    // In order: the cards' times never go backwards.
    const times = all.map((card) => Date.parse(card.querySelector('time')!.getAttribute('datetime')!));
    expect(times.every((time, i) => i === 0 || times[i - 1] <= time)).to.equal(true);
  });
});
