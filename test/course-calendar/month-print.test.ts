import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/course-calendar/define.js';
import { LANGUAGES } from '../../src/core/languages.js';
import type { MbCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { CourseEvent } from '../../src/course-calendar/model.js';
import type { MbCourseMonth } from '../../src/course-calendar/month-view.js';
import { course } from './extra-helpers.js';

/*
 * The calendar's month view and its notice-board print, as a citizen and a librarian use them. "Now" is Monday
 * 2 March 2026 in Copenhagen; the browser runs in New York time (see web-test-runner.config.mjs), so every day and
 * time below is Copenhagen's only if the element converts it.
 */
const NOW = '2026-03-02T09:00:00+01:00';

const COURSES: CourseEvent[] = [
  course({
    id: 'mitid',
    title: 'MitID – kom godt i gang',
    // 09.00 UTC is 10.00 in Copenhagen.
    start: '2026-03-03T09:00:00Z',
    end: '2026-03-03T11:00:00Z',
    signup: { url: 'https://bibliotek.example/tilmeld/mitid' },
  }),
  course({
    id: 'post',
    title: 'Digital Post for begyndere',
    start: '2026-03-03T13:00:00+01:00',
    end: '2026-03-03T15:00:00+01:00',
    pageUrl: 'https://bibliotek.example/kurser/digital-post',
  }),
  course({ id: 'cafe', title: 'IT-café', start: '2026-03-17T14:00:00+01:00', end: '2026-03-17T16:00:00+01:00' }),
  course({
    id: 'app',
    title: 'MitID-appen på din telefon',
    // After the change to summer time: 08.00 UTC is 10.00 in Copenhagen.
    start: '2026-04-07T08:00:00Z',
    end: '2026-04-07T10:00:00Z',
    pageUrl: 'https://bibliotek.example/kurser/mitid-app',
  }),
  course({ id: 'past', title: 'Gammelt kursus', start: '2026-02-20T10:00:00+01:00', end: '2026-02-20T12:00:00+01:00' }),
];

const root = (el: MbCourseCalendar) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: MbCourseCalendar, selector: string) =>
  root(el).querySelector<T>(selector);
