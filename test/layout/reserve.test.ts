import { expect, fixture, html, waitUntil } from '@open-wc/testing';

/*
 * The host page stays still: medborger.css (dist/, from src/medborger.css) holds each widget's box before its code
 * arrives, and the widget's loading state keeps that box, so the text below does not jump while the drop-in, the
 * widget's chunk, its strings and its data arrive. Built files, as a page loads them (the test command builds first).
 *
 * Each page is an iframe of the width a reader's screen has (320 and 1280 CSS pixels, 800 high), in Danish and in
 * English, with every widget and variant twice: once reading data that never comes (`/__hang__/…`: the loading
 * state stays), once with data (the sample feed, a built-in guide, the built-in models).
 */
const FEED = '/demo/data/courses.json';
const NOW = '2026-03-02T09:00:00+01:00';

interface Variant {
  name: string;
  /** The element with its data. */
  loaded: string;
  /** The same element waiting for data that never arrives. */
  waiting: string;
  /** Shown when loaded (inside the shadow root). */
  ready: string;
  /** Compact views hold what they will take; tall views the screen, and only grow below it. */
  compact: boolean;
}

// A long `timeout`: on a slow engine the wait for every widget can outlast the default 15 s, and a waiting widget
// must still be waiting (not showing its timeout message) when it is measured.
// The requests that never answer go to the test server under its other host name (localhost ↔ 127.0.0.1): a browser
// keeps about six connections per host, and six open requests would otherwise leave none for the widgets' code and
// data (WebKit then loads nothing at all).
const HANG_HOST = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
const hang = (id: string) =>
  `${location.protocol}//${HANG_HOST}:${location.port}/__hang__/layout-${id}-${Math.random().toString(36).slice(2)}`;
const VARIANTS: Variant[] = [
  {
    name: '<mb-course-calendar view="compact" limit="3">',
    loaded: `<mb-course-calendar view="compact" limit="3" src="${FEED}" now="${NOW}"></mb-course-calendar>`,
    waiting: `<mb-course-calendar view="compact" limit="3" src="${hang('compact')}" timeout="600000"></mb-course-calendar>`,
    ready: '[part~="course"]',
    compact: true,
  },
  {
    name: '<mb-course-calendar>',
    loaded: `<mb-course-calendar src="${FEED}" now="${NOW}"></mb-course-calendar>`,
    waiting: `<mb-course-calendar src="${hang('list')}" timeout="600000"></mb-course-calendar>`,
    ready: '[part~="course"]',
    compact: false,
  },
  {
    name: '<mb-course-calendar view="month">',
    loaded: `<mb-course-calendar view="month" src="${FEED}" now="${NOW}"></mb-course-calendar>`,
    waiting: `<mb-course-calendar view="month" src="${hang('month')}" timeout="600000"></mb-course-calendar>`,
    ready: '[part~="course"], mb-course-month',
    compact: false,
  },
  {
    name: '<mb-guide-card guide="mitid">',
    loaded: '<mb-guide-card guide="mitid"></mb-guide-card>',
    waiting: `<mb-guide-card src="${hang('guide')}" timeout="600000"></mb-guide-card>`,
    ready: '[part~="card"]',
    compact: false,
  },
  {
    name: '<mb-guide-card guide="mitid" variant="compact">',
    loaded: '<mb-guide-card guide="mitid" variant="compact"></mb-guide-card>',
    waiting: `<mb-guide-card variant="compact" src="${hang('tile')}" timeout="600000"></mb-guide-card>`,
    ready: '[part~="card"]',
    compact: true,
  },
  {
    name: '<mb-model-explainer>',
    loaded: '<mb-model-explainer></mb-model-explainer>',
    waiting: `<mb-model-explainer src="${hang('models')}" timeout="600000"></mb-model-explainer>`,
    ready: '[part~="tab"]',
    compact: false,
  },
];

async function page(width: number, lang: string): Promise<Document> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="host page" style="border:0;width:${width}px;height:800px"></iframe>`,
  );
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const widgets = VARIANTS.map((v, i) => `<div data-i="${i}">${v.waiting}</div><div data-i="${i}">${v.loaded}</div>`);
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Host</title>
    <link rel="stylesheet" href="/dist/medborger.css"></head>
    <body style="margin:0;font:16px/1.5 sans-serif">${widgets.join('')}</body></html>`;
  await loaded;
  return frame.contentDocument!;
}

