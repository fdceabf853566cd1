import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import i18next from 'i18next';
import { i18n, resolveLang, toSupportedLang } from '../../src/core/localize.js';
import '../helpers/greeting.js';
import type { TestGreeting } from '../helpers/greeting.js';

const text = (el: TestGreeting) => el.shadowRoot!.querySelector('p')!.textContent;
const html0 = document.documentElement;
let pageLang: string | null;

describe('language resolution', () => {
  beforeEach(() => {
    pageLang = html0.getAttribute('lang');
    html0.removeAttribute('lang');
  });
  afterEach(() => {
    if (pageLang === null) html0.removeAttribute('lang');
    else html0.setAttribute('lang', pageLang);
  });

  it('is accessible and marks its content with the language it speaks', async () => {
    html0.setAttribute('lang', 'fr');
    const el = await fixture<TestGreeting>(html`<mb-test-greeting></mb-test-greeting>`);
    expect(el.shadowRoot!.querySelector('p')!.getAttribute('lang')).to.equal('da');
    await expect(el).to.be.accessible();
  });

  it("uses the element's own lang first", async () => {
    html0.setAttribute('lang', 'da');
    const wrapper = await fixture(html`<div lang="da"><mb-test-greeting lang="en"></mb-test-greeting></div>`);
    const el = wrapper.querySelector('mb-test-greeting')!;
    await el.updateComplete;
    expect(text(el)).to.equal('Try again');
  });

  it('uses the nearest ancestor with lang next', async () => {
    html0.setAttribute('lang', 'da');
    const wrapper = await fixture(
      html`<section lang="en-GB">
        <div><mb-test-greeting></mb-test-greeting></div>
      </section>`,
    );
    const el = wrapper.querySelector('mb-test-greeting')!;
    await el.updateComplete;
    expect(text(el)).to.equal('Try again');
  });

  it('finds an ancestor lang across a shadow root', async () => {
    const outer = await fixture(html`<div lang="en"></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    root.innerHTML = '<mb-test-greeting></mb-test-greeting>';
    const el = root.querySelector('mb-test-greeting')!;
    await el.updateComplete;
    expect(resolveLang(el)).to.equal('en');
    expect(text(el)).to.equal('Try again');
  });

  it('uses <html lang> when nothing nearer has one', async () => {
    html0.setAttribute('lang', 'en');
    const el = await fixture<TestGreeting>(html`<mb-test-greeting></mb-test-greeting>`);
    expect(text(el)).to.equal('Try again');
  });

  it('speaks Danish when no lang is set anywhere', async () => {
    const el = await fixture<TestGreeting>(html`<mb-test-greeting></mb-test-greeting>`);
    expect(text(el)).to.equal('Prøv igen');
  });

  it('falls back to Danish for a language it does not ship', async () => {
    const el = await fixture<TestGreeting>(html`<mb-test-greeting lang="de"></mb-test-greeting>`);
    expect(text(el)).to.equal('Prøv igen');
    expect(toSupportedLang('sv-SE')).to.equal('da');
    expect(toSupportedLang('EN_us')).to.equal('en');
    expect(toSupportedLang('  ')).to.equal(undefined);
  });

  it('re-renders when <html lang> changes at run time', async () => {
    html0.setAttribute('lang', 'da');
    const el = await fixture<TestGreeting>(html`<mb-test-greeting></mb-test-greeting>`);
    expect(text(el)).to.equal('Prøv igen');
    html0.setAttribute('lang', 'en');
    await nextFrame();
    await el.updateComplete;
    expect(text(el)).to.equal('Try again');
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('10:00');
  });

  it("re-renders when an ancestor's lang changes at run time", async () => {
    const wrapper = await fixture(html`<div lang="en"><mb-test-greeting></mb-test-greeting></div>`);
    const el = wrapper.querySelector('mb-test-greeting')!;
    await el.updateComplete;
    expect(text(el)).to.equal('Try again');
    wrapper.setAttribute('lang', 'da');
    await nextFrame();
    await el.updateComplete;
    expect(text(el)).to.equal('Prøv igen');
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('10.00');
  });

  it('re-renders and reflects when the lang property is set', async () => {
    const el = await fixture<TestGreeting>(html`<mb-test-greeting></mb-test-greeting>`);
    el.lang = 'en';
    await el.updateComplete;
    expect(text(el)).to.equal('Try again');
    expect(el.getAttribute('lang')).to.equal('en');
  });

  it('does not re-render when an unrelated lang changes', async () => {
    const el = await fixture<TestGreeting>(html`<mb-test-greeting lang="en"></mb-test-greeting>`);
    const before = el.renders;
    const other = document.createElement('p');
    document.body.append(other);
    other.setAttribute('lang', 'da');
    await nextFrame();
    await el.updateComplete;
    other.remove();
    expect(el.renders).to.equal(before);
  });

  it("leaves the page's own i18next instance untouched", () => {
    expect(i18n).to.not.equal(i18next);
    expect(i18n.isInitialized).to.equal(true);
    expect(i18next.isInitialized).to.not.equal(true);
    expect(i18next.language).to.equal(undefined);
  });
});
