import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/** The two settings a citizen turns on for more contrast: Windows' contrast themes, and "increase contrast". */
export const MODES = [
  { name: 'forced colours', forcedColors: 'active', contrast: 'no-preference', query: '(forced-colors: active)' },
  { name: 'more contrast', forcedColors: 'none', contrast: 'more', query: '(prefers-contrast: more)' },
] as const;
export type Mode = (typeof MODES)[number];

/** Emulates a mode in this page (Chromium only, test/forced-colors/emulate-plugin.mjs); false where it cannot. */
export async function emulate(mode?: Mode): Promise<boolean> {
  const payload = mode ? { forcedColors: mode.forcedColors, contrast: mode.contrast } : {};
  const done = await executeServerCommand<boolean, typeof payload>('emulate-contrast', payload);
  if (done && mode) expect(matchMedia(mode.query).matches, `${mode.query} after emulation`).to.equal(true);
  return Boolean(done);
}

const KEYWORDS = [
  'Canvas',
  'CanvasText',
  'LinkText',
  'VisitedText',
  'ActiveText',
  'ButtonFace',
  'ButtonText',
  'ButtonBorder',
  'Field',
  'FieldText',
  'Highlight',
  'HighlightText',
  'SelectedItem',
  'SelectedItemText',
  'Mark',
  'MarkText',
  'GrayText',
  'AccentColor',
  'AccentColorText',
];

/** What every CSS system colour resolves to in the current mode: the only colours a forced-colours page may use. */
export function systemColours(): Set<string> {
  const probe = document.createElement('span');
  document.body.append(probe);
  const found = new Set<string>();
  for (const keyword of KEYWORDS) {
    probe.style.color = '';
    probe.style.color = keyword;
    if (probe.style.color) found.add(getComputedStyle(probe).color);
  }
  probe.remove();
  return found;
}

/** Every element of a shadow tree and of the shadow trees inside it. */
export function deep(root: ParentNode, found: Element[] = []): Element[] {
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) deep(element.shadowRoot, found);
  }
  return found;
}

const shown = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
};

interface Ring {
  style: string;
  width: number;
  color: string;
}
const ringOf = (element: Element): Ring => {
  const style = getComputedStyle(element);
  return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor };
};

/**
 * Focuses `control` as the keyboard would and checks the focus indicator on `ring` (the control itself, or the box
 * that draws its ring): an outline at least 2 px wide that was not there before, in a system colour under forced
 * colours, and in the control's own text colour or the focus colour under more contrast (never transparent).
 */
export async function expectFocusRing(mode: Mode, control: HTMLElement, ring: Element = control) {
  control.blur();
  const before = ringOf(ring);
  control.focus({ focusVisible: true });
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const name = `${control.localName}.${[...control.classList].join('.')}`;
  expect(control.matches(':focus-visible'), `${name} shows keyboard focus`).to.equal(true);
  const after = ringOf(ring);
  expect(after.style, `${name}: outline style`).not.to.equal('none');
  expect(after.width, `${name}: outline width`).to.be.at.least(2);
  expect(after, `${name}: the ring appears on focus`).not.to.deep.equal(before);
  if (mode.forcedColors === 'active') expect([...systemColours()], `${name}: ring colour`).to.include(after.color);
  else expect(after.color, `${name}: ring colour`).not.to.match(/rgba\(.*, 0\)$|transparent/);
  control.blur();
}

const CUES = [
  'borderTopStyle',
  'borderTopWidth',
  'borderTopColor',
  'borderBottomStyle',
  'borderBottomWidth',
  'borderBottomColor',
  'borderLeftStyle',
  'borderLeftWidth',
  'borderLeftColor',
  'borderRightStyle',
  'borderRightWidth',
  'borderRightColor',
  'outlineStyle',
  'outlineWidth',
  'outlineColor',
  'textDecorationLine',
  'fontWeight',
  'color',
] as const;

export type Cues = Record<string, string>[];

/** The visible cues of an element and its shown descendants (background colour is not one of them). */
export function cues(element: Element): Cues {
  return [element, ...element.querySelectorAll('*')].filter(shown).map((node) => {
    const style = getComputedStyle(node);
    const found: Record<string, string> = Object.fromEntries(CUES.map((name) => [name, style[name]]));
    found.forcedColorAdjust = style.forcedColorAdjust;
    found.backgroundColor = style.backgroundColor;
    found.before = getComputedStyle(node, '::before').content;
    return found;
  });
}

