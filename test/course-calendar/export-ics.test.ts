import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { formatTime } from '../../src/core/time.js';
import {
  downloadIcs,
  foldLine,
  htmlToText,
  icsFileName,
  sessionsOf,
  toIcs,
} from '../../src/course-calendar/export-ics.js';
import type { CourseEvent } from '../../src/course-calendar/model.js';
import { readIcs } from '../../src/course-calendar/sources/ics.js';
import { copenhagenWall, course } from './extra-helpers.js';

const now = new Date('2026-02-01T12:00:00Z');
const octets = (line: string) => new TextEncoder().encode(line).length;

/** Four Tuesdays across the spring change, one of them cancelled. */
const series: CourseEvent[] = ['2026-03-17', '2026-03-24', '2026-03-31', '2026-04-07'].map((day, i) => {
  const offset = day < '2026-03-29' ? '+01:00' : '+02:00';
  return course({
    id: `dp-${i + 1}`,
    seriesKey: 'dp',
    title: 'Digital Post for begyndere – læs, svar og gem breve fra kommunen, Skat og sundhedsvæsenet',
    start: `${day}T10:00:00${offset}`,
    end: `${day}T12:00:00${offset}`,
    status: i === 2 ? 'cancelled' : 'scheduled',
    bodyHtml:
      '<p>Vi gennemgår Digital Post trin for trin; tag din telefon med, og husk din MitID-app.</p><p>Gratis.</p>',
    place: {
      name: 'Hovedbiblioteket',
      room: 'Mødelokale 2',
      street: 'Ågade 1',
      postalCode: '0800',
      city: 'Høje-Taastrup',
    },
    pageUrl: 'https://bibliotek.example/kurser/digital-post',
    signup: { url: 'https://bibliotek.example/tilmeld/digital-post', phone: '+45 12 34 56 78' },
    bring: ['Din telefon', 'MitID-app'],
    categories: ['Digital Post', 'Hjælp, råd og vejledning'],
  });
});

interface PythonView {
  error?: string;
  exitCode: number;
  method: string;
  prodid: string;
  timezones: string[];
  errors: string[];
  events: {
    uid: string;
    summary: string;
    description: string | null;
    location: string | null;
    dtstart: string;
    dtstartTzid: string | null;
    dtend: string | null;
    status: string;
    alarms: number;
  }[];
}

