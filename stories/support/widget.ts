/*
 * What every widget story shares: a fixed "now", local data only, and one way to put a widget on the canvas from
 * its args, whose names are the element's own (attribute names, `--mb-*` custom properties), as the Controls panel
 * lists them (arg-types.ts).
 *
 * The contract with the visual regression test (every story of storybook-static/index.json screenshotted at 320 and
 * 1280 px in Danish): a story renders the same every time. Time comes from `now`, data from demo/data or a fixture
 * under test/, no request leaves the machine, and a story leaves no animation running (the loading skeleton is
 * held still by `holdStill`). A story that truly cannot be still gets the tag `no-visual` and a comment saying why.
 */
import { render, nothing, type TemplateResult } from 'lit';
import { declarationOf } from './arg-types.js';

/** Every story's "now": the demo feeds hold courses in March–June 2026, so they always lie ahead. */
export const NOW = '2026-03-02T09:00:00+01:00';

/*
 * Storybook has no slow or failing server, so `/__pending__/` addresses stay open until the widget aborts them
 * (the loading state) and `/__expected-error__/` addresses answer an error without a request (a real 404 also logs
 * a browser console error, which the smoke test counts as a fault): `.../missing.json` a 404, anything else a 503.
 * Every other address is fetched as usual.
 */
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (url.includes('/__expected-error__/'))
    return Promise.resolve(
      url.endsWith('/missing.json')
        ? new Response('Not found', { status: 404, statusText: 'Not Found' })
        : new Response('', { status: 503 }),
    );
  if (!url.includes('/__pending__/')) return realFetch(input, init);
  return new Promise<Response>((_, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
  });
};

export type WidgetArgs = Record<string, unknown>;

export interface WidgetOptions {
  /** Properties set on the element (data that has no attribute). */
  props?: Record<string, unknown>;
  /** Light-DOM content: slotted help, an inline guide. */
  content?: TemplateResult | typeof nothing;
  /** Listeners, by event name. */
  on?: Record<string, (event: Event) => void>;
  /** A language of its own, whatever the toolbar says (the side-by-side stories only). */
  lang?: string;
}

/**
 * The element `tag` with its args: each arg named like an attribute of the element is set as that attribute
 * (`true` as a present boolean, `false`, `''` and `undefined` left out), each `--mb-*` arg as a custom property.
 */
export function widget(tag: string, args: WidgetArgs, options: WidgetOptions = {}): HTMLElement {
  const el = document.createElement(tag);
  const attributes = new Set((declarationOf(tag)?.attributes ?? []).map((attribute) => attribute.name));
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === false || value === '') continue;
    const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    if (name.startsWith('--mb-')) el.style.setProperty(name, text);
    else if (attributes.has(name)) el.setAttribute(name, value === true ? '' : text);
  }
  if (options.lang) el.setAttribute('lang', options.lang);
  Object.assign(el, options.props ?? {});
  for (const [type, listener] of Object.entries(options.on ?? {})) el.addEventListener(type, listener);
  if (options.content) render(options.content, el);
  return el;
}

const SIDE_BY_SIDE =
  'display:grid;gap:1.5rem;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));align-items:start';

/** The same widget in Danish and in English, side by side (one above the other at 320 px). */
export function sideBySide(make: (lang: string) => HTMLElement): HTMLElement {
  const grid = document.createElement('div');
  grid.setAttribute('style', SIDE_BY_SIDE);
  for (const lang of ['da', 'en']) {
    const column = document.createElement('section');
    column.setAttribute('lang', lang);
    column.setAttribute('aria-label', lang === 'da' ? 'Dansk' : 'English');
    column.append(make(lang));
    grid.append(column);
  }
  return grid;
}

/** Resolves once every `mb-*` element under `root` (and in their shadow roots) has rendered. */
export async function settled(root: Element): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const elements = [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('mb-'));
    await Promise.all(
      elements.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete ?? Promise.resolve()),
    );
  }
}

/**
 * Holds every animation in `root`'s widgets at its start and ends every transition: the loading skeleton's pulse
 * runs for ever, so a screenshot would catch it at any phase.
 */
export async function holdStill(root: Element): Promise<void> {
  await settled(root);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const roots = [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []));
  for (const shadow of roots)
    for (const animation of shadow.getAnimations()) {
      if (animation.effect?.getComputedTiming().endTime === Infinity) {
        animation.pause();
        animation.currentTime = 0;
      } else animation.finish();
    }
}

/**
 * Waits until `reached()` is true (a state a story clicks its way to: a ticked checklist, an opened course), then
 * holds the canvas still, so a screenshot taken once the play function has finished sees the state every time.
 */
export async function until(root: Element, reached: () => boolean, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!reached()) {
    if (Date.now() > deadline) throw new Error('the story never reached its state');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await holdStill(root);
}

/** A short Danish introduction above the manifest's own description (English, from the element's JSDoc). */
export function docsIntro(tag: string, intro: string): string {
  const description = declarationOf(tag)?.description ?? '';
  return `${intro}\n\n**Fra kildekoden** (elementets JSDoc i custom-elements.json, på engelsk):\n\n${description}`;
}
