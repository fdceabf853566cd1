import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { MbElement } from '../core/base-element.js';
import { errorMessage } from '../core/error-message.js';
import { loadDetail } from '../core/events.js';
import { LoadError, readInlineJson } from '../core/feed.js';
import { headingLevel } from '../core/heading.js';
import { LocalizeController } from '../core/localize.js';
import { SourceController, type SourceSettled } from '../core/source.js';
import { base } from '../core/theme.js';
import { dayKey, parseDateTime } from '../core/time.js';
import da from '../../locales/da/course-calendar.json' with { type: 'json' };
import { CardController } from './card-controller.js';
import { styles } from './course-calendar.styles.js';
import {
  readContext,
  readWindow,
  type CourseData,
  type CourseReadSettings,
  type SourceFormat,
} from './course-reader.js';
import { FilterController, validDay } from './filter-controller.js';
import { filterForm } from './filter-form.js';
import { JsonLdController } from './jsonld-controller.js';
import type { CourseEvent } from './model.js';
import { PrintController } from './print-controller.js';
import { ProgressiveList } from './progressive.js';
import { courseReader, readCourseFeed, readCourseText } from './read.js';
import { prepareWords } from './text.js';
import { DEFAULT_TOPICS, parseVocabulary, type Topic } from './topics.js';
import { skeletonTemplate } from './views/agenda.js';
import { controlsOf, viewOf, type CalendarView } from './views/index.js';
import { MonthState, type CalendarViewDefinition, type ViewContext } from './views/types.js';

export type {
  CourseExportDetail,
  CourseToggleDetail,
  DaySelectDetail,
  FilterChangeDetail,
  MonthChangeDetail,
  MonthNarrowDetail,
} from './events.js';

