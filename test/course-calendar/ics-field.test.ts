// Calendar files as other programs write them (Exchange, holiday publishers, Thunderbird, Zimbra), in small fixtures
// of our own that reproduce what the peer corpus check found; and long-running series read near the window.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/course-calendar/define.js';
import type { MbCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { CourseEvent } from '../../src/course-calendar/model.js';
import { readIcs } from '../../src/course-calendar/sources/ics.js';
import { copenhagenWall } from './extra-helpers.js';

const fixture = async (name: string) => (await fetch(`/test/course-calendar/fixtures/${name}`)).text();
const context = (from: string, to: string) => ({
  from: new Date(from),
  to: new Date(to),
  feedUrl: 'https://bibliotek.example/kalender.ics',
  loadedAt: '2026-02-01T12:00:00+01:00',
});
const spring = context('2026-03-01T00:00:00+01:00', '2026-06-30T23:59:59+02:00');
const year = context('2026-03-01T00:00:00+01:00', '2026-12-31T23:59:59+01:00');
const walls = (events: CourseEvent[], title: string) =>
  events.filter((event) => event.title.startsWith(title)).map((event) => copenhagenWall(event.start));
const calendar = (...lines: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Medborger test//DA', ...lines, 'END:VCALENDAR'].join('\r\n');

describe('iCalendar files from other programs', () => {
  describe('all-day events as Exchange and holiday publishers write them', () => {
    it('gives an all-day event without DTEND, or with DTEND on its start, its one day', async () => {
      const { events } = await readIcs(await fixture('allday-exchange.ics'), spring);
      const sale = events.find((event) => event.title === 'Bogudsalg i foyeren')!;
      expect([sale.start, sale.end, sale.allDay]).to.deep.equal([
        '2026-03-16T00:00:00+01:00',
        '2026-03-17T00:00:00+01:00',
        true,
      ]);
      const closed = events.find((event) => event.title === 'Lukket for kursus')!;
      expect([closed.start, closed.end]).to.deep.equal(['2026-03-20T00:00:00+01:00', '2026-03-21T00:00:00+01:00']);
    });

    it('moves the session an Exchange override names by a date-time, and keeps the series past a broken one', async () => {
      const { events, problems } = await readIcs(await fixture('allday-exchange.ics'), spring);
      expect(
        events.filter((e) => e.title.startsWith('IT-café')).map((e) => [e.start.slice(0, 10), e.title]),
      ).to.deep.equal([
        ['2026-04-02', 'IT-café hele dagen'],
        ['2026-04-17', 'IT-café hele dagen (fredag)'],
        ['2026-04-30', 'IT-café hele dagen'],
        ['2026-05-14', 'IT-café hele dagen'],
      ]);
      expect(problems).to.deep.equal([{ index: 4, id: 'it-cafe-heldag@example', reason: 'no-start' }]);
    });
  });

  describe('repairs and ical.js workarounds', () => {
    it('keeps an event with an empty RRULE and a date written without VALUE=DATE', async () => {
      const { events } = await readIcs(await fixture('holidays-and-rules.ics'), spring);
      const easter = events.find((event) => event.title.startsWith('Påskedag'))!;
      expect([easter.start, easter.end, easter.allDay]).to.deep.equal([
        '2026-04-05T00:00:00+02:00',
        '2026-04-06T00:00:00+02:00',
        true,
      ]);
    });

    it('reads two copies of one series as one, with the EXDATE of the newer copy', async () => {
      const { events } = await readIcs(await fixture('holidays-and-rules.ics'), spring);
      expect(walls(events, 'MitID for begyndere')).to.deep.equal([
        'tirsdag 3. marts 2026 10.00',
        'tirsdag 10. marts 2026 10.00',
        'tirsdag 24. marts 2026 10.00',
      ]);
    });

    it('counts BYDAY=+3WE with BYMONTH and COUNT right, and keeps the length of an RDATE period', async () => {
      const { events } = await readIcs(await fixture('holidays-and-rules.ics'), year);
      expect(walls(events, 'Digital Post-værksted')).to.deep.equal([
        'onsdag 18. marts 2026 14.00',
        'onsdag 15. april 2026 14.00',
        'onsdag 20. maj 2026 14.00',
        'onsdag 24. juni 2026 17.00',
        'onsdag 16. september 2026 14.00',
        'onsdag 21. oktober 2026 14.00',
      ]);
      const june = events.find((event) => event.start.startsWith('2026-06-24'))!;
      expect(june.end).to.equal('2026-06-24T20:00:00+02:00');
    });

    it("keeps a second RRULE's sessions after the first rule has ended", async () => {
      const { events } = await readIcs(await fixture('holidays-and-rules.ics'), spring);
      expect(walls(events, 'Spørg om sundhed.dk')).to.deep.equal([
        'mandag 2. marts 2026 09.00',
        'fredag 6. marts 2026 09.00',
        'mandag 9. marts 2026 09.00',
        'fredag 13. marts 2026 09.00',
        'fredag 20. marts 2026 09.00',
        'fredag 27. marts 2026 09.00',
      ]);
    });

    it('shows a one-paragraph description once: as the body, without a teaser', async () => {
      const { events } = await readIcs(await fixture('holidays-and-rules.ics'), spring);
      const workshop = events.find((event) => event.title === 'Digital Post-værksted')!;
      expect(workshop.teaser).to.equal(undefined);
      expect(workshop.bodyHtml).to.equal('<p>Tag din telefon med.</p>');
    });
  });

  describe('long-running series', () => {
    const daily = (rule: string) =>
      calendar(
        'BEGIN:VEVENT',
        'UID:avis@example',
        'DTSTART;TZID=Europe/Copenhagen:19700101T090000',
        'DTEND;TZID=Europe/Copenhagen:19700101T093000',
        `RRULE:${rule}`,
        'SUMMARY:Læs avisen på tablet',
        'END:VEVENT',
      );

    it('shows the 2026 sessions of a daily series begun in 1970', async () => {
      const { events, skipped } = await readIcs(daily('FREQ=DAILY'), spring);
      expect(skipped).to.equal(0);
      expect(events).to.have.length(122);
      expect(copenhagenWall(events[0].start)).to.equal('søndag 1. marts 2026 09.00');
      expect(copenhagenWall(events.at(-1)!.start)).to.equal('tirsdag 30. juni 2026 09.00');
    });

    it('counts a COUNT from 1970 to its last session', async () => {
      // 1 January 1970 + 20,485 days is 1 February 2026: the 20,486th session.
      const { events } = await readIcs(
        daily('FREQ=DAILY;COUNT=20486'),
        context('2026-01-20T00:00:00+01:00', '2026-03-31T00:00:00+02:00'),
      );
      expect(events).to.have.length(13);
      expect(copenhagenWall(events.at(-1)!.start)).to.equal('søndag 1. februar 2026 09.00');
    });

    it('counts a series it cannot walk to the window in skipped, with its reason', async () => {
      const text = calendar(
        'BEGIN:VEVENT',
        'UID:hver-time@example',
        'DTSTART:19700101T090000Z',
        'RRULE:FREQ=HOURLY',
        'SUMMARY:Hver time',
        'END:VEVENT',
      );
      const { events, problems } = await readIcs(text, spring);
      expect(events).to.have.length(0);
      expect(problems).to.deep.equal([{ index: 0, id: 'hver-time@example', reason: 'too-many-occurrences' }]);
    });
  });
});

describe('<mb-course-calendar> on such files', () => {
  const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();
  const cards = (el: MbCourseCalendar) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.course-card')];
  const titles = (el: MbCourseCalendar) => cards(el).map((card) => words(card.querySelector('.title')));
  let mounted: HTMLElement[] = [];
  afterEach(() => {
    for (const el of mounted) el.remove();
    mounted = [];
  });
  before(async function () {
    this.timeout(30_000);
    await import('../../src/course-calendar/sources/ics.js');
    await import('ical.js');
  });

  async function load(src: string, now: string) {
    const el = document.createElement('mb-course-calendar');
    el.setAttribute('src', `/test/course-calendar/fixtures/${src}`);
    el.setAttribute('now', now);
    const loaded = oneEvent(el, 'mb-load');
    document.body.append(el);
    mounted.push(el);
    await loaded;
    await waitUntil(() => cards(el).length > 0, 'no courses shown', { timeout: 5000 });
    await el.updateComplete; // the whole list (it is built a few courses per task)
    return el;
  }

  it('shows an all-day event without DTEND during its day, and not after it', async () => {
    const during = await load('allday-exchange.ics', '2026-03-16T21:00:00+01:00');
    expect(titles(during)).to.include('Bogudsalg i foyeren');
    const after = await load('allday-exchange.ics', '2026-03-17T00:30:00+01:00');
    expect(titles(after)).not.to.include('Bogudsalg i foyeren');
    expect(titles(after)).to.include('Lukket for kursus');
  });

  it('shows a one-paragraph description once when the course is opened', async () => {
    const el = await load('holidays-and-rules.ics', '2026-03-02T08:00:00+01:00');
    const card = cards(el).find((c) => words(c.querySelector('.title')) === 'Digital Post-værksted')!;
    card.querySelector<HTMLButtonElement>('button.toggle')!.click();
    await el.updateComplete;
    const details = card.querySelector('.details')!;
    expect(details.hasAttribute('hidden')).to.equal(false);
    expect(words(details).split('Tag din telefon med.').length - 1).to.equal(1);
  });
});
