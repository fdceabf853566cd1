import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, LitElement, type PropertyValues } from 'lit';
import type { Lang } from '../src/core/localize.js';
import { extraT, loadExtraStrings } from '../src/course-calendar/extra-strings.js';
import { isLanguage } from '../src/core/languages.js';
import { NOW, until } from './support/widget.js';
import { tokens } from '../src/core/theme.js';
import '../src/course-calendar/define.js';
import { downloadIcs, icsFileName, sessionsOf, toIcs } from '../src/course-calendar/export-ics.js';
import { serialiseJsonLd, toJsonLd } from '../src/course-calendar/jsonld.js';
import { loadAndMerge, type MergedResult } from '../src/course-calendar/merge.js';
import type { CourseEvent } from '../src/course-calendar/model.js';
import { printStyles, qrCodes, renderPrintSheet } from '../src/course-calendar/print.js';
import { read as readDpl } from '../src/course-calendar/sources/dpl.js';
import { readIcs } from '../src/course-calendar/sources/ics.js';

/*
 * The companion pieces of the course calendar: the "Tilføj til kalender" file, the JSON-LD search engines read, and
 * the notice-board print. Data: the library's DPL feed and a branch's Outlook calendar in demo/data, merged; "now" is
 * fixed so the stories never change with the date. The story-only elements below write in the toolbar's language.
 */
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
  lang: Lang;
}

/** The toolbar's language, its companion strings loaded (a language outside the registry reads Danish). */
const toolbarLanguage = async (globals: Record<string, unknown>): Promise<Lang> => {
  const lang = isLanguage(globals['locale']) ? globals['locale'] : 'da';
  await loadExtraStrings(lang);
  return lang;
};
const bothFeeds = () =>
  loadAndMerge([
    { source: DPL_URL, load: readLibrary },
    { source: ICS_URL, load: readBranch },
  ]);

const meta: Meta = {
  title: 'Widgets/Kursuskalender/Kalenderfil, søgemaskiner og udskrift',
};
export default meta;
type Story = StoryObj;

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
  play: ({ canvasElement }) =>
    until(canvasElement, () =>
      Boolean(
        canvasElement
          .querySelector('mb-course-calendar')
          ?.shadowRoot?.querySelector('button.toggle[aria-expanded="true"]'),
      ),
    ),
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
  name: 'Kalenderfilen (.ics)',
  loaders: [
    async ({ globals }) => ({
      merged: await loadAndMerge([{ source: ICS_URL, load: readBranch }]),
      lang: await toolbarLanguage(globals),
    }),
  ],
  render: (_, { loaded }) => {
    const { merged, lang } = loaded as Loaded;
    return html`<mb-story-ics-export lang=${lang} .events=${merged.events}></mb-story-ics-export>`;
  },
};

/** What search engines read: the JSON-LD the calendar writes into its light DOM (EducationEvent and Course). */
export const SearchEngineMarkup: Story = {
  name: 'Det, søgemaskiner læser (JSON-LD)',
  loaders: [async ({ globals }) => ({ merged: await bothFeeds(), lang: await toolbarLanguage(globals) })],
  render: (_, { loaded }) => {
    const { merged, lang } = loaded as Loaded;
    const data = toJsonLd(merged.events, {
      lang,
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

/** The notice-board sheet: large type, one course per block, a QR code to its sign-up or page. */
export const PrintSheet: Story = {
  name: 'Udskrift til opslagstavlen',
  loaders: [
    async ({ globals }) => {
      const events = (await bothFeeds()).events.slice(0, 6);
      return { events, qr: await qrCodes(events), lang: await toolbarLanguage(globals) };
    },
  ],
  render: (_, { loaded }) => {
    const { events, qr, lang } = loaded as { events: CourseEvent[]; qr: Map<string, string>; lang: Lang };
    return html`<mb-story-print-sheet lang=${lang} .events=${events} .qr=${qr}></mb-story-print-sheet>`;
  },
};
