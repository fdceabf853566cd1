import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/course-calendar/define.js';
import '../../src/course-calendar/define-month.js';
import '../../src/guide-card/define.js';
import '../../src/model-explainer/define.js';
import type { MbCourseMonth } from '../../src/course-calendar/month-view.js';
import { course } from '../course-calendar/extra-helpers.js';
import { PSEUDO_LOCALES } from '../helpers/pseudo-locales.js';

/*
 * Every widget in both pseudo-locales (test/helpers/pseudo-locales.ts), 320 CSS pixels wide: its own words come from
 * the pseudo-locale, nothing sticks out of its box, no text is cut off, and axe finds nothing. en-XA is 40 % longer
 * and accented; ar-XB runs right to left.
 */
const NOW = '2026-03-02T09:00:00+01:00';
const DEMO = '/demo/data/courses.json';
const WIDTH = 320;

const PSEUDO: Record<(typeof PSEUDO_LOCALES)[number], { dir: string; marker: RegExp }> = {
  'en-XA': { dir: 'ltr', marker: /\[[^\]]*[åéîöûŕšţ][^\]]* one/u },
  'ar-XB': { dir: 'rtl', marker: /\u202e\w+\u202c/u },
};

const WIDGETS: { name: string; template: (lang: string) => TemplateResult; ready: (root: ShadowRoot) => unknown }[] = [
  {
    name: '<mb-course-calendar>',
    template: (lang) => html`<mb-course-calendar lang=${lang} src=${DEMO} now=${NOW}></mb-course-calendar>`,
    ready: (root) => root.querySelector('[part~="list"]') && !root.querySelector('[aria-busy="true"]'),
  },
  {
    name: '<mb-course-calendar view="compact">',
    template: (lang) =>
      html`<mb-course-calendar lang=${lang} view="compact" src=${DEMO} now=${NOW}></mb-course-calendar>`,
    ready: (root) => root.querySelector('[part~="list"]') && !root.querySelector('[aria-busy="true"]'),
  },
  {
    name: '<mb-course-month>',
    template: (lang) =>
      html`<mb-course-month
        lang=${lang}
        month="2026-03"
        today="2026-03-10"
        .events=${[course({ id: 'a', start: '2026-03-03T10:00:00+01:00' })]}
      ></mb-course-month>`,
    ready: (root) => root.querySelector('table'),
  },
  {
    name: '<mb-guide-card>',
    template: (lang) => html`<mb-guide-card lang=${lang} guide="change-address"></mb-guide-card>`,
    ready: (root) => root.querySelector('.card'),
  },
  {
    name: '<mb-guide-card variant="compact">',
    template: (lang) => html`<mb-guide-card lang=${lang} guide="mitid" variant="compact"></mb-guide-card>`,
    ready: (root) => root.querySelector('.tile'),
  },
  {
    name: '<mb-model-explainer>',
    template: (lang) => html`<mb-model-explainer lang=${lang}></mb-model-explainer>`,
    ready: (root) => root.querySelector('[role="tablist"]'),
  },
  {
    name: '<mb-model-explainer view="table">',
    template: (lang) => html`<mb-model-explainer lang=${lang} view="table"></mb-model-explainer>`,
    ready: (root) => root.querySelector('table'),
  },
];

async function mount(template: TemplateResult, ready: (root: ShadowRoot) => unknown) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${WIDTH}px">${template}</div>`);
  const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
  await waitUntil(() => ready(el.shadowRoot!), `${el.localName} did not render`, { timeout: 5000 });
  await el.updateComplete;
  return { wrapper, el };
}

/** Every element and text node the widget shows, through shadow roots; not into regions that scroll by design. */
function* shown(node: Node): Generator<{ node: Node; rect: DOMRect; scrolls: boolean }> {
  const children = node instanceof Element && node.shadowRoot ? [...node.shadowRoot.childNodes] : [];
  for (const child of [...children, ...node.childNodes]) {
    if (child instanceof Text && child.data.trim()) {
      // Word by word: a space at the end of a line may hang outside it (Firefox reports its box), and is not shown.
      const range = document.createRange();
      for (const word of child.data.matchAll(/\S+/gu)) {
        range.setStart(child, word.index);
        range.setEnd(child, word.index + word[0].length);
        for (const rect of range.getClientRects()) if (rect.width > 0) yield { node: child, rect, scrolls: false };
      }
    } else if (child instanceof Element && !(child instanceof HTMLStyleElement)) {
      const rect = child.getBoundingClientRect();
      const style = getComputedStyle(child);
      // Not rendered, or visually hidden text for screen readers (a 1 px clipped box).
      if (style.display === 'none' || style.visibility === 'hidden' || rect.width <= 1 || rect.height <= 1) continue;
      const scrolls = /auto|scroll/.test(style.overflowX);
      yield { node: child, rect, scrolls };
      if (!scrolls) yield* shown(child);
    }
  }
}

