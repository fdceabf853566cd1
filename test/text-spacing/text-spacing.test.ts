// WCAG 1.4.12 Text Spacing: every widget in its main states, in Danish and English, at 320 px and 1280 px, with
// the overrides set on the page and inside every shadow root (spacing.ts). Nothing may be cut off, overlap, or make
// the page scroll sideways.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/course-calendar/define.js';
import '../../src/guide-card/define.js';
import '../../src/model-explainer/define.js';
import {
  applyTextSpacing,
  clippedText,
  overlappingText,
  removeTextSpacing,
  shadowRoots,
  sidewaysScroll,
} from './spacing.js';

const NOW = '2026-03-02T09:00:00+01:00';
const FEED = '/test/course-calendar/fixtures/courses.json';
const q = (el: Element, selector: string) => {
  for (const root of [el.shadowRoot!, ...shadowRoots(el.shadowRoot!)]) {
    const found = root.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
};

interface State {
  name: string;
  render(lang: string): TemplateResult;
  /** A selector that appears once the state is shown. */
  ready: string;
  /** What the citizen did to reach the state (clicks are fine here: this is about layout, not the keyboard). */
  act?(el: HTMLElement): Promise<void>;
  /** The narrowest width (px) at which the state exists: below 360 px the month table folds away for the list. */
  minWidth?: number;
}

const click = async (el: HTMLElement, selector: string, after: string) => {
  const target = q(el, selector);
  expect(target, selector).to.exist;
  target!.click();
  await waitUntil(() => q(el, after), `${after} after clicking ${selector}`, { timeout: 5000 });
};

const STATES: State[] = [
  {
    name: 'calendar list with filters and a course open',
    render: (lang) => html`<mb-course-calendar lang=${lang} now=${NOW} src=${FEED}></mb-course-calendar>`,
    ready: '[part~="list"] button.toggle',
    act: (el) => click(el, 'button.toggle', '.details:not([hidden]) dl'),
  },
  {
    name: 'calendar month view with a day chosen',
    render: (lang) => html`<mb-course-calendar lang=${lang} now=${NOW} src=${FEED} view="month"></mb-course-calendar>`,
    ready: 'button[data-day="2026-03-03"]',
    act: (el) => click(el, 'button[data-day="2026-03-03"]', 'button[data-day="2026-03-03"][aria-pressed="true"]'),
    minWidth: 360,
  },
  {
    name: 'calendar error with a retry',
    render: (lang) => html`<mb-course-calendar lang=${lang} now=${NOW} src="/__status__/500"></mb-course-calendar>`,
    ready: '[role="alert"] button',
  },
  {
    name: 'guide card, full, with a step open',
    render: (lang) => html`<mb-guide-card lang=${lang} guide="change-address" feedback-url="/f"></mb-guide-card>`,
    ready: '.step-toggle',
    act: (el) => click(el, '.step-toggle', '.step-toggle[aria-expanded="true"]'),
  },
  {
    name: 'guide card, compact',
    render: (lang) => html`<mb-guide-card lang=${lang} guide="passport" variant="compact"></mb-guide-card>`,
    ready: '.tile',
  },
  {
    name: 'guide card error (unknown guide)',
    render: (lang) => html`<mb-guide-card lang=${lang} guide="no-such-guide"></mb-guide-card>`,
    ready: '.message',
  },
  {
    name: 'model explainer with Model 3 chosen',
    render: (lang) => html`<mb-model-explainer lang=${lang} selected="3"></mb-model-explainer>`,
    ready: '[role="tab"][aria-selected="true"]',
  },
  {
    name: 'model explainer error (invalid data) and its table view',
    render: (lang) =>
      html`<mb-model-explainer
        lang=${lang}
        view="table"
        src="/test/model-explainer/fixtures/invalid.json"
      ></mb-model-explainer>`,
    ready: '[role="alert"]',
  },
];

async function show(state: State, lang: string, width: number): Promise<HTMLElement> {
  const container = await fixture<HTMLDivElement>(
    html`<div style="inline-size:${width}px;max-inline-size:100%">${state.render(lang)}</div>`,
  );
  const el = container.firstElementChild as HTMLElement;
  await waitUntil(() => q(el, state.ready), `${state.name}: ${state.ready} did not appear`, { timeout: 5000 });
  await state.act?.(el);
  applyTextSpacing(container);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return container;
}

/**
 * Chromium and Firefox (driven by puppeteer) can set the viewport; WebKitGTK's WebDriver cannot, so there the
 * widget's container of that width is what is checked (sidewaysScroll checks both).
 */
const canSetViewport = /Chrome\/|Firefox\//u.test(navigator.userAgent);
async function viewport(width: number): Promise<void> {
  if (canSetViewport) await setViewport({ width, height: 900 });
}

describe('text spacing (WCAG 1.4.12)', function () {
  this.timeout(20_000);
  afterEach(() => removeTextSpacing());
  after(() => viewport(800));

  it('the checks find cut, overlapping and too wide text (in a shadow root, as in a widget)', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="inline-size:320px"><span></span></div>`);
    const shadow = container.firstElementChild!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `
      <p class="cut" style="block-size:1.2em;overflow:hidden;font-size:16px">Tilmeld dig kurset om MitID i dag</p>
      <p class="fixed" style="block-size:1.2em;inline-size:8em;font-size:16px">Tilmeld dig kurset om MitID i dag</p>
      <div style="display:grid"><p style="grid-area:1/1">Første linje</p><p style="grid-area:1/1">Anden linje</p></div>
      <p style="inline-size:400px">Bred</p>`;
    applyTextSpacing(container);
    const clipped = clippedText(container).join('\n');
    expect(clipped).to.contain('.cut').and.to.contain('.fixed');
    expect(overlappingText(container).join('\n')).to.contain('Første linje').and.to.contain('Anden linje');
    expect(sidewaysScroll(container).join('\n')).to.contain('the container scrolls sideways');
    expect(getComputedStyle(shadow.querySelector('p')!).wordSpacing).to.not.equal('0px');
  });

  for (const width of [320, 1280]) {
    describe(`at ${width} px`, () => {
      before(() => viewport(width));
      for (const state of STATES.filter((each) => width >= (each.minWidth ?? 0)))
        for (const lang of ['da', 'en'])
          it(`${state.name} (${lang}): no clipped or overlapping text, no sideways scroll`, async () => {
            const container = await show(state, lang, width);
            // The overrides reached the widget's own text (inherited from the page and set in its shadow roots).
            const text = getComputedStyle(q(container.firstElementChild as HTMLElement, state.ready)!);
            expect(parseFloat(text.wordSpacing), 'word spacing applied').to.be.greaterThan(0);
            expect(parseFloat(text.letterSpacing), 'letter spacing applied').to.be.greaterThan(0);
            const problems = [...clippedText(container), ...overlappingText(container), ...sidewaysScroll(container)];
            expect(problems, problems.join('\n')).to.deep.equal([]);
          });
    });
  }
});