const isModel = (value: unknown): value is CourseEvent[] =>
  Array.isArray(value) &&
  value.every((item) => typeof item === 'object' && item !== null && 'key' in item && 'source' in item);

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

  /** The reactive properties (declared here rather than with decorators: a smaller chunk). */
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    format: { reflect: true },
    courses: { attribute: false },
    view: { reflect: true },
    limit: { type: Number },
    topic: {},
    branch: {},
    category: {},
    from: {},
    to: {},
    controls: {},
    now: {},
    timeout: { type: Number },
    noJsonld: { type: Boolean, attribute: 'no-jsonld' },
    noPrint: { type: Boolean, attribute: 'no-print' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    vocabulary: { converter: { fromAttribute: (value) => parseVocabulary(value) } },
  };

  /**
   * Address of the feed. Same-origin or CORS-enabled; a DPL feed from another origin needs a proxy. Several feeds,
   * separated by spaces (e.g. the DPL feed and a branch's `.ics`), show as one calendar: each format is detected on
   * its own (or `format` applies to all), a course listed twice is shown once (same id, else same title and start;
   * the first feed wins), and a feed that fails does not hide the others. Widgets on the page that name the same feed
   * share one request and one read of it.
   */
  src?: string;

  /**
   * The feed's format: `json` (ours), `dpl`, `libcal`, `ics` (iCalendar; series are expanded from now, or from
   * `from`, to a year ahead, or to `to`), or `auto` to detect it from the data.
   */
  format: SourceFormat | 'auto' = 'auto';

  /**
   * Data without a URL: raw feed data in `format` (our JSON, DPL or LibCal), or `CourseEvent`s another tool already
   * read. Takes precedence over `src` and an inline `<script type="application/json">` child.
   */
  courses?: unknown;

  /**
   * `list`: an agenda under day headings (default). `compact`: the next `limit` courses as a short list. `month`: a
   * month table of course days (from the month of `now`); choosing a day lists its courses below it. Where the
   * element is too narrow for the table (below 360 px) the list shows instead.
   */
  view: CalendarView = 'list';

  /** How many courses to show at most; the compact view shows 3 unless told otherwise. */
  limit?: number;

  /** Preset topics (ids such as `mitid digital-post`), as if the citizen had ticked them. */
  topic?: string;

  /** Preset branch (its name as the feed writes it). */
  branch?: string;

  /** Only courses with this feed category or tag (a fixed editor choice; several separated by commas). */
  category?: string;

  /** First day shown, `YYYY-MM-DD`. */
  from?: string;

  /** Last day shown, `YYYY-MM-DD`. */
  to?: string;

  /**
   * Which filters the citizen sees, space-separated: `topic branch date search`, or `none`. Default: all in the
   * list view, none in the compact view.
   */
  controls?: string;

  /** "Now" as an ISO date-time, for demos and tests; every "today" and "past" decision uses it. Default: the clock. */
  now?: string;

  /** Milliseconds before a silent feed counts as failed. */
  timeout = 15_000;

  /**
   * Leaves out the schema.org JSON-LD (`<script type="application/ld+json">` in the element's light DOM) that
   * otherwise describes the courses on show to search engines.
   */
  noJsonld = false;

  /** Leaves out the "Udskriv kursusoversigt" button (the list and month views have it). */
  noPrint = false;

  /** Level of the day headings (2–5); course titles sit one level below. */
  headingLevel = 2;

  /**
   * The topic vocabulary: an array of `{ id, keywords, label? }` (as a property, or JSON in the attribute). Replaces
   * the built-in topics (MitID, Digital Post, borger.dk, sundhed.dk, …).
   */
  vocabulary?: Topic[];

  private readonly localize = new LocalizeController(this, 'course-calendar', { da });
  /** Where the courses come from: `courses`, inline JSON, or the feed(s) in `src`, shared on the page. */
  private readonly source = new SourceController<CourseData>(this, {
    reader: () => courseReader(this.readSettings()),
    local: (value) => this.readValue(value),
    merge: async (parts) => (several = await (severalSources ??= import('./several-sources.js'))).mergeSources(parts),
    timeout: () => this.timeout,
    onSettled: (result) => this.settled(result),
  });
  private readonly filters = new FilterController(this, {
    data: () => this.data,
    vocabulary: () => this.topicList,
    now: () => this.clock,
    category: () => this.category,
    limit: () => this.limit ?? this.viewDefinition.limit,
    changed: (detail) => this.emit('mb-filter-change', detail),
  });
  private readonly print = new PrintController(this, () => this.localize.need('course-calendar-extra'));
  private readonly month = new MonthState(this);
  private readonly progressive = new ProgressiveList(this);
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
    if (this.view === 'month') this.month.guess(this.clientWidth);
    const given = (name: 'topic' | 'branch' | 'from' | 'to') => (changed.has(name) ? (this[name] ?? '') : undefined);
    this.filters.preset({ topics: given('topic'), branch: given('branch'), from: given('from'), to: given('to') });
    if (changed.has('courses') || changed.has('src') || changed.has('format')) this.loadSource();
  }

  /** `courses` first, then `src` (one URL or several, separated by whitespace), then inline JSON. */
  private loadSource(): void {
    // While the data is fetched, the Intl formats the cards use are made, a task each (see text.ts).
    prepareWords(this.localize.lang);
    this.source.load(
      this.courses !== undefined
        ? { value: () => this.courses }
        : this.src
          ? { urls: this.urls }
          : { value: () => readInlineJson(this) },
    );
  }

  /** The URLs in `src`, separated by whitespace (a space inside a URL is written `%20`). */
  private get urls(): string[] {
    return (this.src ?? '').split(/\s+/u).filter(Boolean);
  }

  /** How this calendar reads a feed; the same settings on another widget share the read. */
  private readSettings(): CourseReadSettings {
    return { format: this.format, now: this.now, from: validDay(this.from), to: validDay(this.to) };
  }

  /** Reads `courses` or inline JSON: `CourseEvent`s as they are, a feed's text or data through the readers. */
  private async readValue(value: unknown): Promise<CourseData> {
    const settings = this.readSettings();
    if (isModel(value))
      return { events: [...value].sort((a, b) => Date.parse(a.start) - Date.parse(b.start)), skipped: 0 };
    if (typeof value === 'string')
      return readCourseText(value, this.format, readContext('', settings), readWindow(settings));
    return readCourseFeed(value, this.format, readContext('', settings));
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
      total: this.events.length,
      filtersActive: this.filters.active,
      today: dayKey(this.clock),
      month: this.month,
      take: (count) => this.progressive.take(count),
    };
  }

  /**
   * Also waits for the rest of a list rendered a few courses at a time (progressive.ts), and for an open course's
   * details, whose code is a lazy chunk (card-controller.ts).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let pending = this.progressive.pending ?? this.cards.pending; pending;) {
      await pending;
      done = await super.getUpdateComplete();
      pending = this.progressive.pending ?? this.cards.pending;
    }
    return done;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The view's lazy code (the month table, the virtualizer) loads after a render that needed it, never during one.
    void this.viewDefinition.prepare?.(this.filters.results.length, this.events.length)?.then(
      () => {
        // The month panel's words are in the extra namespace: the next render waits for them in the page's language.
        if (this.view === 'month') this.localize.need('course-calendar-extra');
        this.requestUpdate();
      },
      () => undefined, // the list stays
    );
  }

  protected override render(): TemplateResult {
    const { t, lang, dir } = this.localize;
    const { data, error, loading } = this;
    const results = this.filters.results;
    const controls = controlsOf(this.viewDefinition, this.controls);
    const printable = this.viewDefinition.printable && !this.noPrint && results.length > 0;
    return html`<div
      class="calendar view-${this.view} ${this.print.printing ? 'printing' : ''}"
      lang=${lang}
      dir=${dir}
    >
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
    const failures = this.failures;
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
