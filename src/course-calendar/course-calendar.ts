import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import da from '../../locales/da/course-calendar.json' with { type: 'json' };
import { repeat } from 'lit/directives/repeat.js';
import { MbElement } from '../core/base-element.js';
import { loadDetail } from '../core/events.js';
import { LoadError, readInlineJson } from '../core/feed.js';
import { SourceController, type SourceSettled } from '../core/source.js';
import { languageName } from '../core/languages.js';
import { LocalizeController } from '../core/localize.js';
import { dayKey, formatDay, parseDateTime } from '../core/time.js';
import { base } from '../core/theme.js';
import { styles } from './course-calendar.styles.js';
import { branchesOf, filterEvents, indexEvents, type IndexedEvent } from './filter.js';
import {
  addressLine,
  clock,
  clockTimes,
  dayHeading,
  dayRange,
  htmlToText,
  looksLikeHtml,
  money,
  placeLine,
  priceWords,
  shortDate,
  timeRange,
} from './format.js';
import type { CourseEvent } from './model.js';
import { sanitize } from './sanitize.js';
import { signupBlock } from './signup.js';
import { groupSeries, seriesSummary } from './series.js';
import { courseReader, readCourseFeed, readCourseText } from './read.js';
import {
  readContext,
  readWindow,
  type CourseData,
  type CourseReadSettings,
  type SourceFormat,
} from './course-reader.js';
import { DEFAULT_TOPICS, compileVocabulary, ownLabel, parseVocabulary, type Topic } from './topics.js';

export type CalendarView = 'list' | 'compact' | 'month';
export type CalendarControl = 'topic' | 'branch' | 'date' | 'search';
export type {
  CourseExportDetail,
  CourseToggleDetail,
  DaySelectDetail,
  FilterChangeDetail,
  MonthChangeDetail,
  MonthNarrowDetail,
} from './events.js';

/** Above this many rows the list renders only what is on screen (the virtualizer is loaded then, not before). */
export const VIRTUALIZE_ABOVE = 200;
/** The JSON-LD describes at most this many of the courses on show (the first ones). */
export const JSONLD_LIMIT = 100;
const CONTROLS: readonly CalendarControl[] = ['topic', 'branch', 'date', 'search'];

type Row = { type: 'day'; key: string; date: Date } | { type: 'course'; key: string; item: IndexedEvent };
type Virtualize = (typeof import('@lit-labs/virtualizer/virtualize.js'))['virtualize'];
let virtualize: Virtualize | undefined;
let loadingVirtualizer: Promise<void> | undefined;
// The month view (<mb-course-month>) and the print sheet are their own lazy chunks: most pages show the list.
let renderMonthPanel: (typeof import('./month-panel.js'))['renderMonthPanel'] | undefined;
let loadingMonth: Promise<void> | undefined;
type PrintModule = typeof import('./print.js');
let loadingPrint: Promise<PrintModule> | undefined;

const words = (value: string | null | undefined): string[] =>
  (value ?? '')
    .split(/[\s,]+/u)
    .map((w) => w.trim())
    .filter(Boolean);

const isModel = (value: unknown): value is CourseEvent[] =>
  Array.isArray(value) &&
  value.every((item) => typeof item === 'object' && item !== null && 'key' in item && 'source' in item);

let ids = 0;

/** The code for several sources loads the first time a `src` lists several. */
type SeveralSources = typeof import('./several-sources.js');
let severalSources: Promise<SeveralSources> | undefined;
let several: SeveralSources | undefined;

/**
 * The library's courses and help sessions (MitID, Digital Post, the IT café …) from the feeds libraries really
 * have: our own JSON, the DPL CMS events API and LibCal. An agenda under day headings, or a short "next courses"
 * list for a front page; filters a citizen can use; every course opens to its details in place.
 *
 * JSON-LD: the courses on show (the first 100) are described to search engines as schema.org events in a
 * `<script type="application/ld+json" data-mb-jsonld>` child of the element (light DOM), kept in step with the
 * filters and the data; the `no-jsonld` attribute leaves it out.
 *
 * Print: the button prints the courses the filters show as an A4 notice-board sheet in large type, with a QR code
 * to each course's sign-up or page. Printing the page any other way prints the list without the controls.
 *
 * @tagname mb-course-calendar
 * @summary Courses and help sessions at the library, as an agenda or a short teaser list.
 *
 * @slot - Shown before the widget has loaded and when there is nothing to show yet: put a link to the library's own
 *   course page here, so the page works without JavaScript.
 * @slot empty - Extra content after the "no upcoming courses" line, such as a link to the library's calendar.
 *
 * @event {CustomEvent<MbLoadDetail>} mb-load - The courses were read. `detail: { count, skipped, duplicates, formats,
 *   urls, failed }`: how many sessions are shown, how many records could not be used, how many were listed twice
 *   across several sources, the format of each source read, the URLs read (`[]` for `courses` or inline JSON) and
 *   those that failed (with several sources; the count is of the others).
 * @event {CustomEvent<MbErrorDetail>} mb-error - A feed could not be loaded or read. `detail: { kind, message,
 *   problems, url? }`, `kind` one of `network`, `timeout`, `http`, `parse`, `invalid`. With several sources, one event
 *   per failed source.
 * @event {CustomEvent<CourseToggleDetail>} mb-course-toggle - A course was opened or closed. `detail: { key, open }`.
 * @event {CustomEvent<FilterChangeDetail>} mb-filter-change - The citizen changed a filter.
 *   `detail: { topics, branch, from, to, query, count }`.
 * @event {CustomEvent<DaySelectDetail>} mb-day-select - Month view: a day was chosen; its courses show below the
 *   month. `detail: { day, count }`.
 * @event {CustomEvent<MonthChangeDetail>} mb-month-change - Month view: another month is shown (and announced).
 *   `detail: { month, count }`.
 * @event {CustomEvent<MonthNarrowDetail>} mb-month-narrow - Month view: the element became too narrow for the month
 *   (the list shows instead) or wide enough again. `detail: { narrow }`.
 * @event {CustomEvent<CourseExportDetail>} mb-course-export - The citizen downloaded a course's `.ics` file ("Tilføj
 *   til kalender"), for sites that count use. `detail: { key, title, sessions, fileName }`: the course, how many
 *   sessions the file holds, its name.
 *
 * @csspart filters - The filter form.
 * @csspart count - The "12 kurser fundet" line.
 * @csspart list - The list of courses (both views).
 * @csspart day-heading - A day heading in the agenda.
 * @csspart course - One course.
 * @csspart toggle - The button that opens a course's details.
 * @csspart status - A course's status in words ("Aflyst").
 * @csspart details - A course's details.
 * @csspart export - The "Tilføj til kalender" button in a course's details (not shown for a cancelled course).
 * @csspart message - The empty, loading and error messages.
 * @csspart month - The month view (`<mb-course-month>`).
 * @csspart print - The "Udskriv kursusoversigt" button.
 *
 * @cssprop --mb-color-primary - Brand colour (buttons, chips, the left edge of a course). Default `#44831E`.
 * @cssprop --mb-calendar-chip-radius - Corner radius of the topic chips. Default `999px`.
 * @cssprop --mb-calendar-status-surface - Background of a status word. Default `#fff4d6`.
 * @cssprop --mb-calendar-cancelled-surface - Background of "Aflyst". Default `#ffe0e0`.
 * @cssprop --mb-calendar-row-gap - Space between courses. Default `0.75em`.
 */
