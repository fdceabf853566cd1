import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/course-calendar/define.js';
import '../../src/guide-card/define.js';
import '../../src/model-explainer/define.js';
import type { MbCourseCalendar } from '../../src/course-calendar/course-calendar.js';

/*
 * Strings load per language (core/languages.ts). This file runs in a page of its own, so the requests it sees are
 * its own: first every widget in Danish, then one switched to English.
 */
const NOW = '2026-03-02T09:00:00+01:00';
const requested = (pattern: RegExp) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => pattern.test(path));
// A namespace's strings in a language other than Danish (Danish comes with the code, as its own file in this unbundled
// test server): locales/<lang>/<namespace>.json. A built-in guide's content sits in locales/<lang>/guides/.
const STRINGS = /\/locales\/(?!da\/)[^/]+\/[^/]+\.json$/;

describe('strings by language', () => {
  it('a Danish page downloads no strings in another language', async () => {
    const wrapper = await fixture(
      html`<div lang="da">
        <mb-course-calendar view="month" src="/demo/data/courses.json" now=${NOW}></mb-course-calendar>
        <mb-guide-card guide="mitid"></mb-guide-card>
        <mb-model-explainer></mb-model-explainer>
      </div>`,
    );
    const calendar = wrapper.querySelector('mb-course-calendar')!;
    const card = wrapper.querySelector('mb-guide-card')!;
    await waitUntil(() => calendar.shadowRoot!.querySelector('mb-course-month'), 'no month view', { timeout: 5000 });
    await waitUntil(() => card.shadowRoot!.querySelector('.card'), 'no guide', { timeout: 5000 });
    expect(calendar.shadowRoot!.textContent.includes('kurser fundet'), 'Danish').to.equal(true);
    expect(wrapper.querySelector('mb-model-explainer')!.shadowRoot!.textContent.includes('Intet samarbejde')).to.equal(
      true,
    );
    expect(requested(STRINGS)).to.deep.equal([]);
    expect(requested(/pseudo-locales/)).to.deep.equal([]);
  });

  it('switched to English, it fetches the English strings it needs, and only those', async () => {
    const el = await fixture<MbCourseCalendar>(
      html`<mb-course-calendar lang="da" src="/demo/data/courses.json" now=${NOW}></mb-course-calendar>`,
    );
    // The courses are read (the skeleton is a list too).
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="count"]'), 'no courses', { timeout: 5000 });
    el.lang = 'en';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.calendar')!.getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.textContent.includes('courses found'), 'English').to.equal(true);
    expect(requested(STRINGS).sort()).to.deep.equal(['/locales/en/common.json', '/locales/en/course-calendar.json']);
  });
});
