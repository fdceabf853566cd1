/*
 * The widgets on real-looking host pages (test/hosts/*.html, also the demo's gallery, demo/hosts.html): a legacy
 * theme with the 62.5 % root, a content area that sets every inherited hazard, a dark theme, a DKFDS-styled page and
 * WordPress's default block theme. On each, in Danish and English, at 320px and on a desktop, a reader must get the
 * page's typeface, text at least as large as the page's body text, lists that the host's text-transform, alignment,
 * nowrap, indent, spacing and line-height do not reach, nothing sticking out sideways, and an accessible page.
 */
import { expect } from '@open-wc/testing';
import { axeViolations, LIST_TEXT, openHost, overflowing, pastViewport, type HostPage } from './page.js';

const PAGES = ['legacy', 'hazards', 'dark', 'dkfds', 'wordpress'];
const px = (value: string) => parseFloat(value);

/** What a reader notices about one page at one width; returns the models' tab names, to compare languages. */
function checkPage({ doc, widgets }: HostPage, where: string): string {
  const win = doc.defaultView!;
  const bodySize = px(win.getComputedStyle(doc.body).fontSize);
  expect(
    doc.scrollingElement!.scrollWidth,
    `${where}: scrolls sideways: ${pastViewport(doc).join(', ')}`,
  ).to.be.at.most(doc.scrollingElement!.clientWidth + 1);
  for (const widget of widgets) {
    const name = `${where} ${widget.localName}`;
    const around = win.getComputedStyle(widget.parentElement!);
    const texts = [...widget.shadowRoot!.querySelectorAll<HTMLElement>(LIST_TEXT[widget.localName])];
    expect(texts.length, `${name} shows its list`).to.be.greaterThan(0);
    for (const text of texts.slice(0, 5)) {
      const style = win.getComputedStyle(text);
      expect(px(style.fontSize), `${name}: text as large as the page's (${bodySize}px)`).to.be.at.least(
        bodySize - 0.05,
      );
      expect(style.fontFamily, `${name}: the page's typeface`).to.equal(around.fontFamily);
      expect(style.textTransform, `${name}: no text-transform from the host`).to.equal('none');
      const start = style.direction === 'rtl' ? 'right' : 'left';
      expect(['start', start], `${name}: aligned at the start, not ${style.textAlign}`).to.include(style.textAlign);
      expect(style.whiteSpace, `${name}: wraps`).to.equal('normal');
      expect(px(style.textIndent), `${name}: no indent from the host`).to.equal(0);
      expect(style.letterSpacing, `${name}: no letter-spacing from the host`).to.match(/^(normal|0px)$/u);
      expect(style.wordSpacing, `${name}: no word-spacing from the host`).to.match(/^(normal|0px)$/u);
      expect(px(style.lineHeight) / px(style.fontSize), `${name}: room between lines`).to.be.at.least(1.2);
      expect(style.direction, `${name}: the page's direction`).to.equal(around.direction);
    }
    const root = widget.shadowRoot!.firstElementChild ?? widget.shadowRoot!.querySelector('*')!;
    expect(win.getComputedStyle(root).cursor, `${name}: no pointer from the host`).to.equal('auto');
    expect(overflowing(widget), `${name}: nothing sticks out`).to.deep.equal([]);
  }
  const explainer = widgets.find((widget) => widget.localName === 'mb-model-explainer')!;
  return [...explainer.shadowRoot!.querySelectorAll('[role="tab"] .tab-name')].map((tab) => tab.textContent).join('|');
}

describe('host pages: the widgets look like part of the page', () => {
  for (const name of PAGES) {
    it(`${name}: the page's typeface and size, no inherited layout, no overflow, axe clean, in Danish and English`, async function () {
      // Four whole pages, each loading the drop-in and three widgets, plus axe twice: room on a busy machine.
      this.timeout(180_000);
      const tabs: Record<string, string> = {};
      for (const lang of ['da', 'en'] as const) {
        const narrow = await openHost(name, lang, 320);
        checkPage(narrow, `${name} ${lang} 320px`);
        const wide = await openHost(name, lang, 1100);
        tabs[lang] = checkPage(wide, `${name} ${lang} 1100px`);
        expect(await axeViolations(wide), `${name} ${lang}: axe`).to.deep.equal([]);
      }
      expect(tabs.da, 'the models are named in each language').to.not.equal(tabs.en);
    });
  }

  it('hazards: a wrapper with font-size: 0 leaves the card readable, a right-to-left box turns the calendar', async function () {
    this.timeout(60_000);
    const { doc, widgets } = await openHost('hazards', 'da', 800);
    const win = doc.defaultView!;
    const card = widgets.find((widget) => widget.parentElement!.classList.contains('tiles'))!;
    expect(px(win.getComputedStyle(card.parentElement!).fontSize)).to.equal(0);
    const step = card.shadowRoot!.querySelector<HTMLElement>('.step-title')!;
    expect(px(win.getComputedStyle(step).fontSize)).to.be.at.least(16);
    expect(step.getBoundingClientRect().height).to.be.greaterThan(10);
    const turned = widgets.find((widget) => widget.parentElement!.classList.contains('rtl'))!;
    const course = turned.shadowRoot!.querySelector<HTMLElement>('[part~="course"]')!;
    expect(win.getComputedStyle(course).direction).to.equal('rtl');
    // The course card's accent edge is at its start: the right-hand side in a right-to-left box.
    const card0 = turned.shadowRoot!.querySelector<HTMLElement>('.course-card')!;
    expect(px(win.getComputedStyle(card0).borderRightWidth)).to.be.greaterThan(
      px(win.getComputedStyle(card0).borderLeftWidth),
    );
  });

  it("hazards: the page's hidden and visibility still hide a widget (the page's decision)", async function () {
    this.timeout(60_000);
    const { doc, widgets } = await openHost('hazards', 'da', 800);
    const win = doc.defaultView!;
    const [calendar, card] = widgets;
    calendar.hidden = true;
    expect(calendar.getBoundingClientRect().height).to.equal(0);
    card.parentElement!.style.visibility = 'hidden';
    const step = card.shadowRoot!.querySelector<HTMLElement>('.step-title')!;
    expect(win.getComputedStyle(step).visibility).to.equal('hidden');
  });

  it('legacy: with the 62.5 % root the widgets read at the body text size (16px), not 10px', async function () {
    this.timeout(60_000);
    const { doc, widgets } = await openHost('legacy', 'da', 1100);
    const win = doc.defaultView!;
    expect(px(win.getComputedStyle(doc.documentElement).fontSize)).to.equal(10);
    for (const widget of widgets) {
      const root = widget.shadowRoot!.querySelector<HTMLElement>(LIST_TEXT[widget.localName])!;
      expect(px(win.getComputedStyle(root).fontSize), widget.localName).to.equal(16);
    }
  });
});