const describeNode = (node: Node) =>
  node instanceof Element
    ? `<${node.localName} class="${node.getAttribute('class') ?? ''}">`
    : `"${node.textContent!.trim().slice(0, 40)}"`;

describe('every widget in the pseudo-locales', () => {
  for (const lang of PSEUDO_LOCALES) {
    describe(lang, () => {
      for (const widget of WIDGETS) {
        it(`${widget.name} speaks ${lang}, fits ${WIDTH} px without overflow or clipping, and is accessible`, async () => {
          const { wrapper, el } = await mount(widget.template(lang), widget.ready);
          const root = el.shadowRoot!.querySelector(`[lang="${lang}"]`)!;
          expect(root, 'the root marks its language').to.not.equal(null);
          expect(root.getAttribute('dir')).to.equal(PSEUDO[lang].dir);
          expect(el.shadowRoot!.textContent).to.match(PSEUDO[lang].marker);

          const box = wrapper.getBoundingClientRect();
          const outside: string[] = [];
          const clipped: string[] = [];
          for (const { node, rect } of shown(el)) {
            if (rect.left < box.left - 1 || rect.right > box.right + 1) outside.push(describeNode(node));
            if (
              node instanceof Element &&
              /hidden|clip/.test(getComputedStyle(node).overflowX + getComputedStyle(node).overflowY)
            ) {
              if (node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1)
                clipped.push(describeNode(node));
            }
          }
          expect(outside, 'outside the 320 px box').to.deep.equal([]);
          expect(clipped, 'cut off').to.deep.equal([]);
          await expect(el).to.be.accessible();
        });
      }
    });
  }

  it('ar-XB: a guide shown in its fallback, English, is marked so and runs left to right in its own blocks', async () => {
    const { el } = await mount(html`<mb-guide-card lang="ar-XB" guide="mitid"></mb-guide-card>`, (root) =>
      root.querySelector('.card'),
    );
    const purpose = el.shadowRoot!.querySelector('.purpose')!;
    expect([purpose.getAttribute('lang'), purpose.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
    expect(getComputedStyle(purpose).direction).to.equal('ltr');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.card')!).direction).to.equal('rtl');
  });

  describe('arrow keys in right-to-left', () => {
    const focusedTab = (el: Element) => el.shadowRoot!.activeElement?.id;

    for (const [lang, next, back] of [
      ['en-XA', 'ArrowRight', 'ArrowLeft'],
      ['ar-XB', 'ArrowLeft', 'ArrowRight'],
    ] as const) {
      it(`${lang}: ${next} chooses the next model on the scale and ${back} the one before`, async () => {
        const { el } = await mount(html`<mb-model-explainer lang=${lang}></mb-model-explainer>`, (root) =>
          root.querySelector('[role="tab"]'),
        );
        const tabs = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
        tabs[0].click();
        tabs[0].focus();
        await sendKeys({ press: next });
        await el.updateComplete;
        expect(focusedTab(el)).to.equal(tabs[1].id);
        expect(tabs[1].getAttribute('aria-selected')).to.equal('true');
        await sendKeys({ press: back });
        await el.updateComplete;
        expect(focusedTab(el)).to.equal(tabs[0].id);
      });

      it(`${lang}: in the month view ${next} moves to the next day and ${back} to the day before`, async () => {
        const { el } = await mount(
          html`<mb-course-month lang=${lang} month="2026-03" today="2026-03-10" .events=${[]}></mb-course-month>`,
          (root) => root.querySelector('button[data-day]'),
        );
        const month = el as unknown as MbCourseMonth;
        month.shadowRoot!.querySelector<HTMLButtonElement>('button[data-day="2026-03-10"]')!.focus();
        await sendKeys({ press: next });
        await month.updateComplete;
        expect((month.shadowRoot!.activeElement as HTMLElement).dataset.day).to.equal('2026-03-11');
        await sendKeys({ press: back });
        await sendKeys({ press: back });
        await month.updateComplete;
        expect((month.shadowRoot!.activeElement as HTMLElement).dataset.day).to.equal('2026-03-09');
      });
    }
  });
});
