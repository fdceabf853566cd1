import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/course-calendar/define-month.js';
import type { MbCourseMonth } from '../../src/course-calendar/month-view.js';
import { course } from './extra-helpers.js';

const events = [
  course({ id: 'a', start: '2026-03-03T10:00:00+01:00' }),
  course({ id: 'b', start: '2026-03-03T13:00:00+01:00' }),
  course({ id: 'c', start: '2026-03-17T10:00:00+01:00' }),
  course({ id: 'd', start: '2026-04-07T10:00:00+02:00' }),
];

async function month(lang = 'da', attrs: { min?: string; max?: string } = {}) {
  const el = await fixture<MbCourseMonth>(
    html`<mb-course-month
      lang=${lang}
      month="2026-03"
      today="2026-03-10"
      min=${attrs.min ?? ''}
      max=${attrs.max ?? ''}
      .events=${events}
    ></mb-course-month>`,
  );
  await el.updateComplete;
  return el;
}
const root = (el: MbCourseMonth) => el.shadowRoot!;
const day = (el: MbCourseMonth, key: string) => root(el).querySelector<HTMLButtonElement>(`button[data-day="${key}"]`)!;
const nameOf = (button: HTMLButtonElement) => button.querySelector('.visually-hidden')!.textContent.trim();
const visibleText = (button: HTMLButtonElement) =>
  [...button.querySelectorAll('[aria-hidden="true"]')].map((span) => span.textContent.trim()).join(' ');
const focused = (el: MbCourseMonth) => (root(el).activeElement as HTMLElement | null)?.dataset.day;
const navButtons = (el: MbCourseMonth) => [...root(el).querySelectorAll<HTMLButtonElement>('.bar button')];
const press = async (el: MbCourseMonth, key: string) => {
  await sendKeys({ press: key });
  await el.updateComplete;
};

