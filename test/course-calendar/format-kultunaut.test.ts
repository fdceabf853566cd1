import { expect } from '@open-wc/testing';
import { readCourseFeed } from '../../src/course-calendar/read.js';

const feed = {
  arrangementer: [
    { id: '7', titel: 'MitID-hjælp', start: '2026-03-03T10:00:00+01:00', slut: '2026-03-03T12:00:00+01:00', sted: 'Hovedbiblioteket' },
    { id: '8', start: '2026-03-04T10:00:00+01:00' },
  ],
};

describe('the Kultunaut format', () => {
  it('is detected and read, and a record without a title is counted as skipped', async () => {
    const result = await readCourseFeed(feed, 'auto', { feedUrl: 'https://example.org/k.json' });
    expect(result.format).to.equal('kultunaut');
    expect(result.events.map((event) => [event.title, event.place?.name])).to.deep.equal([
      ['MitID-hjælp', 'Hovedbiblioteket'],
    ]);
    expect(result.skipped).to.equal(1);
  });
});
