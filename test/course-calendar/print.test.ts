import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, render } from 'lit';
import { property } from 'lit/decorators.js';
import { tokens } from '../../src/core/theme.js';
import type { Lang } from '../../src/core/localize.js';
import type { CourseEvent } from '../../src/course-calendar/model.js';
import {
  printCourses,
  printStyles,
  printTarget,
  qrCodes,
  qrSvg,
  renderPrintSheet,
} from '../../src/course-calendar/print.js';
import { loadExtraStrings } from '../../src/course-calendar/extra-strings.js';
import { course } from './extra-helpers.js';

const loaded = (name: string) =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/node_modules/${name}/`));

const courses: CourseEvent[] = [
  course({
    id: 'a',
    title: 'MitID – kom godt i gang',
    place: { name: 'Hovedbiblioteket', room: 'Mødelokale 2', branch: 'Hovedbiblioteket' },
    signup: { url: 'https://bibliotek.example/tilmeld/digital-post' },
  }),
  course({
    id: 'b',
    title: '<img src=x onerror="window.pwned=1">',
    start: '2026-03-04T13:00:00+01:00',
    end: undefined,
    pageUrl: 'https://bibliotek.example/kurser/b',
  }),
  course({
    id: 'c',
    title: 'Uden link',
    start: '2026-03-05T00:00:00+01:00',
    allDay: true,
    pageUrl: 'javascript:alert(1)',
  }),
];

/** A stand-in for the calendar: its screen view, and the sheet that only print shows. */
class PrintHost extends LitElement {
  static override styles = [tokens, printStyles];
  @property({ attribute: false }) qr: ReadonlyMap<string, string> = new Map();
  @property() override lang = 'da';
  override render() {
    return html`<div class="screen-only"><button type="button" class="button">Udskriv</button></div>
      ${renderPrintSheet(courses, {
        lang: this.lang as Lang,
        title: 'Kurser i marts',
        qr: this.qr,
        now: new Date('2026-02-01T12:00:00Z'),
      })}`;
  }
}
customElements.define('mb-test-print-host', PrintHost);

/*
 * Browsers cannot be switched to print media from a test in all three engines. So the test takes the rules inside
 * printStyles' own `@media print` block and adopts them, unconditioned, into the host's shadow root next to the
 * screen styles: what the host then computes is exactly what those print rules do on paper.
 */
function emulatePrint(host: PrintHost): void {
  const sheet = printStyles.styleSheet!;
  const media = [...sheet.cssRules].find(
    (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print',
  );
  expect(media, '@media print block').to.not.equal(undefined);
  const printed = new CSSStyleSheet();
  printed.replaceSync([...media!.cssRules].map((rule) => rule.cssText).join('\n'));
  host.shadowRoot!.adoptedStyleSheets = [...host.shadowRoot!.adoptedStyleSheets, printed];
}

const pt = (px: string) => (parseFloat(px) * 72) / 96;

describe('notice-board print', () => {
  it('loads the QR library only when a code is made', async () => {
    expect(loaded('lean-qr')).to.equal(false);
    const pending = qrSvg('https://bibliotek.example/');
    expect(pending).to.be.instanceOf(Promise);
    await pending;
    expect(loaded('lean-qr')).to.equal(true);
  });

  it('makes an SVG QR code of the right size for the URL, with a quiet zone', async () => {
    // 46 bytes at error correction M need version 4: 17 + 4 × 4 = 33 modules, plus 4 on each side.
    const url = 'https://bibliotek.example/tilmeld/digital-post';
    expect(new TextEncoder().encode(url).length).to.equal(46);
    const svg = await qrSvg(url);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.nodeName).to.equal('svg');
    expect(root.getAttribute('viewBox')).to.equal('-4 -4 41 41');
    expect(doc.querySelector('path')!.getAttribute('d')).to.match(/^M/);
    expect(svg).to.not.match(/<script|on\w+=/i);
    // A longer address needs a bigger code: version 5 holds up to 84 bytes at M.
    const longer = await qrSvg(`${url}?utm=${'x'.repeat(30)}`);
    expect(new DOMParser().parseFromString(longer, 'image/svg+xml').documentElement.getAttribute('viewBox')).to.equal(
      '-4 -4 45 45',
    );
  });

  it('points each code at the sign-up, else the page, and never at an unsafe link', async () => {
    expect(courses.map(printTarget)).to.deep.equal([
      'https://bibliotek.example/tilmeld/digital-post',
      'https://bibliotek.example/kurser/b',
      undefined,
    ]);
    const codes = await qrCodes(courses);
    expect([...codes.keys()]).to.deep.equal(['medborger:a', 'medborger:b']);
  });

  it('"Udskriv" makes the codes, shows the sheet, and only then opens the print dialog', async () => {
    const steps: string[] = [];
    await printCourses(
      courses,
      async (qr) => {
        steps.push(`show ${qr.size}`);
        await Promise.resolve();
        steps.push('shown');
      },
      { print: () => steps.push('print') },
    );
    expect(steps).to.deep.equal(['show 2', 'shown', 'print']);
  });

  describe('the sheet', () => {
    async function host(lang = 'da') {
      // The calendar's LocalizeController loads the sheet's strings in its language; this stand-in does it by hand.
      await loadExtraStrings(lang as Lang);
      const el = await fixture<PrintHost>(html`<mb-test-print-host lang=${lang}></mb-test-print-host>`);
      el.qr = await qrCodes(courses);
      await el.updateComplete;
      return el;
    }

    it('is hidden on screen, where the screen view shows', async () => {
      const el = await host();
      expect(getComputedStyle(el.shadowRoot!.querySelector('.print-sheet')!).display).to.equal('none');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.screen-only')!).display).to.not.equal('none');
    });

    it('in print hides the controls and shows the courses in large type, one course never split', async () => {
      const el = await host();
      emulatePrint(el);
      const root = el.shadowRoot!;
      expect(getComputedStyle(root.querySelector('.screen-only')!).display).to.equal('none');
      expect(getComputedStyle(root.querySelector('.print-sheet')!).display).to.equal('block');
      expect(pt(getComputedStyle(root.querySelector('.print-title')!).fontSize)).to.be.closeTo(26, 0.5);
      expect(pt(getComputedStyle(root.querySelector('.print-course-title')!).fontSize)).to.be.closeTo(22, 0.5);
      expect(pt(getComputedStyle(root.querySelector('.print-when')!).fontSize)).to.be.at.least(15.9);
      expect(getComputedStyle(root.querySelector('.print-course')!).breakInside).to.equal('avoid');
      // The sheet stays within an A4 page's printable width (210 mm less margins).
      expect(root.querySelector('.print-sheet')!.getBoundingClientRect().width).to.be.at.most((180 / 25.4) * 96 + 1);
      const qr = root.querySelector('.print-qr svg')!.getBoundingClientRect();
      expect(qr.width).to.be.closeTo((35 / 25.4) * 96, 1);
    });

    it('lists each course with day, time, place and its QR code, hostile titles as text', async () => {
      const el = await host();
      const items = [...el.shadowRoot!.querySelectorAll('.print-course')];
      expect(items).to.have.length(3);
      const text = (node: Element, selector: string) =>
        node.querySelector(selector)?.textContent!.replace(/\s+/g, ' ').trim();
      expect(text(items[0], '.print-when')).to.equal('Tirsdag 3. marts 2026, 10.00–12.00');
      expect(text(items[0], '.print-place')).to.equal('Hovedbiblioteket, Mødelokale 2');
      expect(text(items[1], '.print-when')).to.equal('Onsdag 4. marts 2026, 13.00');
      expect(text(items[1], '.print-course-title')).to.equal('<img src=x onerror="window.pwned=1">');
      expect(text(items[2], '.print-when')).to.equal('Torsdag 5. marts 2026');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
      const figure = items[0].querySelector('.print-qr [role="img"]')!;
      expect(figure.getAttribute('aria-label')).to.equal('QR-kode til MitID – kom godt i gang');
      expect(items[0].querySelector('svg')).to.not.equal(null);
      expect(items[2].querySelector('.print-qr')).to.equal(null);
      expect(text(el.shadowRoot!.querySelector('.print-sheet')!, '.print-footer')).to.equal(
        'Udskrevet søndag 1. februar 2026',
      );
    });

    it('shows an exhibition over several days from its first to its last day', () => {
      const sheet = document.createElement('div');
      const exhibition = course({
        id: 'x',
        title: 'Udstilling',
        allDay: true,
        start: '2026-03-16T00:00:00+01:00',
        end: '2026-05-01T00:00:00+02:00',
      });
      render(renderPrintSheet([exhibition], { lang: 'da', title: 'Kurser', qr: new Map(), now: new Date() }), sheet);
      expect((sheet.querySelector('.print-when')?.textContent ?? '').replace(/\s+/g, ' ').trim()).to.equal(
        '16. marts – 30. april',
      );
    });

    it('is accessible in print, in Danish', async () => {
      const el = await host('da');
      emulatePrint(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible in print, in English, and speaks English', async () => {
      const el = await host('en');
      emulatePrint(el);
      await expect(el).to.be.accessible();
      expect(el.shadowRoot!.querySelector('.print-sheet')!.getAttribute('lang')).to.equal('en');
      expect(el.shadowRoot!.querySelector('figcaption')!.textContent).to.equal('Scan the code to sign up or read more');
      expect(el.shadowRoot!.querySelector('.print-footer')!.textContent).to.equal('Printed Sunday 1 February 2026');
    });
  });
});
