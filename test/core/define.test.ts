import { expect } from '@open-wc/testing';
import { defineOnce } from '../../src/core/define.js';
import { VERSION } from '../../src/core/version.js';
import pkg from '../../package.json' with { type: 'json' };

let counter = 0;
const freshTag = () => `mb-define-test-${Date.now()}-${counter++}`;
const elementOf = (version?: string) =>
  class extends HTMLElement {
    static readonly mbVersion = version;
  };

function captureWarnings(run: () => void): unknown[][] {
  const warnings: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('defineOnce', () => {
  it('defines a free tag', () => {
    const tag = freshTag();
    const element = elementOf(VERSION);
    expect(defineOnce(tag, element)).to.equal(true);
    expect(customElements.get(tag)).to.equal(element);
  });

  it('leaves a taken tag alone without throwing or warning when the same release defines it again', () => {
    const tag = freshTag();
    const first = elementOf(VERSION);
    defineOnce(tag, first);
    const warnings = captureWarnings(() => {
      expect(defineOnce(tag, elementOf(VERSION))).to.equal(false);
    });
    expect(customElements.get(tag)).to.equal(first);
    expect(warnings).to.have.length(0);
  });

  it('warns once, naming both releases, when another release defined the tag first', () => {
    const tag = freshTag();
    const older = elementOf('0.0.1');
    defineOnce(tag, older);
    const warnings = captureWarnings(() => {
      defineOnce(tag, elementOf(VERSION));
      defineOnce(tag, elementOf(VERSION));
    });
    expect(customElements.get(tag)).to.equal(older);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain(`<${tag}>`).and.contain('0.0.1').and.contain(VERSION);
  });

  it('warns when a script that is not medborger took the tag', () => {
    const tag = freshTag();
    customElements.define(tag, class extends HTMLElement {});
    const warnings = captureWarnings(() => defineOnce(tag, elementOf(VERSION)));
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('another script');
  });

  it('carries the version package.json declares', () => {
    expect(VERSION).to.equal(pkg.version);
  });
});
