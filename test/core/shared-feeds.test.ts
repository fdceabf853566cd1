/*
 * One page, one download per feed: widgets on the same feed share one request and one read (core/shared-feeds.ts).
 * The page's resource timing counts the requests for a feed: every fetch gets an entry, also one the browser's cache
 * answered, and each test's feed has its own query string, so no other test's requests are counted.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/course-calendar/define.js';
import '../../src/guide-card/define.js';
import type { MbCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sharedCounts } from '../../src/core/shared-feeds.js';

const NOW = '2026-03-02T09:00:00+01:00';
const unique = (label: string) => `${label}-${Math.random().toString(36).slice(2, 10)}`;
const counted = (id: string, path: string) => `/${path}?page=${id}`;
const requests = (id: string) =>
  performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).search === `?page=${id}`).length;

/** Mounts a page and waits until every widget on it has read its feed (or said why not). */
async function page(template: TemplateResult, widgets: number): Promise<HTMLElement> {
  let settled = 0;
  const count = () => (settled += 1);
  const root = await fixture<HTMLElement>(
    html`<div @mb-load=${count} @mb-courses-load=${count} @mb-error=${count} @mb-courses-error=${count}>
      ${template}
    </div>`,
  );
  await waitUntil(() => settled >= widgets, `${settled} of ${widgets} widgets read their feed`, { timeout: 8000 });
  return root;
}

const calendarsOf = (root: HTMLElement) => [...root.querySelectorAll<MbCourseCalendar>('mb-course-calendar')];
const courseTitles = (el: MbCourseCalendar) =>
  [...el.shadowRoot!.querySelectorAll('.course-card .title, .compact .title')].length;
/** The sessions a guide card read (the same array as the calendar's when they share the read). */
const cardEvents = (el: Element) => (el as unknown as { courses: { data?: { events: unknown } } }).courses.data?.events;

describe('one page, one download per feed', () => {
  it('a compact calendar, a full calendar and two guide cards on one DPL feed make one request and one read', async () => {
    const id = unique('four');
    const feed = counted(id, 'demo/data/dpl-events.json');
    const root = await page(
      html`<mb-course-calendar view="compact" src=${feed} now=${NOW}></mb-course-calendar>
        <mb-course-calendar src=${feed} now=${NOW}></mb-course-calendar>
        <mb-guide-card guide="mitid" courses-src=${feed} now=${NOW}></mb-guide-card>
        <mb-guide-card guide="digital-post" courses-src=${feed} now=${NOW}></mb-guide-card>`,
      4,
    );
    expect(requests(id)).to.equal(1);
    const [compact, full] = calendarsOf(root);
    await waitUntil(() => courseTitles(compact) > 0 && courseTitles(full) > 0, 'the calendars show courses');
    expect(compact.events, 'one read: the same sessions').to.equal(full.events);
    for (const card of root.querySelectorAll('mb-guide-card')) expect(cardEvents(card)).to.equal(full.events);
    await waitUntil(() => root.querySelector('mb-guide-card')!.shadowRoot!.querySelector('.next-course'));
  });

  it('ten widgets on two feeds make one request per feed', async () => {
    const [a, b] = [unique('ten-a'), unique('ten-b')];
    const dpl = counted(a, 'demo/data/dpl-events.json');
    const own = counted(b, 'demo/data/courses.json');
    const widgets = (src: string) =>
      html`<mb-course-calendar src=${src} now=${NOW}></mb-course-calendar>
        <mb-course-calendar view="compact" src=${src} now=${NOW}></mb-course-calendar>
        <mb-course-calendar view="month" src=${src} now=${NOW}></mb-course-calendar>
        <mb-guide-card guide="mitid" courses-src=${src} now=${NOW}></mb-guide-card>
        <mb-guide-card guide="digital-post" variant="compact" courses-src=${src} now=${NOW}></mb-guide-card>`;
    await page(html`${widgets(dpl)}${widgets(own)}`, 10);
    expect([requests(a), requests(b)]).to.deep.equal([1, 1]);
  });

  it('a calendar merging two feeds and a teaser on one of them download each feed once', async () => {
    const [a, b] = [unique('merge-a'), unique('merge-b')];
    const dpl = counted(a, 'demo/data/dpl-events.json');
    const ics = counted(b, 'demo/data/course-calendar/filial-nord.ics');
    await page(
      html`<mb-course-calendar src=${`${dpl} ${ics}`} now=${NOW}></mb-course-calendar>
        <mb-course-calendar view="compact" src=${dpl} now=${NOW}></mb-course-calendar>`,
      2,
    );
    expect([requests(a), requests(b)]).to.deep.equal([1, 1]);
  });

  it('gives a widget added later the data at once, and fetches anew on "Prøv igen"', async () => {
    const id = unique('later');
    const feed = counted(id, 'demo/data/dpl-events.json');
    const root = await page(html`<mb-course-calendar src=${feed} now=${NOW}></mb-course-calendar>`, 1);
    const later = document.createElement('mb-course-calendar');
    later.setAttribute('now', NOW);
    later.setAttribute('src', feed);
    root.append(later);
    await later.updateComplete;
    expect(later.events.length, 'shown in its first render').to.be.greaterThan(0);
    expect(requests(id)).to.equal(1);
    later.retry();
    await waitUntil(() => requests(id) === 2, 'retry fetched anew');
  });

  it('lets go of what the page shared when the widgets are removed', async () => {
    const before = sharedCounts();
    const id = unique('gone');
    const feed = counted(id, 'demo/data/dpl-events.json');
    const root = await page(
      html`<mb-course-calendar src=${feed} now=${NOW}></mb-course-calendar>
        <mb-guide-card guide="mitid" courses-src=${feed} now=${NOW}></mb-guide-card>`,
      2,
    );
    expect(sharedCounts().reads).to.equal(before.reads + 1);
    root.remove();
    expect(sharedCounts()).to.deep.equal(before);
  });
});
