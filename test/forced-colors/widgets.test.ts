import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/course-calendar/define.js';
import '../../src/guide-card/define.js';
import '../../src/model-explainer/define.js';
import type { MbCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { MbCourseMonth } from '../../src/course-calendar/month-view.js';
import type { MbGuideCard } from '../../src/guide-card/guide-card.js';
import type { MbModelExplainer } from '../../src/model-explainer/model-explainer.js';
import {
  MODES,
  cues,
  emulate,
  expectDistinguishable,
  expectFocusRing,
  expectIconsInSystemColours,
  expectStatusText,
  type Mode,
} from './helpers.js';

/*
 * Every widget in its main states under Windows-style forced colours and under "more contrast", emulated in
 * Chromium (test/forced-colors/emulate-plugin.mjs): focus indicators visible and in system colours, the chosen tab
 * and the chosen day told apart by more than a background colour, statuses in words, icons in system colours.
 * Firefox and WebKit cannot emulate these media features through our launchers: there the emulated suites are not
 * defined at all (a skipped test would look like a pass that was never tried), and the checks that need no emulation
 * (statuses in words) run in every engine. In Chromium a failed emulation fails the suite.
 */
const CAN_EMULATE = navigator.userAgent.includes('Chrome/');
const NOW = '2026-03-02T09:00:00+01:00';
const DEMO = '/demo/data/courses.json';
const FAILING = '/__status__/503';

const shadow = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...shadow(el).querySelectorAll<T>(selector),
];

async function calendar(view = 'list', src = DEMO): Promise<MbCourseCalendar> {
  const el = await fixture<MbCourseCalendar>(
    html`<mb-course-calendar lang="da" view=${view} now=${NOW} src=${src}></mb-course-calendar>`,
  );
  await waitUntil(
    () => $(el, '[part~="list"], .message, mb-course-month') !== null && !$(el, '[aria-busy="true"]'),
    'the calendar did not settle',
    { timeout: 10_000 },
  );
  await el.updateComplete;
  return el;
}

async function monthOf(el: MbCourseCalendar): Promise<MbCourseMonth> {
  await waitUntil(() => $<MbCourseMonth>(el, 'mb-course-month')?.shadowRoot?.querySelector('table'), 'no month', {
    timeout: 20_000,
  });
  const table = $<MbCourseMonth>(el, 'mb-course-month');
  await table.updateComplete;
  return table;
}

async function guideCard(attributes: { guide: string; variant?: string }): Promise<MbGuideCard> {
  const el = await fixture<MbGuideCard>(
    html`<mb-guide-card lang="da" guide=${attributes.guide} variant=${attributes.variant ?? 'full'}></mb-guide-card>`,
  );
  await waitUntil(() => $(el, '.card, .tile, .message'), 'the card did not render', { timeout: 10_000 });
  await el.updateComplete;
  return el;
}

async function explainer(src?: string): Promise<MbModelExplainer> {
  const el = await fixture<MbModelExplainer>(
    src
      ? html`<mb-model-explainer lang="da" src=${src}></mb-model-explainer>`
      : html`<mb-model-explainer lang="da"></mb-model-explainer>`,
  );
  await waitUntil(() => $(el, '[role="tab"], .message'), 'the explainer did not render', { timeout: 10_000 });
  await el.updateComplete;
  return el;
}

