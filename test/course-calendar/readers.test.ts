import { expect } from '@open-wc/testing';
import { LoadError } from '../../src/core/feed.js';
import type { CourseEvent, ReadResult } from '../../src/course-calendar/model.js';
import { read as readDpl } from '../../src/course-calendar/sources/dpl.js';
import { read as readJson } from '../../src/course-calendar/sources/json.js';
import { read as readLibCal } from '../../src/course-calendar/sources/libcal.js';
import { detect, readFeed } from '../../src/course-calendar/sources/formats.js';
import { SLICE_MS, slicing } from '../../src/course-calendar/sources/common.js';

const fixture = async (name: string): Promise<unknown> =>
  (await fetch(new URL(`./fixtures/${name}`, import.meta.url))).json() as Promise<unknown>;
const context = { feedUrl: 'https://eksempel-bibliotek.dk/api/v1/events', loadedAt: '2026-03-02T09:00:00+01:00' };
const byId = (result: ReadResult, id: string): CourseEvent => {
  const found = result.events.find((event) => event.source.id === id);
  expect(found, `event ${id}`).to.exist;
  return found!;
};

describe('DPL CMS reader', () => {
  let result: ReadResult;
  before(async () => {
    result = await readDpl(await fixture('dpl.json'), context);
  });

  it('reads every usable instance and counts the records it skips, with reasons', () => {
    expect(result.events).to.have.length(9);
    expect(result.skipped).to.equal(6);
    expect(result.problems!.map((p) => p.reason)).to.deep.equal([
      'no-title',
      'no-start',
      'bad-start',
      'no-start',
      'not-an-object',
      'not-an-object',
    ]);
    expect(result.problems![0]).to.include({ id: 'bad-1' });
  });

  it('maps all five states to statuses', () => {
    expect(byId(result, '11111111-0000-4000-8000-000000000001').status).to.equal('scheduled');
    expect(byId(result, '11111111-0000-4000-8000-000000000002').status).to.equal('full');
    expect(byId(result, '11111111-0000-4000-8000-000000000003').status).to.equal('cancelled');
    expect(byId(result, '11111111-0000-4000-8000-000000000004').status).to.equal('signupNotOpen');
    expect(byId(result, '11111111-0000-4000-8000-000000000005').status).to.equal('held');
    // A lower-cased state from an export tool still means Active.
    expect(byId(result, '11111111-0000-4000-8000-000000000009').status).to.equal('scheduled');
  });

  it('reads every field of a full record', () => {
    const event = byId(result, '11111111-0000-4000-8000-000000000001');
    expect(event.key).to.equal('dpl:11111111-0000-4000-8000-000000000001');
    expect(event.source).to.deep.equal({
      kind: 'dpl',
      id: '11111111-0000-4000-8000-000000000001',
      feedUrl: context.feedUrl,
      loadedAt: context.loadedAt,
    });
    expect(event.title).to.equal('MitID – kom godt i gang');
    expect(event.teaser).to.equal('Vi hjælper dig med at sætte MitID-appen op.');
    expect(event.bodyHtml).to.equal('<p>Tag din <strong>telefon</strong> med.</p>');
    expect(event.pageUrl).to.equal('https://eksempel-bibliotek.dk/arrangementer/mitid');
    expect(event.place).to.deep.equal({
      branch: 'Hovedbiblioteket',
      name: 'Hovedbiblioteket',
      room: 'Mødelokale 2',
      street: 'Eksempelvej 1',
      postalCode: '8000',
      city: 'Aarhus C',
      country: 'DK',
    });
    expect(event.mode).to.equal('inPerson');
    expect(event.categories).to.deep.equal(['Digital hjælp']);
    expect(event.tags).to.deep.equal(['MitID']);
    expect(event.price).to.deep.equal({ free: true });
    expect(event.seats).to.deep.equal({ capacity: 12 });
    expect(event.signup).to.deep.equal({ required: true, url: 'https://place2book.example/1' });
    expect(event.images).to.deep.equal({
      teaser: 'https://eksempel-bibliotek.dk/teaser.jpg',
      main: 'https://eksempel-bibliotek.dk/image.jpg',
    });
    expect(event.seriesKey).to.equal('dpl-series:series-mitid');
    expect(event.updatedAt).to.equal('2026-02-02T13:40:00+01:00');
  });

  it('never passes on the staff-only admin link', () => {
    expect(JSON.stringify(result.events)).to.not.contain('ADMIN-SECRET');
  });

  it('reads ticket prices as whole kroner (as dpl-cms sends them), lowest first, keeping every ticket category', () => {
    const event = byId(result, '11111111-0000-4000-8000-000000000002');
    expect(event.price).to.deep.equal({
      free: false,
      amountMinor: 2500,
      currency: 'DKK',
      tiers: [
        { label: 'Voksen', amountMinor: 5000, currency: 'DKK' },
        { label: 'Pensionist', amountMinor: 2500, currency: 'DKK' },
      ],
    });
  });

  it('keeps Copenhagen wall time across the spring change (one series, 10.00 before and after)', () => {
    expect(byId(result, '11111111-0000-4000-8000-000000000001').start).to.equal('2026-03-26T10:00:00+01:00');
    expect(byId(result, '11111111-0000-4000-8000-000000000002').start).to.equal('2026-04-02T10:00:00+02:00');
    // 03.30 on the night of the change exists only in summer time.
    expect(byId(result, '11111111-0000-4000-8000-000000000003').start).to.equal('2026-03-29T03:30:00+02:00');
  });

  it('keeps the second 02.30 of the autumn change apart from the first', () => {
    const event = byId(result, '11111111-0000-4000-8000-000000000004');
    expect(event.start).to.equal('2026-10-25T02:30:00+01:00');
    expect(Date.parse(event.start) - Date.parse('2026-10-25T02:30:00+02:00')).to.equal(3_600_000);
  });

  it('reads all-day events by their Copenhagen date, also when an old CMS sent them shifted to UTC', () => {
    const current = byId(result, '11111111-0000-4000-8000-000000000006');
    const old = byId(result, '11111111-0000-4000-8000-000000000007');
    for (const event of [current, old]) {
      expect(event.allDay).to.equal(true);
      expect(event.start).to.equal('2026-03-28T00:00:00+01:00');
      // The exclusive end is the next midnight, which falls after the change to summer time.
      expect(event.end).to.equal('2026-03-29T00:00:00+01:00');
    }
  });

  it('leaves optional fields out when a record has only the essentials', () => {
    const event = byId(result, '11111111-0000-4000-8000-000000000008');
    expect(event).to.deep.equal({
      key: 'dpl:11111111-0000-4000-8000-000000000008',
      source: {
        kind: 'dpl',
        id: '11111111-0000-4000-8000-000000000008',
        feedUrl: context.feedUrl,
        loadedAt: context.loadedAt,
      },
      title: 'Kun det nødvendige',
      start: '2026-05-05T17:00:00+02:00',
      allDay: false,
      status: 'scheduled',
      mode: 'inPerson',
      // No ticket categories: DPL words an empty price list "Free" (PriceFormatter.php, formatPriceRange).
      price: { free: true },
      categories: [],
      tags: [],
      audiences: [],
      languages: [],
      presenters: [],
      partners: [],
    });
  });

  it('reads camelCase and snake_case spellings alike and repairs wrong types', () => {
    const event = byId(result, '11111111-0000-4000-8000-000000000009');
    expect(event.start).to.equal('2026-05-06T17:00:00+02:00');
    expect(event.end).to.equal('2026-05-06T18:00:00+02:00');
    expect(event.mode).to.equal('online');
    expect(event.place).to.deep.equal({ branch: 'Filial Nord', postalCode: '0800', city: 'Høje Taastrup' });
    expect(event.price).to.deep.equal({ free: false, amountMinor: 7550, currency: 'DKK' });
    expect(event.seats).to.deep.equal({ capacity: 20 });
    expect(event.signup!.url).to.equal('https://place2book.example/9');
    expect(event.images!.teaser).to.equal('https://eksempel-bibliotek.dk/billeder/blandet.jpg');
    expect(event.categories).to.deep.equal([]);
    expect(event.tags).to.deep.equal(['Digital Post', '42']);
    expect(event.pageUrl, 'javascript: links are dropped').to.be.undefined;
  });

  it('sorts sessions by start and rejects data that is not a list', async () => {
    const starts = result.events.map((event) => Date.parse(event.start));
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
    let error: unknown;
    try {
      await readDpl({ message: 'Access denied' }, context);
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(LoadError);
    expect((error as LoadError).kind).to.equal('invalid');
  });
});

describe('LibCal reader', () => {
  let result: ReadResult;
  before(async () => {
    result = await readLibCal(await fixture('libcal.json'), context);
  });

  it('reads the usable events and counts the rest', () => {
    expect(result.events.map((event) => event.source.id)).to.deep.equal(['9001', '9002', '9003', '9004']);
    expect(result.skipped).to.equal(2);
  });

  it('reads seats and seats taken, campus, category, audience, presenter and the sign-up', () => {
    const event = byId(result, '9001');
    expect(event.seats).to.deep.equal({ capacity: 12, left: 3, waitlist: false, asOf: context.loadedAt });
    expect(event.place).to.deep.equal({ branch: 'Hovedbiblioteket', name: 'Room 2', lat: 56.153, lon: 10.214 });
    expect(event.categories).to.deep.equal(['Digital hjælp', 'MitID']);
    expect(event.audiences).to.deep.equal(['Seniorer']);
    expect(event.presenters).to.deep.equal(['Lise Holm']);
    expect(event.teaser).to.equal('Ask at the desk if you need help signing up.');
    expect(event.price).to.deep.equal({ free: true });
    expect(event.signup).to.deep.equal({
      required: true,
      url: 'https://library.libcal.com/event/9001',
      coversWholeSeries: true,
    });
    expect(event.pageUrl).to.equal('https://library.libcal.com/event/9001');
  });

  it('reads times without an offset as Copenhagen time, on both sides of each change', () => {
    expect(byId(result, '9001').start).to.equal('2026-03-29T10:00:00+02:00');
    expect(byId(result, '9003').start).to.equal('2026-10-25T10:00:00+01:00');
  });

  it('derives full, sign-up not open, wait list and online from the numbers', () => {
    const full = byId(result, '9002');
    expect(full.status).to.equal('full');
    expect(full.seats).to.include({ left: 0, waitlist: true });
    expect(full.price).to.deep.equal({ free: false, amountMinor: 2500, currency: 'DKK' });
    const online = byId(result, '9003');
    expect(online.status).to.equal('signupNotOpen');
    expect(online.mode).to.equal('online');
  });

  it('links the dates of one series through future_dates', () => {
    expect(byId(result, '9001').seriesKey).to.be.a('string');
    expect(byId(result, '9001').seriesKey).to.equal(byId(result, '9002').seriesKey);
    expect(byId(result, '9003').seriesKey).to.be.undefined;
  });

  it('reads all-day events and "no registration" as no sign-up needed', () => {
    const event = byId(result, '9004');
    expect(event.allDay).to.equal(true);
    expect(event.start).to.equal('2026-12-23T00:00:00+01:00');
    expect(event.signup).to.deep.equal({ required: false });
  });

  it('never passes on join links, passwords, internal tags or admin links', () => {
    const text = JSON.stringify(result.events);
    for (const secret of ['SECRET-JOIN', 'SECRET-PASSWORD', 'SECRET-TAG', '/admin/'])
      expect(text).to.not.contain(secret);
  });
});

describe('our JSON reader', () => {
  let result: ReadResult;
  before(async () => {
    result = await readJson(await fixture('courses.json'), context);
  });

  it('expands the sessions of a course into dated events of one series', () => {
    const sessions = result.events.filter((event) => event.seriesKey === 'mitid');
    expect(sessions.map((s) => s.start)).to.deep.equal([
      '2026-03-03T10:00:00+01:00',
      '2026-03-10T10:00:00+01:00',
      '2026-03-17T10:00:00+01:00',
      '2026-03-24T10:00:00+01:00',
    ]);
    expect(sessions.map((s) => s.key)).to.deep.equal([
      'medborger:mitid-1',
      'medborger:mitid-2',
      'medborger:mitid-3',
      'medborger:mitid-4',
    ]);
    expect(sessions[2].status).to.equal('cancelled');
    expect(sessions[0].seats).to.deep.equal({ capacity: 12, left: 3, asOf: '2026-03-02T09:12:00+01:00' });
    expect(sessions[0].signup).to.deep.equal({
      required: true,
      url: 'https://bibliotek.example/tilmeld',
      phone: '89 40 92 00',
      atDesk: true,
    });
    expect(sessions[0].bring).to.deep.equal(['Din telefon', 'Pas eller kørekort']);
    expect(sessions[0].place!.postalCode).to.equal('0800');
  });

  it('places programme times on the session day and drops items without a valid time', () => {
    const workshop = result.events.find((event) => event.source.id === 'workshop')!;
    expect(workshop.programme).to.deep.equal([
      { start: '2026-03-20T09:30:00+01:00', title: 'Velkomst', speaker: 'Per Krogh Hansen, SDU' },
      { start: '2026-03-20T10:00:00+01:00', title: 'Om projektet' },
      {
        start: '2026-03-20T10:15:00+01:00',
        end: '2026-03-20T10:30:00+01:00',
        title: 'Historier og praktiske erfaringer',
      },
    ]);
    expect(workshop.price).to.deep.equal({ free: false, amountMinor: 35050, currency: 'DKK' });
  });

  it('keeps unknown statuses as planned, drops unsafe links and keeps a price in words', () => {
    const online = result.events.find((event) => event.source.id === 'online')!;
    expect(online.status).to.equal('scheduled');
    expect(online.mode).to.equal('online');
    expect(online.onlineUrl).to.be.undefined;
    expect(online.price).to.deep.equal({ free: false, text: 'Gratis for medlemmer' });
  });

  it('skips records without a usable title or time', () => {
    expect(result.skipped).to.equal(3);
    expect(result.problems!.map((p) => [p.id, p.reason])).to.deep.equal([
      ['bad-title', 'no-title'],
      ['bad-start', 'bad-start'],
      ['no-sessions', 'bad-start'],
    ]);
  });
});

describe('format detection', () => {
  it('recognises each format from its data', async () => {
    expect(detect(await fixture('dpl.json'))).to.equal('dpl');
    expect(detect(await fixture('libcal.json'))).to.equal('libcal');
    expect(detect(await fixture('courses.json'))).to.equal('json');
    expect(detect([{ title: 'x', start: '2026-03-03T10:00:00+01:00' }])).to.equal('json');
  });

  it('gives up on data it does not know', async () => {
    expect(detect({ hello: 'world' })).to.be.undefined;
    expect(detect('text')).to.be.undefined;
    let error: unknown;
    try {
      await readFeed({ hello: 'world' }, 'auto');
    } catch (caught) {
      error = caught;
    }
    expect((error as LoadError).kind).to.equal('invalid');
  });
});

describe('a municipality-sized feed', () => {
  it('reads 10,000 records completely and lets the page have turns while it reads', async () => {
    const feed = Array.from({ length: 10_000 }, (_, i) => ({
      uuid: `u-${i}`,
      title: `Kursus ${i}`,
      state: 'Active',
      date_time: {
        start: new Date(Date.UTC(2026, 2, 3, 9) + i * 3_600_000).toISOString(),
        end: new Date(Date.UTC(2026, 2, 3, 10) + i * 3_600_000).toISOString(),
      },
      branches: ['Hovedbiblioteket'],
      tags: ['MitID'],
    }));
    // A fake clock that moves a whole slice on every reading makes the reader yield at every check, whatever the
    // machine's speed: no wall-clock bound, only the order of events is asserted.
    const realNow = slicing.now;
    let readings = 0;
    slicing.now = () => (readings += 1) * (SLICE_MS + 1);
    let readingsWhenPageRan: number | undefined;
    setTimeout(() => (readingsWhenPageRan = readings));
    try {
      const result = await readFeed(feed, 'auto', context);
      expect(readingsWhenPageRan, 'a task queued before reading ran').to.be.a('number');
      expect(readingsWhenPageRan!, 'it ran while records were still being read').to.be.lessThan(readings);
      expect(result.format).to.equal('dpl');
      expect(result.events).to.have.length(10_000);
      expect(result.events.map((event) => event.title).slice(0, 2)).to.deep.equal(['Kursus 0', 'Kursus 1']);
    } finally {
      slicing.now = realNow;
    }
  });
});