export class MbCourseCalendar extends MbElement {
  static override styles = [base, styles];

  /**
   * Address of the feed. Same-origin or CORS-enabled; a DPL feed from another origin needs a proxy. Several feeds,
   * separated by spaces (e.g. the DPL feed and a branch's `.ics`), show as one calendar: each format is detected on
   * its own (or `format` applies to all), a course listed twice is shown once (same id, else same title and start;
   * the first feed wins), and a feed that fails does not hide the others. Widgets on the page that name the same feed
   * share one request and one read of it.
   */
  @property({ reflect: true }) src?: string;

  /**
   * The feed's format: `json` (ours), `dpl`, `libcal`, `ics` (iCalendar; series are expanded from now, or from
   * `from`, to a year ahead, or to `to`), or `auto` to detect it from the data.
   */
  @property({ reflect: true }) format: SourceFormat | 'auto' = 'auto';

  /**
   * Data without a URL: raw feed data in `format` (our JSON, DPL or LibCal), or `CourseEvent`s another tool already
   * read. Takes precedence over `src` and an inline `<script type="application/json">` child.
   */
  @property({ attribute: false }) courses?: unknown;

  /**
   * `list`: an agenda under day headings (default). `compact`: the next `limit` courses as a short list. `month`: a
   * month table of course days (from the month of `now`); choosing a day lists its courses below it. Where the
   * element is too narrow for the table (below 360 px) the list shows instead.
   */
  @property({ reflect: true }) view: CalendarView = 'list';

  /** How many courses to show at most; the compact view shows 3 unless told otherwise. */
  @property({ type: Number }) limit?: number;

  /** Preset topics (ids such as `mitid digital-post`), as if the citizen had ticked them. */
  @property() topic?: string;

  /** Preset branch (its name as the feed writes it). */
  @property() branch?: string;

  /** Only courses with this feed category or tag (a fixed editor choice; several separated by commas). */
  @property() category?: string;

  /** First day shown, `YYYY-MM-DD`. */
  @property() from?: string;

  /** Last day shown, `YYYY-MM-DD`. */
  @property() to?: string;

  /**
   * Which filters the citizen sees, space-separated: `topic branch date search`, or `none`. Default: all in the
   * list view, none in the compact view.
   */
  @property() controls?: string;

  /** "Now" as an ISO date-time, for demos and tests; every "today" and "past" decision uses it. Default: the clock. */
  @property() now?: string;

  /** Milliseconds before a silent feed counts as failed. */
  @property({ type: Number }) timeout = 15_000;

  /**
   * Leaves out the schema.org JSON-LD (`<script type="application/ld+json">` in the element's light DOM) that
   * otherwise describes the courses on show to search engines.
   */
  @property({ type: Boolean, attribute: 'no-jsonld' }) noJsonld = false;

  /** Leaves out the "Udskriv kursusoversigt" button (the list and month views have it). */
  @property({ type: Boolean, attribute: 'no-print' }) noPrint = false;

  /** Level of the day headings (2–5); course titles sit one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * The topic vocabulary: an array of `{ id, keywords, label? }` (as a property, or JSON in the attribute). Replaces
   * the built-in topics (MitID, Digital Post, borger.dk, sundhed.dk, …).
   */
  @property({ attribute: 'vocabulary', converter: { fromAttribute: (value) => parseVocabulary(value) } })
  vocabulary?: Topic[];

  @state() private selectedTopics = new Set<string>();
  @state() private selectedBranch = '';
  @state() private fromDay = '';
  @state() private toDay = '';
  @state() private query = '';
  @state() private expanded = new Set<string>();
  // Month view and print (see renderMonth and print below).
  @state() private monthDay = '';
  @state() private monthNarrow = false;
  @state() private printing?: { events: CourseEvent[]; qr: ReadonlyMap<string, string>; module: PrintModule };
  @state() private printFailed = false;
  /** The course whose `.ics` file could not be made (its writer did not load, e.g. after a new release). */
  @state() private exportFailed?: string;

