/*
 * Hosting `dist/` on another origin. Module scripts, and the chunks they import, are fetched with CORS: the host of
 * `dist/` must send `Access-Control-Allow-Origin` on `medborger.js` and on every file in `chunks/`. Three static
 * servers of the built `dist/` on 127.0.0.1 (web-test-runner.config.mjs) play a CDN that sends the header, a static
 * host that sends it on the entry only, and one that sends none; the page (test/hosts/cross-origin.html) is on the
 * test server's localhost, another origin. Runs after `npm run build`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Origins {
  cors: string;
  entryOnly: string;
  plain: string;
}
interface Outcome {
  dropIn: 'loaded' | 'refused';
  widgets: ('fulfilled' | 'rejected')[];
}
type CrossOriginWindow = Window & { crossOrigin?: Promise<Outcome> };

const FALLBACKS = ['#calendar-fallback', '#guide-fallback', '#models-fallback'];
const TAGS = ['mb-course-calendar', 'mb-guide-card', 'mb-model-explainer'];

async function openWith(dist: string): Promise<{ doc: Document; outcome: Outcome }> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe
      title="cross-origin"
      src=${`/test/hosts/cross-origin.html?dist=${encodeURIComponent(dist)}`}
      style="width:800px;height:600px"
    ></iframe>`,
  );
  const win = (): CrossOriginWindow | null => frame.contentWindow;
  await waitUntil(() => win()?.crossOrigin, 'the page started', { timeout: 20_000 });
  const outcome = await win()!.crossOrigin!;
  return { doc: frame.contentDocument!, outcome };
}

/** What the reader sees of the editor's own content inside each element. */
const fallbackShown = (doc: Document) =>
  FALLBACKS.map((id) => (doc.querySelector<HTMLElement>(id)?.getBoundingClientRect().height ?? 0) > 0);

describe('hosting dist/ on another origin', () => {
  let origins: Origins;
  before(async () => {
    origins = (await executeServerCommand<Origins, undefined>('hosting-origins'))!;
    expect(new URL(origins.cors).origin).to.not.equal(location.origin);
  });

  it('upgrades every widget when the host sends Access-Control-Allow-Origin on medborger.js and its chunks', async function () {
    this.timeout(60_000);
    const { doc, outcome } = await openWith(`${origins.cors}/medborger.js`);
    expect(outcome).to.deep.equal({ dropIn: 'loaded', widgets: ['fulfilled', 'fulfilled', 'fulfilled'] });
    await waitUntil(
      () => TAGS.every((tag) => doc.querySelector(tag)?.shadowRoot?.querySelector('[part]')),
      'the widgets rendered',
      { timeout: 20_000 },
    );
    // Upgraded: the shadow roots show the widgets, and the editor's content (in the default slot) gives way.
    expect(doc.querySelector('mb-course-calendar')!.shadowRoot!.querySelector('[part~="course"], [aria-busy]')).to
      .exist;
  });

  it('upgrades nothing and keeps the editor content visible when the host sends no header', async function () {
    this.timeout(60_000);
    const { doc, outcome } = await openWith(`${origins.plain}/medborger.js`);
    expect(outcome).to.deep.equal({ dropIn: 'refused', widgets: [] });
    for (const tag of TAGS) expect(doc.defaultView!.customElements.get(tag), tag).to.equal(undefined);
    expect(fallbackShown(doc)).to.deep.equal([true, true, true]);
  });

  it('upgrades nothing when only medborger.js has the header: the chunks need it too', async function () {
    this.timeout(60_000);
    const { doc, outcome } = await openWith(`${origins.entryOnly}/medborger.js`);
    expect(outcome).to.deep.equal({ dropIn: 'loaded', widgets: ['rejected', 'rejected', 'rejected'] });
    for (const tag of TAGS) expect(doc.defaultView!.customElements.get(tag), tag).to.equal(undefined);
    expect(fallbackShown(doc)).to.deep.equal([true, true, true]);
  });
});