describe('<mb-course-month>', () => {
  describe('accessibility', () => {
    // One axe run per test: WebKit takes a few seconds for each.
    it('is accessible in Danish', async () => {
      await expect(await month('da')).to.be.accessible();
    });

    it('is accessible in English', async () => {
      await expect(await month('en')).to.be.accessible();
    });

    it('is accessible with a day chosen', async () => {
      const el = await month();
      day(el, '2026-03-03').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible at the ends of its range', async () => {
      const el = await month('da', { min: '2026-03', max: '2026-03' });
      await expect(el).to.be.accessible();
    });
  });

  describe('rendering', () => {
    it('is one table with the month as caption and full weekday names for screen readers', async () => {
      const el = await month();
      const tables = root(el).querySelectorAll('table');
      expect(tables).to.have.length(1);
      expect(tables[0].querySelector('table')).to.equal(null);
      expect(root(el).querySelector('caption')!.textContent.trim()).to.equal('Marts 2026');
      const headers = [...root(el).querySelectorAll('thead th')];
      expect(headers.map((th) => th.getAttribute('scope'))).to.deep.equal(Array(7).fill('col'));
      expect(headers.map((th) => th.querySelector('.visually-hidden')!.textContent)).to.deep.equal([
        'mandag',
        'tirsdag',
        'onsdag',
        'torsdag',
        'fredag',
        'lørdag',
        'søndag',
      ]);
      expect(root(el).querySelectorAll('tbody tr')).to.have.length(6);
      expect(root(el).querySelectorAll('tbody button')).to.have.length(31);
    });

    it('names each day with its full date and number of courses, and shows the count as text', async () => {
      const el = await month();
      expect(nameOf(day(el, '2026-03-03'))).to.equal('tirsdag 3. marts 2026, 2 kurser');
      expect(nameOf(day(el, '2026-03-17'))).to.equal('tirsdag 17. marts 2026, 1 kursus');
      expect(nameOf(day(el, '2026-03-04'))).to.equal('onsdag 4. marts 2026, ingen kurser');
      expect(day(el, '2026-03-03').hasAttribute('aria-label')).to.equal(false);
      // Not colour alone: the course day carries its count as visible text.
      expect(visibleText(day(el, '2026-03-03'))).to.equal('3 2');
      expect(visibleText(day(el, '2026-03-04'))).to.equal('4');
    });

    it('marks today with aria-current="date" and nothing else', async () => {
      const el = await month();
      expect(root(el).querySelectorAll('[aria-current]')).to.have.length(1);
      expect(day(el, '2026-03-10').getAttribute('aria-current')).to.equal('date');
    });

    it('has one day in the tab order: today, when it is in the month shown', async () => {
      const el = await month();
      const tabbable = [...root(el).querySelectorAll('tbody button')].filter((b) => b.getAttribute('tabindex') === '0');
      expect(tabbable.map((b) => (b as HTMLElement).dataset.day)).to.deep.equal(['2026-03-10']);
    });

    it('fits 320 px without sideways scrolling, and says it is narrow', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width:320px">
          <mb-course-month month="2026-03" today="2026-03-10" .events=${events}></mb-course-month>
        </div>`,
      );
      const el = wrapper.querySelector('mb-course-month')!;
      await el.updateComplete;
      await aTimeout(50);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      for (const node of root(el).querySelectorAll('*')) {
        const box = (node as HTMLElement).getBoundingClientRect();
        if (box.width) expect(box.right, node.nodeName).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
      }
      expect(el.narrow).to.equal(true);
      expect(el.hasAttribute('narrow')).to.equal(true);
    });

    it('is not narrow when there is room, and reports the change', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width:600px"><mb-course-month month="2026-03" today="2026-03-10"></mb-course-month></div>`,
      );
      const el = wrapper.querySelector('mb-course-month')!;
      await aTimeout(50);
      expect(el.narrow).to.equal(false);
      const change = oneEvent(el, 'mb-month-narrow');
      wrapper.style.width = '300px';
      expect((await change).detail).to.deep.equal({ narrow: true });
    });
  });

  describe('events', () => {
    it('fires mb-day-select with the day and its count when a day is chosen', async () => {
      const el = await month();
      const chosen = oneEvent(el, 'mb-day-select');
      day(el, '2026-03-03').click();
      const event = await chosen;
      expect(event.detail).to.deep.equal({ day: '2026-03-03', count: 2 });
      expect(event.composed).to.equal(true);
      await el.updateComplete;
      expect(el.selected).to.equal('2026-03-03');
      expect(day(el, '2026-03-03').getAttribute('aria-pressed')).to.equal('true');
      expect(day(el, '2026-03-04').getAttribute('aria-pressed')).to.equal('false');
    });

    it('changes month with the buttons, announces it politely and keeps focus on the button', async () => {
      const el = await month();
      const [previous, next] = navButtons(el);
      expect(root(el).querySelector('[role="status"]')!.textContent.trim()).to.equal('');
      next.focus();
      const changed = oneEvent(el, 'mb-month-change');
      next.click();
      expect((await changed).detail).to.deep.equal({ month: '2026-04', count: 1 });
      await el.updateComplete;
      expect(root(el).querySelector('caption')!.textContent.trim()).to.equal('April 2026');
      const status = root(el).querySelector('[role="status"]')!;
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(status.textContent.trim()).to.equal('April 2026, 1 kursus');
      expect(root(el).activeElement).to.equal(next);
      previous.click();
      previous.click();
      await el.updateComplete;
      expect(status.textContent.trim()).to.equal('Februar 2026, ingen kurser');
    });

    it('uses aria-disabled, not disabled, at the ends of the range, so focus stays', async () => {
      const el = await month('da', { min: '2026-03', max: '2026-04' });
      const [previous, next] = navButtons(el);
      expect(previous.getAttribute('aria-disabled')).to.equal('true');
      expect(previous.disabled).to.equal(false);
      previous.focus();
      previous.click();
      await el.updateComplete;
      expect(el.month).to.equal('2026-03');
      expect(root(el).activeElement).to.equal(previous);
      next.click();
      await el.updateComplete;
      expect(next.getAttribute('aria-disabled')).to.equal('true');
      expect(previous.getAttribute('aria-disabled')).to.equal('false');
    });
  });

  describe('keyboard', () => {
    it('moves between days with the arrow keys and to the week ends with Home and End', async () => {
      const el = await month();
      day(el, '2026-03-10').focus();
      await press(el, 'ArrowRight');
      expect(focused(el)).to.equal('2026-03-11');
      await press(el, 'ArrowDown');
      expect(focused(el)).to.equal('2026-03-18');
      await press(el, 'ArrowLeft');
      await press(el, 'ArrowUp');
      expect(focused(el)).to.equal('2026-03-10');
      await press(el, 'End');
      expect(focused(el)).to.equal('2026-03-15');
      await press(el, 'Home');
      expect(focused(el)).to.equal('2026-03-09');
      // Roving tabindex: only the focused day is in the tab order.
      expect(day(el, '2026-03-09').tabIndex).to.equal(0);
      expect(day(el, '2026-03-10').tabIndex).to.equal(-1);
    });

    it('changes month with PageUp and PageDown, and by arrowing past the last day, and announces it', async () => {
      const el = await month();
      day(el, '2026-03-10').focus();
      await press(el, 'PageDown');
      expect(el.month).to.equal('2026-04');
      expect(focused(el)).to.equal('2026-04-10');
      expect(root(el).querySelector('[role="status"]')!.textContent.trim()).to.equal('April 2026, 1 kursus');
      await press(el, 'PageUp');
      await press(el, 'PageUp');
      expect(el.month).to.equal('2026-02');
      expect(focused(el)).to.equal('2026-02-10');
      await press(el, 'End');
      await press(el, 'ArrowDown');
      await press(el, 'ArrowDown');
      await press(el, 'ArrowDown');
      expect(el.month).to.equal('2026-03');
      expect(focused(el)).to.equal('2026-03-08');
    });

    it('does not move past the range', async () => {
      const el = await month('da', { min: '2026-03', max: '2026-03' });
      day(el, '2026-03-01').focus();
      await press(el, 'PageUp');
      await press(el, 'ArrowLeft');
      await press(el, 'ArrowUp');
      expect(el.month).to.equal('2026-03');
      expect(focused(el)).to.equal('2026-03-01');
      day(el, '2026-03-31').focus();
      await press(el, 'PageDown');
      await press(el, 'ArrowRight');
      expect(el.month).to.equal('2026-03');
      expect(focused(el)).to.equal('2026-03-31');
    });

    it('says why nothing moved at the ends of the range, by key and by button', async () => {
      const el = await month('da', { min: '2026-03', max: '2026-03' });
      const status = () => root(el).querySelector('[role="status"]')!.textContent.trim();
      day(el, '2026-03-31').focus();
      await press(el, 'PageDown');
      expect(status()).to.equal('Kalenderen går ikke længere frem end marts 2026.');
      await press(el, 'PageUp');
      expect(status()).to.equal('Kalenderen går ikke længere tilbage end marts 2026.');
      navButtons(el)[1].click();
      await el.updateComplete;
      expect(status()).to.equal('Kalenderen går ikke længere frem end marts 2026.');
    });

    it('chooses the focused day with Enter and Space', async () => {
      const el = await month();
      day(el, '2026-03-17').focus();
      const chosen = oneEvent<CustomEvent<{ day: string }>>(el, 'mb-day-select');
      await press(el, 'Enter');
      expect((await chosen).detail.day).to.equal('2026-03-17');
      await press(el, 'ArrowRight');
      const again = oneEvent<CustomEvent<{ day: string }>>(el, 'mb-day-select');
      await press(el, ' ');
      expect((await again).detail.day).to.equal('2026-03-18');
    });
  });

  describe('language', () => {
    it('speaks English with Intl month and weekday names', async () => {
      const el = await month('en');
      expect(root(el).querySelector('caption')!.textContent.trim()).to.equal('March 2026');
      expect(nameOf(day(el, '2026-03-03'))).to.equal('Tuesday 3 March 2026, 2 courses');
      expect(navButtons(el).map((b) => b.textContent.replace(/[‹›]/g, '').trim())).to.deep.equal([
        'Previous month',
        'Next month',
      ]);
      expect(root(el).querySelector('thead .visually-hidden')!.textContent).to.equal('Monday');
      expect(root(el).firstElementChild!.getAttribute('lang')).to.equal('en');
    });

    it('follows a language change at run time', async () => {
      const el = await month('da');
      el.lang = 'en';
      await el.updateComplete;
      expect(root(el).querySelector('caption')!.textContent.trim()).to.equal('March 2026');
    });
  });
});
