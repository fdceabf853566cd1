/*
 * Helpers for the host-page gallery (test/hosts/*.html): open a page in a frame of a given width, wait for its
 * widgets, and measure what a reader would notice (text size, typeface, inherited layout, overflow, axe).
 * The pages load the built drop-in (dist/medborger.js), so these suites run after `npm run build`.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';

export const WIDGETS = 'mb-course-calendar, mb-guide-card, mb-model-explainer';

/** The text a reader reads in each widget's lists: course cards, step titles, model tabs. */
export const LIST_TEXT: Record<string, string> = {
  'mb-course-calendar': '[part~="course"]',
  'mb-guide-card': '.step-title, .tile-link',
  'mb-model-explainer': '[role="tab"]',
};

export interface HostPage {
  frame: HTMLIFrameElement;
  doc: Document;
  widgets: HTMLElement[];
}

function rendered(widget: HTMLElement): boolean {
  const root = widget.shadowRoot;
  if (!root) return false;
  if (widget.localName === 'mb-course-calendar') {
    return !!root.querySelector('[part~="course"]') && !root.querySelector('[aria-busy="true"]');
  }
  if (widget.localName === 'mb-guide-card') return !!root.querySelector('[part~="card"] .step-title, .tile-link');
  return !!root.querySelector('[role="tab"]');
}

/** Opens `/test/hosts/<name>.html` in a frame `width` pixels wide and waits until every widget shows its data. */
export async function openHost(name: string, lang: 'da' | 'en', width: number): Promise<HostPage> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe
      title=${name}
      src=${`/test/hosts/${name}.html?lang=${lang}`}
      style=${`width:${width}px;height:800px;border:0`}
    ></iframe>`,
  );
  const widgets = (): HTMLElement[] => [...(frame.contentDocument?.querySelectorAll<HTMLElement>(WIDGETS) ?? [])];
  await waitUntil(
    () => frame.contentDocument?.readyState === 'complete' && widgets().length >= 3 && widgets().every(rendered),
    `the widgets on ${name} (${lang}, ${width}px) did not render`,
    { timeout: 30_000, interval: 100 },
  );
  return { frame, doc: frame.contentDocument!, widgets: widgets() };
}

/** Every element of a shadow tree, into nested shadow roots (the calendar's month view). */
function* deep(root: ShadowRoot | Element): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

/** Elements that stick out of the widget sideways, outside a region that scrolls or clips on purpose. */
export function overflowing(widget: HTMLElement): string[] {
  const box = widget.getBoundingClientRect();
  const all = [...deep(widget.shadowRoot!)];
  const win = widget.ownerDocument.defaultView!;
  const clips = all.filter((el) => /auto|scroll|hidden|clip/u.test(win.getComputedStyle(el).overflowX));
  return all
    .filter((el) => !clips.some((clip) => clip !== el && clip.contains(el)))
    .filter((el) => !el.closest('.visually-hidden'))
    .filter((el) => {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) return false;
      return rect.right > box.right + 1 || rect.left < box.left - 1;
    })
    .map((el) => `${widget.localName} ${el.localName}.${[...el.classList].join('.')}`);
}

/** Elements past the right edge of the viewport, light DOM and shadow roots, to say what makes a page scroll. */
export function pastViewport(doc: Document): string[] {
  const edge = doc.documentElement.clientWidth + 1;
  return [...deep(doc.documentElement)]
    .filter((el) => el.getBoundingClientRect().right > edge)
    .filter((el) => ![...el.children].some((child) => child.getBoundingClientRect().right > edge))
    .slice(0, 5)
    .map((el) => `${el.localName}.${[...el.classList].join('.')} ${Math.round(el.getBoundingClientRect().right)}px`);
}

/** Runs axe-core inside the frame's document (the page as a whole: landmarks, headings, contrast). */
export async function axeViolations(page: HostPage): Promise<string[]> {
  type Axe = {
    run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
  };
  const win = page.frame.contentWindow as unknown as { axe?: Axe };
  if (!win.axe) {
    await new Promise((resolve, reject) => {
      const script = page.doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = resolve;
      script.onerror = reject;
      page.doc.head.append(script);
    });
  }
  const result = await win.axe!.run(page.doc, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}