const heightOf = (element: Element) => element.getBoundingClientRect().height;
const frame = (view: Window) => new Promise((resolve) => view.requestAnimationFrame(resolve));

for (const width of [320, 1280]) {
  for (const lang of ['da', 'en']) {
    describe(`the box each widget holds, ${width} px wide, lang="${lang}"`, () => {
      const reserved: number[] = [];
      const waiting: number[] = [];
      const loaded: number[] = [];
      const em = 16;

      before(async function () {
        this.timeout(60_000);
        const doc = await page(width, lang);
        const pairs = VARIANTS.map((_, i) => [...doc.querySelectorAll(`[data-i="${i}"] > *`)]);
        // Before any code: the stylesheet alone.
        for (const [hanging] of pairs) reserved.push(heightOf(hanging));
        const script = doc.createElement('script');
        script.type = 'module';
        script.src = new URL('/dist/medborger.js', location.href).href;
        doc.head.append(script);
        const missing = () =>
          pairs.flatMap(([hanging, shown], i) => [
            ...(hanging.shadowRoot?.querySelector('[aria-busy="true"]') ? [] : [`${VARIANTS[i].name} loading`]),
            ...(shown.shadowRoot?.querySelector(VARIANTS[i].ready) ? [] : [`${VARIANTS[i].name} content`]),
          ]);
        await waitUntil(() => missing().length === 0, 'every widget shows its loading state and its content', {
          timeout: 40_000,
        }).catch((error: Error) => {
          throw new Error(`${error.message}; still missing: ${missing().join(', ')}`);
        });
        // The month table, or at 320 px the month folded away for the list (it then builds no table).
        const month = pairs[2][1].shadowRoot!.querySelector('mb-course-month');
        if (month)
          await waitUntil(() => month.hasAttribute('folded') || month.shadowRoot?.querySelector('table'), 'the month', {
            timeout: 40_000,
          });
        await frame(doc.defaultView!);
        for (const [hanging, shown] of pairs) {
          waiting.push(heightOf(hanging));
          loaded.push(heightOf(shown));
        }
      });

      VARIANTS.forEach((variant, i) => {
        it(`${variant.name}: the loading state is the reserved box, and the loaded widget does not pull the page up`, () => {
          expect(reserved[i], 'a box is reserved before the code arrives').to.be.greaterThan(3 * em);
          expect(waiting[i], 'the loading state').to.be.closeTo(reserved[i], 2);
          if (variant.compact) {
            // Where the words wrap depends on the engine's font (Firefox's sans-serif is wider than Chromium's).
            expect(loaded[i], 'the loaded widget').to.be.closeTo(reserved[i], 1.5 * em);
          } else {
            expect(reserved[i], 'a tall widget holds (nearly) the screen').to.be.at.least(Math.min(800, 44 * em));
            expect(loaded[i], 'the loaded widget').to.be.at.least(reserved[i] - 2);
          }
        });
      });
    });
  }
}

describe('a page that links only the script', () => {
  it('gets medborger.css from the drop-in, beside it, once, and the widget holds its box while it loads', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="host page" style="border:0;width:320px;height:800px"></iframe>`,
    );
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Host</title></head>
      <body style="margin:0"><script type="module" src="${new URL('/dist/medborger.js', location.href).href}"></script>
      <mb-course-calendar src="${hang('script-only')}"></mb-course-calendar></body></html>`;
    await loaded;
    const doc = frame.contentDocument!;
    const calendar = doc.querySelector('mb-course-calendar')!;
    await waitUntil(() => calendar.shadowRoot?.querySelector('[aria-busy="true"]'), 'the loading state', {
      timeout: 20_000,
    });
    const links = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
    expect(links.map((link) => new URL(link.href).pathname)).to.deep.equal(['/dist/medborger.css']);
    await waitUntil(() => links[0].sheet, 'the stylesheet', { timeout: 20_000 });
    expect(heightOf(calendar)).to.be.closeTo(800, 2);
  });
});
