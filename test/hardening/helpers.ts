/*
 * Shared watchers for the hardening suites: what a hostile string could make the page do (run code, throw, log an
 * error), and what it could leave in a widget (active elements, links with a dangerous scheme).
 */
import { expect } from '@open-wc/testing';

export const SAFE_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'];

/** Whitespace folded the way a reader sees it; NUL (U+0000) dropped, as the HTML parser would on a real page. */
export const normal = (value: string | null | undefined): string =>
  (value ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/\u0000/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();

type Globals = Record<string, unknown>;

export interface PageWatch {
  /** Calls of alert/prompt/confirm or of the trap `window.__mbPwned` a payload might reach. */
  executed: string[];
  /** Uncaught errors, unhandled rejections and console.error calls. */
  problems: string[];
  /** Puts the page back as it was. */
  release(): void;
  /** Fails the test if anything executed or went wrong; `allow` filters expected console noise. */
  expectClean(): void;
}

/**
 * Replaces `alert`, `prompt`, `confirm` (what the Big List of Naughty Strings' payloads call) and defines a global
 * trap, then records uncaught errors, unhandled rejections and console errors until `release()`.
 */
export function watchPage(): PageWatch {
  const w = window as unknown as Globals;
  const executed: string[] = [];
  const problems: string[] = [];
  const saved = { alert: w.alert, prompt: w.prompt, confirm: w.confirm, error: console.error };
  for (const name of ['alert', 'prompt', 'confirm'])
    w[name] = (...args: unknown[]) => {
      executed.push(`${name}(${args.map(String).join(', ')})`);
      return name === 'confirm' ? false : null;
    };
  w.__mbPwned = (...args: unknown[]) => executed.push(`__mbPwned(${args.map(String).join(', ')})`);
  const onError = (event: ErrorEvent) => {
    // The virtualiser's harmless ResizeObserver notice (see @lit-labs/virtualizer/support) is not ours to count.
    if (/ResizeObserver loop/u.test(event.message)) return;
    problems.push(`error: ${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandledrejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  console.error = (...args: unknown[]) => {
    // The test runner logs an uncaught ErrorEvent's `error`, which for that ResizeObserver notice is `null`
    // (Chromium) or `undefined` (Firefox, WebKit).
    if (args.length === 1 && (args[0] === null || args[0] === undefined)) return;
    problems.push(`console.error: ${args.map(String).join(' ')}`);
  };
  return {
    executed,
    problems,
    release() {
      w.alert = saved.alert;
      w.prompt = saved.prompt;
      w.confirm = saved.confirm;
      delete w.__mbPwned;
      console.error = saved.error;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
    expectClean() {
      expect(executed, 'nothing from the data ran').to.deep.equal([]);
      expect(problems, 'no uncaught error, rejection or console error').to.deep.equal([]);
    },
  };
}

/** Every shadow root under `root`, nested ones included. */
export function shadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot) {
        found.push(el.shadowRoot);
        visit(el.shadowRoot);
      }
    }
  };
  if (root instanceof Element && root.shadowRoot) {
    found.push(root.shadowRoot);
    visit(root.shadowRoot);
  }
  visit(root);
  return found;
}

/**
 * No active content anywhere in the widget: no `<script>`, `<iframe>`, `<object>`, `<embed>` and no `on…` attribute
 * in its shadow roots; in its light DOM only what the test wrote plus the calendar's own JSON-LD (which must be JSON
 * and never executes); every `<a href>` is http(s), mailto or tel.
 */
export function expectInert(host: Element, lightAllowed: Element[] = []): void {
  for (const root of shadowRoots(host)) {
    const active = root.querySelector('script, iframe, object, embed, frame, frameset, base, meta, link[rel]');
    expect(active?.outerHTML.slice(0, 120), 'no active element in a shadow root').to.equal(undefined);
    for (const el of root.querySelectorAll('*')) {
      const handlers = el.getAttributeNames().filter((name) => /^on/iu.test(name));
      expect(handlers, `no event-handler attribute on <${el.localName}>`).to.deep.equal([]);
    }
    for (const a of root.querySelectorAll('a[href], area[href]')) {
      const href = a.getAttribute('href')!;
      const scheme = new URL(href, location.href).protocol;
      expect(scheme, `link ${href.slice(0, 80)}`).to.be.oneOf(SAFE_SCHEMES);
    }
    for (const el of root.querySelectorAll('[src], [srcdoc], [formaction], [action], [xlink\\:href]')) {
      const value = el.getAttribute('src') ?? el.getAttribute('formaction') ?? el.getAttribute('action') ?? '';
      expect(/^\s*(javascript|data|vbscript):/iu.test(value), `<${el.localName}> ${value.slice(0, 80)}`).to.equal(
        false,
      );
    }
  }
  for (const el of host.querySelectorAll('*')) {
    if (lightAllowed.some((given) => given === el || given.contains(el))) continue;
    if (el.matches('script[type="application/ld+json"][data-mb-jsonld]')) {
      expect(() => JSON.parse(el.textContent ?? '') as unknown, 'JSON-LD stays JSON').not.to.throw();
      continue;
    }
    expect.fail(`an element the widget was not given is in its light DOM: ${el.outerHTML.slice(0, 120)}`);
  }
}

/** The visible text of a widget (its shadow roots, slotted content not included), whitespace folded. */
export function shadowText(host: Element): string {
  return normal(host.shadowRoot?.textContent);
}

/** Waits until `el` fires `name` (listener attached now) or `fail` fires first; returns the detail. */
export function nextEvent<T = unknown>(el: EventTarget, name: string): Promise<T> {
  return new Promise((resolve) =>
    el.addEventListener(name, (event) => resolve((event as CustomEvent<T>).detail), { once: true }),
  );
}

/** Records every `mb-load` (the guide card's `mb-guide-show`) and `mb-error` an element fires. */
export function recordEvents(el: EventTarget): { load: unknown[]; error: unknown[] } {
  const seen = { load: [] as unknown[], error: [] as unknown[] };
  el.addEventListener('mb-load', (event) => seen.load.push((event as CustomEvent).detail));
  el.addEventListener('mb-guide-show', (event) => seen.load.push((event as CustomEvent).detail));
  el.addEventListener('mb-error', (event) => seen.error.push((event as CustomEvent).detail));
  return seen;
}

/** A unique id for server routes: three browsers share one test server. */
export const uniqueId = (label: string) => `${label}-${Math.random().toString(36).slice(2, 10)}`;

/** What the hang route saw: requests opened and connections closed by the browser. */
export async function hangState(id: string): Promise<{ opened: number; closed: number }> {
  const response = await fetch(`/__hang__/${id}/state`, { cache: 'no-store' });
  return (await response.json()) as { opened: number; closed: number };
}

/**
 * Waits until `predicate` holds, checking every 20 ms. Unlike `waitUntil` of @open-wc/testing it leaves no timer
 * behind when it succeeds, so the lifecycle suite can count the page's pending timers around it.
 */
export async function poll(predicate: () => unknown, message: string, timeout = 5000): Promise<void> {
  const started = performance.now();
  while (!(await predicate())) {
    if (performance.now() - started > timeout) throw new Error(`timed out: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function waitForClosed(id: string): Promise<void> {
  await poll(async () => {
    const state = await hangState(id);
    return state.opened > 0 && state.closed === state.opened;
  }, `the hanging request ${id} was not closed`);
}

export function blobUrl(body: string, type = 'application/json'): string {
  return URL.createObjectURL(new Blob([body], { type }));
}

/** Checks the host page around a widget is intact: the sibling is unchanged and still answers a click. */
export function expectPageIntact(sibling: HTMLButtonElement, text: string): void {
  expect(sibling.isConnected).to.equal(true);
  expect(sibling.textContent).to.equal(text);
  let clicked = 0;
  sibling.addEventListener('click', () => (clicked += 1), { once: true });
  sibling.click();
  expect(clicked, 'the page can still be used').to.equal(1);
}
