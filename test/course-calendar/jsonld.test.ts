import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  describedKeys,
  keysDescribedElsewhere,
  serialiseJsonLd,
  toJsonLd,
  writeJsonLd,
} from '../../src/course-calendar/jsonld.js';
import type { CourseEvent } from '../../src/course-calendar/model.js';
import { course } from './extra-helpers.js';

type Thing = Record<string, unknown>;
const SCHEMA = 'https://schema.org/';
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/;

/*
 * A small offline validator for the schema.org types we emit: every node has a known @type, the properties
 * schema.org and Google's event/course guidelines require, and enumeration values from the right enumeration.
 * It returns the problems, so a test can show both that good data passes and that bad data is caught.
 */
const EVENT_STATUSES = ['EventScheduled', 'EventCancelled', 'EventPostponed', 'EventRescheduled', 'EventMovedOnline'];
const ATTENDANCE = ['OfflineEventAttendanceMode', 'OnlineEventAttendanceMode', 'MixedEventAttendanceMode'];
const AVAILABILITY = ['InStock', 'SoldOut', 'PreOrder'];

function validate(node: unknown, path = '$'): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => validate(item, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  const thing = node as Thing;
  const type = thing['@type'];
  const problems: string[] = [];
  const need = (...keys: string[]) => {
    for (const key of keys)
      if (thing[key] === undefined || thing[key] === '') problems.push(`${path}: ${String(type)} needs ${key}`);
  };
  const oneOf = (key: string, values: string[]) => {
    const value = thing[key];
    if (value !== undefined && !values.map((v) => SCHEMA + v).includes(value as string))
      problems.push(`${path}.${key}: ${JSON.stringify(value)} is not one of ${values.join(', ')}`);
  };
  switch (type) {
    case undefined:
      if (!('@graph' in thing)) problems.push(`${path}: no @type`);
      break;
    case 'EducationEvent':
    case 'CourseInstance':
    case 'Event':
      need('name', 'startDate', 'location');
      for (const key of ['startDate', 'endDate'])
        if (thing[key] !== undefined && !ISO_WITH_OFFSET.test(thing[key] as string))
          problems.push(`${path}.${key}: not ISO 8601 with offset`);
      oneOf('eventStatus', EVENT_STATUSES);
      oneOf('eventAttendanceMode', ATTENDANCE);
      if (type !== 'Event') need('eventStatus', 'eventAttendanceMode');
      break;
    case 'Course':
      need('name', 'description', 'hasCourseInstance');
      if (!Array.isArray(thing.hasCourseInstance)) problems.push(`${path}: hasCourseInstance is not a list`);
      break;
    case 'Place':
      need('name', 'address');
      break;
    case 'PostalAddress':
      need('addressLocality', 'addressCountry');
      break;
    case 'VirtualLocation':
      need('url');
      break;
    case 'Offer':
      need('price', 'priceCurrency', 'url');
      if (typeof thing.price !== 'number') problems.push(`${path}.price: not a number`);
      if (!/^[A-Z]{3}$/.test(String(thing.priceCurrency))) problems.push(`${path}.priceCurrency: not ISO 4217`);
      oneOf('availability', AVAILABILITY);
      break;
    case 'Organization':
    case 'Person':
      need('name');
      break;
    case 'GeoCoordinates':
      need('latitude', 'longitude');
      break;
    case 'Audience':
      need('audienceType');
      break;
    default:
      problems.push(`${path}: unexpected @type ${String(type)}`);
  }
  for (const [key, value] of Object.entries(thing))
    if (key !== '@type') problems.push(...validate(value, `${path}.${key}`));
  return problems;
}

const options = {
  lang: 'da' as const,
  organizer: { name: 'Eksempel Bibliotek', url: 'https://bibliotek.example/' },
  pageUrl: 'https://bibliotek.example/kurser',
};

const place = {
  name: 'Hovedbiblioteket',
  room: 'Mødelokale 2',
  street: 'Ågade 1',
  postalCode: '0800',
  city: 'Høje-Taastrup',
};
const single = course({
  id: 'single',
  place,
  price: { free: true },
  signup: { url: 'https://bibliotek.example/tilmeld/1', required: true },
  presenters: ['Bodil Ærø'],
  level: 'Begynder',
  seats: { capacity: 12, left: 3 },
  programme: [
    { start: '2026-03-03T10:00:00+01:00', title: 'Velkommen', speaker: 'Jørgen Bartholdy' },
    { start: '2026-03-03T10:15:00+01:00', title: 'Historier og praktiske erfaringer' },
  ],
});
const sessions: CourseEvent[] = ['2026-03-17', '2026-03-24'].map((day, i) =>
  course({
    id: `s${i}`,
    seriesKey: 'dp',
    title: 'Digital Post',
    start: `${day}T10:00:00+01:00`,
    place,
    teaser: 'Fire gange.',
  }),
);
const graphOf = (data: Thing | undefined) => (data?.['@graph'] ?? []) as Thing[];

