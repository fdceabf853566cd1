import { expect } from '@open-wc/testing';
import { LoadError } from '../../src/core/feed.js';
import { loadAndMerge, mergeResults, normaliseTitle } from '../../src/course-calendar/merge.js';
import { readIcs } from '../../src/course-calendar/sources/ics.js';
import { course } from './extra-helpers.js';

describe('merging several sources', () => {
  it('lists the courses of every source in time order', () => {
    const dpl = course({ id: 'a', title: 'Digital Post', start: '2026-03-05T10:00:00+01:00' });
    const branch = course({ id: 'b', title: 'MitID', start: '2026-03-04T10:00:00+01:00' });
    const merged = mergeResults([
      { source: 'dpl', result: { events: [dpl], skipped: 1 } },
      { source: 'branch.ics', result: { events: [branch], skipped: 2 } },
    ]);
    expect(merged.events.map((event) => event.title)).to.deep.equal(['MitID', 'Digital Post']);
    expect(merged.skipped).to.equal(3);
    expect(merged.failed).to.deep.equal([]);
  });

  it('drops a session another source already gave: same key, same series and start, or same title and start', () => {
    const first = course({ id: 'x', title: 'MitID – kom godt i gang', seriesKey: 's1' });
    const sameKey = { ...course({ id: 'x', title: 'Other title' }), start: '2026-04-01T10:00:00+02:00' };
    const sameSeries = course({ id: 'y', title: 'Renamed', seriesKey: 's1', start: '2026-03-03T09:00:00Z' });
    const sameTitle = course({ id: 'z', title: '  mitid - kom godt i gang! ', start: '2026-03-03T10:00:00+01:00' });
    const otherDay = course({ id: 'w', title: 'MitID – kom godt i gang', start: '2026-03-10T10:00:00+01:00' });
    const merged = mergeResults([
      { source: 'dpl', result: { events: [first], skipped: 0 } },
      { source: 'ics', result: { events: [sameKey, sameSeries, sameTitle, otherDay], skipped: 0 } },
    ]);
    expect(merged.events).to.deep.equal([first, otherDay]);
    expect(merged.duplicates).to.equal(3);
  });

  it('keeps the other sources when one fails, and says which one failed', async () => {
    const merged = await loadAndMerge([
      { source: 'https://dpl.example/api', load: () => Promise.reject(new LoadError('timeout', 'slow')) },
      { source: 'bad.ics', load: () => readIcs('not a calendar', { from: new Date(0), to: new Date() }) },
      { source: 'good', load: () => Promise.resolve({ events: [course()], skipped: 0, problems: [] }) },
    ]);
    expect(merged.events.map((event) => event.key)).to.deep.equal(['medborger:mitid-1']);
    expect(merged.failed).to.deep.equal([
      { source: 'https://dpl.example/api', kind: 'timeout', message: 'slow' },
      { source: 'bad.ics', kind: 'parse', message: 'not iCalendar' },
    ]);
  });

  it('tells which source each skipped record came from', () => {
    const merged = mergeResults([
      { source: 'a', result: { events: [], skipped: 1, problems: [{ index: 4, reason: 'no-start' }] } },
      { source: 'b', result: { events: [], skipped: 1, problems: [{ index: 0, id: 'x', reason: 'no-title' }] } },
    ]);
    expect(merged.problems).to.deep.equal([
      { index: 4, reason: 'no-start', source: 'a' },
      { index: 0, id: 'x', reason: 'no-title', source: 'b' },
    ]);
  });

  it('merges a DPL-style feed and a branch calendar that list the same course', async () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:branch-1',
      'DTSTART;TZID=Europe/Copenhagen:20260303T100000',
      'SUMMARY:MitID - kom godt i gang',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:branch-2',
      'DTSTART;TZID=Europe/Copenhagen:20260306T130000',
      'SUMMARY:Læs aviser på nettet',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const window = { from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-03-31T00:00:00Z') };
    const merged = await loadAndMerge([
      { source: 'dpl', load: () => Promise.resolve({ events: [course()], skipped: 0 }) },
      { source: 'branch', load: () => readIcs(ics, window) },
    ]);
    expect(merged.events.map((event) => [event.source.kind, event.title])).to.deep.equal([
      ['medborger', 'MitID – kom godt i gang'],
      ['ics', 'Læs aviser på nettet'],
    ]);
  });

  it('normalises titles for comparison: case, accents, dashes and spacing', () => {
    expect(normaliseTitle('MitID – Kom  godt i gang!')).to.equal(normaliseTitle('mitid - kom godt i gang'));
    expect(normaliseTitle('Café')).to.equal('cafe');
    expect(normaliseTitle('Ældre')).to.equal('ældre');
  });
});
