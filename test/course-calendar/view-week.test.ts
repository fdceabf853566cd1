import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/course-calendar/define.js';
import type { MbCourseCalendar } from '../../src/course-calendar/course-calendar.js';

describe('<mb-course-calendar view="week">', () => {
  it('lists the next seven days only, with a search box and no print button', async () => {
    const el = await fixture<MbCourseCalendar>(
      html`<mb-course-calendar view="week" src="/demo/data/courses.json" now="2026-03-02T09:00:00+01:00"></mb-course-calendar>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="list"]:not([aria-busy="true"])'), 'no list');
    const root = el.shadowRoot!;
    const days = [...root.querySelectorAll('.day-heading')].map((node) => node.textContent!.trim());
    expect(days.length).to.be.greaterThan(0);
    expect(days.every((day) => /marts/u.test(day) && Number(/(\d+)\./u.exec(day)![1]) < 9)).to.equal(true);
    expect(root.querySelector('input[type="search"]')).to.not.equal(null);
    expect(root.querySelector('[part="print"]')).to.equal(null);
    await expect(el).shadowDom.to.be.accessible();
  });
});
