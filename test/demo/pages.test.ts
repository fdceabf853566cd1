/*
 * The demo site's pages as a visitor without JavaScript (or a search engine) gets them, and the language switch. Each
 * page is written in Danish (demo/<page>.html) and English (demo/<page>.en.html) by scripts/demo-pages.mjs, which
 * `npm run build` runs. The HTML is fetched and parsed with DOMParser, which runs no script: what is asserted is
 * what the HTML itself carries.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

const PAGES = ['index', 'kurser', 'vejledninger', 'samarbejde', 'hosts', 'byg'];
type Lang = 'da' | 'en';
const fileOf = (page: string, lang: Lang) => (lang === 'da' ? `${page}.html` : `${page}.en.html`);
const words = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();

async function load(page: string, lang: Lang): Promise<Document> {
  const response = await fetch(`/demo/${fileOf(page, lang)}`);
  expect(response.ok, `${fileOf(page, lang)} is served (run npm run build first)`).to.equal(true);
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}

describe('the demo pages without JavaScript', () => {
  const docs: Record<string, Record<Lang, Document>> = {};
  before(async () => {
    for (const page of PAGES) docs[page] = { da: await load(page, 'da'), en: await load(page, 'en') };
  });

  for (const page of PAGES) {
    describe(`${page}`, () => {
      it('has its heading, its opening text and a title in each language, each in its own words', () => {
        const { da, en } = docs[page];
        expect(da.documentElement.lang).to.equal('da');
        expect(en.documentElement.lang).to.equal('en');
        for (const doc of [da, en]) {
          expect(words(doc.querySelector('main h1')).length, 'a heading').to.be.greaterThan(5);
          expect(words(doc.querySelector('main h1 ~ p')).length, 'the opening text').to.be.greaterThan(40);
          expect(doc.title).to.match(/^Hovedbiblioteket – \S/u);
        }
        expect(words(en.querySelector('h1'))).to.not.equal(words(da.querySelector('h1')));
        expect(words(en.querySelector('main h1 ~ p'))).to.not.equal(words(da.querySelector('main h1 ~ p')));
        expect(en.title).to.not.equal(da.title);
      });

      it('has a meta description of search-result length in each language', () => {
        const description = (doc: Document) =>
          doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
        const { da, en } = docs[page];
        for (const text of [description(da), description(en)]) {
          expect(text.length, text).to.be.within(70, 160);
        }
        expect(description(en)).to.not.equal(description(da));
      });

      it('carries the other language word for word, so the switch and the other page agree', () => {
        const { da, en } = docs[page];
        const danish = [...da.querySelectorAll('[data-en]')];
        const english = [...en.querySelectorAll('[data-da]')];
        expect(danish.length, 'translated elements').to.be.greaterThan(10);
        expect(english.length).to.equal(danish.length);
        danish.forEach((element, index) => {
          expect(words(element), 'no empty element').to.not.equal('');
          expect(words(english[index])).to.equal(element.getAttribute('data-en'));
          expect(english[index].getAttribute('data-da')).to.equal(words(element));
        });
        expect(da.querySelector('meta[name="description"]')?.getAttribute('data-en-content')).to.equal(
          en.querySelector('meta[name="description"]')?.getAttribute('content'),
        );
      });

      it('has the site header and menu in the HTML, marking this page and this language', () => {
        for (const lang of ['da', 'en'] as const) {
          const doc = docs[page][lang];
          const links = [...doc.querySelectorAll<HTMLAnchorElement>('header.site nav a')];
          expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(PAGES.map((name) => fileOf(name, lang)));
          expect(links.every((link) => words(link) !== '')).to.equal(true);
          expect(doc.querySelector('nav a[aria-current="page"]')?.getAttribute('href')).to.equal(fileOf(page, lang));
          expect(doc.querySelector('header.site nav')?.getAttribute('aria-label')).to.equal(
            lang === 'da' ? 'Hovedmenu' : 'Main menu',
          );
          expect(doc.querySelector(`button[data-lang="${lang}"]`)?.getAttribute('aria-pressed')).to.equal('true');
          expect(words(doc.querySelector('footer'))).to.include('Hovedbiblioteket');
          for (const code of ['da', 'en'] as const) {
            const alternate = doc.querySelector(`link[rel="alternate"][hreflang="${code}"]`);
            expect(alternate?.getAttribute('href')).to.equal(fileOf(page, code));
          }
        }
      });
    });
  }

  it('links each English page to the English pages, and each Danish page to the Danish ones', () => {
    for (const page of PAGES) {
      for (const lang of ['da', 'en'] as const) {
        const targets = [...docs[page][lang].querySelectorAll('body [href]')]
          .map((element) => element.getAttribute('href')!)
          .filter((href) => /^[a-z-]+(\.en)?\.html/u.test(href));
        expect(targets.length).to.be.greaterThan(5);
        for (const href of targets)
          expect(href.includes('.en.html'), `${page} (${lang}): ${href}`).to.equal(lang === 'en');
      }
    }
  });
});

describe('the demo language switch', () => {
  it('shows the page in English in place, and the English page is then the address', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="demo" src="/demo/samarbejde.html" style="width:800px;height:600px"></iframe>`,
    );
    await waitUntil(() => frame.contentDocument?.querySelector('button[data-lang="en"]'), 'the page did not load');
    const english = await load('samarbejde', 'en');
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.readyState === 'complete', 'the page did not finish loading');
    doc.querySelector<HTMLButtonElement>('button[data-lang="en"]')!.click();
    expect(doc.documentElement.lang).to.equal('en');
    expect(words(doc.querySelector('h1'))).to.equal(words(english.querySelector('h1')));
    expect(words(doc.querySelector('main'))).to.equal(words(english.querySelector('main')));
    expect(frame.contentWindow!.location.pathname).to.equal('/demo/samarbejde.en.html');
    expect(doc.querySelector('nav a')?.getAttribute('href')).to.equal('index.en.html');
    expect(doc.querySelector('button[data-lang="en"]')?.getAttribute('aria-pressed')).to.equal('true');

    doc.querySelector<HTMLButtonElement>('button[data-lang="da"]')!.click();
    const danish = await load('samarbejde', 'da');
    expect(doc.documentElement.lang).to.equal('da');
    expect(words(doc.querySelector('main'))).to.equal(words(danish.querySelector('main')));
    expect(frame.contentWindow!.location.pathname).to.equal('/demo/samarbejde.html');
  });
});

describe('the host page gallery', () => {
  it('loads each host page in its frame when the frame comes on screen, in the page language', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="demo" src="/demo/hosts.en.html" style="width:800px;height:600px"></iframe>`,
    );
    await waitUntil(
      () =>
        frame.contentDocument?.querySelector('.host-page iframe') && frame.contentDocument.readyState === 'complete',
      'the page did not load',
    );
    const doc = frame.contentDocument!;
    const frames = [...doc.querySelectorAll<HTMLIFrameElement>('.host-page iframe')];
    expect(frames.map((host) => host.title)).to.deep.equal([
      'Older theme (62.5 % root)',
      'Inherited properties',
      'Dark theme',
      'The Danish common design system',
      "WordPress's default theme",
    ]);
    const last = frames[frames.length - 1];
    expect(last.hasAttribute('src'), 'not loaded while off screen').to.equal(false);
    last.scrollIntoView();
    await waitUntil(() => last.hasAttribute('src'), 'the frame on screen did not load');
    expect(last.getAttribute('src')).to.equal('../test/hosts/wordpress.html?lang=en');
  });
});
