import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, LitElement, type PropertyValues } from 'lit';
import type { Lang } from '../src/core/localize.js';
import { extraT } from '../src/course-calendar/extra-strings.js';
import { tokens } from '../src/core/theme.js';
import '../src/course-calendar/define.js';
import { downloadIcs, icsFileName, sessionsOf, toIcs } from '../src/course-calendar/export-ics.js';
import { serialiseJsonLd, toJsonLd } from '../src/course-calendar/jsonld.js';
import { loadAndMerge, type MergedResult } from '../src/course-calendar/merge.js';
import type { CourseEvent } from '../src/course-calendar/model.js';
import { printStyles, qrCodes, renderPrintSheet } from '../src/course-calendar/print.js';
import { read as readDpl } from '../src/course-calendar/sources/dpl.js';
import { readIcs } from '../src/course-calendar/sources/ics.js';
import { LoadError } from '../src/core/feed.js';

/*
 * The companion pieces of the course calendar: an iCalendar feed, two sources merged into one calendar, the
 * "Tilføj til kalender" file, the JSON-LD search engines read, and the notice-board print. Data: the library's DPL
 * feed and a branch's Outlook calendar in demo/data; "now" is fixed so the stories never change with the date.
 */
const NOW = '2026-03-02T09:00:00+01:00';
const WINDOW = { from: new Date('2026-03-01T00:00:00+01:00'), to: new Date('2026-06-30T00:00:00+02:00') };
const ICS_URL = '/data/course-calendar/filial-nord.ics';
const DPL_URL = '/data/dpl-events.json';

const readBranch = async () =>
  readIcs(await (await fetch(ICS_URL)).text(), {
    ...WINDOW,
    feedUrl: new URL(ICS_URL, location.href).href,
    loadedAt: NOW,
  });
const readLibrary = async () =>
  readDpl(await (await fetch(DPL_URL)).json(), { feedUrl: new URL(DPL_URL, location.href).href, loadedAt: NOW });

interface Loaded {
  merged: MergedResult;
}

const calendar = (events: readonly CourseEvent[], lang?: string) =>
  html`<mb-course-calendar now=${NOW} lang=${lang ?? ''} .courses=${events}></mb-course-calendar>`;

const meta: Meta = {
  title: 'Widgets/Kursuskalender/Kilder, kalenderfil og udskrift',
};
export default meta;
type Story = StoryObj;

/** The branch's Outlook calendar alone (`format="ics"`): a weekly series across the DST change, a moved session. */
export const IcalendarFeed: Story = {
  render: () => html`<mb-course-calendar src=${ICS_URL} format="ics" now=${NOW}></mb-course-calendar>`,
};

export const IcalendarFeedEnglish: Story = {
  render: () => html`<mb-course-calendar src=${ICS_URL} format="ics" now=${NOW} lang="en"></mb-course-calendar>`,
};

/**
 * The library's DPL feed and the branch's iCalendar feed on one calendar: merged, the course both list
 * ("MitID – kom godt i gang", 4 March at 10.00) shown once.
 */
export const TwoSourcesMerged: Story = {
  loaders: [
    async () => ({
      merged: await loadAndMerge([
        { source: DPL_URL, load: readLibrary },
        { source: ICS_URL, load: readBranch },
      ]),
    }),
  ],
  render: (_, { loaded }) => calendar((loaded as Loaded).merged.events),
};

/** One source fails (here the DPL feed times out): the branch's courses still show. */
export const OneSourceFails: Story = {
  loaders: [
    async () => ({
      merged: await loadAndMerge([
        { source: DPL_URL, load: () => Promise.reject(new LoadError('timeout')) },
        { source: ICS_URL, load: readBranch },
      ]),
    }),
  ],
  render: (_, { loaded }) => calendar((loaded as Loaded).merged.events),
};

export const TwoSourcesMergedEnglish: Story = {
  ...TwoSourcesMerged,
  render: (_, { loaded }) => calendar((loaded as Loaded).merged.events, 'en'),
};

/** A story-only stand-in for the calendar's "Tilføj til kalender" button: the file it downloads, shown as text. */
class StoryIcsExport extends LitElement {
  static override styles = [tokens];
  static override properties = { events: { attribute: false }, lang: {}, text: { state: true } };
  events: CourseEvent[] = [];
  override lang = 'da';
  text = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('events') || changed.has('lang'))
      void toIcs(this.course(), { lang: this.lang as Lang, now: new Date(NOW) }).then((text) => (this.text = text));
  }

  private course() {
    const first = this.events.find((event) => event.seriesKey) ?? this.events[0];
    return first ? sessionsOf(first, this.events) : [];
  }

  override render() {
    const first = this.course()[0];
    if (!first) return html``;
    const t = extraT(this.lang as Lang);
    return html`<div lang=${this.lang}>
      <button
        type="button"
        class="button"
        @click=${() => downloadIcs(this.text, icsFileName(first, this.lang as Lang))}
      >
        ${t('ics.addToCalendar', { title: first.title })}
      </button>
      <pre tabindex="0" style="max-height:24rem;overflow:auto;font-size:0.8rem">${this.text}</pre>
    </div>`;
  }
}
customElements.define('mb-story-ics-export', StoryIcsExport);

/** Every session of the IT café in one file, with the Copenhagen VTIMEZONE, a reminder and CRLF lines folded at 75 octets. */
export const AddToCalendar: Story = {
  loaders: [async () => ({ merged: await loadAndMerge([{ source: ICS_URL, load: readBranch }]) })],
  render: (_, { loaded }) =>
    html`<mb-story-ics-export .events=${(loaded as Loaded).merged.events}></mb-story-ics-export>`,
};

