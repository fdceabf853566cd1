import { expect } from '@open-wc/testing';
import { filterEvents, indexEvents, branchesOf } from '../../src/course-calendar/filter.js';
import { money, placeLine, addressLine, htmlToText, timeRange } from '../../src/course-calendar/format.js';
import type { CourseEvent } from '../../src/course-calendar/model.js';
import { groupSeries, seriesSummary } from '../../src/course-calendar/series.js';
import { copenhagenDay, copenhagenIso } from '../../src/course-calendar/sources/common.js';
import { read } from '../../src/course-calendar/sources/json.js';
import { DEFAULT_TOPICS, compileVocabulary, parseVocabulary } from '../../src/course-calendar/topics.js';

const course = (start: string, end: string, extra: Partial<CourseEvent> = {}): CourseEvent => ({
  key: `medborger:${start}`,
  source: { kind: 'medborger', id: start, feedUrl: '', loadedAt: '2026-03-01T00:00:00+01:00' },
  title: 'MitID – kom godt i gang',
  start,
  end,
  allDay: false,
  status: 'scheduled',
  mode: 'inPerson',
  categories: [],
  tags: [],
  audiences: [],
  languages: [],
  presenters: [],
  partners: [],
  ...extra,
});

describe('series summary', () => {
  const march = [3, 10, 17, 24].map((d) =>
    course(
      `2026-03-${String(d).padStart(2, '0')}T10:00:00+01:00`,
      `2026-03-${String(d).padStart(2, '0')}T12:00:00+01:00`,
    ),
  );

  it('writes four sessions in one month as Danish public sites do', () => {
    expect(seriesSummary(march, 'da')).to.deep.equal({
      count: 4,
      dates: '3., 10., 17. og 24. marts',
      time: '10.00–12.00',
    });
  });

  it('writes it in English too', () => {
    expect(seriesSummary(march, 'en')).to.deep.equal({
      count: 4,
      dates: '3, 10, 17 and 24 March',
      time: '10:00–12:00',
    });
  });

  it('keeps the same wall-clock time across the change to summer time, and names each month', () => {
    const cafe = [
      course('2026-03-26T14:00:00+01:00', '2026-03-26T16:00:00+01:00'),
      course('2026-04-02T14:00:00+02:00', '2026-04-02T16:00:00+02:00'),
      course('2026-04-09T14:00:00+02:00', '2026-04-09T16:00:00+02:00'),
    ];
    expect(seriesSummary(cafe, 'da')).to.deep.equal({
      count: 3,
      dates: '26. marts, 2. og 9. april',
      time: '14.00–16.00',
    });
  });

  it('leaves the time out when sessions differ', () => {
    const mixed = [march[0], course('2026-03-05T13:00:00+01:00', '2026-03-05T15:00:00+01:00')];
    expect(seriesSummary(mixed, 'da').time).to.be.undefined;
  });

  it('groups by series key and ignores single sessions', () => {
    const events = [
      ...march.map((m) => ({ ...m, seriesKey: 'a' })),
      course('2026-03-05T13:00:00+01:00', '2026-03-05T15:00:00+01:00', { seriesKey: 'b' }),
    ];
    const groups = groupSeries(events.reverse());
    expect([...groups.keys()]).to.deep.equal(['a']);
    expect(groups.get('a')!.map((e) => e.start)).to.deep.equal(march.map((m) => m.start));
  });
});

describe('topics', () => {
  const topicsOf = compileVocabulary(DEFAULT_TOPICS);

  it("maps a feed's categories, tags and title words to citizen tasks", () => {
    expect(topicsOf(course('2026-03-03T10:00:00+01:00', '', { tags: ['MitID'] }))).to.include('mitid');
    expect(
      topicsOf(course('2026-03-03T10:00:00+01:00', '', { title: 'Læs din post', tags: ['e-Boks'] })),
    ).to.deep.equal(['digital-post']);
    expect(
      topicsOf(
        course('2026-03-03T10:00:00+01:00', '', { title: 'Hjælp', categories: ['IT-café'], tags: ['sundhed.dk'] }),
      ),
    ).to.deep.equal(['sundhed-dk', 'it-help']);
  });

  it('matches whole words only', () => {
    expect(topicsOf(course('2026-03-03T10:00:00+01:00', '', { title: 'Skattejagt for børn' }))).to.deep.equal([]);
    expect(topicsOf(course('2026-03-03T10:00:00+01:00', '', { title: 'Skat for begyndere' }))).to.deep.equal(['tax']);
  });

  it('accepts a vocabulary of its own as JSON, and ignores a broken one', () => {
    const own = parseVocabulary(
      '[{"id":"games","keywords":["brætspil"],"label":{"da":"Spil","en":"Games"}}, {"id":3}]',
    );
    expect(own).to.deep.equal([{ id: 'games', keywords: ['brætspil'], label: { da: 'Spil', en: 'Games' } }]);
    expect(compileVocabulary(own!)(course('2026-03-03T10:00:00+01:00', '', { tags: ['Brætspil'] }))).to.deep.equal([
      'games',
    ]);
    expect(parseVocabulary('not json')).to.be.undefined;
    expect(parseVocabulary('{"id":"x"}')).to.be.undefined;
  });
});

