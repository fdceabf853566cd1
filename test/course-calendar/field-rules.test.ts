// The rules the DPL CMS and LibCal readers take from upstream code (docs/data-sources.md), as pure functions and
// through the readers, on fixtures written from dpl-cms and LibCal 1.1 sources (fixtures/README.md).
import { expect } from '@open-wc/testing';
import { branchesOf, filterEvents, indexEvents } from '../../src/course-calendar/filter.js';
import { dayRange, placeLine, priceWords } from '../../src/course-calendar/format.js';
import type { CourseEvent, CoursePrice, ReadResult } from '../../src/course-calendar/model.js';
import { groupSeries } from '../../src/course-calendar/series.js';
import { signupBlock, signupOpen } from '../../src/course-calendar/signup.js';
import { read as readDpl } from '../../src/course-calendar/sources/dpl.js';
import { read as readJson } from '../../src/course-calendar/sources/json.js';
import { onlyOnline, read as readLibCal } from '../../src/course-calendar/sources/libcal.js';
import { course } from './extra-helpers.js';

const fixture = async (name: string): Promise<unknown> =>
  (await fetch(new URL(`./fixtures/${name}`, import.meta.url))).json() as Promise<unknown>;
const context = { feedUrl: 'https://eksempel-bibliotek.dk/api/v1/events', loadedAt: '2026-03-01T09:00:00+01:00' };
const titled = (result: ReadResult, title: string): CourseEvent[] =>
  result.events.filter((event) => event.title === title);

describe('sign-up decision', () => {
  it('is open for a planned session, and for a full one with a waiting list', () => {
    expect(signupOpen(course())).to.equal(true);
    expect(signupOpen(course({ status: 'full', seats: { capacity: 10, left: 0, waitlist: true } }))).to.equal(true);
    expect(signupOpen(course({ status: 'rescheduled' }))).to.equal(true);
  });

  it('is closed for every DPL state but Active, as DPL replaces its ticket button with the state', () => {
    expect(signupBlock(course({ status: 'cancelled' }))).to.equal('cancelled');
    expect(signupBlock(course({ status: 'full' }))).to.equal('full');
    expect(signupBlock(course({ status: 'signupNotOpen' }))).to.equal('signupNotOpen');
    expect(signupBlock(course({ status: 'held' }))).to.equal('held');
    expect(signupBlock(course({ status: 'postponed' }))).to.equal('postponed');
  });

  it('is closed when the feed closed registration, whatever the status', () => {
    const closed = { signup: { required: true, url: 'https://x.example/', closed: true } };
    expect(signupBlock(course(closed))).to.equal('closed');
    expect(signupBlock(course({ ...closed, status: 'full', seats: { waitlist: true } }))).to.equal('closed');
    expect(signupBlock(course({ ...closed, status: 'cancelled' }))).to.equal('cancelled');
  });
});

describe('price in words', () => {
  const words = { free: 'Gratis', freeTo: (p: string) => `Gratis – ${p}`, from: (p: string) => `Fra ${p}` };
  const tiers = (...amounts: number[]): CoursePrice => ({
    free: amounts.every((a) => a === 0),
    tiers: amounts.map((amountMinor, i) => ({ label: `T${i}`, amountMinor, currency: 'DKK' })),
  });

  it('reads free and paid tickets as DPL does: "Gratis – 65 kr."', () => {
    expect(priceWords(tiers(0, 6500), 'da', words)).to.match(/^Gratis – 65\skr\.$/u);
    expect(priceWords(tiers(0, 1000, 2000), 'da', words)).to.match(/^Gratis – 20\skr\.$/u);
    expect(priceWords(tiers(0, 6500), 'en', { ...words, freeTo: (p) => `Free – ${p}` })).to.match(/^Free – DKK\s?65$/u);
  });

  it('reads only free tickets as free, one price as itself and several as "from the lowest"', () => {
    expect(priceWords(tiers(0, 0), 'da', words)).to.equal('Gratis');
    expect(priceWords({ free: true }, 'da', words)).to.equal('Gratis');
    expect(priceWords(tiers(10000), 'da', words)).to.match(/^100\skr\.$/u);
    expect(priceWords(tiers(5000, 2000), 'da', words)).to.match(/^Fra 20\skr\.$/u);
    expect(priceWords({ free: false, amountMinor: 7550, currency: 'DKK' }, 'da', words)).to.match(/^75,50\s?kr\.$/u);
    expect(priceWords({ free: false, text: 'Gratis for medlemmer' }, 'da', words)).to.equal('Gratis for medlemmer');
    expect(priceWords(undefined, 'da', words)).to.be.undefined;
  });
});

