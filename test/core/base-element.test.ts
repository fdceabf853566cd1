import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MbElement } from '../../src/core/base-element.js';
import { defineOnce } from '../../src/core/define.js';
import { VERSION } from '../../src/core/version.js';

class TestEmitter extends MbElement {
  fire(cancelable = false) {
    return this.emit('mb-test', { answer: 42 }, { cancelable });
  }
}
defineOnce('mb-test-emitter', TestEmitter);

describe('MbElement', () => {
  it('says which release defined it', () => {
    expect(TestEmitter.mbVersion).to.equal(VERSION);
  });

  it('emits mb-* events that bubble out of a shadow root to the page', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('mb-test-emitter') as TestEmitter;
    root.append(el);
    const heard = oneEvent(document, 'mb-test');
    el.fire();
    const event = (await heard) as CustomEvent<{ answer: number }>;
    expect(event.detail).to.deep.equal({ answer: 42 });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.target).to.equal(host);
  });

  it('reports a cancelled event', async () => {
    const el = await fixture<TestEmitter>(html`<mb-test-emitter></mb-test-emitter>`);
    el.addEventListener('mb-test', (event) => event.preventDefault(), { once: true });
    expect(el.fire(true)).to.equal(false);
    expect(el.fire(false)).to.equal(true);
  });
});
