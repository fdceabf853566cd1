import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MbElement } from '../core/base-element.js';
import { errorMessage } from '../core/error-message.js';
import { FeedController, LoadError, readInlineJson } from '../core/feed.js';
import { headingLevel } from '../core/heading.js';
import { LocalizeController } from '../core/localize.js';
import { dayKey, parseDateTime } from '../core/time.js';
import da from '../../locales/da/course-calendar.json' with { type: 'json' };
import en from '../../locales/en/course-calendar.json' with { type: 'json' };
import { styles } from './course-calendar.styles.js';
import { CardController } from './card-controller.js';
import { FilterController } from './filter-controller.js';
import { filterForm } from './filter-form.js';
import { JsonLdController } from './jsonld-controller.js';
import type { CourseEvent, ReadContext, ReadResult } from './model.js';
import { PrintController } from './print-controller.js';
import { readCourseFeed, readCourseText, type ReadWindow, type SourceFormat } from './read.js';
import type { SettledSources, SeveralSourcesController } from './several-sources.js';
import { DEFAULT_TOPICS, parseVocabulary, type Topic } from './topics.js';
import { skeletonTemplate } from './views/agenda.js';
import { controlsOf, viewOf, type CalendarView } from './views/index.js';
import { MonthState, type CalendarViewDefinition, type ViewContext } from './views/types.js';
import { viewStyles } from './views.styles.js';

type Loaded = ReadResult & { format?: SourceFormat };

const isModel = (value: unknown): value is CourseEvent[] =>
  Array.isArray(value) &&
  value.every((item) => typeof item === 'object' && item !== null && 'key' in item && 'source' in item);

/** The code for several sources loads the first time a `src` lists several. */
let severalSources: Promise<typeof import('./several-sources.js')> | undefined;

/**
 * The library's courses and help sessions (MitID, Digital Post, the IT café …) from the feeds libraries really
 * have: our own JSON, the DPL CMS events API and LibCal. An agenda under day headings, or a short "next courses"
 * list for a front page; filters a citizen can use; every course opens to its details in place.
 *
 * Print: the button prints the courses the filters show as an A4 notice-board sheet in large type, with a QR code
 * to each course's sign-up or page. Printing the page any other way prints the list without the controls.
 *
 * JSON-LD: the courses on show (the first 100) are described to search engines as schema.org events in a
 * `<script type="application/ld+json" data-mb-jsonld>` child of the element (light DOM), kept in step with the
 * filters and the data; the `no-jsonld` attribute leaves it out.
 *
 * @tagname mb-course-calendar
 * @summary Courses and help sessions at the library, as an agenda or a short teaser list.
 *
 * @slot - Shown before the widget has loaded and when there is nothing to show yet: put a link to the library's own
 *   course page here, so the page works without JavaScript.
 * @slot empty - Extra content after the "no upcoming courses" line, such as a link to the library's calendar.
 *
 * @event mb-load - The courses were read. `detail: { count, skipped, format }`: how many sessions, how many records
 *   could not be used. With several sources: `detail: { count, skipped, duplicates, formats, failed }`, `failed`
 *   the URLs that could not be had (the count is of the others).
 * @event mb-error - The feed could not be loaded or read. `detail: { kind, message }`, `kind` one of `network`,
 *   `timeout`, `http`, `parse`, `invalid`. With several sources, one event per failed source, with its `url`.
 * @event mb-course-toggle - A course was opened or closed. `detail: { key, open }`.
 * @event mb-filter-change - The citizen changed a filter. `detail: { topics, branch, from, to, query, count }`.
 * @event mb-day-select - Month view: a day was chosen; its courses show below the month. `detail: { day, count }`.
 * @event mb-month-change - Month view: another month is shown (and announced). `detail: { month, count }`.
 * @event mb-month-narrow - Month view: the element became too narrow for the month (the list shows instead) or wide
 *   enough again. `detail: { narrow }`.
 * @fires mb-course-export - The citizen downloaded a course's `.ics` file ("Tilføj til kalender"), for sites that
 *   count use. `detail: { key, title, sessions, fileName }`: the course, how many sessions the file holds, its name.
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
 * @cssprop --mb-calendar-row-gap - Space between courses. Default `0.75rem`.
 */
