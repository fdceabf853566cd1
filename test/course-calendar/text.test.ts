import { expect } from '@open-wc/testing';
import { addResources, i18n } from '../../src/core/localize.js';
import {
  accessibleName,
  priceText,
  seatsLine,
  seriesLine,
  statusWord,
  tierPrice,
  topicLabel,
  whenText,
  type Words,
} from '../../src/course-calendar/text.js';
import da from '../../locales/da/course-calendar.json' with { type: 'json' };
import en from '../../locales/en/course-calendar.json' with { type: 'json' };
import { groupSeries } from '../../src/course-calendar/series.js';
import { course } from './extra-helpers.js';

addResources('da', 'course-calendar', da);
addResources('en', 'course-calendar', en);
const words = (lang: 'da' | 'en'): Words => ({
  lang,
  t: i18n.getFixedT<['course-calendar', 'common']>(lang, ['course-calendar', 'common']),
});
const DA = words('da');
const EN = words('en');

describe('a course in words (text.ts)', () => {
  it('says a status only when the course does not simply take place', () => {
    expect(statusWord(course(), DA)).to.equal(undefined);
    expect(statusWord(course({ status: 'cancelled' }), DA)).to.equal('Aflyst');
    expect(statusWord(course({ status: 'cancelled' }), EN)).to.equal('Cancelled');
  });

  it('tells a full free course, a sold-out paid one and a waiting list apart', () => {
    expect(statusWord(course({ status: 'full' }), DA)).to.equal('Fuldt booket');
    expect(statusWord(course({ status: 'full', price: { free: false, amountMinor: 5000 } }), DA)).to.equal('Udsolgt');
    expect(statusWord(course({ status: 'full', seats: { waitlist: true } }), DA)).to.equal(
      'Fuldt booket – skriv dig på venteliste',
    );
  });

  it('names the button with day and time first, then the title, then the status', () => {
    const name = accessibleName(course({ status: 'cancelled' }), DA);
    expect(`${name.before}MitID${name.after}`).to.equal('Tirsdag 3. marts kl. 10.00 til 12.00: MitID. Aflyst.');
    const allDay = accessibleName(course({ allDay: true, end: undefined }), EN);
    expect(`${allDay.before}MitID${allDay.after}`).to.equal('Tuesday 3 March, all day: MitID.');
  });

  it('writes the time, with the day for the compact view', () => {
    expect(whenText(course(), false, DA)).to.equal('kl. 10.00–12.00');
    expect(whenText(course(), true, DA)).to.match(/^tirs?\. 3\. mar\.? kl\. 10\.00–12\.00$/u);
    expect(whenText(course({ allDay: true }), false, EN)).to.equal('All day');
  });

  it('summarises a series, and says nothing for a single session', () => {
    const sessions = [3, 10].map((day, i) =>
      course({
        id: `s${i}`,
        seriesKey: 'series',
        start: `2026-03-${String(day).padStart(2, '0')}T10:00:00+01:00`,
        end: `2026-03-${String(day).padStart(2, '0')}T12:00:00+01:00`,
      }),
    );
    const series = groupSeries(sessions);
    expect(seriesLine(sessions[0], series, DA)).to.equal('2 gange: 3. og 10. marts kl. 10.00–12.00');
    expect(seriesLine(course(), series, DA)).to.equal(undefined);
  });

  it('says how many seats are left and when that was read, never for a cancelled course', () => {
    const now = new Date('2026-03-02T12:00:00+01:00');
    const seats = { left: 3, asOf: '2026-03-02T09:15:00+01:00' };
    expect(seatsLine(course({ seats }), now, DA)).to.equal('3 ledige pladser (opdateret kl. 9.15)');
    expect(seatsLine(course({ seats: { left: 0 } }), now, EN)).to.equal('No seats left');
    expect(seatsLine(course({ seats: { capacity: 12 } }), now, DA)).to.equal('Plads til 12 deltagere');
    expect(seatsLine(course({ seats, status: 'cancelled' }), now, DA)).to.equal(undefined);
  });

  it('writes a price as free, an amount, "from" the lowest of several tiers, or the feed’s words', () => {
    expect(priceText(course({ price: { free: true } }), DA)).to.equal('Gratis');
    expect(priceText(course({ price: { free: false, amountMinor: 5000, currency: 'DKK' } }), DA)).to.match(
      /^50\s*kr\./u,
    );
    const tiers = [
      { label: 'Medlem', amountMinor: 5000, currency: 'DKK' },
      { label: 'Andre', amountMinor: 10000, currency: 'DKK' },
    ];
    expect(priceText(course({ price: { free: false, amountMinor: 5000, tiers } }), EN)).to.match(/^From /u);
    expect(priceText(course({ price: { free: false, text: 'Gratis for medlemmer' } }), DA)).to.equal(
      'Gratis for medlemmer',
    );
    expect(tierPrice(0, 'DKK', EN)).to.equal('Free');
  });

  it('names a topic by the editor’s label, the built-in translation, or its id', () => {
    expect(topicLabel({ id: 'mitid', keywords: [] }, DA)).to.equal('MitID');
    expect(topicLabel({ id: 'tax', keywords: [] }, EN)).to.equal('Tax');
    expect(topicLabel({ id: 'strik', keywords: [], label: { da: 'Strikkecafé' } }, DA)).to.equal('Strikkecafé');
    expect(topicLabel({ id: 'strik', keywords: [] }, DA)).to.equal('strik');
  });
});