  private readonly localize = new LocalizeController(this, 'course-calendar', { da });
  /** Where the courses come from: `courses`, inline JSON, or the feed(s) in `src`, shared on the page. */
  private readonly source = new SourceController<CourseData>(this, {
    reader: () => courseReader(this.readSettings()),
    local: (value) => this.readValue(value),
    merge: async (parts) => (several = await (severalSources ??= import('./several-sources.js'))).mergeSources(parts),
    timeout: () => this.timeout,
    onSettled: (result) => this.settled(result),
  });
  private readonly uid = `mb-cc-${++ids}`;
  private index: IndexedEvent[] = [];
  private indexed?: CourseData;
  private indexedVocabulary?: readonly Topic[];
  private series = new Map<string, CourseEvent[]>();
  /** The courses the last render showed, for the JSON-LD. */
  private shown: IndexedEvent[] = [];
  private jsonld?: Promise<typeof import('./jsonld.js')>;
  private sanitized = new Map<string, DocumentFragment | null>();

  /** The sessions currently read, sorted by start (all of them, before filters and before hiding past ones). */
  get events(): readonly CourseEvent[] {
    return this.data?.events ?? [];
  }

  /** Tries the feed again after an error; with data shown, fetches it anew (not from what the page shares). */
  retry(): void {
    this.source.retry();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page without a URL: the inline JSON may have changed meanwhile.
    if (this.hasUpdated && this.courses === undefined && !this.src) this.loadSource();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('topic')) this.selectedTopics = new Set(words(this.topic));
    if (changed.has('branch')) this.selectedBranch = this.branch ?? '';
    if (changed.has('from')) this.fromDay = this.validDay(this.from);
    if (changed.has('to')) this.toDay = this.validDay(this.to);
    if (changed.has('courses') || changed.has('src') || changed.has('format')) this.loadSource();
  }

  /** `courses` first, then `src` (one URL or several, separated by whitespace), then inline JSON. */
  private loadSource(): void {
    if (this.courses !== undefined) this.source.load({ value: () => this.courses });
    else if (this.src) this.source.load({ urls: this.urls });
    else this.source.load({ value: () => readInlineJson(this) });
  }

  /** The URLs in `src`, separated by whitespace (a space inside a URL is written `%20`). */
  private get urls(): string[] {
    return (this.src ?? '').split(/\s+/u).filter(Boolean);
  }

  private validDay(value: string | undefined): string {
    return value && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : '';
  }

  /** How this calendar reads a feed; the same settings on another widget share the read. */
  private readSettings(): CourseReadSettings {
    return { format: this.format, now: this.now, from: this.validDay(this.from), to: this.validDay(this.to) };
  }

  /** Reads `courses` or inline JSON: `CourseEvent`s as they are, a feed's text or data through the readers. */
  private async readValue(value: unknown): Promise<CourseData> {
    const settings = this.readSettings();
    if (isModel(value))
      return { events: [...value].sort((a, b) => Date.parse(a.start) - Date.parse(b.start)), skipped: 0 };
    if (typeof value === 'string')
      return readCourseText(value, this.format, readContext('', settings), readWindow(settings));
    return readCourseFeed(value, this.format === 'ics' ? 'auto' : this.format, readContext('', settings));
  }

  /** `mb-error` for each source that failed (one for one URL), and `mb-load` for what was read. */
  private settled({ data, error, failures, answered, urls }: SourceSettled<CourseData>): void {
    const several = urls.length > 1;
    const failed = several ? failures : error ? [{ url: urls[0], error }] : [];
    for (const failure of failed) this.emit('mb-error', this.errorDetail(failure.error, failure.url));
    if (!data || (several ? !answered : error)) return;
    this.emit(
      'mb-load',
      loadDetail({
        count: data.events.length,
        skipped: data.skipped,
        duplicates: data.duplicates ?? 0,
        formats: data.formats ?? (data.format ? [data.format] : []),
        urls,
        failed: failures.map((failure) => failure.url),
      }),
    );
  }

  private errorDetail(error: LoadError, url: string | undefined) {
    const message = this.localize.t(`common:errors.${error.kind}`, { status: error.status ?? '' });
    return { kind: error.kind, message, problems: error.problems, ...(url ? { url } : {}) };
  }

  private get data(): CourseData | undefined {
    return this.source.data;
  }

  private get error(): LoadError | undefined {
    return this.source.error;
  }

  private get loading(): boolean {
    return this.source.status === 'loading';
  }

  /** With several sources, some failed: the ones that could not be had, by a name a citizen may recognise. */
  private get failures(): { url: string; name: string; error: LoadError }[] {
    const names = several; // loaded by the merge, before any failure of several sources is known
    if (!names || this.urls.length < 2 || this.courses !== undefined || this.loading) return [];
    return this.source.failures.map((failure) => ({ ...failure, name: names.sourceName(failure.url) }));
  }

  private get clock(): Date {
    return parseDateTime(this.now) ?? new Date();
  }

  private get topicList(): readonly Topic[] {
    return this.vocabulary?.length ? this.vocabulary : DEFAULT_TOPICS;
  }

  private get shownControls(): Set<CalendarControl> {
    const raw = this.controls ?? (this.view === 'compact' ? 'none' : CONTROLS.join(' '));
    return new Set(words(raw).filter((w): w is CalendarControl => (CONTROLS as readonly string[]).includes(w)));
  }

  private ensureIndex(): void {
    const data = this.data;
    if (data === this.indexed && this.topicList === this.indexedVocabulary) return;
    this.indexed = data;
    this.indexedVocabulary = this.topicList;
    this.index = data ? indexEvents(data.events, compileVocabulary(this.topicList)) : [];
    this.series = data ? groupSeries(data.events) : new Map<string, CourseEvent[]>();
  }

  private results(): IndexedEvent[] {
    const found = filterEvents(this.index, {
      now: this.clock,
      topics: [...this.selectedTopics],
      branches: this.selectedBranch ? [this.selectedBranch] : [],
      categories: this.category
        ?.split(',')
        .map((c) => c.trim())
        .filter(Boolean),
      from: this.fromDay || undefined,
      to: this.toDay || undefined,
      query: this.query,
    });
    const limit = this.limit ?? (this.view === 'compact' ? 3 : undefined);
    return limit !== undefined && Number.isFinite(limit) && limit >= 0 ? found.slice(0, Math.floor(limit)) : found;
  }

  // ---- rendering ----------------------------------------------------------------------------------------------

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Search-engine markup follows what is on show; written in the light DOM, where crawlers read it. Its code is a
    // lazy chunk, loaded the first time there is something to describe.
    if (!this.jsonld && (this.noJsonld || !this.shown.length)) return;
    this.jsonld ??= import('./jsonld.js');
    void this.jsonld.then(({ keysDescribedElsewhere, toJsonLd, writeJsonLd }) => {
      // At most the first JSONLD_LIMIT: a whole municipality's feed (50,000 sessions) would write megabytes of
      // JSON-LD into the page on every render and hold it for seconds.
      const events = this.noJsonld || !this.data ? [] : this.shown.slice(0, JSONLD_LIMIT).map((item) => item.event);
      const data = events.length
        ? toJsonLd(events, { lang: this.localize.lang, pageUrl: location.href, skip: keysDescribedElsewhere(this) })
        : undefined;
      writeJsonLd(this, data, data ? events.map((event) => event.key) : []);
    });
  }

  protected override render(): TemplateResult {
    const { t, lang, dir } = this.localize;
    this.ensureIndex();
    const data = this.data;
    const error = this.error;
    const results = data ? this.results() : [];
    this.shown = results;
    const controls = this.shownControls;
    const filtersActive =
      this.selectedTopics.size > 0 || !!this.selectedBranch || !!this.fromDay || !!this.toDay || !!this.query.trim();

    return html`<div class="calendar view-${this.view} ${this.printing ? 'printing' : ''}" lang=${lang} dir=${dir}>
      ${
        error
          ? html`<div class="message error" part="message" role="alert">
              <p>${t(`common:errors.${error.kind}`, { status: error.status ?? '' })}</p>
              ${
                this.src && this.courses === undefined
                  ? html`<button type="button" class="button secondary" @click=${this.retry}>
                      ${t('common:retry')}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${data && !error ? this.renderFailedSources() : nothing}
      ${data && controls.size ? this.renderFilters(controls, filtersActive) : nothing}
      ${data ? this.renderPrintAction(results) : nothing}
      ${
        data && controls.size
          ? html`<p class="count" part="count" role="status">${t('results', { count: results.length })}</p>`
          : nothing
      }
      ${
        this.loading && !data
          ? this.renderSkeleton()
          : data
            ? this.view === 'month'
              ? this.renderMonth(results, filtersActive)
              : this.renderBody(results, filtersActive)
            : html`<slot></slot>`
      }
      ${
        data && data.skipped > 0 && !this.loading
          ? html`<p class="note">${t('common:skipped', { count: data.skipped })}</p>`
          : nothing
      }
      ${this.loading && data ? html`<p class="visually-hidden" role="status">${t('loading')}</p>` : nothing}
      ${this.renderPrintSheet()}
    </div>`;
  }

  // ---- month view -----------------------------------------------------------------------------------------------

  /** The month view (month-panel.ts); the list shows until its code has loaded, and when nothing is on. */
  private renderMonth(results: IndexedEvent[], filtersActive: boolean): unknown {
    const list = () => this.renderBody(results, filtersActive);
    if (!renderMonthPanel) {
      loadingMonth ??= import('./month-panel.js').then((module) => {
        renderMonthPanel = module.renderMonthPanel;
      });
      void loadingMonth.then(
        () => {
          // The panel's words are in the extra namespace: the next render waits for them in the page's language.
          this.localize.need('course-calendar-extra');
          this.requestUpdate();
        },
        () => undefined, // the list stays
      );
      return list();
    }
    if (!results.length) return list();
    return renderMonthPanel({
      lang: this.localize.lang,
      today: dayKey(this.clock),
      results,
      day: this.monthDay,
      narrow: this.monthNarrow,
      list,
      dayHeading: (date) => this.renderDayHeading(date),
      course: (item) => this.renderCourse(item, false),
      choose: (day) => (this.monthDay = day),
      setNarrow: (narrow) => (this.monthNarrow = narrow),
    });
  }

  // ---- print ------------------------------------------------------------------------------------------------------

  private renderPrintAction(results: IndexedEvent[]): TemplateResult | typeof nothing {
    if (this.noPrint || this.view === 'compact' || !results.length) return nothing;
    const { t } = this.localize;
    return html`<div class="print-action">
      <button
        type="button"
        class="button secondary"
        part="print"
        @click=${() => this.print(results.map((item) => item.event))}
      >
        ${t('printing.button')}
      </button>
      ${this.printFailed ? html`<p class="message error" part="message" role="alert">${t('common:errors.network')}</p>` : nothing}
    </div>`;
  }

  private renderPrintSheet(): TemplateResult | typeof nothing {
    const printing = this.printing;
    if (!printing) return nothing;
    return printing.module.renderPrintSheet(printing.events, {
      lang: this.localize.lang,
      title: this.localize.t('region'),
      qr: printing.qr,
      now: this.clock,
    });
  }

  /**
   * Prints the courses on show as the notice-board sheet: loads the sheet's code and the QR library (not before),
   * renders the sheet next to the screen view (print styles show only the sheet on paper), opens the print dialog,
   * and removes the sheet again on `afterprint`.
   */
  private async print(events: CourseEvent[]): Promise<void> {
    this.printFailed = false;
    try {
      const module = await (loadingPrint ??= import('./print.js'));
      this.localize.need('course-calendar-extra');
      await module.printCourses(events, async (qr) => {
        window.addEventListener('afterprint', this.afterPrint);
        module.adoptPrintStyles(this.shadowRoot, true);
        this.printing = { events, qr, module };
        await this.updateComplete;
      });
    } catch {
      loadingPrint = undefined;
      this.afterPrint();
      this.printFailed = true;
    }
  }

  private readonly afterPrint = (): void => {
    window.removeEventListener('afterprint', this.afterPrint);
    this.printing?.module.adoptPrintStyles(this.shadowRoot, false);
    this.printing = undefined;
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.afterPrint();
  }

  /** Several sources, some failed: the others show, and a short note says which could not be had. */
  private renderFailedSources(): TemplateResult | typeof nothing {
    const failures = this.failures;
    if (!failures.length) return nothing;
    const { t } = this.localize;
    const names = failures.map((failure) => failure.name).join(', ');
    return html`<div class="message partial" part="message" role="status">
      <p>${t('sources.failed', { count: failures.length, sources: names })}</p>
      <button type="button" class="button secondary" @click=${this.retry}>${t('common:retry')}</button>
    </div>`;
  }

  private renderSkeleton(): TemplateResult {
    return html`<div class="skeleton" part="list" aria-busy="true">
      <p class="visually-hidden" role="status">${this.localize.t('loading')}</p>
      ${[0, 1, 2].map(() => html`<div class="bone" aria-hidden="true"><span></span><span></span><span></span></div>`)}
    </div>`;
  }

  private renderBody(results: IndexedEvent[], filtersActive: boolean): TemplateResult {
    const { t } = this.localize;
    if (!results.length) {
      return html`<div class="message empty" part="message">
        <p>${filtersActive ? t('noMatch') : t('empty')}</p>
        <slot name="empty"></slot>
      </div>`;
    }
    if (this.view === 'compact') {
      return html`<ul class="list compact" part="list" role="list" aria-busy=${this.loading ? 'true' : 'false'}>
        ${repeat(
          results,
          (item) => item.event.key,
          (item) => html`<li class="course" part="course">${this.renderCourse(item, true)}</li>`,
        )}
      </ul>`;
    }
    const today = dayKey(this.clock);
    const rows: Row[] = [];
    let current = '';
    for (const item of results) {
      const day = item.firstDay < today ? today : item.firstDay;
      if (day !== current) {
        current = day;
        rows.push({
          type: 'day',
          key: `day:${day}`,
          date: day === item.firstDay ? new Date(item.startMs) : this.clock,
        });
      }
      rows.push({ type: 'course', key: item.event.key, item });
    }
    if (results.length > VIRTUALIZE_ABOVE) {
      if (virtualize) {
        const render = virtualize;
        return html`<div class="list virtual" part="list" aria-busy=${this.loading ? 'true' : 'false'}>
          ${render({
            items: rows,
            keyFunction: (row: Row) => row.key,
            renderItem: (row: Row) =>
              row.type === 'day'
                ? html`<div class="row day-row">${this.renderDayHeading(row.date)}</div>`
                : html`<div class="row course" part="course">${this.renderCourse(row.item, false)}</div>`,
          })}
        </div>`;
      }
      loadingVirtualizer ??= import('@lit-labs/virtualizer/virtualize.js').then((module) => {
        virtualize = module.virtualize;
      });
      void loadingVirtualizer.then(() => this.requestUpdate());
      // While the virtualizer loads, show the first rows only: rendering 10,000 rows would block the page.
      rows.splice(VIRTUALIZE_ABOVE);
    }
    const days: { row: Row & { type: 'day' }; items: IndexedEvent[] }[] = [];
    for (const row of rows) {
      if (row.type === 'day') days.push({ row, items: [] });
      else days.at(-1)!.items.push(row.item);
    }
    return html`<div class="list agenda" part="list" aria-busy=${this.loading ? 'true' : 'false'}>
      ${repeat(
        days,
        (day) => day.row.key,
        (day) =>
          html`<section class="day">
            ${this.renderDayHeading(day.row.date)}
            <ul role="list">
              ${repeat(
                day.items,
                (item) => item.event.key,
                (item) => html`<li class="course" part="course">${this.renderCourse(item, false)}</li>`,
              )}
            </ul>
          </section>`,
      )}
    </div>`;
  }

  private renderDayHeading(date: Date): TemplateResult {
    const text = dayHeading(date, this.localize.lang);
    const level = Math.min(5, Math.max(2, Math.floor(this.headingLevel) || 2));
    return heading(level, 'day-heading', text, 'day-heading');
  }

  private statusWord(event: CourseEvent): string | undefined {
    const { t } = this.localize;
    switch (event.status) {
      case 'scheduled':
        // LibCal closes sign-up without a status of its own: say so on the card, not only inside it.
        return signupBlock(event) === 'closed' ? t('status.signupClosed') : undefined;
      case 'full':
        if (event.seats?.waitlist) return t('status.waitlist');
        return event.price && !event.price.free ? t('status.soldOut') : t('status.full');
      default:
        return t(`status.${event.status}`);
    }
  }

  /** "Tirsdag 3. marts kl. 10.00 til 12.00: MitID – kom godt i gang. Aflyst." (accessibility.md C3/C4) */
  private accessibleName(event: CourseEvent): { before: string; after: string } {
    const { t, lang } = this.localize;
    const start = new Date(event.start);
    const day = dayHeading(start, lang, false);
    const { start: from, end } = clockTimes(event, lang);
    const marker = '\u0000';
    const full = event.allDay
      ? t('name.allDay', { day, title: marker })
      : end
        ? t('name.timed', { day, start: from, end, title: marker })
        : t('name.start', { day, start: from, title: marker });
    const [before = '', after = ''] = full.split(marker);
    const status = this.statusWord(event);
    return { before, after: status ? `${after} ${t('name.status', { status })}` : after };
  }

  private whenText(event: CourseEvent, withDay: boolean): string {
    const { t, lang } = this.localize;
    const start = new Date(event.start);
    if (event.allDay) {
      // An exhibition from 16 March to 30 April keeps its end: "16. marts – 30. april".
      const days = dayRange(event, lang);
      if (days) return days;
      return withDay ? `${shortDate(start, lang)}, ${t('allDay').toLocaleLowerCase(lang)}` : t('allDay');
    }
    const time = timeRange(event, lang);
    return withDay ? t('dayAndTime', { day: shortDate(start, lang), time }) : t('time', { time });
  }

  private seriesLine(event: CourseEvent): string | undefined {
    const sessions = event.seriesKey ? this.series.get(event.seriesKey) : undefined;
    if (!sessions) return undefined;
    const { t, lang } = this.localize;
    const summary = seriesSummary(sessions, lang);
    const dates = t('series.dates', { count: summary.count, dates: summary.dates });
    return summary.time ? t('series.withTime', { summary: dates, time: summary.time }) : dates;
  }

  private seatsLine(event: CourseEvent): string | undefined {
    const seats = event.seats;
    if (!seats || event.status === 'cancelled') return undefined;
    const { t, lang } = this.localize;
    if (seats.left === undefined) {
      return seats.capacity !== undefined ? t('seats.capacity', { count: seats.capacity }) : undefined;
    }
    const figure = seats.left > 0 ? t('seats.left', { count: seats.left }) : t('seats.none');
    const asOf = parseDateTime(seats.asOf);
    if (!asOf) return figure;
    const time = clock(asOf, lang);
    const when =
      dayKey(asOf) === dayKey(this.clock)
        ? t('seats.updatedTime', { time })
        : t('dayAndTime', { day: formatDay(asOf, lang, { year: false }), time });
    return t('seats.updated', { seats: figure, when });
  }

  private priceText(event: CourseEvent): string | undefined {
    const { t, lang } = this.localize;
    return priceWords(event.price, lang, {
      free: t('price.free'),
      freeTo: (highest) => t('price.freeTo', { price: highest }),
      from: (lowest) => t('price.from', { price: lowest }),
    });
  }

  private renderCourse(item: IndexedEvent, compact: boolean): TemplateResult {
    const { t } = this.localize;
    const event = item.event;
    const open = this.expanded.has(event.key);
    const detailsId = `${this.uid}-${item.event.key.replace(/[^\w-]/gu, '_')}`;
    const name = this.accessibleName(event);
    const status = this.statusWord(event);
    const place = placeLine(event.place);
    const series = this.seriesLine(event);
    const seats = this.seatsLine(event);
    const price = this.priceText(event);
    const level = compact ? 0 : Math.min(6, Math.max(3, Math.floor(this.headingLevel) + 1 || 3));
    const toggle = html`<button
      type="button"
      class="toggle"
      part="toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${detailsId}
      @click=${() => this.toggle(event.key)}
    >
      <span class="visually-hidden">${name.before}</span><span class="title">${event.title}</span
      ><span class="visually-hidden">${name.after}</span>
    </button>`;
    return html`<article class="course-card status-${event.status}" data-key=${event.key}>
      ${level ? heading(level, 'title-heading', toggle) : toggle}
      <p class="meta">
        <time datetime=${event.start}>${this.whenText(event, compact)}</time>
        ${place ? html`<span class="place">${place}</span>` : nothing}
        ${event.mode !== 'inPerson' ? html`<span class="mode">${t(event.mode)}</span>` : nothing}
      </p>
      ${status ? html`<p class="status" part="status">${status}</p>` : nothing}
      ${series && !compact ? html`<p class="series">${series}</p>` : nothing}
      ${
        seats || price
          ? html`<p class="facts">
              ${price ? html`<span class="price">${price}</span>` : nothing}
              ${seats ? html`<span class="seats">${seats}</span>` : nothing}
            </p>`
          : nothing
      }
      <div class="details" part="details" id=${detailsId} ?hidden=${!open}>
        ${open ? this.renderDetails(item, series) : nothing}
      </div>
    </article>`;
  }

  private renderDetails(item: IndexedEvent, series: string | undefined): TemplateResult {
    const { t, lang } = this.localize;
    const event = item.event;
    const start = new Date(event.start);
    const address = addressLine(event.place);
    const place = placeLine(event.place);
    const topics = this.topicList.filter((topic) => item.topics.includes(topic.id));
    const languages = event.languages.map((code) => languageName(code, lang));
    const dl = (label: string, value: unknown) =>
      value
        ? html`<dt>${label}</dt>
            <dd>${value}</dd>`
        : nothing;
    return html`
      ${event.teaser ? html`<p class="teaser">${event.teaser}</p>` : nothing} ${this.renderBody_(event)}
      <dl>
        ${dl(
          t('details.when'),
          html`${dayHeading(start, lang)}, ${this.whenText(event, false)}${series ? html`<br />${series}` : nothing}`,
        )}
        ${dl(
          t('details.where'),
          place || event.mode !== 'inPerson'
            ? html`${place ?? ''}${place && event.mode !== 'inPerson' ? html`<br />` : nothing}${
                event.mode !== 'inPerson' ? t(event.mode) : nothing
              }${event.onlineUrl ? html`<br /><a href=${event.onlineUrl}>${t('details.onlineLink')}</a>` : nothing}`
            : undefined,
        )}
        ${dl(t('details.address'), address)} ${dl(t('details.accessibility'), event.place?.accessibility)}
        ${dl(t('details.audience'), event.audiences.join(', '))} ${dl(t('details.level'), event.level)}
        ${dl(t('details.language'), languages.join(', '))}
        ${dl(
          t('details.price'),
          event.price?.tiers?.length
            ? html`<ul class="plain">
                ${event.price.tiers.map(
                  (tier) =>
                    html`<li>
                      ${
                        tier.label
                          ? t('price.tier', {
                              label: tier.label,
                              price: this.tierPrice(tier.amountMinor, tier.currency),
                            })
                          : this.tierPrice(tier.amountMinor, tier.currency)
                      }
                    </li>`,
                )}
              </ul>`
            : this.priceText(event),
        )}
        ${dl(t('details.seats'), this.seatsLine(event))} ${dl(t('details.presenters'), event.presenters.join(', '))}
        ${dl(t('details.partners'), event.partners.join(', '))}
        ${dl(t('details.topics'), topics.map((topic) => this.topicLabel(topic)).join(', '))}
      </dl>
      ${this.renderSignup(event)}
      ${
        event.bring?.length
          ? html`${this.subHeading(t('details.bring'))}
              <ul>
                ${event.bring.map((thing) => html`<li>${thing}</li>`)}
              </ul>`
          : nothing
      }
      ${
        event.programme?.length
          ? html`${this.subHeading(t('details.programme'))}
              <ol class="programme" role="list">
                ${event.programme.map((talk) => {
                  const from = new Date(talk.start);
                  const to = talk.end ? new Date(talk.end) : undefined;
                  return html`<li>
                    <time datetime=${talk.start}>${clock(from, lang)}${to ? `–${clock(to, lang)}` : ''}</time>
                    <span
                      >${talk.title}${
                        talk.speaker
                          ? html` <span class="speaker">${t('details.speaker', { speaker: talk.speaker })}</span>`
                          : nothing
                      }</span
                    >
                  </li>`;
                })}
              </ol>`
          : nothing
      }
      ${
        event.pageUrl
          ? html`<p><a href=${event.pageUrl}>${t('details.moreInfo', { title: event.title })}</a></p>`
          : nothing
      }
      ${this.renderExport(event)}
    `;
  }

  /**
   * "Tilføj til kalender" (accessibility.md C16): the button says "Tilføj til din kalender (.ics)", its name adds the
   * course ("Tilføj MitID – kom godt i gang til din kalender (.ics)"). A course whose every session is cancelled has
   * none: nobody wants a cancelled course in their calendar. A series with one cancelled session keeps it, and the
   * file marks that session STATUS:CANCELLED.
   */
  private renderExport(event: CourseEvent): TemplateResult | typeof nothing {
    const sessions = (event.seriesKey && this.series.get(event.seriesKey)) || [event];
    if (sessions.every((session) => session.status === 'cancelled')) return nothing;
    const [before = '', after = ''] = this.localize.t('export.action', { title: '\u0000' }).split('\u0000');
    return html`<p class="export">
        <button type="button" class="button secondary" part="export" @click=${() => this.exportCourse(event)}>
          ${before}<span class="visually-hidden">${event.title}</span>${after}
        </button>
      </p>
      ${
        this.exportFailed === event.key
          ? html`<p class="message error" part="message" role="alert">${this.localize.t('common:errors.network')}</p>`
          : nothing
      }`;
  }

  /** Writes the course's `.ics` file (every session of its series) with the lazily loaded writer, and offers it. */
  private async exportCourse(event: CourseEvent): Promise<void> {
    this.exportFailed = undefined;
    const writer = await import('./export-ics.js').catch(() => undefined);
    if (!writer) {
      this.exportFailed = event.key;
      return;
    }
    const { downloadIcs, icsFileName, sessionsOf, toIcs } = writer;
    const { lang } = this.localize;
    const sessions = sessionsOf(event, this.events);
    const fileName = icsFileName(sessions[0] ?? event, lang);
    downloadIcs(await toIcs(sessions, { lang, now: this.clock }), fileName);
    this.emit('mb-course-export', { key: event.key, title: event.title, sessions: sessions.length, fileName });
  }

  /** Headings inside a course's details sit below the course title (compact: below the widget's own level). */
  private subHeading(text: string): TemplateResult {
    const level = this.view === 'compact' ? this.headingLevel : this.headingLevel + 2;
    return heading(Math.min(6, Math.max(2, Math.floor(level) || 4)), 'sub', text);
  }

  private tierPrice(amountMinor: number, currency: string): string {
    return amountMinor === 0 ? this.localize.t('price.free') : money(amountMinor, currency, this.localize.lang);
  }

  /** The long description: sanitised HTML once DOMPurify has loaded, plain text until then. */
  private renderBody_(event: CourseEvent): unknown {
    const body = event.bodyHtml;
    if (!body) return nothing;
    if (!looksLikeHtml(body)) return html`<p class="body">${body}</p>`;
    const cached = this.sanitized.get(event.key);
    if (cached) return html`<div class="body">${cached.cloneNode(true)}</div>`;
    if (cached === undefined) {
      this.sanitized.set(event.key, null);
      sanitize(body, event.source.feedUrl).then(
        (fragment) => {
          this.sanitized.set(event.key, fragment);
          this.requestUpdate();
        },
        () => undefined, // the text version stays
      );
    }
    return html`<p class="body">${htmlToText(body)}</p>`;
  }

  private renderSignup(event: CourseEvent): TemplateResult | typeof nothing {
    const { t, lang } = this.localize;
    const signup = event.signup;
    if (!signup) return nothing;
    const when = (iso: string | undefined) => {
      const date = parseDateTime(iso);
      // Inside a sentence the weekday keeps its small letter: "Tilmeldingen åbner mandag 16. marts 2026 kl. 9.00".
      return date ? t('dayAndTime', { day: formatDay(date, lang), time: clock(date, lang) }) : undefined;
    };
    const opens = when(signup.opensAt);
    const block = signupBlock(event);
    if (block) {
      // Nobody can sign up: like DPL's own event page, the state's name stands where the ways to sign up would.
      return html`${this.subHeading(t('details.signupState'))}
        <p class="signup-state">
          ${opens && block === 'signupNotOpen' ? t('signup.opens', { when: opens }) : this.statusWord(event)}
        </p>`;
    }
    const closes = when(signup.closesAt);
    const ways: TemplateResult[] = [];
    if (signup.required === false) ways.push(html`${t('signup.notNeeded')}`);
    if (signup.url)
      ways.push(
        html`<a href=${signup.url}>${t('signup.online')}<span class="visually-hidden">: ${event.title}</span></a>`,
      );
    if (signup.phone)
      ways.push(
        html`<a href=${`tel:${signup.phone.replace(/[^\d+]/gu, '')}`}
          >${t('signup.phone', { phone: signup.phone })}</a
        >`,
      );
    if (signup.email)
      ways.push(html`<a href=${`mailto:${signup.email}`}>${t('signup.email', { email: signup.email })}</a>`);
    if (signup.atDesk) ways.push(html`${t('signup.desk')}`);
    if (!ways.length && !closes) return nothing;
    // "You sign up for every session at once" only where the card shows the sessions as one series.
    const wholeSeries = signup.coversWholeSeries && this.seriesLine(event);
    return html`${this.subHeading(t('details.signup'))}
      <ul class="signup">
        ${ways.map((way) => html`<li>${way}</li>`)}
      </ul>
      ${closes ? html`<p>${t('signup.closes', { when: closes })}</p>` : nothing}
      ${wholeSeries ? html`<p>${t('signup.wholeSeries')}</p>` : nothing}`;
  }

  private topicLabel(topic: Topic): string {
    const own = ownLabel(topic, this.localize.lang);
    if (own) return own;
    const builtIn = DEFAULT_TOPICS.some((known) => known.id === topic.id);
    return builtIn ? this.localize.t(`topics.${topic.id as 'mitid'}`) : topic.id;
  }

  private renderFilters(controls: Set<CalendarControl>, filtersActive: boolean): TemplateResult {
    const { t } = this.localize;
    const now = this.clock.getTime();
    const upcoming = this.index.filter((item) => item.endMs > now || item.startMs > now);
    const present = new Set(upcoming.flatMap((item) => item.topics));
    const topics = this.topicList.filter((topic) => present.has(topic.id) || this.selectedTopics.has(topic.id));
    const branches = branchesOf(upcoming);
    const today = dayKey(this.clock);
    return html`<form class="filters" part="filters" aria-label=${t('filters.label')} @submit=${prevent}>
      ${
        controls.has('topic') && topics.length
          ? html`<fieldset class="topics">
              <legend>${t('filters.topic')}</legend>
              <div class="chips">
                ${topics.map(
                  (topic) =>
                    html`<label class="chip">
                      <input
                        type="checkbox"
                        name="topic"
                        .value=${topic.id}
                        .checked=${this.selectedTopics.has(topic.id)}
                        @change=${this.onTopic}
                      /><span>${this.topicLabel(topic)}</span>
                    </label>`,
                )}
              </div>
            </fieldset>`
          : nothing
      }
      <div class="fields">
        ${
          controls.has('branch') && branches.length > 1
            ? html`<label class="field"
                ><span>${t('filters.branch')}</span>
                <select name="branch" @change=${this.onBranch}>
                  <option value="" ?selected=${!this.selectedBranch}>${t('filters.allBranches')}</option>
                  ${branches.map(
                    (branch) =>
                      html`<option .value=${branch} ?selected=${branch === this.selectedBranch}>${branch}</option>`,
                  )}
                </select></label
              >`
            : nothing
        }
        ${
          controls.has('date')
            ? html`<fieldset class="dates">
                <legend>${t('filters.dates')}</legend>
                <label class="field"
                  ><span>${t('filters.from')}</span>
                  <input type="date" name="from" min=${today} .value=${this.fromDay} @change=${this.onFrom}
                /></label>
                <label class="field"
                  ><span>${t('filters.to')}</span>
                  <input type="date" name="to" min=${this.fromDay || today} .value=${this.toDay} @change=${this.onTo}
                /></label>
              </fieldset>`
            : nothing
        }
        ${
          controls.has('search')
            ? html`<label class="field search"
                ><span>${t('filters.search')}</span>
                <input type="search" name="q" autocomplete="off" .value=${this.query} @input=${this.onQuery}
              /></label>`
            : nothing
        }
      </div>
      ${
        filtersActive
          ? html`<button type="button" class="button secondary reset" @click=${this.resetFilters}>
              ${t('filters.reset')}
            </button>`
          : nothing
      }
    </form>`;
  }

  // ---- interaction -------------------------------------------------------------------------------------------

  private toggle(key: string): void {
    const next = new Set(this.expanded);
    const open = !next.has(key);
    if (open) next.add(key);
    else next.delete(key);
    this.expanded = next;
    this.emit('mb-course-toggle', { key, open });
  }

  private onTopic(event: Event): void {
    const input = event.target as HTMLInputElement;
    const next = new Set(this.selectedTopics);
    if (input.checked) next.add(input.value);
    else next.delete(input.value);
    this.selectedTopics = next;
    this.filtersChanged();
  }

  private onBranch(event: Event): void {
    this.selectedBranch = (event.target as HTMLSelectElement).value;
    this.filtersChanged();
  }

  private onFrom(event: Event): void {
    this.fromDay = this.validDay((event.target as HTMLInputElement).value);
    this.filtersChanged();
  }

  private onTo(event: Event): void {
    this.toDay = this.validDay((event.target as HTMLInputElement).value);
    this.filtersChanged();
  }

  private onQuery(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.filtersChanged();
  }

  private resetFilters(): void {
    this.selectedTopics = new Set();
    this.selectedBranch = '';
    this.fromDay = '';
    this.toDay = '';
    this.query = '';
    this.filtersChanged();
  }

  private filtersChanged(): void {
    this.ensureIndex();
    this.emit('mb-filter-change', {
      topics: [...this.selectedTopics],
      branch: this.selectedBranch,
      from: this.fromDay,
      to: this.toDay,
      query: this.query,
      count: this.data ? this.results().length : 0,
    });
  }
}

/**
 * A real heading element at a level the editor chose (a DPL page puts the widget under its own h1 or h2). The tag
 * comes from this fixed switch, never from data.
 */
function heading(level: number, className: string, content: unknown, part = ''): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 class=${className} part=${ifDefined(part || undefined)}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} part=${ifDefined(part || undefined)}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${ifDefined(part || undefined)}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${ifDefined(part || undefined)}>${content}</h5>`;
    default:
      return html`<h6 class=${className} part=${ifDefined(part || undefined)}>${content}</h6>`;
  }
}

function prevent(event: Event): void {
  event.preventDefault();
}
