import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import {
  contentLanguages,
  inlineArrow,
  intlLocale,
  isLanguage,
  languageOf,
  LANGUAGES,
  toSupportedLang,
} from '../../src/core/languages.js';
import { i18n, resolveLanguage } from '../../src/core/localize.js';
import { formatDay } from '../../src/core/time.js';
import { pickLanguage } from '../../src/guide-card/guide.js';
import { pickText } from '../../src/model-explainer/model.js';
import { allLocales } from '../helpers/locales.js';
import '../helpers/greeting.js';
import type { TestGreeting } from '../helpers/greeting.js';
import '../helpers/pseudo-locales.js';

const html0 = document.documentElement;
let page: { lang: string | null; dir: string | null };
const text = (el: Element) => el.shadowRoot!.querySelector('p')?.textContent ?? '';

describe('the language registry', () => {
  beforeEach(() => {
    page = { lang: html0.getAttribute('lang'), dir: html0.getAttribute('dir') };
    html0.removeAttribute('lang');
    html0.removeAttribute('dir');
  });
  afterEach(() => {
    for (const name of ['lang', 'dir'] as const) {
      if (page[name] === null) html0.removeAttribute(name);
      else html0.setAttribute(name, page[name]);
    }
  });

  it('ships Danish first, and English, each with its direction and its own Intl locale', () => {
    expect(LANGUAGES[0]).to.equal('da');
    expect(LANGUAGES).to.include('en');
    expect(intlLocale('da')).to.equal('da-DK');
    expect(intlLocale('en')).to.equal('en-GB');
    expect(languageOf('da').dir).to.equal('ltr');
  });

  it('gives a language it does not speak Danish, and never British English dates', () => {
    // Klingon: a language no release will ship, so this holds whatever languages are added.
    expect(isLanguage('tlh')).to.equal(false);
    expect(toSupportedLang('tlh-Latn')).to.equal('da');
    expect(intlLocale('tlh')).to.equal('da-DK');
    const day = new Date('2026-03-03T12:00:00+01:00');
    expect(formatDay(day, toSupportedLang('tlh')!)).to.equal(formatDay(day, 'da'));
  });

  it('knows the registered pseudo-locales by their whole tag before their primary subtag', () => {
    expect(toSupportedLang('en-XA')).to.equal('en-XA');
    expect(toSupportedLang('en-xa')).to.equal('en-XA');
    expect(toSupportedLang('ar-XB')).to.equal('ar-XB');
    expect(toSupportedLang('en-US')).to.equal('en');
    expect(languageOf('ar-XB').dir).to.equal('rtl');
    // Dates in the right-to-left pseudo-locale come from its own Intl locale, not from English.
    const day = new Date('2026-03-03T12:00:00+01:00');
    expect(formatDay(day, 'ar-XB' as never)).to.not.equal(formatDay(day, 'en'));
  });

  it('shows content in the language, else its fallbacks: English, then Danish', () => {
    expect(contentLanguages('da')).to.deep.equal(['da']);
    expect(contentLanguages('en')).to.deep.equal(['en', 'da']);
    expect(contentLanguages('ar-XB')).to.deep.equal(['ar-XB', 'en', 'da']);
    expect(pickText({ da: 'Hej', en: 'Hello' }, 'ar-XB' as never)).to.deep.equal({ value: 'Hello', lang: 'en' });
    expect(pickText({ da: 'Hej' }, 'en-XA' as never)).to.deep.equal({ value: 'Hej', lang: 'da' });
    expect(pickLanguage({ da: { id: 'a' }, en: { id: 'b' } }, 'en-XA' as never)).to.deep.equal({
      data: { id: 'b' },
      lang: 'en',
    });
    expect(pickLanguage({ da: { id: 'a' } }, 'en')).to.deep.equal({ data: { id: 'a' }, lang: 'da' });
  });

  it('mirrors the arrow keys in right-to-left text only', () => {
    expect(inlineArrow('ArrowLeft', 'rtl')).to.equal('ArrowRight');
    expect(inlineArrow('ArrowRight', 'rtl')).to.equal('ArrowLeft');
    expect(inlineArrow('ArrowUp', 'rtl')).to.equal('ArrowUp');
    expect(inlineArrow('ArrowLeft', 'ltr')).to.equal('ArrowLeft');
  });

  describe('direction, resolved like the language', () => {
    it("is the language's own without a dir", async () => {
      const wrapper = await fixture(html`<div lang="ar-XB"><span></span></div>`);
      expect(resolveLanguage(wrapper.querySelector('span')!)).to.deep.equal({ lang: 'ar-XB', dir: 'rtl' });
    });

    it('follows a dir on the element or on the way to the lang that applies, across a shadow root', async () => {
      const outer = await fixture(html`<section lang="en" dir="rtl"><div></div></section>`);
      const root = outer.querySelector('div')!.attachShadow({ mode: 'open' });
      root.innerHTML = '<span></span>';
      expect(resolveLanguage(root.querySelector('span')!)).to.deep.equal({ lang: 'en', dir: 'rtl' });
      const own = await fixture(html`<span lang="ar-XB" dir="ltr"></span>`);
      expect(resolveLanguage(own)).to.deep.equal({ lang: 'ar-XB', dir: 'ltr' });
    });

    it('ignores a dir beyond the lang that applies, and a page language it does not speak', async () => {
      html0.setAttribute('lang', 'da');
      html0.setAttribute('dir', 'ltr');
      const rtl = await fixture(html`<span lang="ar-XB"></span>`);
      expect(resolveLanguage(rtl)).to.deep.equal({ lang: 'ar-XB', dir: 'rtl' });
      const farsi = await fixture(html`<div lang="fa" dir="rtl"><span></span></div>`);
      expect(resolveLanguage(farsi.querySelector('span')!)).to.deep.equal({ lang: 'da', dir: 'ltr' });
    });

    it('uses <html dir> with <html lang>, and re-renders when it changes', async () => {
      html0.setAttribute('lang', 'en');
      html0.setAttribute('dir', 'rtl');
      const el = await fixture(html`<span></span>`);
      expect(resolveLanguage(el)).to.deep.equal({ lang: 'en', dir: 'rtl' });
      const greeting = await fixture<TestGreeting>(html`<mb-test-greeting></mb-test-greeting>`);
      expect(greeting.localize.dir).to.equal('rtl');
      html0.setAttribute('dir', 'ltr');
      await nextFrame();
      await greeting.updateComplete;
      expect(greeting.localize.dir).to.equal('ltr');
    });
  });

  describe('strings, loaded per language', () => {
    it('renders nothing until the strings of its language are here, then renders them: never a key', async () => {
      expect(i18n.hasResourceBundle('en-XA', 'common')).to.equal(false);
      const el = document.createElement('mb-test-greeting');
      el.lang = 'en-XA';
      document.body.append(el);
      try {
        await Promise.resolve();
        expect(text(el)).to.equal('');
        await el.updateComplete;
        expect(text(el)).to.equal('[Ţŕý åĝåîñ one two]');
        expect(el.renders).to.equal(1);
      } finally {
        el.remove();
      }
    });

    it('switches language at run time only once the new strings are here', async () => {
      const el = await fixture<TestGreeting>(html`<mb-test-greeting lang="da"></mb-test-greeting>`);
      expect(text(el)).to.equal('Prøv igen');
      el.lang = 'ar-XB';
      await el.updateComplete;
      expect(text(el)).to.equal('\u202eTry\u202c \u202eagain\u202c');
    });
  });

  // Plural suffixes differ by language, so keys are compared by their base.
  const keys = (value: unknown, prefix = ''): string[] =>
    value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, inner]) => keys(inner, `${prefix}${key}.`))
      : [prefix.slice(0, -1).replace(/_(zero|one|two|few|many|other)$/, '')];

  /** Plural keys missing a form the language's CLDR rules need (i18next picks the form with Intl.PluralRules). */
  const missingPlurals = (strings: object, lang: string): string[] => {
    const flat = allKeys(strings);
    const bases = new Set(flat.filter((key) => /_(one|other)$/.test(key)).map((key) => key.replace(/_\w+$/, '')));
    const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    return [...bases].flatMap((base) =>
      forms.filter((form) => !flat.includes(`${base}_${form}`)).map((f) => `${base}_${f}`),
    );
  };
  const allKeys = (value: unknown, prefix = ''): string[] =>
    value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, inner]) => allKeys(inner, `${prefix}${key}.`))
      : [prefix.slice(0, -1)];

  describe('every shipped language', () => {
    for (const lang of LANGUAGES.filter((id) => id !== 'da')) {
      it(`${lang} loads every namespace through its registry line, with the keys of Danish`, async () => {
        for (const [ns, { da }] of Object.entries(allLocales)) {
          const { default: strings } = await languageOf(lang).strings!(ns);
          expect([...new Set(keys(strings))].sort(), `${lang}/${ns}`).to.deep.equal([...new Set(keys(da))].sort());
          expect(missingPlurals(strings, lang), `${lang}/${ns} plural forms`).to.deep.equal([]);
        }
      });
    }
  });

  describe('the pseudo-locales', () => {
    // Generated from English by scripts/pseudo-locales.mjs.
    for (const id of ['en-XA', 'ar-XB']) {
      it(`${id} has every key of every namespace, and Arabic plural forms where it needs them`, async () => {
        for (const [ns, { en }] of Object.entries(allLocales)) {
          const module = (await import(`../../pseudo-locales/${id}/${ns}.json`, { with: { type: 'json' } })) as {
            default: object;
          };
          expect([...new Set(keys(module.default))].sort(), ns).to.deep.equal([...new Set(keys(en))].sort());
          expect(missingPlurals(module.default, id), `${id}/${ns} plural forms`).to.deep.equal([]);
        }
      });
    }
  });
});
