import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MbElement } from '../../src/core/base-element.js';
import { defineOnce } from '../../src/core/define.js';
import { VERSION } from '../../src/core/version.js';

// A widget declares its events and their details once; `emit` and `addEventListener` then know them.
declare module '../../src/core/events.js' {
  interface MbEventMap {
    'mb-test': { answer: number };
  }
}

class TestEmitter extends MbElement {
  fire(cancelable = false) {
    return this.emit('mb-test', { answer: 42 }, { cancelable });
  }

  // Checked by the compiler (`tsc --noEmit`), never run: an undeclared name, or a detail of another shape, fails.
  wrong() {
    // @ts-expect-error 'mb-undeclared' is not in MbEventMap
    this.emit('mb-undeclared', {});
    // @ts-expect-error mb-load's detail has a count, skipped, … not an answer
    this.emit('mb-load', { answer: 42 });
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
    // Typed for a page: the listener's event is a CustomEvent with the declared detail.
    let answer = 0;
    el.addEventListener('mb-test', (typed) => (answer = typed.detail.answer));
    el.fire();
    expect(answer).to.equal(42);
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
