import { expect } from '@open-wc/testing';
import { filterEvents, indexEvents, isOver } from '../../src/course-calendar/filter.js';
import type { CourseEvent } from '../../src/course-calendar/model.js';
import { nextCourse } from '../../src/course-calendar/next.js';
import { DEFAULT_TOPICS, compileVocabulary } from '../../src/course-calendar/topics.js';
import { course as session } from './extra-helpers.js';

let serial = 0;
const course = (title: string, start: string, end?: string, extra: Partial<CourseEvent> = {}): CourseEvent =>
  session({ id: String(++serial), title, start, end, languages: [], ...extra });

const now = new Date('2026-03-05T12:00:00+01:00');

describe('the next course on a topic', () => {
  const feed = [
    course('MitID for øvede', '2026-03-19T10:00:00+01:00', '2026-03-19T12:00:00+01:00'),
    course('Digital Post for begyndere', '2026-03-06T10:00:00+01:00', '2026-03-06T12:00:00+01:00'),
    course('MitID – kom godt i gang', '2026-03-12T10:00:00+01:00', '2026-03-12T12:00:00+01:00'),
    course('MitID i går', '2026-03-04T10:00:00+01:00', '2026-03-04T12:00:00+01:00'),
  ];

  it('is the soonest session on the topic that has not started yet, wherever it sits in the feed', () => {
    expect(nextCourse(feed, 'mitid', now)?.title).to.equal('MitID – kom godt i gang');
    expect(nextCourse(feed, 'digital-post', now)?.title).to.equal('Digital Post for begyndere');
  });

  it('matches the topic by the calendar vocabulary: categories and tags, not only the title', () => {
    const tagged = [
      course('Hjælp til din nye telefon', '2026-03-10T10:00:00+01:00', undefined, { tags: ['MitID-app'] }),
      course('Kaffe og kage', '2026-03-09T10:00:00+01:00', undefined, { categories: ['Socialt'] }),
    ];
    expect(nextCourse(tagged, 'mitid', now)?.title).to.equal('Hjælp til din nye telefon');
  });

  it('follows a library’s own vocabulary when given one', () => {
    const vocabulary = [{ id: 'flytning', keywords: ['flytning', 'adresseændring'] }];
    const feedWithMove = [...feed, course('Flytning på borger.dk', '2026-03-20T10:00:00+01:00')];
    expect(nextCourse(feedWithMove, 'flytning', now, vocabulary)?.title).to.equal('Flytning på borger.dk');
    expect(nextCourse(feedWithMove, 'flytning', now)).to.equal(undefined);
    expect(nextCourse(feedWithMove, 'mitid', now, vocabulary)).to.equal(undefined);
  });

  it('moves on when "now" moves on', () => {
    expect(nextCourse(feed, 'mitid', new Date('2026-03-12T10:00:00+01:00'))?.title).to.equal('MitID for øvede');
    expect(nextCourse(feed, 'mitid', new Date('2026-03-19T09:59:00+01:00'))?.title).to.equal('MitID for øvede');
    expect(nextCourse(feed, 'mitid', new Date('2026-03-19T10:00:00+01:00'))).to.equal(undefined);
  });

  it('leaves out a session under way, which the calendar still lists', () => {
    const during = new Date('2026-03-12T11:00:00+01:00');
    const listed = filterEvents(indexEvents(feed, compileVocabulary(DEFAULT_TOPICS)), {
      now: during,
      topics: ['mitid'],
    });
    expect(listed.map((item) => item.event.title)).to.include('MitID – kom godt i gang');
    expect(nextCourse(feed, 'mitid', during)?.title).to.equal('MitID for øvede');
  });

  it('skips a cancelled or postponed session and takes the next one', () => {
    const changed = [
      course('MitID aflyst', '2026-03-07T10:00:00+01:00', undefined, { status: 'cancelled' }),
      course('MitID udsat', '2026-03-08T10:00:00+01:00', undefined, { status: 'postponed' }),
      course('MitID fuldt booket', '2026-03-09T10:00:00+01:00', undefined, { status: 'full' }),
    ];
    expect(nextCourse(changed, 'mitid', now)?.title).to.equal('MitID fuldt booket');
  });

  it('keeps the feed’s order for two sessions starting at the same time', () => {
    const same = [
      course('MitID hold A', '2026-03-10T10:00:00+01:00'),
      course('MitID hold B', '2026-03-10T10:00:00+01:00'),
    ];
    expect(nextCourse(same, 'mitid', now)?.title).to.equal('MitID hold A');
    expect(nextCourse([...same].reverse(), 'mitid', now)?.title).to.equal('MitID hold B');
  });

  it('is nothing for no topic, an unknown topic, an empty feed or an invalid "now"', () => {
    expect(nextCourse(feed, '', now)).to.equal(undefined);
    expect(nextCourse(feed, 'passport', now)).to.equal(undefined);
    expect(nextCourse([], 'mitid', now)).to.equal(undefined);
    expect(nextCourse(feed, 'mitid', new Date(Number.NaN))).to.equal(undefined);
  });
});

describe('the calendar’s rule for what is over', () => {
  const at = Date.parse('2026-03-05T12:00:00+01:00');
  const hour = 3_600_000;
  it('counts a session as over once it has ended, and as on while it is under way', () => {
    expect(isOver({ startMs: at - 2 * hour, endMs: at - hour }, at)).to.equal(true);
    expect(isOver({ startMs: at - 2 * hour, endMs: at }, at)).to.equal(true);
    expect(isOver({ startMs: at - hour, endMs: at + hour }, at)).to.equal(false);
    expect(isOver({ startMs: at + hour, endMs: at + 2 * hour }, at)).to.equal(false);
  });

  it('counts a point in time (no end) as on until it comes', () => {
    expect(isOver({ startMs: at + hour, endMs: at + hour }, at)).to.equal(false);
    expect(isOver({ startMs: at - hour, endMs: at - hour }, at)).to.equal(true);
  });
});