describe('days of a session that spans several', () => {
  const exhibition = course({
    allDay: true,
    start: '2026-03-16T00:00:00+01:00',
    end: '2026-05-01T00:00:00+02:00',
  });

  it('names the first and the last day (the exclusive all-day end is the next midnight)', () => {
    expect(dayRange(exhibition, 'da')).to.equal('16. marts – 30. april');
    expect(dayRange(exhibition, 'en')).to.equal('16 March – 30 April');
  });

  it('spans the new year, and says nothing for one day or a session without an end', () => {
    const newYear = course({ allDay: true, start: '2026-12-28T00:00:00+01:00', end: '2027-01-03T00:00:00+01:00' });
    expect(dayRange(newYear, 'da')).to.equal('28. december – 2. januar');
    const oneDay = course({ allDay: true, start: '2026-03-16T00:00:00+01:00', end: '2026-03-17T00:00:00+01:00' });
    expect(dayRange(oneDay, 'da')).to.be.undefined;
    expect(dayRange(course(), 'da')).to.be.undefined;
    expect(dayRange(course({ allDay: true, end: undefined }), 'da')).to.be.undefined;
  });
});

describe('places', () => {
  it('drops a place that only says "online" and names every branch', () => {
    expect(onlyOnline('Online')).to.equal(true);
    expect(onlyOnline('Online event')).to.equal(true);
    expect(onlyOnline('Online-værkstedet')).to.equal(false);
    expect(placeLine({ branch: 'A', branches: ['A', 'B'], name: 'Foyer' })).to.equal('A, B, Foyer');
  });
});

describe('DPL CMS reader on a feed written from dpl-cms', () => {
  let result: ReadResult;
  before(async () => {
    result = await readDpl(await fixture('dpl-upstream.json'), context);
  });

  it('reads every instance, none skipped', () => {
    expect(result.skipped).to.equal(0);
    expect(result.events).to.have.length(9);
  });

  it('reads ticket prices in whole kroner: Børn 0 and Voksne 65 are free and 65 kr.', () => {
    const [dance] = titled(result, 'Fernisering Moderne Dans');
    expect(dance.price).to.deep.equal({
      free: false,
      amountMinor: 0,
      currency: 'DKK',
      tiers: [
        { label: 'Børn', amountMinor: 0, currency: 'DKK' },
        { label: 'Voksne', amountMinor: 6500, currency: 'DKK' },
      ],
    });
    expect(titled(result, 'Juleballet - Nøddeknækkeren')[0].price).to.deep.equal({
      free: false,
      amountMinor: 10000,
      currency: 'DKK',
    });
  });

  it('counts an event without ticket categories as free, as DPL does', () => {
    expect(titled(result, 'Udstilling: Danske plakater')[0].price).to.deep.equal({ free: true });
  });

  it('maps the states and keeps the ticket link, which the card then withholds', () => {
    const dance = titled(result, 'Fernisering Moderne Dans');
    expect(dance.map((event) => event.status)).to.deep.equal(['scheduled', 'scheduled', 'full', 'cancelled']);
    expect(dance.map(signupOpen)).to.deep.equal([true, true, false, false]);
    expect(signupOpen(titled(result, 'Fars legestue')[0])).to.equal(false);
    expect(JSON.stringify(result.events)).to.not.contain('ADMIN-ONLY');
  });

  it('keeps every branch, so the branch filter finds the event under each', () => {
    const index = indexEvents(result.events, () => []);
    const now = new Date(context.loadedAt);
    expect(branchesOf(index)).to.deep.equal(['Brønshøj Bibliotek', 'Hovedbiblioteket']);
    for (const branch of ['Hovedbiblioteket', 'Brønshøj Bibliotek'])
      expect(
        filterEvents(index, { branches: [branch], now }).map((item) => item.event.title),
        branch,
      ).to.include('Udstilling: Danske plakater');
  });

  it('keeps the end of a multi-day all-day event (DPL stores 00:00 to 23:59:59 Copenhagen time)', () => {
    const exhibition = titled(result, 'Udstilling: Danske plakater')[0];
    expect(exhibition.start).to.equal('2026-03-16T00:00:00+01:00');
    expect(exhibition.end).to.equal('2026-05-01T00:00:00+02:00');
  });

  it('trims the place and street DPL sends with a trailing space, and leaves out a place that only says Online', () => {
    expect(titled(result, 'Juleballet - Nøddeknækkeren')[0].place).to.include({
      name: 'Hovedbibliotek',
      street: 'Kampmanns Plads 2',
      postalCode: '8000',
    });
    const online = titled(result, 'Digital Post – spørgetime')[0];
    expect(online.mode).to.equal('online');
    expect(online.place).to.deep.equal({ branch: 'Hovedbiblioteket', country: 'DK' });
  });

  it('groups the four evenings of one series', () => {
    const groups = groupSeries(result.events);
    expect(groups.get('dpl-series:c8177097-1438-493e-8177-e8ef968cc133')).to.have.length(4);
  });
});