export class MbCourseCalendar extends MbElement {
  static override styles = [styles, viewStyles];

  /**
   * Address of the feed. Same-origin or CORS-enabled; a DPL feed from another origin needs a proxy. Several feeds,
   * separated by spaces (e.g. the DPL feed and a branch's `.ics`), show as one calendar: each format is detected on
   * its own (or `format` applies to all), a course listed twice is shown once (same id, else same title and start;
   * the first feed wins), and a feed that fails does not hide the others.
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

  @state() private localData?: Loaded;
  @state() private localError?: LoadError;
  @state() private reading = false;

  private readonly localize = new LocalizeController(this, 'course-calendar', { da, en });
  private readonly feed = new FeedController<Loaded>(this, {
    parse: (body, info) => readCourseText(body, this.format, this.context(info.url), this.window()),
    timeout: () => (Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : 15_000),
    onSettled: ({ data, error }) => this.settled(data, error),
  });
  private several?: SeveralSourcesController;
  private readToken = 0;
  private readonly filters = new FilterController(this, {
    data: () => this.data,
    vocabulary: () => this.topicList,
    now: () => this.clock,
    category: () => this.category,
    limit: () => this.limit ?? this.viewDefinition.limit,
    changed: (detail) => this.emit('mb-filter-change', detail),
  });
  private readonly print = new PrintController(this);
  private readonly month = new MonthState(this);
  private readonly cards = new CardController(this, {
    events: () => this.events,
    toggled: (detail) => this.emit('mb-course-toggle', detail),
    exported: (detail) => this.emit('mb-course-export', detail),
  });

  constructor() {
    super();
    new JsonLdController(this, {
      events: () => (this.noJsonld || !this.data ? [] : this.filters.results.map((item) => item.event)),
      lang: () => this.localize.lang,
    });
  }

  /** The sessions currently read, sorted by start (all of them, before filters and before hiding past ones). */
  get events(): readonly CourseEvent[] {
    return this.data?.events ?? [];
  }

