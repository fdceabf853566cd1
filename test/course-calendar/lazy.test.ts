import { expect } from '@open-wc/testing';
import { toIcs } from '../../src/course-calendar/export-ics.js';
import { readIcs } from '../../src/course-calendar/sources/ics.js';
import { course } from './extra-helpers.js';

const loaded = (name: string) =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/node_modules/${name}/`));

describe('iCalendar support loads on demand', () => {
  it('fetches ical.js only when a feed is read or a file is written', async () => {
    // This page has imported the reader and the writer, but has not used them yet.
    expect(loaded('ical.js')).to.equal(false);
    const text = await toIcs([course()], { lang: 'da', now: new Date('2026-02-01T12:00:00Z') });
    expect(loaded('ical.js')).to.equal(true);
    const { events } = await readIcs(text, {
      from: new Date('2026-03-01T00:00:00Z'),
      to: new Date('2026-04-01T00:00:00Z'),
    });
    expect(events.map((event) => event.title)).to.deep.equal(['MitID – kom godt i gang']);
  });
});
