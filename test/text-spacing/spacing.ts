/*
 * WCAG 2.2 success criterion 1.4.12 (Text Spacing): a citizen may override line height (1.5 × the font size),
 * paragraph spacing (2 ×), letter spacing (0.12 em) and word spacing (0.16 em), and no content or function may be
 * lost. https://www.w3.org/WAI/WCAG22/Understanding/text-spacing
 *
 * A bookmarklet or a user stylesheet sets them on the page: it cannot reach into our shadow roots, but line height,
 * letter spacing and word spacing are inherited, so they reach our text anyway. A browser extension or an assistive
 * tool can also set them on every element; we do that by adopting the same sheet into every shadow root, nested
 * ones too. Both are applied together here, which is the harder case (our own rules are overridden).
 */

const RULES = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p, li, dd, dt, figcaption, blockquote { margin-block-end: 2em !important; }
`;

/** Every open shadow root under `root`, nested ones too. */
export function shadowRoots(root: Element | ShadowRoot | Document): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(el.shadowRoot, ...shadowRoots(el.shadowRoot));
  }
  return found;
}

let pageStyle: HTMLStyleElement | undefined;
const sheet = new CSSStyleSheet();
sheet.replaceSync(RULES);

/** Sets the overrides on the page and inside every shadow root under `root` (call again after new roots appear). */
export function applyTextSpacing(root: Element): void {
  if (!pageStyle) {
    pageStyle = document.createElement('style');
    pageStyle.textContent = RULES;
    document.head.append(pageStyle);
  }
  for (const shadow of shadowRoots(root)) {
    if (!shadow.adoptedStyleSheets.includes(sheet)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  }
}

export function removeTextSpacing(): void {
  pageStyle?.remove();
  pageStyle = undefined;
}

/** Every element under `root`, through open shadow roots and into slotted light DOM (once each). */
function allElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

const ownText = (el: Element) =>
  [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');

/** Hidden on purpose: visually hidden text, closed details, print-only blocks and anything not rendered. */
function outOfSight(el: Element): boolean {
  if (el.closest('.visually-hidden, [hidden], .print-only')) return true;
  const rect = el.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return true;
  const style = getComputedStyle(el);
  return style.visibility === 'hidden' || style.display === 'contents';
}

const describe = (el: Element) =>
  `<${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().replace(/\s+/gu, '.')}` : ''}> "${(el.textContent ?? '').replace(/\s+/gu, ' ').trim().slice(0, 50)}"`;

/** Text that is cut off: a box that hides its overflow and has more than it shows, or text taller than its box. */
export function clippedText(root: Element): string[] {
  const problems: string[] = [];
  for (const el of allElements(root)) {
    if (outOfSight(el) || el instanceof HTMLInputElement || el instanceof HTMLSelectElement) continue;
    const style = getComputedStyle(el);
    const clipsX = ['hidden', 'clip'].includes(style.overflowX);
    const clipsY = ['hidden', 'clip'].includes(style.overflowY);
    const text = (el.textContent ?? '').trim() !== '';
    if (!text || style.display === 'inline') continue;
    // Where the box hides its overflow, what does not fit is lost; where it does not, a text box with a fixed
    // height lets the lines spill over what follows. Either way the box must hold its content (1 px rounding).
    if ((clipsX || ownText(el)) && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
      problems.push(`${describe(el)} is cut sideways: ${el.scrollWidth} > ${el.clientWidth}`);
    if ((clipsY || ownText(el)) && el.scrollHeight > el.clientHeight + 1 && el.clientHeight > 0)
      problems.push(`${describe(el)} is cut at the bottom: ${el.scrollHeight} > ${el.clientHeight}`);
  }
  return problems;
}

const overlap = (a: DOMRect, b: DOMRect) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

/** Sibling boxes with text that lie on top of each other. */
export function overlappingText(root: Element): string[] {
  const problems: string[] = [];
  for (const parent of [root, ...allElements(root)]) {
    const scope = parent.shadowRoot ?? parent;
    const boxes = [...scope.children].filter(
      (child) =>
        (child.textContent ?? '').trim() !== '' &&
        !outOfSight(child) &&
        getComputedStyle(child).display !== 'inline' &&
        !['absolute', 'fixed'].includes(getComputedStyle(child).position),
    );
    const rects = boxes.map((box) => box.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        if (overlap(rects[i], rects[j])) problems.push(`${describe(boxes[i])} overlaps ${describe(boxes[j])}`);
  }
  return problems;
}

/** Content wider than its container (the widget's own box), or a page that scrolls sideways. */
export function sidewaysScroll(container: HTMLElement): string[] {
  const problems: string[] = [];
  if (container.scrollWidth > container.clientWidth + 1)
    problems.push(`the container scrolls sideways: ${container.scrollWidth} > ${container.clientWidth}`);
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth + 1)
    problems.push(`the page scrolls sideways: ${page.scrollWidth} > ${page.clientWidth}`);
  return problems;
}