  /** Tries the feed again after an error. */
  retry(): void {
    if (this.src && this.courses === undefined) this.remote.retry();
    else void this.readLocal();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.several && this.urls.length > 1 && this.courses === undefined)
      void this.startSeveral();
    if (this.courses === undefined && !this.src && this.hasUpdated) void this.readLocal();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.filters.preset({
      topics: changed.has('topic') ? (this.topic ?? '') : undefined,
      branch: changed.has('branch') ? (this.branch ?? '') : undefined,
      from: changed.has('from') ? (this.from ?? '') : undefined,
      to: changed.has('to') ? (this.to ?? '') : undefined,
    });
    if (changed.has('courses') || changed.has('src') || changed.has('format')) {
      if (this.courses !== undefined || !this.src) {
        this.feed.load(undefined);
        this.several?.load([]);
        void this.readLocal();
      } else {
        this.localData = undefined;
        this.localError = undefined;
        this.loadSources(changed.has('format') && !changed.has('src'));
      }
    }
  }

  /** The URLs in `src`, separated by whitespace (a space inside a URL is written `%20`). */
  private get urls(): string[] {
    return (this.src ?? '').split(/\s+/u).filter(Boolean);
  }

  /** One URL: the core feed controller, as always. Several: one per URL, merged (several-sources.ts). */
  private loadSources(formatChanged: boolean): void {
    const urls = this.urls;
    if (urls.length > 1) {
      this.feed.load(undefined);
      if (!this.several) void this.startSeveral();
      else if (formatChanged) this.several.retry(true);
      else this.several.load(urls);
    } else {
      this.several?.load([]);
      if (formatChanged) this.feed.retry();
      else this.feed.load(urls[0]);
    }
  }

  private async startSeveral(): Promise<void> {
    severalSources ??= import('./several-sources.js');
    const { SeveralSourcesController } = await severalSources;
    // Removed meanwhile: nothing is fetched for a page the element left (connectedCallback starts again).
    if (!this.isConnected) return;
    this.several ??= new SeveralSourcesController(this, {
      parse: (body, info) => readCourseText(body, this.format, this.context(info.url), this.window()),
      timeout: () => (Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : 15_000),
      onSettled: (result) => this.settledSeveral(result),
    });
    if (this.src && this.courses === undefined) this.loadSources(false);
  }

  /** The controller of the feed(s) in `src`. */
  private get remote(): Pick<FeedController<Loaded>, 'data' | 'error' | 'status' | 'retry'> {
    if (this.several?.urls.length) return this.several;
    // Several URLs, their code still loading: busy, as a feed is.
    if (!this.several && this.urls.length > 1)
      return { status: 'loading', data: undefined, error: undefined, retry: nothingToRetry };
    return this.feed;
  }

  private context(feedUrl = ''): ReadContext {
    const now = parseDateTime(this.now);
    return { feedUrl, loadedAt: (now ?? new Date()).toISOString() };
  }

  /** Where an iCalendar feed's series are expanded: from now (or `from`) to a year ahead (or `to`). */
  private window(): ReadWindow {
    const from = (this.filters.from && parseDateTime(`${this.filters.from}T00:00`)) || this.clock;
    const yearAhead = new Date(from.getTime() + 366 * 86_400_000);
    const to = (this.filters.to && parseDateTime(`${this.filters.to}T23:59:59`)) || yearAhead;
    return { from, to: to > from ? to : yearAhead };
  }

  /** Inline data, but never the JSON-LD this element wrote itself (it is appended after an editor's script). */
  private inlineData(): unknown {
    const first = [...this.children].find(
      (child): child is HTMLScriptElement => child instanceof HTMLScriptElement && /json/i.test(child.type),
    );
    return first?.hasAttribute('data-mb-jsonld') ? undefined : readInlineJson(this);
  }

  /** Reads inline JSON or the `courses` property through the same reader, states and events as a feed. */
  private async readLocal(): Promise<void> {
    const token = ++this.readToken;
    let data: unknown;
    try {
      data = this.courses !== undefined ? this.courses : this.inlineData();
    } catch (caught) {
      this.localData = undefined;
      this.localError = caught instanceof LoadError ? caught : new LoadError('parse');
      this.settled(undefined, this.localError);
      return;
    }
    if (data === undefined) {
      this.localData = undefined;
      this.localError = undefined;
      return;
    }
    this.reading = true;
    try {
      const result: Loaded = isModel(data)
        ? { events: [...data].sort((a, b) => Date.parse(a.start) - Date.parse(b.start)), skipped: 0 }
        : typeof data === 'string'
          ? await readCourseText(data, this.format, this.context(''), this.window())
          : await readCourseFeed(data, this.format === 'ics' ? 'auto' : this.format, this.context(''));
      if (token !== this.readToken) return;
      this.localData = result;
      this.localError = undefined;
      this.settled(result);
    } catch (caught) {
      if (token !== this.readToken) return;
      this.localError = caught instanceof LoadError ? caught : new LoadError('invalid');
      this.settled(undefined, this.localError);
    } finally {
      if (token === this.readToken) this.reading = false;
    }
  }

  private settled(data: Loaded | undefined, error?: LoadError): void {
    if (error) {
      this.emit('mb-error', {
        kind: error.kind,
        message: this.localize.t(`common:errors.${error.kind}`, { status: error.status ?? '' }),
      });
      return;
    }
    if (data) this.emit('mb-load', { count: data.events.length, skipped: data.skipped, format: data.format });
  }

  /** Several sources: an `mb-error` for each that failed, and `mb-load` for what the others gave. */
  private settledSeveral({ data, failures, answered }: SettledSources): void {
    for (const { url, error } of failures)
      this.emit('mb-error', {
        kind: error.kind,
        message: this.localize.t(`common:errors.${error.kind}`, { status: error.status ?? '' }),
        url,
      });
    if (data && answered)
      this.emit('mb-load', {
        count: data.events.length,
        skipped: data.skipped,
        duplicates: data.duplicates,
        formats: data.formats,
        failed: failures.map((failure) => failure.url),
      });
  }

  private get data(): Loaded | undefined {
    return this.courses !== undefined || !this.src ? this.localData : this.remote.data;
  }

  private get error(): LoadError | undefined {
    return this.courses !== undefined || !this.src ? this.localError : this.remote.error;
  }

  private get loading(): boolean {
    return this.courses !== undefined || !this.src ? this.reading : this.remote.status === 'loading';
  }

  private get clock(): Date {
    return parseDateTime(this.now) ?? new Date();
  }

  private get topicList(): readonly Topic[] {
    return this.vocabulary?.length ? this.vocabulary : DEFAULT_TOPICS;
  }

  private get viewDefinition(): CalendarViewDefinition {
    return viewOf(this.view);
  }

  /** What the card and view templates render with: words, state and callbacks, no access to the element. */
  private viewContext(): ViewContext {
    const { t, lang } = this.localize;
    const card = this.cards.context({
      t,
      lang,
      now: this.clock,
      level: headingLevel(this.headingLevel, 5),
      series: this.filters.series,
      topics: this.topicList,
      loading: this.loading,
    });
    return {
      ...card,
      results: this.filters.results,
      filtersActive: this.filters.active,
      today: dayKey(this.clock),
      month: this.month,
    };
  }

  /** Also waits for an open course's details, whose code is a lazy chunk (card-controller.ts). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const pending = this.cards.pending;
    return pending ? pending.then(() => super.getUpdateComplete()) : done;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The view's lazy code (the month table, the virtualizer) loads after a render that needed it, never during one.
    void this.viewDefinition.prepare?.(this.filters.results.length)?.then(
      () => this.requestUpdate(),
      () => undefined, // the list stays
    );
  }

  protected override render(): TemplateResult {
    const { t, lang } = this.localize;
    const { data, error, loading } = this;
    const results = this.filters.results;
    const controls = controlsOf(this.viewDefinition, this.controls);
    const printable = this.viewDefinition.printable && !this.noPrint && results.length > 0;
    return html`<div class="calendar view-${this.view} ${this.print.printing ? 'printing' : ''}" lang=${lang}>
      ${
        error
          ? errorMessage({
              message: t(`common:errors.${error.kind}`, { status: error.status ?? '' }),
              retry: this.src && this.courses === undefined ? () => this.retry() : undefined,
              retryLabel: t('common:retry'),
              part: 'message',
            })
          : nothing
      }
      ${data && !error ? this.renderFailedSources() : nothing}
      ${
        data && controls.size
          ? filterForm({ t, lang, filters: this.filters, controls, topics: this.topicList, now: this.clock })
          : nothing
      }
      ${data && printable ? this.print.action(() => results.map((item) => item.event), t) : nothing}
      ${data && controls.size ? html`<p class="count" part="count" role="status">${t('results', { count: results.length })}</p>` : nothing}
      ${loading && !data ? skeletonTemplate(t) : data ? this.viewDefinition.render(this.viewContext()) : html`<slot></slot>`}
      ${data && data.skipped > 0 && !loading ? html`<p class="note">${t('common:skipped', { count: data.skipped })}</p>` : nothing}
      ${loading && data ? html`<p class="visually-hidden" role="status">${t('loading')}</p>` : nothing}
      ${this.print.sheet({ lang, title: t('region'), now: this.clock })}
    </div>`;
  }

  /** Several sources, some failed: the others show, and a short note says which could not be had. */
  private renderFailedSources(): TemplateResult | typeof nothing {
    const failures = this.several && this.remote === this.several && !this.loading ? this.several.failures : [];
    if (!failures.length) return nothing;
    const { t } = this.localize;
    const names = failures.map((failure) => failure.name).join(', ');
    return errorMessage({
      message: t('sources.failed', { count: failures.length, sources: names }),
      retry: () => this.retry(),
      retryLabel: t('common:retry'),
      role: 'status',
      className: 'partial',
      part: 'message',
    });
  }
}

function nothingToRetry(): void {
  // Nothing to try again while the code for several sources loads.
}
