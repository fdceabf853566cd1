import { expect, fixture, html, waitUntil } from '@open-wc/testing';
// @ts-expect-error: the demo's builder is plain JavaScript without type declarations.
import * as untypedBuilder from '../../demo/builder.js';
import { LANGUAGES } from '../../src/core/languages.js';

const { snippetFor, widgetsFrom } = untypedBuilder as {
  snippetFor: (options: { tag: string; values: Record<string, string | boolean>; scriptUrl: string }) => string;
  widgetsFrom: (manifest: unknown, pastable?: readonly string[]) => { tag: string }[];
};

// An editor builds a widget on the demo site's builder page (demo/byg.html), copies the snippet and pastes it into
// a blank page. The pasted widget must be the one the builder previewed. Uses the built drop-in (`npm run build`).

type Values = Record<string, string | boolean>;
const NOW = '2026-03-02T09:00:00+01:00';
// An editor pastes the snippet on another page, so the feed address must be absolute (a relative one would resolve
// against that page, not the builder's).
const COURSES = new URL('/demo/data/courses.json', location.href).href;

/** Each widget with choices an editor makes that differ from the defaults. */
const CHOICES: Record<string, Values> = {
  'mb-guide-card': { guide: 'digital-post' },
  'mb-course-calendar': { view: 'compact', src: COURSES, now: NOW },
  'mb-model-explainer': { selected: '3', sections: 'filter' },
};

/** A widget counts as rendered when its content (not a loading state) is there. */
const READY: Record<string, string> = {
  'mb-guide-card': '.card [part~="title"], .card h2, .card h3',
  'mb-course-calendar': '[part~="list"] .title',
  'mb-model-explainer': '[role="tab"][aria-selected="true"]',
};

const words = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();

async function rendered(doc: () => Document | null | undefined, tag: string): Promise<HTMLElement> {
  await waitUntil(
    () => {
      const root = doc()?.querySelector(tag)?.shadowRoot;
      return root?.querySelector(READY[tag]) && !root.querySelector('[aria-busy="true"]');
    },
    `${tag} did not render`,
    { timeout: 8000 },
  );
  const element = doc()!.querySelector<HTMLElement>(tag)!;
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return element;
}

const attributesOf = (element: Element) =>
  Object.fromEntries(element.getAttributeNames().map((name) => [name, element.getAttribute(name)]));

