// Runs in every page scripts/visual.mjs opens, before the page's own scripts (puppeteer's evaluateOnNewDocument).
// `window.__mbVisual.settle(ms)` resolves once the story is still: every mb-* element (in shadow roots too) defined
// and without a pending update, no fetch in flight and nothing marked aria-busy, the fonts loaded; then it stops
// animations, transitions and the text caret everywhere, and waits two animation frames. It resolves to undefined,
// or to a sentence saying what never settled.
//
// A story may hold a fetch to a `/__pending__/` address open on purpose (the Loading stories): such a fetch never
// answers, so a widget that waits only for it is settled in its loading state.
(() => {
  const inFlight = new Map();
  let nextId = 0;
  const track = (fetch) =>
    function trackedFetch(input, init) {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const id = (nextId += 1);
      inFlight.set(id, url);
      const done = () => inFlight.delete(id);
      const result = fetch.call(this, input, init);
      Promise.resolve(result).then(done, done);
      return result;
    };
  // Stories may replace window.fetch (to fake a slow or failing server): track theirs as well as the browser's.
  let current = track(window.fetch);
  Object.defineProperty(window, 'fetch', {
    configurable: true,
    get: () => current,
    set: (value) => {
      current = track(value);
    },
  });

  const FROZEN = `*, *::before, *::after, ::placeholder {
    animation: none !important;
    transition: none !important;
    caret-color: transparent !important;
  }`;
  const PAGE = `html, body { font-family: 'DejaVu Sans', sans-serif !important; }`;

  /** Every element of the document and of every open shadow root below it. */
  function deepElements(root = document, found = []) {
    for (const element of root.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) deepElements(element.shadowRoot, found);
    }
    return found;
  }

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

  /** What keeps the story from being still, or '' when nothing does. */
  async function unrest() {
    const elements = deepElements();
    const widgets = elements.filter((element) => element.localName.startsWith('mb-'));
    const undefinedTags = widgets.filter((element) => !element.matches(':defined')).map((e) => e.localName);
    if (undefinedTags.length) return `<${[...new Set(undefinedTags)].join('>, <')}> not defined`;
    const updated = await Promise.all(widgets.map((element) => element.updateComplete ?? true));
    if (updated.some((done) => !done)) return 'an mb-* element kept updating';
    const urls = [...inFlight.values()];
    const waiting = urls.filter((url) => !url.includes('/__pending__/'));
    if (waiting.length) return `fetch in flight: ${waiting.join(', ')}`;
    const busy = elements.some((element) => element.getAttribute('aria-busy') === 'true');
    if (busy && urls.length === 0) return 'a widget stayed aria-busy';
    return '';
  }

  const sheet = (text) => {
    const made = new CSSStyleSheet();
    made.replaceSync(text);
    return made;
  };
  const frozen = sheet(FROZEN);
  // The page's font from the start, so the story lays itself out once in it.
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet(PAGE)];

  function freeze() {
    const roots = [
      document,
      ...deepElements()
        .map((element) => element.shadowRoot)
        .filter(Boolean),
    ];
    for (const root of roots) {
      if (!root.adoptedStyleSheets.includes(frozen)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, frozen];
    }
  }

  async function settle(timeout) {
    const deadline = performance.now() + timeout;
    for (let reason = await unrest(); reason; reason = await unrest()) {
      if (performance.now() > deadline) return `did not settle in ${timeout} ms: ${reason}`;
      await sleep(50);
    }
    await document.fonts.ready;
    freeze();
    await frame();
    await frame();
    return undefined;
  }

  window.__mbVisual = { settle };
})();