describe('schema.org JSON-LD', () => {
  it('describes a single session as a valid EducationEvent', () => {
    const data = toJsonLd([single], options);
    expect(validate(data)).to.deep.equal([]);
    const [event] = graphOf(data);
    expect(event).to.include({
      '@type': 'EducationEvent',
      name: 'MitID – kom godt i gang',
      startDate: '2026-03-03T10:00:00+01:00',
      endDate: '2026-03-03T12:00:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      educationalLevel: 'Begynder',
      maximumAttendeeCapacity: 12,
      remainingAttendeeCapacity: 3,
    });
    expect(event.inLanguage).to.deep.equal(['da']);
    expect(event.location).to.deep.equal({
      '@type': 'Place',
      name: 'Hovedbiblioteket, Mødelokale 2',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Ågade 1',
        postalCode: '0800',
        addressLocality: 'Høje-Taastrup',
        addressCountry: 'DK',
      },
    });
    expect(event.offers).to.deep.equal({
      '@type': 'Offer',
      price: 0,
      priceCurrency: 'DKK',
      availability: 'https://schema.org/InStock',
      url: 'https://bibliotek.example/tilmeld/1',
    });
    expect(event.organizer).to.deep.equal({
      '@type': 'Organization',
      name: 'Eksempel Bibliotek',
      url: 'https://bibliotek.example/',
    });
    expect(event.performer).to.deep.equal([{ '@type': 'Person', name: 'Bodil Ærø' }]);
  });

  it('lists a programme as subEvents with their speakers', () => {
    const [event] = graphOf(toJsonLd([single], options));
    const sub = event.subEvent as Thing[];
    expect(sub.map((item) => [item['@type'], item.name, item.startDate])).to.deep.equal([
      ['Event', 'Velkommen', '2026-03-03T10:00:00+01:00'],
      ['Event', 'Historier og praktiske erfaringer', '2026-03-03T10:15:00+01:00'],
    ]);
    expect(sub[0].performer).to.deep.equal({ '@type': 'Person', name: 'Jørgen Bartholdy' });
  });

  it('describes a series as a valid Course with one CourseInstance per session', () => {
    const data = toJsonLd(sessions, options);
    expect(validate(data)).to.deep.equal([]);
    const [courseNode] = graphOf(data);
    expect(courseNode).to.include({ '@type': 'Course', name: 'Digital Post', description: 'Fire gange.' });
    expect(courseNode.provider).to.deep.equal({ '@type': 'Organization', ...options.organizer });
    const instances = courseNode.hasCourseInstance as Thing[];
    expect(instances.map((i) => [i['@type'], i.startDate, i.courseMode])).to.deep.equal([
      ['CourseInstance', '2026-03-17T10:00:00+01:00', 'onsite'],
      ['CourseInstance', '2026-03-24T10:00:00+01:00', 'onsite'],
    ]);
  });

  it('maps every status and mode to its schema.org value, and leaves held sessions out', () => {
    const cases: [Partial<CourseEvent>, string, string | undefined][] = [
      [{ status: 'cancelled' }, 'EventCancelled', undefined],
      [{ status: 'postponed' }, 'EventPostponed', undefined],
      [{ status: 'rescheduled' }, 'EventRescheduled', 'InStock'],
      [
        { status: 'movedOnline', mode: 'online', onlineUrl: 'https://bibliotek.example/online' },
        'EventMovedOnline',
        'InStock',
      ],
      [{ status: 'full' }, 'EventScheduled', 'SoldOut'],
      [
        { status: 'signupNotOpen', signup: { opensAt: '2026-02-15T09:00:00+01:00', url: 'https://b.example/t' } },
        'EventScheduled',
        'PreOrder',
      ],
    ];
    for (const [overrides, status, availability] of cases) {
      const data = toJsonLd([course({ place, ...overrides })], options);
      expect(validate(data), overrides.status).to.deep.equal([]);
      const [event] = graphOf(data);
      expect(event.eventStatus).to.equal(SCHEMA + status);
      expect((event.offers as Thing).availability).to.equal(availability && SCHEMA + availability);
    }
    const opening = graphOf(
      toJsonLd([course({ status: 'signupNotOpen', place, signup: { opensAt: '2026-02-15T09:00:00+01:00' } })], options),
    );
    expect((opening[0].offers as Thing).validFrom).to.equal('2026-02-15T09:00:00+01:00');

    const online = graphOf(
      toJsonLd([course({ mode: 'online', onlineUrl: 'https://bibliotek.example/online' })], options),
    )[0];
    expect(online.eventAttendanceMode).to.equal(SCHEMA + 'OnlineEventAttendanceMode');
    expect(online.location).to.deep.equal({ '@type': 'VirtualLocation', url: 'https://bibliotek.example/online' });
    const mixed = graphOf(
      toJsonLd([course({ mode: 'mixed', place, pageUrl: 'https://bibliotek.example/k' })], options),
    )[0];
    expect(mixed.eventAttendanceMode).to.equal(SCHEMA + 'MixedEventAttendanceMode');
    expect((mixed.location as Thing[]).map((l) => l['@type'])).to.deep.equal(['Place', 'VirtualLocation']);

    expect(toJsonLd([course({ status: 'held' })], options)).to.equal(undefined);
  });

  it('gives a price in kroner from øre', () => {
    const [event] = graphOf(
      toJsonLd([course({ place, price: { free: false, amountMinor: 5000, currency: 'DKK' } })], options),
    );
    expect((event.offers as Thing).price).to.equal(50);
  });

  it('catches invalid data (the validator can fail)', () => {
    // No location, status or attendance mode, and a start without offset.
    expect(validate({ '@type': 'EducationEvent', name: 'x', startDate: '2026-03-03 10:00' })).to.have.length(4);
    expect(
      validate({ '@type': 'Offer', price: '0', priceCurrency: 'kr', url: 'x', availability: 'InStock' }),
    ).to.have.length(3);
  });

  it('cannot be broken out of its script by a hostile title', () => {
    const hostile = course({ title: '</script><script>window.pwned=1</script><!--', place });
    const text = serialiseJsonLd(toJsonLd([hostile], options));
    expect(text).to.not.contain('<');
    expect(text).to.not.contain('>');
    expect((JSON.parse(text) as { '@graph': Thing[] })['@graph'][0].name).to.equal(hostile.title);
    expect(serialiseJsonLd('a\u2028b&')).to.equal('"a\\u2028b\\u0026"');
  });

  describe('in the page', () => {
    class ShadowHost extends LitElement {
      override render() {
        return html`<p>Kurser</p>`;
      }
    }
    customElements.define('mb-test-jsonld-host', ShadowHost);

    it('sits in the light DOM of the host, not in its shadow root, and has exactly one script', async () => {
      const host = await fixture<ShadowHost>(html`<mb-test-jsonld-host></mb-test-jsonld-host>`);
      writeJsonLd(host, toJsonLd([single], options));
      writeJsonLd(host, toJsonLd([single, ...sessions], options));
      const scripts = host.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).to.have.length(1);
      expect(host.shadowRoot!.querySelector('script')).to.equal(null);
      expect(scripts[0].parentNode).to.equal(host);
      const graph = (JSON.parse(scripts[0].textContent) as { '@graph': Thing[] })['@graph'];
      expect(graph.map((node) => node['@type'])).to.deep.equal(['EducationEvent', 'Course']);
      // Found by a crawler's way of looking: a document query.
      expect(document.querySelectorAll('script[type="application/ld+json"][data-mb-jsonld]')).to.have.length(1);
    });

    it('updates the same script in place and removes it when switched off', async () => {
      const host = await fixture<ShadowHost>(html`<mb-test-jsonld-host></mb-test-jsonld-host>`);
      writeJsonLd(host, toJsonLd([single], options));
      const script = host.querySelector('script')!;
      writeJsonLd(host, toJsonLd(sessions, options));
      expect(host.querySelector('script')).to.equal(script);
      expect(script.textContent).to.contain('"Course"');
      writeJsonLd(host, undefined);
      expect(host.querySelector('script')).to.equal(null);
    });

    it("leaves an editor's own scripts alone", async () => {
      const host = await fixture<ShadowHost>(
        html`<mb-test-jsonld-host
          ><script type="application/json">
            { "courses": [] }
          </script></mb-test-jsonld-host
        >`,
      );
      writeJsonLd(host, toJsonLd([single], options));
      writeJsonLd(host, undefined);
      expect(host.querySelectorAll('script')).to.have.length(1);
      expect(host.querySelector('script')!.type).to.equal('application/json');
    });

    it('leaves out courses another calendar on the page already describes', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div><mb-test-jsonld-host></mb-test-jsonld-host><mb-test-jsonld-host></mb-test-jsonld-host></div>`,
      );
      const [first, second] = [...page.querySelectorAll('mb-test-jsonld-host')];
      writeJsonLd(first, toJsonLd([single], options), describedKeys([single]));
      const skip = keysDescribedElsewhere(second);
      expect([...skip]).to.deep.equal(['medborger:single']);
      const data = toJsonLd([single, ...sessions], { ...options, skip });
      writeJsonLd(second, data, describedKeys([single, ...sessions], { skip }));
      const graph = (JSON.parse(second.querySelector('script')!.textContent) as { '@graph': Thing[] })['@graph'];
      expect(graph.map((node) => node['@type'])).to.deep.equal(['Course']);
      // The first calendar does not skip its own courses.
      expect([...keysDescribedElsewhere(first)]).to.deep.equal(['medborger:s0', 'medborger:s1']);
    });
  });
});