describe('"Tilføj til kalender" (.ics export)', () => {
  it('writes CRLF lines of at most 75 octets, folded without splitting a Danish letter', async () => {
    const text = await toIcs(series, { lang: 'da', now });
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(octets(line), line).to.be.at.most(75);
    // Long Danish lines were folded, and unfolding gives back the whole text.
    expect(lines.some((line) => line.startsWith(' '))).to.equal(true);
    expect(text).to.not.contain('\uFFFD');
  });

  it('folds by octets and never inside a multi-byte character', () => {
    const line = `SUMMARY:${'æ'.repeat(100)}😀ø`;
    const folded = foldLine(line).split('\r\n');
    for (const part of folded) expect(octets(part)).to.be.at.most(75);
    expect(folded.map((part, i) => (i ? part.slice(1) : part)).join('')).to.equal(line);
    expect(foldLine('SHORT:æøå')).to.equal('SHORT:æøå');
  });

  it('has the calendar header, the Copenhagen VTIMEZONE and one VEVENT per session', async () => {
    const text = await toIcs(series, { lang: 'da', now });
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).to.equal('-//medborger//mb-course-calendar//DA');
    expect(calendar.getFirstPropertyValue('method')).to.equal('PUBLISH');
    expect(calendar.getFirstPropertyValue('calscale')).to.equal('GREGORIAN');
    const zones = calendar.getAllSubcomponents('vtimezone');
    expect(zones.map((zone) => zone.getFirstPropertyValue('tzid'))).to.deep.equal(['Europe/Copenhagen']);
    expect(text).to.contain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(text).to.contain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(calendar.getAllSubcomponents('vevent')).to.have.length(4);
  });

  it('writes every property of a session, read back with ical.js', async () => {
    const text = await toIcs(series, { lang: 'da', now });
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const first = calendar.getAllSubcomponents('vevent')[0];
    expect(first.getFirstPropertyValue('uid')).to.equal('medborger:dp-1@medborger');
    expect(String(first.getFirstPropertyValue('dtstamp'))).to.equal('2026-02-01T12:00:00Z');
    expect(first.getFirstProperty('dtstart')!.getParameter('tzid')).to.equal('Europe/Copenhagen');
    expect(String(first.getFirstPropertyValue('dtstart'))).to.equal('2026-03-17T10:00:00');
    expect(String(first.getFirstPropertyValue('dtend'))).to.equal('2026-03-17T12:00:00');
    expect(first.getFirstPropertyValue('summary')).to.equal(series[0].title);
    expect(first.getFirstPropertyValue('location')).to.equal(
      'Hovedbiblioteket, Mødelokale 2, Ågade 1, 0800 Høje-Taastrup',
    );
    expect(first.getFirstPropertyValue('url')).to.equal('https://bibliotek.example/kurser/digital-post');
    expect(first.getFirstPropertyValue('status')).to.equal('CONFIRMED');
    expect(first.getFirstProperty('categories')!.getValues()).to.deep.equal([
      'Digital Post',
      'Hjælp, råd og vejledning',
    ]);
    expect(first.getFirstPropertyValue('description')).to.equal(
      [
        'Vi gennemgår Digital Post trin for trin; tag din telefon med, og husk din MitID-app.\n\nGratis.',
        'Tilmelding: https://bibliotek.example/tilmeld/digital-post',
        'Tilmelding på telefon: +45 12 34 56 78',
        'Det skal du have med: Din telefon, MitID-app',
        'Læs mere: https://bibliotek.example/kurser/digital-post',
      ].join('\n\n'),
    );
    const alarm = first.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).to.equal('DISPLAY');
    expect(String(alarm.getFirstPropertyValue('trigger'))).to.equal('-PT1H');
    expect(alarm.getFirstPropertyValue('description')).to.equal(`Om lidt: ${series[0].title}`);
  });

  it('marks a cancelled session CANCELLED, says so in its title, and sets no reminder for it', async () => {
    const text = await toIcs(series, { lang: 'da', now });
    const cancelled = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent')[2];
    expect(cancelled.getFirstPropertyValue('status')).to.equal('CANCELLED');
    expect(cancelled.getFirstPropertyValue('summary')).to.equal(`Aflyst: ${series[2].title}`);
    expect(cancelled.getFirstSubcomponent('valarm')).to.equal(null);
    const english = await toIcs([series[2]], { lang: 'en', now });
    expect(english).to.contain('SUMMARY:Cancelled: Digital Post');
    // A title that already says so is not prefixed twice.
    const once = await toIcs([course({ title: 'Aflyst: Ældre og apps', status: 'cancelled' })], { lang: 'da', now });
    expect(once).to.contain('SUMMARY:Aflyst: Ældre og apps\r\n');
  });

  it('keeps 10.00 Copenhagen time on both sides of the DST change when read back', async () => {
    const text = await toIcs(series, { lang: 'da', now });
    const { events } = await readIcs(text, {
      from: new Date('2026-03-01T00:00:00Z'),
      to: new Date('2026-05-01T00:00:00Z'),
    });
    expect(events.map((event) => copenhagenWall(event.start))).to.deep.equal([
      'tirsdag 17. marts 2026 10.00',
      'tirsdag 24. marts 2026 10.00',
      'tirsdag 31. marts 2026 10.00',
      'tirsdag 7. april 2026 10.00',
    ]);
    expect(events.map((event) => formatTime(new Date(event.end!), 'da'))).to.deep.equal([
      '12.00',
      '12.00',
      '12.00',
      '12.00',
    ]);
    expect(events.map((event) => new Date(event.start).toISOString().slice(11, 16))).to.deep.equal([
      '09:00',
      '09:00',
      '08:00',
      '08:00',
    ]);
  });

  it('writes all-day sessions as dates with an exclusive end, and the reminder as given', async () => {
    const day = course({ id: 'day', allDay: true, start: '2026-03-10T00:00:00+01:00', end: undefined });
    const text = await toIcs([day], { lang: 'en', now, reminderMinutes: 1440, productId: '-//Test//EN' });
    expect(text).to.contain('DTSTART;VALUE=DATE:20260310\r\n');
    expect(text).to.contain('DTEND;VALUE=DATE:20260311\r\n');
    expect(text).to.contain('TRIGGER:-P1D\r\n');
    expect(text).to.contain('PRODID:-//Test//EN\r\n');
    expect(text).to.contain('DESCRIPTION:Starting soon: MitID – kom godt i gang');
    // A file with only dates needs no time zone.
    expect(text).to.not.contain('VTIMEZONE');
    const none = await toIcs([day], { lang: 'da', now, reminderMinutes: null });
    expect(none).to.not.contain('VALARM');
  });

  it('is accepted by a second, independent parser (Python icalendar)', async () => {
    const text = await toIcs(
      [
        ...series,
        course({ id: 'day', allDay: true, start: '2026-03-10T00:00:00+01:00', end: '2026-03-12T00:00:00+01:00' }),
      ],
      { lang: 'da', now },
    );
    const view = await executeServerCommand<PythonView, string>('validate-ics', text);
    expect(view.error, view.error).to.equal(undefined);
    expect(view.exitCode).to.equal(0);
    expect(view.errors).to.deep.equal([]);
    expect(view.method).to.equal('PUBLISH');
    expect(view.timezones).to.deep.equal(['Europe/Copenhagen']);
    expect(
      view.events.map((event) => [event.uid, event.dtstart, event.dtstartTzid, event.status, event.alarms]),
    ).to.deep.equal([
      ['medborger:dp-1@medborger', '2026-03-17T10:00:00+01:00', 'Europe/Copenhagen', 'CONFIRMED', 1],
      ['medborger:dp-2@medborger', '2026-03-24T10:00:00+01:00', 'Europe/Copenhagen', 'CONFIRMED', 1],
      ['medborger:dp-3@medborger', '2026-03-31T10:00:00+02:00', 'Europe/Copenhagen', 'CANCELLED', 0],
      ['medborger:dp-4@medborger', '2026-04-07T10:00:00+02:00', 'Europe/Copenhagen', 'CONFIRMED', 1],
      ['medborger:day@medborger', '2026-03-10', null, 'CONFIRMED', 1],
    ]);
    expect(view.events[4].dtend).to.equal('2026-03-12');
    expect(view.events[0].summary).to.equal(series[0].title);
    expect(view.events[0].location).to.equal('Hovedbiblioteket, Mødelokale 2, Ågade 1, 0800 Høje-Taastrup');
    expect(view.events[0].description).to.contain('Det skal du have med: Din telefon, MitID-app');
  });

  it('rejects a broken file in the Python check, so the check can fail', async () => {
    const view = await executeServerCommand<PythonView, string>('validate-ics', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n');
    expect(view.exitCode).to.not.equal(0);
  });

  it('exports every session of a course, and a lone session alone', () => {
    const other = course({ id: 'other', seriesKey: 'else' });
    expect(sessionsOf(series[2], [other, ...series].reverse())).to.deep.equal(series);
    expect(sessionsOf(other, series)).to.deep.equal([other]);
    const lone = course({ id: 'lone' });
    expect(sessionsOf(lone, series)).to.deep.equal([lone]);
  });

  it('names the file after the course and its date', () => {
    expect(icsFileName(series[0], 'da')).to.match(
      /^digital-post-for-begyndere-laes-svar-og-gem-breve.*-2026-03-17\.ics$/,
    );
    expect(icsFileName(course({ title: 'Ældre & IT: Øv dig på å' }), 'da')).to.equal(
      'aeldre-it-oev-dig-paa-aa-2026-03-03.ics',
    );
    expect(icsFileName(course({ title: '🙂' }), 'da')).to.equal('kurser-2026-03-03.ics');
    expect(icsFileName(course({ title: '🙂' }), 'en')).to.equal('courses-2026-03-03.ics');
  });

  it('reduces HTML descriptions to text without running them', () => {
    expect(htmlToText('<p>Hej &amp; velkommen</p><p>Linje<br>to</p><img src=x onerror="window.hacked=1">')).to.equal(
      'Hej & velkommen\n\nLinje\nto',
    );
    expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('offers the file as a download and cleans up after itself', async () => {
    const clicks: { href: string; download: string }[] = [];
    const revoked: string[] = [];
    const original = URL.revokeObjectURL;
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      original.call(URL, url);
    };
    const listener = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      clicks.push({ href: link.href, download: link.download });
      event.preventDefault();
    };
    document.addEventListener('click', listener, true);
    try {
      downloadIcs('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', 'kursus.ics');
      await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      document.removeEventListener('click', listener, true);
      URL.revokeObjectURL = original;
    }
    expect(clicks).to.have.length(1);
    expect(clicks[0].download).to.equal('kursus.ics');
    expect(clicks[0].href).to.match(/^blob:/);
    expect(revoked).to.deep.equal([clicks[0].href]);
    expect(document.querySelector('a[download]')).to.equal(null);
  });
});
