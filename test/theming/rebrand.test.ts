import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/course-calendar/define.js';
import '../../src/guide-card/define.js';
import '../../src/model-explainer/define.js';

// A designer re-brands every widget on a page by setting one property, --mb-color-primary, on any ancestor.
const NOW = '2026-03-02T09:00:00+01:00';
const COURSES = '/demo/data/courses.json';
const SECOND_BRAND = '#7a1f5c';
const BRAND = 'rgb(122, 31, 92)';
const BORGER_DK = { primary: 'rgb(68, 131, 30)', link: 'rgb(0, 77, 153)', focus: 'rgb(69, 69, 69)' };

interface Page {
  guide: HTMLElement;
  calendar: HTMLElement;
  explainer: HTMLElement;
}

const shadow = (el: HTMLElement) => el.shadowRoot!;
const find = (el: HTMLElement, selector: string) => {
  const found = shadow(el).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`${el.localName} has no ${selector}`);
  return found;
};

/** The three widgets side by side inside one wrapper, as a library page would have them; waits until all have data. */
async function page(style = ''): Promise<Page> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${style}>
      <mb-guide-card guide="mitid"></mb-guide-card>
      <mb-course-calendar src=${COURSES} now=${NOW} topic="digital-post"></mb-course-calendar>
      <mb-model-explainer sections="assessment"></mb-model-explainer>
    </div>`,
  );
  const guide = wrapper.querySelector<HTMLElement>('mb-guide-card')!;
  const calendar = wrapper.querySelector<HTMLElement>('mb-course-calendar')!;
  const explainer = wrapper.querySelector<HTMLElement>('mb-model-explainer')!;
  await waitUntil(
    () =>
      shadow(guide)?.querySelector('.card a[href]') &&
      shadow(calendar)?.querySelector('[part~="list"]') &&
      !shadow(calendar).querySelector('[aria-busy="true"]') &&
      shadow(calendar).querySelector('.chip input:checked') &&
      shadow(explainer)?.querySelector('.assessment button[type="submit"]'),
    'the widgets did not render',
    { timeout: 5000 },
  );
  return { guide, calendar, explainer };
}

/** What a user sees as each themed thing's colour. */
function colours({ guide, calendar, explainer }: Page) {
  const focused = find(guide, '.step-toggle');
  focused.focus();
  const button = getComputedStyle(find(explainer, '.assessment button[type="submit"]'));
  return {
    button: button.backgroundColor,
    buttonText: button.color,
    link: getComputedStyle(find(guide, '.card a[href]')).color,
    focusRing: getComputedStyle(focused).outlineColor,
    focusVisible: focused.matches(':focus-visible'),
    chip: getComputedStyle(find(calendar, '.chip input:checked + span')).backgroundColor,
    tab: getComputedStyle(find(explainer, '[role="tab"][aria-selected="true"]')).borderBottomColor,
    stepNumber: getComputedStyle(find(guide, '.num')).borderTopColor,
  };
}

/** WCAG 2.x contrast ratio of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('theming by one property', () => {
  it('re-brands buttons, links, the focus ring and accents of all three widgets with --mb-color-primary', async () => {
    const seen = colours(await page(`--mb-color-primary:${SECOND_BRAND}`));
    expect(seen).to.deep.equal({
      button: BRAND,
      buttonText: 'rgb(255, 255, 255)',
      link: BRAND,
      focusRing: BRAND,
      focusVisible: true,
      chip: BRAND,
      tab: BRAND,
      stepNumber: BRAND,
    });
  });

  it('keeps the borger.dk look when no brand is set', async () => {
    const seen = colours(await page());
    expect(seen).to.deep.equal({
      button: BORGER_DK.primary,
      buttonText: 'rgb(255, 255, 255)',
      link: BORGER_DK.link,
      focusRing: BORGER_DK.focus,
      focusVisible: true,
      chip: BORGER_DK.primary,
      tab: BORGER_DK.primary,
      stepNumber: BORGER_DK.primary,
    });
  });

  it('lets a library with a light brand colour keep dark links, focus ring and button text', async () => {
    const { button, buttonText, link, focusRing, chip } = colours(
      await page(
        '--mb-color-primary:#8fd16a;--mb-color-link:#004d99;--mb-focus-color:#1a1a1a;--mb-color-on-primary:#1a1a1a',
      ),
    );
    expect({ button, buttonText, link, focusRing, chip }).to.deep.equal({
      button: 'rgb(143, 209, 106)',
      buttonText: 'rgb(26, 26, 26)',
      link: BORGER_DK.link,
      focusRing: 'rgb(26, 26, 26)',
      chip: 'rgb(143, 209, 106)',
    });
  });

  it("holds the contrast rule for the demo's second brand and the default: 4.5:1 on white, so 3:1 for rings", async () => {
    // The demo site's "Andet bibliotek" switch: read the colour from its stylesheet, so a new brand is checked too.
    const css = await (await fetch('/demo/demo.css')).text();
    const demoBrand = /data-brand='north'\]\s*\{[^}]*--mb-color-primary:\s*([^;]+);/u.exec(css)?.[1].trim();
    expect(demoBrand, "demo.css sets a second brand on html[data-brand='north']").to.be.a('string');
    for (const style of [`--mb-color-primary:${demoBrand!}`, '']) {
      const seen = colours(await page(style));
      const white = 'rgb(255, 255, 255)';
      expect(contrast(seen.button, seen.buttonText), `button text on ${seen.button}`).to.be.at.least(4.5);
      expect(contrast(seen.link, white), `link ${seen.link} on white`).to.be.at.least(4.5);
      expect(contrast(seen.focusRing, white), `focus ring ${seen.focusRing} on white`).to.be.at.least(3);
      expect(contrast(seen.chip, white), `accent ${seen.chip} on white`).to.be.at.least(3);
    }
  });
});
