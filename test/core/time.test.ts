import { expect } from '@open-wc/testing';
import {
  cachedCopenhagenOffset,
  copenhagenDay,
  copenhagenOffset,
  copenhagenParts,
  dayKey,
  formatDay,
  formatTime,
  fromCopenhagenTime,
  parseDateTime,
} from '../../src/core/time.js';

describe('Copenhagen time', () => {
  it('runs in a browser that is not in Copenhagen, so these tests mean something', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.not.equal('Europe/Copenhagen');
    expect(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).to.not.equal(-60);
  });

  it("reads an instant's wall-clock fields and weekday as the browser's own zone data does", () => {
    // The judge: Intl's formatToParts in Copenhagen, which copenhagenParts no longer calls for every instant.
    const judge = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Copenhagen',
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
    const instants: number[] = [];
    // Every 20 minutes across both changes of 2026, and a fixed spread of instants from 1975 to 2045.
    for (const change of ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z']) {
      for (let m = -180; m <= 180; m += 20) instants.push(Date.parse(change) + m * 60_000);
    }
    for (let i = 0; i < 400; i += 1) instants.push(Date.UTC(1975, 0, 1) + ((i * 7_919_993_777) % 2_208_988_800_000));
    for (const ms of instants) {
      const parts = Object.fromEntries(judge.formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
      expect(copenhagenParts(new Date(ms)), new Date(ms).toISOString()).to.deep.equal({
        year: Number(parts.year),
        month: Number(parts.month),
        day: Number(parts.day),
        hour: Number(parts.hour),
        minute: Number(parts.minute),
        second: Number(parts.second),
        weekday: weekdays.indexOf(parts.weekday),
      });
    }
  });

  it('shows winter and summer time on both sides of the spring change', () => {
    // 29 March 2026: clocks go from 02.00 to 03.00 in Copenhagen.
    expect(formatTime(new Date('2026-03-29T00:30:00Z'), 'da')).to.equal('01.30');
    expect(formatTime(new Date('2026-03-29T01:30:00Z'), 'da')).to.equal('03.30');
    expect(formatTime(new Date('2026-03-29T01:30:00Z'), 'en')).to.equal('03:30');
    expect(copenhagenOffset(new Date('2026-03-29T00:59:00Z'))).to.equal(60);
    expect(copenhagenOffset(new Date('2026-03-29T01:00:00Z'))).to.equal(120);
  });

  it('shows summer and winter time on both sides of the autumn change', () => {
    // 25 October 2026: clocks go from 03.00 back to 02.00.
    expect(formatTime(new Date('2026-10-25T00:30:00Z'), 'da')).to.equal('02.30');
    expect(formatTime(new Date('2026-10-25T01:30:00Z'), 'da')).to.equal('02.30');
    expect(formatTime(new Date('2026-10-25T02:30:00Z'), 'da')).to.equal('03.30');
  });

  it('turns Copenhagen wall time into the right instant in both seasons and at the changes', () => {
    expect(fromCopenhagenTime(2026, 1, 15, 10, 0).toISOString()).to.equal('2026-01-15T09:00:00.000Z');
    expect(fromCopenhagenTime(2026, 7, 15, 10, 0).toISOString()).to.equal('2026-07-15T08:00:00.000Z');
    expect(fromCopenhagenTime(2026, 3, 29, 1, 30).toISOString()).to.equal('2026-03-29T00:30:00.000Z');
    expect(fromCopenhagenTime(2026, 3, 29, 3, 30).toISOString()).to.equal('2026-03-29T01:30:00.000Z');
    // 02.30 never happens on 29 March; clocks read 03.30 an hour after 01.30.
    expect(fromCopenhagenTime(2026, 3, 29, 2, 30).toISOString()).to.equal('2026-03-29T01:30:00.000Z');
    // 02.30 happens twice on 25 October; the first (summer time) is meant.
    expect(fromCopenhagenTime(2026, 10, 25, 2, 30).toISOString()).to.equal('2026-10-25T00:30:00.000Z');
    expect(fromCopenhagenTime(2026, 10, 25, 10, 0).toISOString()).to.equal('2026-10-25T09:00:00.000Z');
  });

  it('reads ISO dates with and without a zone', () => {
    expect(parseDateTime('2026-03-03T10:00:00')!.toISOString()).to.equal('2026-03-03T09:00:00.000Z');
    expect(parseDateTime('2026-06-03 10:00')!.toISOString()).to.equal('2026-06-03T08:00:00.000Z');
    expect(parseDateTime('2026-03-03T10:00:00Z')!.toISOString()).to.equal('2026-03-03T10:00:00.000Z');
    expect(parseDateTime('2026-03-03T10:00:00+02:00')!.toISOString()).to.equal('2026-03-03T08:00:00.000Z');
    expect(parseDateTime('2026-03-03T10:00:00.000-0500')!.toISOString()).to.equal('2026-03-03T15:00:00.000Z');
    expect(parseDateTime('2026-03-03')!.toISOString()).to.equal('2026-03-02T23:00:00.000Z');
  });

  it('rejects what is not a date', () => {
    for (const bad of ['', 'tomorrow', '2026-02-31T10:00', '2026-13-01', '03/03/2026', 20260303, null, {}]) {
      expect(parseDateTime(bad), JSON.stringify(bad)).to.equal(undefined);
    }
  });

  it('groups by the Copenhagen day, not the visitor’s', () => {
    // 23.30 UTC on 2 March is already 3 March in Copenhagen (and still 2 March in New York).
    expect(dayKey(new Date('2026-03-02T23:30:00Z'))).to.equal('2026-03-03');
    expect(dayKey(new Date('2026-03-02T22:30:00Z'))).to.equal('2026-03-02');
  });

  it('writes day headings as Danish and English public sites do', () => {
    const day = new Date('2026-03-03T09:00:00Z');
    expect(formatDay(day, 'da')).to.equal('tirsdag 3. marts 2026');
    expect(formatDay(day, 'en')).to.equal('Tuesday 3 March 2026');
    expect(formatDay(day, 'da', { year: false, weekday: false })).to.equal('3. marts');
  });

  it('gives the same day and offset from its cache as from Intl, hour by hour across both changes of 2026', () => {
    // 28 March 22.00 UTC to 1 April, and 24 October to 27 October: every hour, including the changeover hours.
    for (const [from, hours] of [
      [Date.UTC(2026, 2, 27, 22), 96],
      [Date.UTC(2026, 9, 24, 22), 96],
    ]) {
      for (let hour = 0; hour < hours; hour += 1) {
        const ms = from + hour * 3_600_000 + 30 * 60_000;
        expect(cachedCopenhagenOffset(ms), new Date(ms).toISOString()).to.equal(copenhagenOffset(new Date(ms)));
        expect(copenhagenDay(ms), new Date(ms).toISOString()).to.equal(dayKey(new Date(ms)));
      }
    }
    // Just before and after midnight in Copenhagen, summer time: 21.59 and 22.00 UTC.
    expect(copenhagenDay(Date.UTC(2026, 5, 30, 21, 59))).to.equal('2026-06-30');
    expect(copenhagenDay(Date.UTC(2026, 5, 30, 22, 0))).to.equal('2026-07-01');
  });
});
