/*
 * A large feed is parsed in slices (sources/json-slices.ts), from the pieces its body arrived in. What a citizen and
 * an editor notice must not change: the same value as `JSON.parse`, however the body was cut into pieces, the same
 * message for bad JSON, and the sessions and counts a calendar shows.
 */
import { expect } from '@open-wc/testing';
import { LoadError, parseJson } from '../../src/core/feed.js';
import { SLICE_MS, slicing } from '../../src/core/slices.js';
import { parseJsonInSlices } from '../../src/course-calendar/sources/json-slices.js';
import { readCourseFeed, readCourseText } from '../../src/course-calendar/read.js';

/** `text` cut into pieces of `size` characters (the last one shorter), as a body may arrive. */
const cut = (text: string, size: number): string[] =>
  Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));

/** What `parseJson` gives, or the message of the error it throws. */
const whole = (text: string): unknown => {
  try {
    return parseJson(text);
  } catch (caught) {
    return `error: ${(caught as Error).message}`;
  }
};
const sliced = async (body: string | string[]): Promise<unknown> => {
  try {
    return await parseJsonInSlices(body);
  } catch (caught) {
    expect(caught).to.be.instanceOf(LoadError);
    expect((caught as LoadError).kind).to.equal('parse');
    return `error: ${(caught as Error).message}`;
  }
};

const DOCUMENTS = [
  '[]',
  ' [ ] ',
  '{}',
  '[1, -2.5e3 ,true,false,null,"x"]',
  '{"events":[{"title":"MitID \\"app\\" ]}","tags":["a","b"]},{"title":"Æblekage\\\\"}],"count":2}',
  '{"a":[1],"__proto__":{"polluted":true},"a":[2,3],"b":{"c":[{"d":"}"}]}}',
  '["\\u00e6\\u00f8\\u00e5", "tab\\tline\\nend", "emoji \\ud83d\\udcc5"]',
  '  {"courses": [ {"id": 1} , {"id": 2} ] }  ',
];
const BROKEN = ['', '[1,2', '[1,2]x', '{"a":1,}', '{"a" 1}', '[01]', '["open', '\uFEFF[1]', '[1]]', 'nul'];

describe('parsing a large feed in slices', () => {
  it('gives the value JSON.parse gives, however the body is cut into pieces', async () => {
    for (const document of DOCUMENTS) {
      const expected = JSON.parse(document) as unknown;
      for (const size of [1, 2, 3, 7, document.length]) {
        const value = await sliced(cut(document, size));
        expect(value, `${document} in pieces of ${size}`).to.deep.equal(expected);
      }
    }
  });

  it('keeps "__proto__" an own property, as JSON.parse does, and the last of a repeated key', async () => {
    const value = (await parseJsonInSlices(cut(DOCUMENTS[5], 4))) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
    expect(Object.keys(value)).to.deep.equal(['a', '__proto__', 'b']);
    expect(value.a).to.deep.equal([2, 3]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('reports bad JSON with the very message of JSON.parse', async () => {
    for (const document of BROKEN) {
      for (const size of [1, 3, document.length || 1]) {
        expect(await sliced(cut(document, size)), `${JSON.stringify(document)} in pieces of ${size}`).to.equal(
          whole(document),
        );
      }
    }
  });

  it('lets the page have turns while a long list is parsed, and stops when aborted', async () => {
    const feed = JSON.stringify({
      courses: Array.from({ length: 2000 }, (_, i) => ({ id: `c${i}`, title: 'Kursus' })),
    });
    const realNow = slicing.now;
    let readings = 0;
    let turns = 0;
    const timer = setInterval(() => (turns += 1));
    // Every look at the clock says a slice is over: the parser must yield between slices of records.
    slicing.now = () => (readings += 1) * (SLICE_MS + 1);
    try {
      const value = (await parseJsonInSlices(cut(feed, 1000))) as { courses: unknown[] };
      expect(value.courses).to.have.length(2000);
      expect(turns, 'the page got turns').to.be.greaterThan(0);
      const aborted = new AbortController();
      aborted.abort(new Error('gone'));
      let caught: unknown;
      await parseJsonInSlices(cut(feed, 1000), aborted.signal).catch((error: unknown) => (caught = error));
      expect((caught as Error).message).to.equal('gone');
    } finally {
      slicing.now = realNow;
      clearInterval(timer);
    }
  });

  it('reads a large DPL feed from its pieces into the sessions and counts JSON.parse gives', async () => {
    const record = (i: number) => ({
      uuid: `u-${i}`,
      title: i % 500 === 7 ? '' : `Kursus ${i}`,
      state: 'Active',
      date_time: { start: `2026-03-${String(3 + (i % 20)).padStart(2, '0')}T09:00:00+01:00` },
      branches: ['Hovedbiblioteket'],
      description: 'En lang beskrivelse af kurset, gentaget i hver post. '.repeat(4),
    });
    const body = JSON.stringify(Array.from({ length: 3000 }, (_, i) => record(i)));
    expect(body.length, 'over the size that is parsed in slices').to.be.greaterThan(512 * 1024);
    const settings = { from: new Date('2026-01-01'), to: new Date('2027-01-01') };
    const context = { feedUrl: '', loadedAt: '2026-03-02T09:00:00+01:00' };
    const fromPieces = await readCourseText(cut(body, 65_536), 'auto', context, settings);
    const fromString = await readCourseFeed(JSON.parse(body), 'dpl', context);
    expect(fromPieces.format).to.equal('dpl');
    expect(fromPieces.skipped).to.equal(6);
    expect(fromPieces.events).to.have.length(2994);
    expect(fromPieces.events).to.deep.equal(fromString.events);
    expect(fromPieces.problems).to.deep.equal(fromString.problems);
  });
});
