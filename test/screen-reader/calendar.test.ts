// What a screen reader says while a citizen opens a course and chooses a day in the month view (test/screen-reader/
// reader.ts says how the reader works; Chromium only). The transcripts are reviewed snapshots in transcripts/.
import { html } from '@open-wc/testing';
import '../../src/course-calendar/define.js';
import type { MbCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { matchesTranscript, readerFor } from './reader.js';

const NOW = '2026-03-02T09:00:00+01:00';
const FEED = '/test/course-calendar/fixtures/courses.json';
const chromium = navigator.userAgent.includes('Chrome/');

const calendar = (lang: string, view: string) =>
  readerFor<MbCourseCalendar>(
    html`<mb-course-calendar lang=${lang} now=${NOW} src=${FEED} view=${view} limit="3"></mb-course-calendar>`,
    'mb-course-calendar',
    (el) =>
      !!el.shadowRoot?.querySelector('[part~="list"], mb-course-month') &&
      !el.shadowRoot.querySelector('[aria-busy="true"]'),
  );

// The accessibility tree is read through the DevTools protocol, which only Chromium offers here: in Firefox and
// WebKit this file has no tests (docs/accessibility.md says so).
if (chromium)
  describe('what a screen reader says: <mb-course-calendar>', () => {
    for (const lang of ['da', 'en']) {
      it(`opening a course (${lang})`, async () => {
        const { reader } = await calendar(lang, 'list');
        await reader.next(4);
        await reader.pressUntil('Tab', /^Tab → button, .*collapsed/u);
        await reader.press('Enter');
        await reader.next(24);
        await matchesTranscript(`open-course.${lang}`, reader, `Opening a course in <mb-course-calendar> (${lang})`);
      });

      it(`choosing a day in the month view (${lang})`, async () => {
        const { reader } = await calendar(lang, 'month');
        await reader.pressUntil('Tab', /^Tab → (button|cell|gridcell).*(2\.|2 )/u);
        await reader.press('ArrowRight');
        await reader.press('Enter');
        await reader.next(6);
        await reader.press('PageDown');
        await matchesTranscript(`month-day.${lang}`, reader, `Choosing a day in the month view (${lang})`);
      });
    }
  });