/** What search engines read: the JSON-LD the calendar writes into its light DOM (EducationEvent and Course). */
export const SearchEngineMarkup: Story = {
  loaders: [
    async () => ({
      merged: await loadAndMerge([
        { source: DPL_URL, load: readLibrary },
        { source: ICS_URL, load: readBranch },
      ]),
    }),
  ],
  render: (_, { loaded }) => {
    const data = toJsonLd((loaded as Loaded).merged.events, {
      lang: 'da',
      organizer: { name: 'Eksempel Bibliotek', url: 'https://bibliotek.example/' },
    });
    return html`<pre tabindex="0" style="max-height:24rem;overflow:auto;font-size:0.8rem">
${JSON.stringify(JSON.parse(serialiseJsonLd(data)), null, 2)}</pre>`;
  },
};

/**
 * A story-only stand-in showing the print sheet on screen: the rules of `printStyles`' `@media print` block are
 * applied unconditioned, as paper would get them.
 */
class StoryPrintSheet extends LitElement {
  static override styles = [tokens, printStyles];
  static override properties = { events: { attribute: false }, qr: { attribute: false }, lang: {} };
  events: CourseEvent[] = [];
  qr: ReadonlyMap<string, string> = new Map();
  override lang = 'da';

  override connectedCallback(): void {
    super.connectedCallback();
    const media = [...printStyles.styleSheet!.cssRules].find((rule) => rule instanceof CSSMediaRule);
    const printed = new CSSStyleSheet();
    printed.replaceSync([...(media as CSSMediaRule).cssRules].map((rule) => rule.cssText).join('\n'));
    this.shadowRoot!.adoptedStyleSheets = [...this.shadowRoot!.adoptedStyleSheets, printed];
  }

  override render() {
    const t = extraT(this.lang as Lang);
    return renderPrintSheet(this.events, {
      lang: this.lang as Lang,
      title: t('print.action'),
      qr: this.qr,
      now: new Date(NOW),
    });
  }
}
customElements.define('mb-story-print-sheet', StoryPrintSheet);

const printLoader = async () => {
  const merged = await loadAndMerge([
    { source: DPL_URL, load: readLibrary },
    { source: ICS_URL, load: readBranch },
  ]);
  const events = merged.events.slice(0, 6);
  return { events, qr: await qrCodes(events) };
};

/** The notice-board sheet: large type, one course per block, a QR code to its sign-up or page. */
export const PrintSheet: Story = {
  loaders: [printLoader],
  render: (_, { loaded }) => {
    const { events, qr } = loaded as { events: CourseEvent[]; qr: Map<string, string> };
    return html`<mb-story-print-sheet .events=${events} .qr=${qr}></mb-story-print-sheet>`;
  },
};

export const PrintSheetEnglish: Story = {
  loaders: [printLoader],
  render: (_, { loaded }) => {
    const { events, qr } = loaded as { events: CourseEvent[]; qr: Map<string, string> };
    return html`<mb-story-print-sheet lang="en" .events=${events} .qr=${qr}></mb-story-print-sheet>`;
  },
};

/*
 * The element itself with several feeds in `src` (separated by a space): it fetches each, detects each format and
 * merges them; nothing is read beforehand here.
 */
const FAILING_URL = '/data/__expected-error__/missing.json';

/*
 * The failing feed: the browser logs every real 404 as a console error, which the story smoke test counts as a
 * fault, so `/__expected-error__/` addresses answer 404 here without a request, as the calendar stories do for theirs.
 * Every other address is fetched as usual.
 */
const passThrough = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return url.includes('/__expected-error__/')
    ? Promise.resolve(new Response('Not found', { status: 404, statusText: 'Not Found' }))
    : passThrough(input, init);
};

const sources = (src: string, lang?: string) =>
  html`<mb-course-calendar src=${src} now=${NOW} lang=${lang ?? ''}></mb-course-calendar>`;

/** The DPL feed and the branch's `.ics` in one `src`: the course both list (MitID, 4 March at 10.00) shows once. */
export const SeveralSourcesInSrc: Story = {
  name: 'Flere kilder',
  render: () => sources(`${DPL_URL} ${ICS_URL}`),
};

export const SeveralSourcesInSrcEnglish: Story = {
  name: 'Flere kilder (English)',
  render: () => sources(`${DPL_URL} ${ICS_URL}`, 'en'),
};

/** One of the two feeds answers 404: the branch's courses show, with a short note naming the feed that failed. */
export const OneSourceFailsInSrc: Story = {
  name: 'Én kilde fejler',
  render: () => sources(`${FAILING_URL} ${ICS_URL}`),
};

export const OneSourceFailsInSrcEnglish: Story = {
  name: 'Én kilde fejler (English)',
  render: () => sources(`${FAILING_URL} ${ICS_URL}`, 'en'),
};

/** Opens "MitID – kom godt i gang" once the courses have loaded, as a citizen would. */
const openMitid = {
  once: true,
  async handleEvent(event: Event) {
    const el = event.currentTarget as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    const toggle = [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('button.toggle') ?? [])].find(
      (button) => button.querySelector('.title')?.textContent === 'MitID – kom godt i gang',
    );
    toggle?.click();
  },
};

/** A course opened: at the end of its details the "Tilføj til kalender" button, which downloads its `.ics` file. */
export const OpenedWithCalendarButton: Story = {
  name: 'Åbent kursus med "Tilføj til kalender"',
  render: () => html`<mb-course-calendar src=${ICS_URL} now=${NOW} @mb-load=${openMitid}></mb-course-calendar>`,
};

export const OpenedWithCalendarButtonEnglish: Story = {
  name: 'Åbent kursus med "Tilføj til kalender" (English)',
  render: () =>
    html`<mb-course-calendar src=${ICS_URL} now=${NOW} lang="en" @mb-load=${openMitid}></mb-course-calendar>`,
};