/**
 * A control, once chosen, differs from how it looked before (`unchosen`, from `cues`) by more than its background
 * colour: by a border, an
 * outline, an underline, its weight or a mark (`::before`). Under forced colours a change of text, border or outline
 * colour counts too when both are system colours (Highlight against CanvasText is what a contrast theme is made
 * of; a left-over author colour is not), and a background when it is kept on purpose with
 * `forced-color-adjust: none`. Under more contrast a colour alone never counts.
 */
export function expectDistinguishable(mode: Mode, chosen: Element, unchosen: Cues) {
  const system = systemColours();
  const [a, b] = [cues(chosen), unchosen];
  const differences: string[] = [];
  a.forEach((node, i) => {
    for (const [name, value] of Object.entries(node)) {
      const otherValue = b[i]?.[name];
      if (otherValue === undefined || otherValue === value || name === 'forcedColorAdjust') continue;
      const colour = /color$/i.test(name);
      if (name === 'backgroundColor' && !(mode.forcedColors === 'active' && node.forcedColorAdjust === 'none'))
        continue;
      if (colour && (mode.forcedColors !== 'active' || !(system.has(value) && system.has(otherValue)))) continue;
      differences.push(`${name}: ${value} / ${otherValue}`);
    }
  });
  if (a.length !== b.length) differences.push(`${a.length} / ${b.length} shown parts`);
  expect(differences, 'what tells the chosen one apart').not.to.be.empty;
  if (mode.forcedColors === 'active') expectNoBackplateClash(chosen);
}

/**
 * Under forced colours Chromium draws a backplate in Canvas behind every run of text, so text on a kept background
 * (Highlight, say) in HighlightText vanishes into its own backplate unless the element opts out with
 * `forced-color-adjust: none`. Any shown part with text on a background other than Canvas must opt out.
 */
function expectNoBackplateClash(element: Element) {
  const probe = document.createElement('span');
  probe.style.backgroundColor = 'Canvas';
  document.body.append(probe);
  const canvas = getComputedStyle(probe).backgroundColor;
  probe.remove();
  for (const node of [element, ...element.querySelectorAll('*')].filter(shown)) {
    const style = getComputedStyle(node);
    const text = [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent?.trim());
    const plain = style.backgroundColor === canvas || /rgba\(.*, 0\)$/.test(style.backgroundColor);
    if (text && !plain)
      expect(style.forcedColorAdjust, `text on ${style.backgroundColor} keeps its colours (no backplate)`).to.equal(
        'none',
      );
  }
}

/**
 * Every icon the widget draws, an SVG shape or a CSS-drawn mark (a chevron: an empty box with a border, or an
 * `::before`/`::after` with a border), is drawn in a system colour under forced colours, and in the text colour
 * around it (currentColor) under more contrast. Returns how many were checked.
 */
export function expectIconsInSystemColours(mode: Mode, root: ParentNode): number {
  const system = systemColours();
  let checked = 0;
  const check = (label: string, colour: string, text: string) => {
    checked += 1;
    if (mode.forcedColors === 'active') expect([...system], `${label} drawn in`).to.include(colour);
    else expect(colour, `${label} drawn in the text colour`).to.equal(text);
  };
  for (const element of deep(root).filter(shown)) {
    const style = getComputedStyle(element);
    if (element instanceof SVGGeometryElement) {
      if (style.fill !== 'none') check(`<${element.localName}> fill`, style.fill, style.color);
      if (style.stroke !== 'none') check(`<${element.localName}> stroke`, style.stroke, style.color);
    }
    if (element.classList.contains('chevron')) check('.chevron', style.borderTopColor, style.color);
    for (const pseudo of ['::before', '::after']) {
      const mark = getComputedStyle(element, pseudo);
      if (mark.content === 'none' || mark.borderTopStyle === 'none' || mark.display === 'none') continue;
      check(`${element.localName}.${element.className}${pseudo}`, mark.borderTopColor, mark.color);
    }
  }
  return checked;
}

/** Text a status shows: visible words, not only a colour. */
export function expectStatusText(status: Element) {
  expect(shown(status), 'the status is shown').to.equal(true);
  expect((status.textContent ?? '').trim(), 'the status says it in words').not.to.equal('');
}
