import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Autoloader } from '../../src/core/autoload.js';

let counter = 0;

/** Loaders for made-up tags that count their calls and define a plain element when called. */
function widgets(names: string[]) {
  const calls: Record<string, number> = {};
  const suffix = `${Date.now()}-${counter++}`;
  const tags = names.map((name) => `mb-auto-${name}-${suffix}`);
  const loaders = Object.fromEntries(
    tags.map((tag) => [
      tag,
      async () => {
        calls[tag] = (calls[tag] ?? 0) + 1;
        await Promise.resolve();
        customElements.define(tag, class extends HTMLElement {});
      },
    ]),
  );
  return { tags, loaders, calls };
}

describe('Autoloader', () => {
  it('loads the widgets whose tags are on the page, and only those', async () => {
    const { tags, loaders, calls } = widgets(['a', 'b']);
    const page = await fixture(html`<div></div>`);
    page.append(document.createElement(tags[0]));
    const loader = new Autoloader(loaders);
    loader.watch();
    await customElements.whenDefined(tags[0]);
    expect(calls).to.deep.equal({ [tags[0]]: 1 });
    expect(customElements.get(tags[1])).to.equal(undefined);
    loader.stop();
  });

  it('loads a widget added to the page later, nested deep, once', async () => {
    const { tags, loaders, calls } = widgets(['later']);
    const loader = new Autoloader(loaders);
    loader.watch();
    const page = await fixture(html`<section></section>`);
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<p><${tags[0]}></${tags[0]}></p><${tags[0]}></${tags[0]}>`;
    page.append(wrapper);
    await waitUntil(() => customElements.get(tags[0]) !== undefined);
    page.append(document.createElement(tags[0]));
    await new Promise((resolve) => setTimeout(resolve));
    expect(calls[tags[0]]).to.equal(1);
    expect(page.querySelector(tags[0])!.matches(':defined')).to.equal(true);
    loader.stop();
  });

  it('leaves a tag alone that another copy already defined', async () => {
    const { tags, loaders, calls } = widgets(['taken']);
    customElements.define(tags[0], class extends HTMLElement {});
    await new Autoloader(loaders).load(tags[0]);
    expect(calls).to.deep.equal({});
  });

  it('loads a tag on request, for markup inside other shadow roots, and refuses unknown tags', async () => {
    const { tags, loaders } = widgets(['shadow']);
    const loader = new Autoloader(loaders);
    await loader.load(tags[0].toUpperCase());
    expect(customElements.get(tags[0])).to.not.equal(undefined);
    let refused: unknown;
    await loader.load('mb-nothing-here').catch((error: unknown) => (refused = error));
    expect(String(refused)).to.contain('<mb-nothing-here>');
  });

  it('reports a chunk that fails to load and tries again the next time', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    let attempts = 0;
    const tag = `mb-auto-broken-${Date.now()}`;
    const loader = new Autoloader({
      [tag]: () => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve()),
    });
    try {
      await loader.load(tag).catch(() => undefined);
      await loader.load(tag);
    } finally {
      console.error = original;
    }
    expect(attempts).to.equal(2);
    expect(String(errors[0][0])).to.contain(`<${tag}>`);
  });
});