const $$ = (el: MbCourseCalendar, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();
const titles = (scope: ParentNode) => [...scope.querySelectorAll('.title, .print-course-title')].map(words);
const loaded = (path: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(path));

/** The calendar once it shows something (the month view's code arrives a moment after the list). */
async function calendar(template: ReturnType<typeof html>): Promise<MbCourseCalendar> {
  const found = await fixture<HTMLElement>(template);
  const el = (
    found.localName === 'mb-course-calendar' ? found : found.querySelector('mb-course-calendar')!
  ) as MbCourseCalendar;
  await waitUntil(() => $(el, '[part~="list"], .message, mb-course-month'), 'the calendar did not render', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

/** The month table inside a month-view calendar, once its code has loaded and it has rendered. */
async function month(el: MbCourseCalendar, timeout = 5000): Promise<MbCourseMonth> {
  await waitUntil(() => $<MbCourseMonth>(el, 'mb-course-month')?.shadowRoot?.querySelector('table'), 'no month', {
    timeout,
  });
  const table = $<MbCourseMonth>(el, 'mb-course-month')!;
  await table.updateComplete;
  return table;
}

const monthView = (lang = 'da', attributes = '') =>
  calendar(
    html`<mb-course-calendar
      view="month"
      lang=${lang}
      now=${NOW}
      topic=${attributes || ''}
      .courses=${COURSES}
    ></mb-course-calendar>`,
  );

const dayButton = (table: MbCourseMonth, key: string) =>
  table.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-day="${key}"]`)!;
const dayName = (table: MbCourseMonth, key: string) => words(dayButton(table, key).querySelector('.visually-hidden'));

async function choose(el: MbCourseMonth | MbCourseCalendar, table: MbCourseMonth, key: string) {
  dayButton(table, key).click();
  await table.updateComplete;
  await el.updateComplete;
}

/** What a screen reader user hears from the calendar's polite status lines. */
const statuses = (el: MbCourseCalendar) => $$(el, '[role="status"]').map(words).filter(Boolean);

describe('<mb-course-calendar> month view and print', () => {
  describe('loading', function () {
    // The first month view loads its chunk cold; under load (WebKit in CI) the dev server takes a while.
    this.timeout(30_000);
    it('loads the month view and the QR codes only when they are used', async () => {
      const el = await calendar(html`<mb-course-calendar now=${NOW} .courses=${COURSES}></mb-course-calendar>`);
      expect(loaded('/src/course-calendar/month-view.ts')).to.equal(false);
      expect(loaded('/node_modules/lean-qr/')).to.equal(false);
      el.view = 'month';
      await month(el, 25_000);
      expect(loaded('/src/course-calendar/month-view.ts')).to.equal(true);
      expect(loaded('/node_modules/lean-qr/')).to.equal(false);
    });
  });

  describe('accessibility', function () {
    // Two axe runs per test; WebKit takes a few seconds for each.
    this.timeout(20_000);
    for (const lang of LANGUAGES) {
      it(`is accessible with and without a chosen day (${lang})`, async () => {
        const el = await monthView(lang);
        const table = await month(el);
        await expect(el).to.be.accessible();
        await choose(el, table, '2026-03-03');
        $<HTMLButtonElement>(el, '.month-day button.toggle')!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }

    it('falls back to the list at 320 px, says so, and does not scroll sideways', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width:320px">
          <mb-course-calendar view="month" now=${NOW} .courses=${COURSES}></mb-course-calendar>
        </div>`,
      );
      const el = wrapper.querySelector('mb-course-calendar')!;
      await waitUntil(() => $(el, '.note'), 'no narrow note', { timeout: 5000 });
      await el.updateComplete;
      expect(words($(el, '.note'))).to.equal(
        'Der er ikke plads til månedsoversigten her, så kurserne vises som en liste.',
      );
      expect($$(el, '.day-heading').map(words)).to.deep.equal([
        'Tirsdag 3. marts 2026',
        'Tirsdag 17. marts 2026',
        'Tirsdag 7. april 2026',
      ]);
      // The folded month takes no room and is out of the tab order and the accessibility tree.
      const folded = $(el, 'mb-course-month')!;
      expect(folded.getBoundingClientRect().height).to.equal(0);
      expect(getComputedStyle(folded).visibility).to.equal('hidden');
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      const host = el.getBoundingClientRect();
      for (const node of root(el).querySelectorAll('*')) {
        const box = node.getBoundingClientRect();
        if (box.width === 0 || node.closest('.visually-hidden, [hidden], mb-course-month')) continue;
        expect(box.right, `${node.localName}.${node.className} overflows`).to.be.at.most(host.right + 1);
      }
      await expect(el).to.be.accessible();

      // Given room again, the month comes back.
      wrapper.style.width = '700px';
      await waitUntil(() => !$(el, '.note'), 'the month did not come back', { timeout: 5000 });
      expect(getComputedStyle($(el, 'mb-course-month')!).visibility).to.equal('visible');
      expect($$(el, '.day-heading')).to.have.length(0);
    });
  });

  describe('rendering', () => {
    it('shows the month of "now" with its course days, and no list until a day is chosen', async () => {
      const el = await monthView();
      const table = await month(el);
      expect(words(table.shadowRoot!.querySelector('caption'))).to.equal('Marts 2026');
      expect(dayName(table, '2026-03-03')).to.equal('tirsdag 3. marts 2026, 2 kurser');
      expect(dayName(table, '2026-03-17')).to.equal('tirsdag 17. marts 2026, 1 kursus');
      // The past course is not counted: the month shows what the list would.
      expect(dayName(table, '2026-03-20')).to.equal('fredag 20. marts 2026, ingen kurser');
      expect($$(el, 'button.toggle')).to.have.length(0);
      // One status line for the results count; nothing chosen yet.
      expect(statuses(el)).to.deep.equal(['4 kurser fundet']);
    });

    it("choosing a day lists that day's courses under a heading naming the day, with their details", async () => {
      const el = await monthView();
      const table = await month(el);
      await choose(el, table, '2026-03-03');
      const section = $(el, '.month-day')!;
      expect(words(section.querySelector('.day-heading'))).to.equal('Tirsdag 3. marts 2026');
      expect(titles(section)).to.deep.equal(['MitID – kom godt i gang', 'Digital Post for begyndere']);
      // Copenhagen time, as in the list.
      expect(words(section.querySelector('.course-card time'))).to.equal('kl. 10.00–12.00');
      // The course opens in place, as in the list, with its sign-up.
      section.querySelector<HTMLButtonElement>('button.toggle')!.click();
      await el.updateComplete;
      const link = section.querySelector<HTMLAnchorElement>(
        '.details a[href="https://bibliotek.example/tilmeld/mitid"]',
      );
      expect(words(link)).to.equal('Tilmeld dig online: MitID – kom godt i gang');
      expect(statuses(el)).to.include('Tirsdag 3. marts 2026: 2 kurser. De står under kalenderen.');
    });

    it('says so when the chosen day has no courses', async () => {
      const el = await monthView();
      const table = await month(el);
      await choose(el, table, '2026-03-04');
      expect(words($(el, '.month-day .day-heading'))).to.equal('Onsdag 4. marts 2026');
      expect(words($(el, '.month-day .message'))).to.equal('Der er ingen kurser denne dag.');
      expect(statuses(el)).to.include('Onsdag 4. marts 2026: ingen kurser.');
    });
  });

  describe('attributes', () => {
    it('counts and lists only the courses the filters let through', async () => {
      const el = await monthView('da', 'mitid');
      const table = await month(el);
      expect(dayName(table, '2026-03-03')).to.equal('tirsdag 3. marts 2026, 1 kursus');
      expect(dayName(table, '2026-03-17')).to.equal('tirsdag 17. marts 2026, ingen kurser');
      await choose(el, table, '2026-03-03');
      expect(titles($(el, '.month-day')!)).to.deep.equal(['MitID – kom godt i gang']);

      // A search the citizen types applies too.
      const search = $<HTMLInputElement>(el, 'input[type="search"]')!;
      search.value = 'Digital Post';
      search.dispatchEvent(new Event('input'));
      $<HTMLInputElement>(el, 'input[name="topic"]:checked')!.click();
      await el.updateComplete;
      await table.updateComplete;
      expect(dayName(table, '2026-03-03')).to.equal('tirsdag 3. marts 2026, 1 kursus');
      expect(titles($(el, '.month-day')!)).to.deep.equal(['Digital Post for begyndere']);
    });

    it('has no print button in the compact view or with no-print', async () => {
      const compact = await calendar(
        html`<mb-course-calendar view="compact" now=${NOW} .courses=${COURSES}></mb-course-calendar>`,
      );
      expect($(compact, '[part="print"]')).to.equal(null);
      const without = await calendar(
        html`<mb-course-calendar no-print now=${NOW} .courses=${COURSES}></mb-course-calendar>`,
      );
      expect($(without, '[part="print"]')).to.equal(null);
      expect($$(without, 'button.toggle')).to.have.length(4);
    });
  });

  describe('events', () => {
    it('tells the page which day was chosen', async () => {
      const el = await monthView();
      const table = await month(el);
      const chosen = oneEvent(el, 'mb-day-select');
      dayButton(table, '2026-03-17').click();
      expect((await chosen).detail).to.deep.equal({ day: '2026-03-17', count: 1 });
    });
  });

  describe('keyboard', () => {
    it('moves by arrow, chooses with Enter, keeps focus on the day, and Tab goes on to its courses', async () => {
      const el = await monthView();
      const table = await month(el);
      // Today (2 March) is the day in the tab order.
      dayButton(table, '2026-03-02').focus();
      await sendKeys({ press: 'ArrowRight' });
      await table.updateComplete;
      expect(table.shadowRoot!.activeElement).to.equal(dayButton(table, '2026-03-03'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await table.updateComplete;
      expect(titles($(el, '.month-day')!)).to.deep.equal(['MitID – kom godt i gang', 'Digital Post for begyndere']);
      expect(table.shadowRoot!.activeElement).to.equal(dayButton(table, '2026-03-03'));
      expect(dayButton(table, '2026-03-03').getAttribute('aria-pressed')).to.equal('true');
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal($(el, '.month-day button.toggle'));
    });

    it('changes month with PageDown, announces it, and lets go of the chosen day', async () => {
      const el = await monthView();
      const table = await month(el);
      await choose(el, table, '2026-03-03');
      dayButton(table, '2026-03-03').focus();
      const changed = oneEvent(el, 'mb-month-change');
      await sendKeys({ press: 'PageDown' });
      expect((await changed).detail).to.deep.equal({ month: '2026-04', count: 1 });
      await el.updateComplete;
      await table.updateComplete;
      expect(words(table.shadowRoot!.querySelector('caption'))).to.equal('April 2026');
      expect(words(table.shadowRoot!.querySelector('[aria-live="polite"]'))).to.equal('April 2026, 1 kursus');
      expect(table.shadowRoot!.activeElement).to.equal(dayButton(table, '2026-04-03'));
      expect($(el, '.month-day')).to.equal(null);
      // April is the last month with courses: the next-month button says so without losing focus.
      expect(table.shadowRoot!.querySelectorAll('.bar button')[1].getAttribute('aria-disabled')).to.equal('true');
    });
  });

  describe('print', () => {
    /** Stubs `window.print` (no dialog), recording what the sheet showed when the dialog would open. */
    function stubPrint(el: MbCourseCalendar) {
      const original = window.print;
      let restore = () => {
        window.print = original;
      };
      const printed = new Promise<Element>((resolve) => {
        window.print = () => resolve($(el, '.print-sheet')!.cloneNode(true) as Element);
      });
      return {
        printed,
        restore: () => {
          restore();
          restore = () => undefined;
        },
      };
    }

    /*
     * No engine lets a test switch to print media. So the test adopts the element's own `@media print` rules,
     * unconditioned, next to its screen styles (as print.test.ts does): what the element then computes is what
     * those rules do on paper.
     */
    function emulatePrint(el: MbCourseCalendar): () => void {
      const shadow = root(el);
      // A copy: in some engines the property is a live array.
      const before = [...shadow.adoptedStyleSheets];
      const rules = before.flatMap((sheet) =>
        [...sheet.cssRules].filter(
          (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print',
        ),
      );
      expect(rules.length, '@media print blocks').to.be.at.least(1);
      const printed = new CSSStyleSheet();
      printed.replaceSync(rules.flatMap((media) => [...media.cssRules].map((rule) => rule.cssText)).join('\n'));
      shadow.adoptedStyleSheets = [...before, printed];
      return () => (shadow.adoptedStyleSheets = before);
    }

    it('prints the filtered courses as a large-type sheet with a QR code to each sign-up or page', async () => {
      const el = await calendar(
        html`<mb-course-calendar now=${NOW} topic="mitid" .courses=${COURSES}></mb-course-calendar>`,
      );
      const stylesBefore = document.querySelectorAll('style').length;
      const sheetsBefore = root(el).adoptedStyleSheets.length;
      const button = $<HTMLButtonElement>(el, '[part="print"]')!;
      expect(words(button)).to.equal('Udskriv kursusoversigt');
      const { printed, restore } = stubPrint(el);
      try {
        button.focus();
        button.click();
        const sheet = await printed;
        expect(loaded('/node_modules/lean-qr/')).to.equal(true);

        expect(words(sheet.querySelector('.print-title'))).to.equal('Kurser og hjælp på biblioteket');
        expect(titles(sheet)).to.deep.equal(['MitID – kom godt i gang', 'MitID-appen på din telefon']);
        expect([...sheet.querySelectorAll('.print-when')].map(words)).to.deep.equal([
          'Tirsdag 3. marts 2026, 10.00–12.00',
          'Tirsdag 7. april 2026, 10.00–12.00',
        ]);
        // One code per course, each the code of its sign-up (else page) address.
        const { qrSvg } = await import('../../src/course-calendar/print.js');
        const codes = [...sheet.querySelectorAll('.print-qr svg')].map((svg) => svg.outerHTML);
        const expected = await Promise.all(
          ['https://bibliotek.example/tilmeld/mitid', 'https://bibliotek.example/kurser/mitid-app'].map(async (url) => {
            const holder = document.createElement('div');
            holder.innerHTML = await qrSvg(url);
            return holder.firstElementChild!.outerHTML;
          }),
        );
        expect(codes).to.deep.equal(expected);
        expect(
          [...sheet.querySelectorAll('.print-qr [role="img"]')].map((n) => n.getAttribute('aria-label')),
        ).to.deep.equal(['QR-kode til MitID – kom godt i gang', 'QR-kode til MitID-appen på din telefon']);

        // On paper: only the sheet, in large type.
        const live = $(el, '.print-sheet')!;
        expect(getComputedStyle(live).display).to.equal('none');
        const screen = emulatePrint(el);
        const screenParts = [...$(el, '.calendar')!.children].filter((child) => child !== live);
        expect(screenParts.map((child) => child.localName)).to.include.members(['form', 'div', 'p']);
        expect(screenParts.filter((child) => getComputedStyle(child).display !== 'none')).to.deep.equal([]);
        expect(getComputedStyle(live).display).to.equal('block');
        expect(
          (parseFloat(getComputedStyle(live.querySelector('.print-course-title')!).fontSize) * 72) / 96,
        ).to.be.closeTo(22, 0.5);
        screen();

        // After printing nothing is left behind: no sheet, no extra styles, no listener.
        window.dispatchEvent(new Event('afterprint'));
        await el.updateComplete;
        expect($(el, '.print-sheet')).to.equal(null);
        expect($(el, '.calendar')!.classList.contains('printing')).to.equal(false);
        expect(document.querySelectorAll('style').length).to.equal(stylesBefore);
        expect(root(el).adoptedStyleSheets.length).to.equal(sheetsBefore);
        expect(root(el).querySelectorAll('[style]').length).to.equal(0);
        expect(document.activeElement).to.equal(el);
        expect(root(el).activeElement).to.equal(button);
      } finally {
        restore();
      }
    });

    it('prints every filtered course from the month view, not just the month shown, in English', async () => {
      const el = await monthView('en');
      await month(el);
      const button = $<HTMLButtonElement>(el, '[part="print"]')!;
      expect(words(button)).to.equal('Print course overview');
      const { printed, restore } = stubPrint(el);
      try {
        button.focus();
        await sendKeys({ press: 'Enter' });
        const sheet = await printed;
        expect(sheet.getAttribute('lang')).to.equal('en');
        expect(titles(sheet)).to.deep.equal([
          'MitID – kom godt i gang',
          'Digital Post for begyndere',
          'IT-café',
          'MitID-appen på din telefon',
        ]);
        expect(words(sheet.querySelector('.print-when'))).to.equal('Tuesday 3 March 2026, 10:00–12:00');
        // The IT café has no link, so no code.
        expect(sheet.querySelectorAll('.print-qr')).to.have.length(3);
        window.dispatchEvent(new Event('afterprint'));
        await el.updateComplete;
        expect($(el, '.print-sheet')).to.equal(null);
      } finally {
        restore();
      }
    });
  });

  describe('language', () => {
    it('speaks English: the month and the chosen day', async () => {
      const el = await monthView('en');
      const table = await month(el);
      expect(words(table.shadowRoot!.querySelector('caption'))).to.equal('March 2026');
      await choose(el, table, '2026-03-03');
      expect(words($(el, '.month-day .day-heading'))).to.equal('Tuesday 3 March 2026');
      expect(statuses(el)).to.include('Tuesday 3 March 2026: 2 courses. They are listed below the calendar.');
    });
  });
});