/** Pastes a snippet into a blank page, as an editor does in a CMS's HTML block. */
async function paste(snippet: string): Promise<Document> {
  const page = await fixture<HTMLIFrameElement>(
    html`<iframe title="blank page" style="width:800px;height:600px"></iframe>`,
  );
  const loaded = new Promise((resolve) => page.addEventListener('load', resolve, { once: true }));
  page.srcdoc = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Blank</title></head><body>${snippet}</body></html>`;
  await loaded;
  return page.contentDocument!;
}

describe('the embed builder', () => {
  let builder: HTMLIFrameElement;
  const doc = () => builder.contentDocument!;

  // The builder page stays open for the whole story (fixtures are removed after each test, so it is not one).
  before(async () => {
    builder = document.createElement('iframe');
    builder.title = 'builder';
    builder.style.cssText = 'width:800px;height:600px';
    builder.src = '/demo/byg.html';
    document.body.append(builder);
    await waitUntil(
      () => doc()?.querySelector('#widget option') && doc().querySelector('#fields input, #fields select'),
      'the builder page did not load its widgets',
      { timeout: 8000 },
    );
  });

  after(() => builder.remove());

  /** Picks a widget and fills in the form as an editor would; returns the snippet the page shows. */
  function build(tag: string, values: Values): string {
    const select = doc().querySelector<HTMLSelectElement>('#widget')!;
    select.value = tag;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    for (const [name, value] of Object.entries(values)) {
      const field = doc().querySelector<HTMLInputElement | HTMLSelectElement>(`#fields [name="${name}"]`);
      expect(field, `${tag} has a field for ${name}`).to.exist;
      if (!field) continue;
      if (field.type === 'checkbox') field.checked = value === true;
      else field.value = String(value);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
    return doc().querySelector('#snippet')!.textContent;
  }

  for (const [tag, values] of Object.entries(CHOICES)) {
    it(`gives a snippet for <${tag}> that renders the previewed widget on a blank page`, async () => {
      const snippet = build(tag, values);
      const preview = await rendered(() => doc().querySelector('#preview')?.ownerDocument, tag);
      // What the editor chose, plus any attribute the widget reflects on its own (e.g. its view).
      expect(attributesOf(preview)).to.include(values);

      const page = await paste(snippet);
      const pasted = await rendered(() => page, tag);
      expect(page.querySelectorAll('body *:not(script)').length, 'only the widget').to.equal(1);
      expect(attributesOf(pasted)).to.deep.equal(attributesOf(preview));
      const shown = words(pasted.shadowRoot!.querySelector(READY[tag]));
      expect(shown, 'the widget shows its content').to.not.equal('');
      expect(shown).to.equal(words(preview.shadowRoot!.querySelector(READY[tag])));
      expect(words(pasted.shadowRoot)).to.equal(words(preview.shadowRoot));
    });
  }

  it('puts exactly one module script tag for the built medborger.js in the snippet', () => {
    const snippet = build('mb-guide-card', { guide: 'mitid' });
    const scripts = snippet.match(/<script\b[^>]*>/gu) ?? [];
    expect(scripts).to.have.length(1);
    expect(scripts[0]).to.match(/^<script type="module" src="[^"]*\/dist\/medborger\.js">$/u);
    expect(snippet.match(/<\/script>/gu)).to.have.length(1);
  });

  it('keeps an attribute value with quotes and angle brackets inert when pasted', async () => {
    const hostile = 'filter" onclick="window.hacked=1"><img src=x onerror="window.hacked=1">';
    const snippet = build('mb-model-explainer', { sections: hostile });
    expect(snippet).to.not.include('<img');
    const page = await paste(snippet);
    const pasted = await rendered(() => page, 'mb-model-explainer');
    expect(pasted.getAttribute('sections')).to.equal(hostile);
    expect(pasted.getAttributeNames()).to.not.include('onclick');
    expect(page.querySelectorAll('img')).to.have.length(0);
    expect((page.defaultView as Window & { hacked?: number }).hacked).to.equal(undefined);
  });

  it('offers every widget the drop-in loads, built from the same functions the page uses', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as unknown;
    const { TAGS } = (await import(new URL('/dist/medborger.js', location.href).href)) as { TAGS: string[] };
    const tags = widgetsFrom(manifest, TAGS).map((widget) => widget.tag);
    expect(tags).to.have.members(Object.keys(CHOICES));
    // The month table inside the calendar is in the manifest, but a pasted <mb-course-month> would get no data.
    expect(widgetsFrom(manifest).map((widget) => widget.tag)).to.include('mb-course-month');
    expect(tags).to.not.include('mb-course-month');
    const options = [...doc().querySelectorAll<HTMLOptionElement>('#widget option')].map((option) => option.value);
    expect(options).to.deep.equal(tags);
    expect(
      snippetFor({ tag: 'mb-guide-card', values: { guide: 'mitid', lang: '', 'deep-link': false }, scriptUrl: 'm.js' }),
    ).to.equal('<script type="module" src="m.js"></script>\n<mb-guide-card guide="mitid"></mb-guide-card>');
  });

  it('offers for lang the languages of the language registry', () => {
    build('mb-guide-card', {});
    const field = doc().querySelector<HTMLSelectElement>('#fields select[name="lang"]');
    expect(field, 'a choice of language').to.exist;
    const offered = [...field!.options].map((option) => option.value).filter(Boolean);
    expect(offered).to.deep.equal([...LANGUAGES]);
  });
});
