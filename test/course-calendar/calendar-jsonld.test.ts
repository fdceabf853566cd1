import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/course-calendar/define.js';
import type { MbCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { CourseEvent } from '../../src/course-calendar/model.js';

const NOW = '2026-03-02T09:00:00+01:00';

const event = (key: string, title: string, start: string): CourseEvent =>
  ({ key, id: key, title, start, end: start.replace('T10:', 'T12:'), status: 'scheduled' }) as unknown as CourseEvent;

const COURSES = [
  event('a', 'MitID – kom godt i gang', '2026-03-03T10:00:00+01:00'),
  event('b', 'Digital Post for begyndere', '2026-03-05T10:00:00+01:00'),
];

let mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted) el.remove();
  mounted = [];
});

async function mount(attributes: Record<string, string> = {}): Promise<MbCourseCalendar> {
  const el = document.createElement('mb-course-calendar');
  el.setAttribute('now', NOW);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const loaded = oneEvent(el, 'mb-load');
  el.courses = COURSES;
  document.body.append(el);
  mounted.push(el);
  await loaded;
  await el.updateComplete;
  return el;
}

const script = (el: Element) => el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
const names = (el: Element): string[] => {
  const data = JSON.parse(script(el)?.textContent ?? 'null') as Record<string, unknown> | null;
  const things = (data?.['@graph'] as Record<string, unknown>[] | undefined) ?? (data ? [data] : []);
  return things.map((thing) => String(thing.name)).sort();
};

describe('<mb-course-calendar> search-engine markup (JSON-LD)', () => {
  it('describes the courses on show in a JSON-LD script in the light DOM, not the shadow root', async () => {
    const el = await mount();
    await waitUntil(() => script(el), 'no JSON-LD child');
    expect(el.shadowRoot!.querySelector('script[type="application/ld+json"]')).to.equal(null);
    expect(names(el)).to.deep.equal(['Digital Post for begyndere', 'MitID – kom godt i gang']);
  });

  it('follows the data when it changes', async () => {
    const el = await mount();
    await waitUntil(() => script(el), 'no JSON-LD child');
    const loaded = oneEvent(el, 'mb-load');
    el.courses = [event('c', 'Sikker på nettet', '2026-03-10T10:00:00+01:00')];
    await loaded;
    await waitUntil(() => names(el).join() === 'Sikker på nettet', 'the JSON-LD did not follow the data');
    expect(el.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
  });

  it('follows the filters: only the courses on show are described', async () => {
    const el = await mount({ to: '2026-03-04' });
    await waitUntil(() => script(el), 'no JSON-LD child');
    expect(names(el)).to.deep.equal(['MitID – kom godt i gang']);
  });

  it('is left out with no-jsonld, and removed when the attribute is added later', async () => {
    const el = await mount();
    await waitUntil(() => script(el), 'no JSON-LD child');
    const off = await mount({ 'no-jsonld': '' });
    // The JSON-LD code is loaded by now (the first calendar used it): the second one had every chance to write.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(script(off)).to.equal(null);
    el.setAttribute('no-jsonld', '');
    await waitUntil(() => !script(el), 'the JSON-LD was not removed');
  });
});
