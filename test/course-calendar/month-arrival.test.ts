import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/course-calendar/define.js';
import { course } from './extra-helpers.js';

/*
 * The month view on a phone, while its code arrives. Its own file, so that the month's chunk is not loaded yet when
 * the test starts (each test file runs in a page of its own). "Now" is Monday 2 March 2026 in Copenhagen.
 */
const NOW = '2026-03-02T09:00:00+01:00';
const COURSES = [
  course({ id: 'mitid', title: 'MitID – kom godt i gang', start: '2026-03-03T10:00:00+01:00' }),
  course({ id: 'cafe', title: 'IT-café', start: '2026-03-17T14:00:00+01:00' }),
];
describe('<mb-course-calendar view="month"> on a narrow screen, while the month loads', function () {
  // The month's chunk loads cold from the dev server (slow under load, as WebKit in CI).
  this.timeout(30_000);

  it('shows the list at once and keeps it, with the focus in it, when the folded month arrives', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width:320px"></div>`);
    const el = document.createElement('mb-course-calendar');
    el.view = 'month';
    el.now = NOW;
    el.courses = COURSES;
    wrapper.append(el); // connected: its shadow root is there now, its first render comes after this task's code
    const root = el.shadowRoot!;
    // The first course button the calendar renders, caught as it is made (a MutationObserver runs right after the
    // render): the month's code starts loading only after that render, so it cannot be there yet.
    let button: HTMLButtonElement | null = null;
    let monthThen: Element | null = null;
    const observer = new MutationObserver(() => {
      if (button) return;
      button = root.querySelector<HTMLButtonElement>('button.toggle');
      monthThen = root.querySelector('mb-course-month');
      button?.focus();
    });
    observer.observe(root, { childList: true, subtree: true });
    await waitUntil(() => button, 'no course in the list', { timeout: 10_000 });
    observer.disconnect();
    expect(monthThen, 'the month was there before the list').to.equal(null);
    await waitUntil(() => root.querySelector('mb-course-month'), 'the month never arrived', { timeout: 25_000 });
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(root.querySelector('mb-course-month')!.hasAttribute('folded')).to.equal(true);
    expect(root.querySelector('.note')?.textContent?.trim()).to.equal(
      'Der er ikke plads til månedsoversigten her, så kurserne vises som en liste.',
    );
    // The citizen's place in the list is kept: the same button, still on the page, still focused.
    expect(button!.isConnected, 'the list was built again').to.equal(true);
    expect(root.activeElement).to.equal(button);
  });
});