describe('filters', () => {
  const events = [
    course('2026-03-02T10:00:00+01:00', '2026-03-02T12:00:00+01:00', { title: 'I går', tags: ['MitID'] }),
    course('2026-03-03T10:00:00+01:00', '2026-03-03T12:00:00+01:00', {
      title: 'MitID',
      tags: ['MitID'],
      place: { branch: 'Filial Nord' },
    }),
    course('2026-03-05T13:00:00+01:00', '2026-03-05T15:00:00+01:00', {
      title: 'Digital Post for begyndere',
      tags: ['Digital Post'],
      place: { branch: 'Hovedbiblioteket' },
      presenters: ['Lise Holm'],
    }),
    course('2026-03-28T00:00:00+01:00', '2026-03-30T00:00:00+02:00', { title: 'Digital weekend', allDay: true }),
  ];
  const index = indexEvents(events, compileVocabulary(DEFAULT_TOPICS));
  const now = new Date('2026-03-03T11:00:00+01:00');
  const titles = (found: ReturnType<typeof filterEvents>) => found.map((f) => f.event.title);

  it('hides sessions that have ended but keeps the one under way', () => {
    expect(titles(filterEvents(index, { now }))).to.deep.equal([
      'MitID',
      'Digital Post for begyndere',
      'Digital weekend',
    ]);
  });

  it('filters by topic, branch, category and free text', () => {
    expect(titles(filterEvents(index, { now, topics: ['digital-post'] }))).to.deep.equal([
      'Digital Post for begyndere',
    ]);
    expect(titles(filterEvents(index, { now, branches: ['filial nord'] }))).to.deep.equal(['MitID']);
    expect(titles(filterEvents(index, { now, categories: ['digital post'] }))).to.deep.equal([
      'Digital Post for begyndere',
    ]);
    expect(titles(filterEvents(index, { now, query: 'lise  BEGYNDERE' }))).to.deep.equal([
      'Digital Post for begyndere',
    ]);
  });

  it('filters by Copenhagen days, counting every day of a multi-day event', () => {
    expect(titles(filterEvents(index, { now, from: '2026-03-29', to: '2026-03-29' }))).to.deep.equal([
      'Digital weekend',
    ]);
    expect(titles(filterEvents(index, { now, from: '2026-03-04', to: '2026-03-05' }))).to.deep.equal([
      'Digital Post for begyndere',
    ]);
  });

  it('lists the branches in the data', () => {
    expect(branchesOf(index)).to.deep.equal(['Filial Nord', 'Hovedbiblioteket']);
  });
});

describe('Copenhagen times in readers', () => {
  it('switch offset exactly at the changes to and from summer time', () => {
    expect(copenhagenIso(new Date('2026-03-29T00:59:59Z'))).to.equal('2026-03-29T01:59:59+01:00');
    expect(copenhagenIso(new Date('2026-03-29T01:00:00Z'))).to.equal('2026-03-29T03:00:00+02:00');
    expect(copenhagenIso(new Date('2026-10-25T00:30:00Z'))).to.equal('2026-10-25T02:30:00+02:00');
    expect(copenhagenIso(new Date('2026-10-25T01:30:00Z'))).to.equal('2026-10-25T02:30:00+01:00');
    expect(copenhagenDay(Date.parse('2026-03-02T23:30:00Z'))).to.equal('2026-03-03');
    expect(copenhagenDay(Date.parse('2026-07-02T21:59:00Z'))).to.equal('2026-07-02');
    expect(copenhagenDay(Date.parse('2026-07-02T22:00:00Z'))).to.equal('2026-07-03');
  });
});

describe('formatting', () => {
  it('writes prices from øre', () => {
    expect(money(5000, 'DKK', 'da')).to.match(/^50\skr\.$/u);
    expect(money(7550, 'DKK', 'da')).to.match(/^75,50\s?kr\.$/u);
    expect(money(5000, 'DKK', 'en')).to.match(/DKK\s?50/u);
    expect(money(5000, 'XX1', 'da')).to.equal('50 XX1');
  });

  it('writes places, addresses and time ranges', () => {
    expect(placeLine({ branch: 'Hovedbiblioteket', name: 'hovedbiblioteket', room: 'Mødelokale 2' })).to.equal(
      'Hovedbiblioteket, Mødelokale 2',
    );
    expect(addressLine({ street: 'Eksempelvej 1', postalCode: '8000', city: 'Aarhus C' })).to.equal(
      'Eksempelvej 1, 8000 Aarhus C',
    );
    expect(timeRange(course('2026-03-03T10:00:00+01:00', '2026-03-03T12:00:00+01:00'), 'da')).to.equal('10.00–12.00');
  });

  it('reduces HTML to text', () => {
    expect(htmlToText('<p>Tag <b>telefon</b> med &amp; kom</p><script>alert(1)</script><p>Hej</p>')).to.equal(
      'Tag telefon med & kom\nHej',
    );
  });

  it('reads the demo file in our own format', async () => {
    const data = (await (await fetch('/demo/data/courses.json')).json()) as unknown;
    const result = await read(data);
    expect(result.skipped).to.equal(0);
    expect(result.events.length).to.be.greaterThan(15);
  });
});