function underMode(mode: Mode) {
  describe(`under ${mode.name}`, function () {
    this.timeout(40_000);
    before(async function () {
      if (!(await emulate(mode))) throw new Error(`Chromium did not emulate ${mode.name}`);
    });
    after(async () => {
      await emulate();
    });

    describe('<mb-course-calendar>', () => {
      it('list with a course open: rings on every control, chevrons and statuses', async () => {
        const el = await calendar();
        const toggle = $<HTMLButtonElement>(el, 'button.toggle');
        toggle.click();
        await el.updateComplete;
        expect(toggle.getAttribute('aria-expanded')).to.equal('true');
        await expectFocusRing(mode, toggle);
        for (const link of $$<HTMLAnchorElement>(el, '.details a[href]').slice(0, 2)) await expectFocusRing(mode, link);
        expect(expectIconsInSystemColours(mode, shadow(el))).to.be.greaterThan(1);
        const statuses = $$(el, '.course-card:not(.status-scheduled) .status');
        expect(statuses.length, 'courses with a status').to.be.greaterThan(0);
        for (const status of statuses) expectStatusText(status);
      });

      it('filter form: a chosen topic differs from the others by more than colour, and each field shows focus', async () => {
        const el = await calendar();
        const chips = $$<HTMLInputElement>(el, '.chip input');
        expect(chips.length, 'topic chips').to.be.greaterThan(1);
        const unchosen = cues(chips[0].nextElementSibling!);
        chips[0].click();
        await el.updateComplete;
        expect(chips[0].checked).to.equal(true);
        expectDistinguishable(mode, chips[0].nextElementSibling!, unchosen);
        await expectFocusRing(mode, chips[1], chips[1].nextElementSibling!);
        for (const field of $$<HTMLElement>(el, '.filters select, .filters input:not([type="checkbox"])'))
          await expectFocusRing(mode, field);
      });

      it('month view with a chosen day: the day stands out, and day buttons show focus', async () => {
        const el = await calendar('month');
        const table = await monthOf(el);
        const days = [...shadow(table).querySelectorAll<HTMLButtonElement>('button[data-day]')].filter(
          (button) => !button.disabled && button.getAttribute('aria-current') !== 'date',
        );
        expect(days.length).to.be.greaterThan(2);
        const [chosen, other] = days;
        const unchosen = cues(chosen);
        chosen.click();
        await table.updateComplete;
        expect(chosen.getAttribute('aria-pressed')).to.equal('true');
        expectDistinguishable(mode, chosen, unchosen);
        await expectFocusRing(mode, chosen);
        await expectFocusRing(mode, other);
        for (const nav of shadow(table).querySelectorAll<HTMLButtonElement>('.bar button:not([disabled])'))
          await expectFocusRing(mode, nav);
        expectIconsInSystemColours(mode, shadow(el));
      });

      it('load failed: the message says it in words and "Prøv igen" shows focus', async () => {
        const el = await calendar('list', FAILING);
        expectStatusText($(el, '.message.error'));
        await expectFocusRing(mode, $<HTMLButtonElement>(el, '.message button'));
      });
    });

    describe('<mb-guide-card>', () => {
      it('steps: toggles, checklist and links show focus, chevrons in system colours', async () => {
        const el = await guideCard({ guide: 'mitid' });
        const steps = $$<HTMLButtonElement>(el, '.step-toggle');
        expect(steps.length).to.be.greaterThan(1);
        steps[0].click();
        await el.updateComplete;
        for (const step of steps.slice(0, 2)) await expectFocusRing(mode, step);
        for (const box of $$<HTMLInputElement>(el, 'input[type="checkbox"]').slice(0, 1))
          await expectFocusRing(mode, box);
        for (const link of $$<HTMLAnchorElement>(el, '.card a[href]').slice(0, 2)) await expectFocusRing(mode, link);
        expect(expectIconsInSystemColours(mode, shadow(el))).to.be.greaterThan(1);
      });

      it('compact tile: the whole tile shows focus', async () => {
        const el = await guideCard({ guide: 'mitid', variant: 'compact' });
        await expectFocusRing(mode, $<HTMLAnchorElement>(el, '.tile-link'), $(el, '.tile'));
      });

      it('unknown guide: the message says it in words', async () => {
        const el = await guideCard({ guide: 'no-such-guide' });
        expectStatusText($(el, '.message'));
      });
    });

    describe('<mb-model-explainer>', () => {
      it('a chosen model: its tab stands out by more than colour, tabs and panel show focus', async () => {
        const el = await explainer();
        const tabs = $$<HTMLButtonElement>(el, '[role="tab"]');
        expect(tabs.length).to.be.greaterThan(1);
        const tab = tabs.find((candidate) => candidate.getAttribute('aria-selected') !== 'true')!;
        const unchosen = cues(tab);
        tab.click();
        await el.updateComplete;
        expect(tab.getAttribute('aria-selected')).to.equal('true');
        expectDistinguishable(mode, tab, unchosen);
        await expectFocusRing(mode, tab);
        await expectFocusRing(mode, $(el, '[role="tabpanel"]'));
        for (const button of $$<HTMLButtonElement>(el, '.button').slice(0, 2)) await expectFocusRing(mode, button);
        expectIconsInSystemColours(mode, shadow(el));
      });

      it('load failed: the message says it in words and "Prøv igen" shows focus', async () => {
        const el = await explainer(FAILING);
        expectStatusText($(el, '.message'));
        await expectFocusRing(mode, $<HTMLButtonElement>(el, '.message button'));
      });
    });
  });
}

describe('forced colours and more contrast', () => {
  if (CAN_EMULATE) for (const mode of MODES) underMode(mode);

  describe('in every engine, without emulation', () => {
    it('a course with a status says it in words on the card', async () => {
      const el = await calendar();
      const cards = $$(el, '.course-card:not(.status-scheduled)');
      expect(cards.length).to.be.greaterThan(0);
      for (const card of cards) expectStatusText(card.querySelector('.status')!);
    });
  });
});
