import { expect } from '@open-wc/testing';
import { LoadError } from '../../src/core/feed.js';
import { formatTime } from '../../src/core/time.js';
import type { CourseEvent } from '../../src/course-calendar/model.js';
import { looksLikeIcs, readIcs } from '../../src/course-calendar/sources/ics.js';
import { copenhagenWall } from './extra-helpers.js';

const fixture = async (name: string) => (await fetch(`/test/course-calendar/fixtures/${name}`)).text();
const spring = {
  from: new Date('2026-03-01T00:00:00+01:00'),
  to: new Date('2026-06-30T23:59:59+02:00'),
  feedUrl: 'https://bibliotek.example/kalender.ics',
  loadedAt: '2026-02-01T12:00:00+01:00',
};
const byTitle = (events: CourseEvent[], title: string) => events.filter((event) => event.title === title);

describe('iCalendar feeds', () => {
  describe('an Outlook calendar with Windows zone names', () => {
    it('shows a weekly series at 10.00 on both sides of the spring DST change, without the excluded week', async () => {
      const { events, skipped } = await readIcs(await fixture('outlook.ics'), spring);
      expect(skipped).to.equal(0);
      const series = events.filter((event) => event.seriesKey?.startsWith('040000008200E00074C5B7101A82E008'));
      expect(series.map((event) => copenhagenWall(event.start))).to.deep.equal([
        'tirsdag 17. marts 2026 10.00',
        'onsdag 25. marts 2026 14.00',
        'tirsdag 31. marts 2026 10.00',
        'tirsdag 14. april 2026 10.00',
        'tirsdag 21. april 2026 10.00',
      ]);
      // Same wall time, different instants: the hour moved, the course did not.
      const [first, , third] = series;
      expect(new Date(first.start).toISOString()).to.equal('2026-03-17T09:00:00.000Z');
      expect(new Date(third.start).toISOString()).to.equal('2026-03-31T08:00:00.000Z');
      expect(formatTime(new Date(third.end!), 'da')).to.equal('12.00');
      // 7 April was excluded with EXDATE.
      expect(series.some((event) => event.start.startsWith('2026-04-07'))).to.equal(false);
    });

    it('replaces the moved session with its override, keyed by the original slot', async () => {
      const { events } = await readIcs(await fixture('outlook.ics'), spring);
      const moved = events.find((event) => event.title.endsWith('(flyttet)'))!;
      expect(copenhagenWall(moved.start)).to.equal('onsdag 25. marts 2026 14.00');
      expect(formatTime(new Date(moved.end!), 'da')).to.equal('16.00');
      expect(moved.place?.name).to.equal('Mødelokale 3');
      expect(moved.key).to.match(/\/20260324T100000$/);
      expect(events.filter((event) => event.start.startsWith('2026-03-24'))).to.have.length(0);
    });

    it('reads a Windows zone name even when the file leaves out its VTIMEZONE', async () => {
      const { events } = await readIcs(await fixture('outlook.ics'), spring);
      const [single] = byTitle(events, 'Sundhed.dk for begyndere');
      expect(copenhagenWall(single.start)).to.equal('tirsdag 5. maj 2026 09.30');
      expect(single.seriesKey).to.equal(undefined);
    });

    it("uses the file's own VTIMEZONE for a zone name nobody else knows", async () => {
      const text = [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'BEGIN:VTIMEZONE',
        'TZID:Bibliotekets tid',
        'BEGIN:STANDARD',
        'DTSTART:19700101T000000',
        'TZOFFSETFROM:+0300',
        'TZOFFSETTO:+0300',
        'END:STANDARD',
        'END:VTIMEZONE',
        'BEGIN:VEVENT',
        'UID:own-zone',
        'DTSTART;TZID=Bibliotekets tid:20260303T120000',
        'SUMMARY:Egen zone',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n');
      const { events } = await readIcs(text, spring);
      // 12.00 at +03:00 is 09.00 UTC, 10.00 in Copenhagen.
      expect(new Date(events[0].start).toISOString()).to.equal('2026-03-03T09:00:00.000Z');
    });
    it('fills an override that only states what changed from its series', async () => {
      const text = [
        'BEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        'UID:sparse',
        'DTSTART;TZID=Europe/Copenhagen:20260302T100000',
        'DTEND;TZID=Europe/Copenhagen:20260302T120000',
        'RRULE:FREQ=WEEKLY;COUNT=2',
        'SUMMARY:Netbank for begyndere',
        'LOCATION:Hovedbiblioteket',
        'CATEGORIES:Netbank',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:sparse',
        'RECURRENCE-ID;TZID=Europe/Copenhagen:20260309T100000',
        'DTSTART;TZID=Europe/Copenhagen:20260309T130000',
        'DTEND;TZID=Europe/Copenhagen:20260309T150000',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n');
      const { events, skipped } = await readIcs(text, spring);
      expect(skipped).to.equal(0);
      expect(events.map((e) => [copenhagenWall(e.start), e.title, e.place?.name, e.categories])).to.deep.equal([
        ['mandag 2. marts 2026 10.00', 'Netbank for begyndere', 'Hovedbiblioteket', ['Netbank']],
        ['mandag 9. marts 2026 13.00', 'Netbank for begyndere', 'Hovedbiblioteket', ['Netbank']],
      ]);
    });
  });

  describe('UTC, all-day, floating and IANA times', () => {
    it('shows UTC times in Copenhagen time, winter and summer', async () => {
      const { events } = await readIcs(await fixture('utc-allday.ics'), spring);
      const [winter] = byTitle(events, 'MitID – kom godt i gang');
      expect(copenhagenWall(winter.start)).to.equal('tirsdag 3. marts 2026 10.00');
      expect(formatTime(new Date(winter.end!), 'da')).to.equal('12.00');
      const summer = events.find((event) => event.key === 'ics:utc-summer@filial-nord.example')!;
      expect(copenhagenWall(summer.start)).to.equal('tirsdag 2. juni 2026 10.00');
      // DURATION instead of DTEND.
      expect(formatTime(new Date(summer.end!), 'da')).to.equal('11.30');
    });

    it('keeps all-day events on their dates with an exclusive end at the next midnight', async () => {
      const { events } = await readIcs(await fixture('utc-allday.ics'), spring);
      const [one] = byTitle(events, 'Digital hjælpedag');
      expect(one).to.include({ allDay: true, start: '2026-03-10T00:00:00+01:00', end: '2026-03-11T00:00:00+01:00' });
      // A weekend across the spring change: the end is midnight in summer time.
      const [weekend] = byTitle(events, 'Weekend med borger.dk');
      expect(weekend).to.include({ start: '2026-03-28T00:00:00+01:00', end: '2026-03-30T00:00:00+02:00' });
    });

    it('reads a time without zone as Copenhagen time, and a named IANA zone as that zone', async () => {
      const { events } = await readIcs(await fixture('utc-allday.ics'), spring);
      expect(copenhagenWall(byTitle(events, 'Skattemappen uden floating-fejl')[0].start)).to.equal(
        'onsdag 15. april 2026 13.30',
      );
      expect(copenhagenWall(byTitle(events, 'Sundhedskort og gult kort')[0].start)).to.equal(
        'mandag 30. marts 2026 10.00',
      );
      // 09.00 in New York is 15.00 in Copenhagen (both in winter time on 5 March).
      const online = byTitle(events, 'Online: Pas og kørekort')[0];
      expect(copenhagenWall(online.start)).to.equal('torsdag 5. marts 2026 15.00');
      // A meeting link as LOCATION makes the session online but is never passed on.
      expect(online.mode).to.equal('online');
      expect(online.place).to.equal(undefined);
      expect(JSON.stringify(online)).to.not.contain('teams.example');
    });

    it('leaves out sessions outside the window asked for', async () => {
      const { events } = await readIcs(await fixture('utc-allday.ics'), spring);
      expect(byTitle(events, 'Uden for vinduet')).to.have.length(0);
      const later = await readIcs(await fixture('utc-allday.ics'), {
        from: new Date('2027-01-01T00:00:00Z'),
        to: new Date('2027-12-31T00:00:00Z'),
      });
      expect(later.events.map((event) => event.title)).to.deep.equal(['Uden for vinduet']);
    });
  });

  describe('cancelled sessions and RDATE', () => {
    it('keeps cancelled sessions, marked cancelled, and adds extra dates from RDATE', async () => {
      const { events } = await readIcs(await fixture('cancelled.ics'), spring);
      expect(events.map((event) => [copenhagenWall(event.start), event.title, event.status])).to.deep.equal([
        ['mandag 2. marts 2026 10.00', 'Digital Post for begyndere', 'scheduled'],
        ['mandag 9. marts 2026 10.00', 'Digital Post for begyndere', 'cancelled'],
        ['torsdag 12. marts 2026 17.00', 'Aflyst: Ældre og apps', 'cancelled'],
        ['mandag 16. marts 2026 10.00', 'Digital Post for begyndere', 'scheduled'],
        ['torsdag 19. marts 2026 14.00', 'Digital Post for begyndere', 'scheduled'],
        ['fredag 20. marts 2026 10.00', 'Måske: Netbank', 'scheduled'],
      ]);
      expect(new Set(events.filter((e) => e.seriesKey).map((e) => e.seriesKey))).to.deep.equal(
        new Set(['series@example']),
      );
      expect(new Set(events.map((e) => e.key)).size).to.equal(events.length);
    });
  });

  describe('Danish text', () => {
    it('unfolds and unescapes folded Danish text with æ, ø and å', async () => {
      const { events } = await readIcs(await fixture('danish-text.ics'), spring);
      const event = events.find((e) => e.key === 'ics:tekst@example')!;
      expect(event.title).to.equal('Få styr på Digital Post; læs, svar og gem breve fra kommunen og Skat – på dansk');
      expect(event.teaser).to.equal('Vi gennemgår Digital Post trin for trin. Du lærer at åbne og besvare breve.');
      expect(event.bodyHtml).to.contain('Kurset er gratis; tilmelding er nødvendig. Sti: C:\\Bruger\\Søren');
      expect(event.place?.name).to.equal('Hovedbiblioteket, Mødelokale 2');
      expect(event.place).to.include({ lat: 55.6761, lon: 12.5683 });
      expect(event.categories).to.deep.equal(['MitID', 'Digital Post', 'Hjælp, råd og vejledning', 'Ældre']);
      expect(event.presenters).to.deep.equal(['Bodil Ærø']);
      expect(event.pageUrl).to.equal('https://bibliotek.example/arrangementer/faa-styr-paa-digital-post');
      expect(event.source).to.deep.equal({
        kind: 'ics',
        id: 'tekst@example',
        feedUrl: 'https://bibliotek.example/kalender.ics',
        loadedAt: '2026-02-01T12:00:00+01:00',
      });
    });

    it('keeps hostile text as text and drops a javascript: link', async () => {
      const { events } = await readIcs(await fixture('danish-text.ics'), spring);
      const hostile = events.find((e) => e.key === 'ics:farlig-url@example')!;
      expect(hostile.title).to.equal('<img src=x onerror=alert(1)>');
      expect(hostile.pageUrl).to.equal(undefined);
    });

    it('escapes the description when it becomes HTML', async () => {
      const text = (await fixture('danish-text.ics')).replace('Vi gennemgår', '<b>Vi</b> gennemgår');
      const { events } = await readIcs(text, spring);
      expect(events[0].bodyHtml).to.match(/^<p>&lt;b&gt;Vi&lt;\/b&gt; gennemgår/);
    });
  });

  describe('broken records and files', () => {
    it('skips and counts events without a start, without a title, or that cannot be read', async () => {
      const { events, skipped, problems } = await readIcs(await fixture('broken.ics'), spring);
      expect(events.map((event) => event.title)).to.deep.equal(['Et godt kursus']);
      expect(skipped).to.equal(3);
      expect(problems).to.deep.equal([
        { index: 1, id: 'no-start@example', reason: 'no-start' },
        { index: 2, id: 'no-title@example', reason: 'no-title' },
        { index: 3, reason: 'unreadable' },
      ]);
    });

    it('throws a parse error for text that is not iCalendar', async () => {
      for (const text of ['', '{"events": []}', '<html></html>']) {
        let error: unknown;
        try {
          await readIcs(text, spring);
        } catch (caught) {
          error = caught;
        }
        expect(error).to.be.instanceOf(LoadError);
        expect((error as LoadError).kind).to.equal('parse');
      }
    });

    it('expands an endless daily series only within the window', async () => {
      const text = [
        'BEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        'UID:daily',
        'DTSTART;TZID=Europe/Copenhagen:20200101T090000',
        'RRULE:FREQ=DAILY',
        'SUMMARY:Daglig hjælp',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n');
      const { events } = await readIcs(text, {
        from: new Date('2026-03-28T00:00:00Z'),
        to: new Date('2026-03-31T00:00:00Z'),
      });
      expect(events.map((event) => copenhagenWall(event.start))).to.deep.equal([
        'lørdag 28. marts 2026 09.00',
        'søndag 29. marts 2026 09.00',
        'mandag 30. marts 2026 09.00',
      ]);
    });
  });

  describe('format detection', () => {
    it('recognises iCalendar text, with a BOM or leading blank lines, and nothing else', async () => {
      expect(looksLikeIcs(await fixture('outlook.ics'))).to.equal(true);
      expect(looksLikeIcs('\uFEFF\r\n\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR')).to.equal(true);
      expect(looksLikeIcs('begin:vcalendar\n')).to.equal(true);
      expect(looksLikeIcs('{"BEGIN:VCALENDAR": 1}')).to.equal(false);
      expect(looksLikeIcs('<p>BEGIN:VCALENDAR</p>')).to.equal(false);
      expect(looksLikeIcs('')).to.equal(false);
    });
  });
});