describe('LibCal reader on a 1.1 response written from LibCalTypes.cs', () => {
  let result: ReadResult;
  before(async () => {
    result = await readLibCal(await fixture('libcal-upstream.json'), context);
  });

  it('joins a series through future_dates items of { event_id, start }', () => {
    const mitid = titled(result, 'MitID – kom godt i gang');
    expect(mitid).to.have.length(3);
    expect(new Set(mitid.map((event) => event.seriesKey)).size).to.equal(1);
    expect(mitid[0].seriesKey).to.be.a('string');
    expect(mitid[0].signup).to.include({ coversWholeSeries: true });
  });

  it('reads "AFLYST:" and "Cancelled:" titles as cancelled, without the prefix, and offers no sign-up', () => {
    for (const title of ['Digital Post for begyndere', 'Tablet café']) {
      const [event] = titled(result, title);
      expect(event, title).to.exist;
      expect(event.status).to.equal('cancelled');
      expect(signupOpen(event)).to.equal(false);
    }
  });

  it('closes sign-up when has_registration_closed is true', () => {
    const [event] = titled(result, 'Sundhed.dk på egen hånd');
    expect(event.status).to.equal('scheduled');
    expect(event.signup).to.include({ closed: true });
    expect(signupBlock(event)).to.equal('closed');
  });

  it('reads an online event without "Online" as its place, and never passes on join details', () => {
    const [event] = titled(result, 'Borger.dk – spørg om det hele');
    expect(event.mode).to.equal('online');
    expect(event.place?.name).to.be.undefined;
    expect(JSON.stringify(result.events)).to.not.match(/PRIVATE|\/admin\//u);
  });

  it('reads a sold-out session without a waiting list as full, and registration_cost in kroner', () => {
    const [event] = titled(result, 'Skat på nettet');
    expect(event.status).to.equal('full');
    expect(event.price).to.deep.equal({ free: false, amountMinor: 5000, currency: 'DKK' });
    expect(signupOpen(event)).to.equal(false);
  });

  it('keeps every campus of an event that lists several (read as a list by LibCal-Events-Local-Database)', () => {
    const [event] = titled(result, 'Udstilling: Biblioteket før og nu');
    expect(event.place).to.include({ branch: 'Hovedbiblioteket', name: 'Foyeren' });
    expect(event.place!.branches).to.deep.equal(['Hovedbiblioteket', 'Filial Nord']);
    const index = indexEvents(result.events, () => []);
    const found = filterEvents(index, { branches: ['Filial Nord'], now: new Date(context.loadedAt) });
    expect(found.map((item) => item.event.title)).to.deep.equal(['Tablet café', 'Udstilling: Biblioteket før og nu']);
  });

  it('keeps the end of a multi-day all-day event, and reads the offset LibCal sends', () => {
    const [event] = titled(result, 'Udstilling: Biblioteket før og nu');
    expect(event.start).to.equal('2026-03-16T00:00:00+01:00');
    expect(event.end).to.equal('2026-05-01T00:00:00+02:00');
    expect(titled(result, 'Sikker på nettet')[0].status).to.equal('signupNotOpen');
  });
});

describe('our JSON reader', () => {
  it('takes a list of branches for a course held in several, and one name as before', async () => {
    const result = await readJson({
      courses: [
        {
          id: 'a',
          title: 'IT-café',
          start: '2026-03-04T10:00',
          place: { branch: ['Hovedbiblioteket', 'Filial Nord'] },
        },
        { id: 'b', title: 'MitID', start: '2026-03-05T10:00', place: { branch: 'Filial Nord' } },
      ],
    });
    expect(result.events.map((event) => event.place)).to.deep.equal([
      { branch: 'Hovedbiblioteket', branches: ['Hovedbiblioteket', 'Filial Nord'] },
      { branch: 'Filial Nord' },
    ]);
    const index = indexEvents(result.events, () => []);
    const now = new Date('2026-03-01T00:00:00+01:00');
    expect(filterEvents(index, { branches: ['Filial Nord'], now })).to.have.length(2);
    expect(filterEvents(index, { branches: ['Hovedbiblioteket'], now })).to.have.length(1);
  });
});
