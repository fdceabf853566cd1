import { errorMessage } from '../core/error-message.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { MbElement } from '../core/base-element.js';
import { loadDetail, type MbErrorDetail } from '../core/events.js';
import { LoadError, parseJson, readInlineJson } from '../core/feed.js';
import { contentLanguages } from '../core/languages.js';
import { LocalizeController, resolveLanguage, type Lang } from '../core/localize.js';
import { breathe } from '../core/slices.js';
import { SourceController, type SourceReader } from '../core/source.js';
import { base } from '../core/theme.js';
import { parseDateTime } from '../core/time.js';
import { safeUrl } from '../core/url.js';
import type { CourseData, SourceFormat } from '../course-calendar/course-reader.js';
import type { CourseEvent } from '../course-calendar/model.js';
import { feedbackPayload, pickLanguage, validateGuide, type Guide } from './guide.js';
import { completeGuide, isBuiltInGuide, loadBuiltInGuide, type BuiltInGuideId } from './guides/index.js';
import { styles } from './guide-card.styles.js';
import { actionHref, GuideView, type FeedbackState, type ViewState } from './view.js';
import da from '../../locales/da/guide-card.json' with { type: 'json' };

export type { GuideFeedbackDetail, GuideShowDetail } from './events.js';

type NextCourseModule = typeof import('./next-course.js');
let nextCourseModule: Promise<NextCourseModule> | undefined;
/** The course feed's reader and the "Næste kursus" box: loaded the first time a card has a `courses-src`. */
const loadNextCourse = () => (nextCourseModule ??= import('./next-course.js'));

/** A guide in JSON, read once for every card on the page that shows it. */
const GUIDE_READER: SourceReader<unknown> = { key: 'guide json', read: (body) => parseJson(body.text) };

/**
 * One borger.dk self-service task, step by step: what you need (a checklist to tick), the steps, one "Start … på
 * borger.dk" action, "Har du ikke MitID?", and where the library can help.
 *
 * @tagname mb-guide-card
 * @summary A step-by-step guide to one borger.dk self-service task, with help at the library.
 *
 * @slot - Fallback content shown before the element upgrades, while the guide loads, and with an error: write the
 *   guide's steps here as plain HTML so they show, fully expanded, when JavaScript is off.
 * @slot help - The library's own text for "Få hjælp på biblioteket" (opening hours, the IT café, a phone number).
 *   Without it a general text is shown.
 *
 * @event {CustomEvent<GuideShowDetail>} mb-guide-show - A guide is shown, and again when its language changes.
 *   `detail: { guide, lang }`.
 * @event {CustomEvent<MbErrorDetail>} mb-error - No guide can be shown: unknown `guide` (`kind: 'unknown-guide'`),
 *   invalid data (`problems` says what is wrong), or a failed `src` (`url`). `detail: { kind, message, problems, url? }`.
 * @event {CustomEvent<MbLoadDetail>} mb-courses-load - The course feed (`courses-src`) was read.
 *   `detail: { count, skipped, duplicates, formats, urls, failed }`, `count` the sessions on any topic.
 * @event {CustomEvent<MbErrorDetail>} mb-courses-error - The course feed (`courses-src`) could not be read; the
 *   guide stays, and no course is shown. `detail: { kind, message, problems, url }`.
 * @event {CustomEvent<GuideFeedbackDetail>} mb-feedback - Feedback was sent or failed to send.
 *   `detail: { guide, helpful, comment, lang, sent }`.
 *
 * @csspart card - The card or the compact tile.
 * @csspart title - The guide's title.
 * @csspart action - The "Start … på borger.dk" link.
 * @csspart help - The "Få hjælp på biblioteket" section.
 * @csspart next-course - The "Næste kursus" box inside the help section.
 *
 * @cssprop --mb-guide-card-max-width - The card's largest width (default `44em`).
 * @cssprop --mb-guide-card-step-size - The diameter of a step number circle (default `2.25em`).
 */
export class MbGuideCard extends MbElement {
  /** The reactive properties and state, in one block (docs/architecture.md, "The component pattern"). */
  static override properties: PropertyDeclarations = {
    guide: { reflect: true },
    src: {},
    variant: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    href: {},
    linkTarget: { attribute: 'link-target' },
    feedbackUrl: { attribute: 'feedback-url' },
    timeout: { type: Number },
    coursesSrc: { attribute: 'courses-src' },
    coursesFormat: { attribute: 'courses-format' },
    now: {},
    unknownGuide: { state: true },
    printing: { state: true },
    qr: { state: true },
  };

  /**
   * A built-in guide, by id (`mitid`, `digital-post`, `passport` …; the attribute's type lists them all, from the
   * guide registry in src/guide-card/guides/index.ts).
   * @type {BuiltInGuideId}
   */
  guide = '';

  /** The URL of a custom guide in JSON (schemas/guide.schema.json): one guide, or `{ "da": …, "en": … }`.
   * Inline JSON (`<script type="application/json">` inside the element) works the same way. */
  src = '';

  /** `full` (default) or `compact`: a tile with title, purpose and one link, for front pages and campaigns. */
  variant: 'full' | 'compact' = 'full';

  /** The heading level of the title (2–6, default 2); the card's sections use the levels below it. */
  headingLevel = 2;

  /** `compact` only: the page with the full guide. Without it the tile links to the borger.dk action. */
  href = '';

  /** `new-window` (default): links to other sites open in a new window and say so; `same-window`: they don't. */
  linkTarget: 'new-window' | 'same-window' = 'new-window';

  /** Opt-in: where "Fik du løst opgaven?" answers are POSTed as JSON `{ guide, helpful, comment, lang }`.
   * Without it no feedback form is shown and nothing is ever sent. */
  feedbackUrl = '';

  /** Milliseconds before a silent `src` counts as failed (a message and "Prøv igen" show). Default 15 000. */
  timeout = 15_000;

  /**
   * A course feed (our JSON, DPL CMS, LibCal or iCalendar) whose next course on the guide's topic is shown in "Få
   * hjælp på biblioteket": title, date and time, place and how to sign up. Nothing is shown when no course on the
   * topic is ahead, while the feed loads, or when it fails (then `mb-courses-error` fires). A calendar on the same
   * page and feed shares the request and the read.
   */
  coursesSrc = '';

  /** The course feed's format, as the course calendar's `format`: `auto` (default), `json`, `dpl`, `libcal`, `ics`. */
  coursesFormat: SourceFormat | 'auto' = 'auto';

  /** "Now" as an ISO date-time, for demos and tests: which course is next. Default: the clock. */
  now?: string;

  private readonly localize = new LocalizeController(this, 'guide-card', { da });

  /** The course feed, read with the calendar's reader (next-course.ts), so a calendar on the page shares it. */
  private readonly courses = new SourceController<CourseData>(this, {
    reader: () => this.nextCourse!.courseReader({ format: this.coursesFormat, now: this.now }),
    timeout: () => this.timeout,
    onSettled: ({ data, error, urls }) => {
      if (error) this.emit('mb-courses-error', this.loadErrorDetail(error, urls[0]));
      else if (data) {
        const formats = data.format ? [data.format] : [];
        this.emit('mb-courses-load', loadDetail({ count: data.events.length, skipped: data.skipped, formats, urls }));
      }
    },
  });
  private nextCourse: NextCourseModule | undefined;
  /** The last answer to "which course is next", kept until the feed, the topic or `now` changes. */
  private next: { events: readonly CourseEvent[]; topic: string; now: string; course?: CourseEvent } | undefined;

  /** The built-in guide shown, in the languages the card has needed so far (`scheduleUpdate`). */
  private builtInGuide: { id: BuiltInGuideId; pair: Record<string, unknown> } | undefined;
  /** The guide: from `src`, inline JSON or a built-in guide. */
  private readonly source = new SourceController<unknown>(this, {
    reader: () => GUIDE_READER,
    timeout: () => this.timeout,
  });

  /** Set when `guide` names no built-in guide. */
  private unknownGuide: string | undefined;
  /** Steps the citizen opened, by index; closed by default. */
  private open = new Set<number>();
  /** "Det skal du bruge" items ticked, by index. Only in memory: kept across re-renders and language switches. */
  private ticked = new Set<number>();
  /** True between "beforeprint" and "afterprint": every step open, the QR code shown. */
  private printing = false;
  private qr: { url: string; path: string; size: number } | undefined;
  private feedbackState: FeedbackState = 'idle';
  private helpful: boolean | undefined;

  /** Renders the card and the tile (view.ts); the element keeps the state and the loading. */
  private readonly viewer = new GuideView();

  /** Counts data and failures, so each new one is reported once. */
  private version = 0;
  private shown: { data: unknown; lang: Lang; guide?: Guide; issues: string[] } | undefined;
  private reported = '';
  private guideId: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  /**
   * Gets the handout ready: every step open and the QR code to the borger.dk page drawn (the QR library is loaded
   * now, not before). Runs on `beforeprint` and before the "Udskriv" button prints.
   */
  async preparePrint(): Promise<void> {
    this.printing = true;
    const guide = this.current();
    const url = guide && actionHref(guide);
    if (url && this.qr?.url !== url) {
      try {
        const [{ generate }, { toSvgPath }] = await Promise.all([import('lean-qr'), import('lean-qr/extras/svg')]);
        // Making the code is 40–80 ms on a slow phone: a task of its own, apart from loading the library and from
        // the render of the handout that follows (see docs/architecture.md, "No long task on a phone").
        await breathe();
        const code = generate(url);
        this.qr = { url, path: toSvgPath(code), size: code.size };
        await breathe();
      } catch {
        // Without the QR library the handout still prints the address in words, next to where the code would be.
      }
    }
    await this.updateComplete;
  }

  private onBeforePrint = () => void this.preparePrint();
  private onAfterPrint = () => {
    this.printing = false;
  };

  private async print() {
    await this.preparePrint();
    window.print();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('guide') || changed.has('src')) this.load();
    // The reader depends on the format, and an iCalendar feed's series are expanded from "now".
    if (changed.has('coursesSrc') || changed.has('coursesFormat') || changed.has('now')) void this.loadCourses();
  }

  /** The reader and the box load first (only for a card with `courses-src`), then the feed. */
  private async loadCourses(): Promise<void> {
    if (!this.coursesSrc.trim()) return this.courses.load(undefined);
    try {
      this.nextCourse = await loadNextCourse();
    } catch (caught) {
      const failed = new LoadError('network', caught instanceof Error ? caught.message : String(caught));
      return this.courses.load({
        value: () => {
          throw failed;
        },
      });
    }
    this.courses.load({ urls: [this.coursesSrc] });
  }

  /** `src` first, then inline JSON, then the built-in guide named by `guide`. */
  private load() {
    this.version += 1; // a new answer is reported once more, even when it looks like the last
    this.unknownGuide = undefined;
    this.builtInGuide = undefined;
    this.source.load(this.src ? { urls: [this.src] } : { value: () => readInlineJson(this) ?? this.builtIn() });
  }

  /** The built-in guide named by `guide` (its module loads now), or nothing with a message for an unknown one. */
  private async builtIn(): Promise<unknown> {
    const id = this.guide.trim();
    if (!id) return undefined;
    if (!isBuiltInGuide(id)) {
      this.unknownGuide = id;
      return undefined;
    }
    try {
      const pair = await loadBuiltInGuide(id, contentLanguages(resolveLanguage(this).lang));
      this.builtInGuide = { id, pair };
      return pair;
    } catch (caught) {
      const detail = caught instanceof Error ? caught.message : String(caught);
      throw new LoadError('network', detail, undefined, [detail]);
    }
  }

  /** A built-in guide has the card's languages only: an update in another one loads it first, keeping the ticks. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const more = this.builtInGuide && completeGuide(this.builtInGuide, contentLanguages(resolveLanguage(this).lang));
    return more ? more.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  private readonly retry = () => {
    this.version += 1;
    this.source.retry();
  };

  private viewState(): ViewState {
    return {
      localize: this.localize,
      variant: this.variant,
      headingLevel: this.headingLevel,
      href: this.href,
      linkTarget: this.linkTarget,
      feedbackUrl: this.feedbackUrl,
      open: this.open,
      ticked: this.ticked,
      printing: this.printing,
      qr: this.qr,
      feedbackState: this.feedbackState,
      helpful: this.helpful,
      toggle: (index) => this.toggle(index),
      showAll: (guide, open) => this.showAll(guide, open),
      tick: (index, checked) => this.tick(index, checked),
      print: () => void this.print(),
      setHelpful: (helpful) => this.setHelpful(helpful),
      sendFeedback: (event) => void this.sendFeedback(event),
      nextCourse: (view, guide) => this.renderNextCourse(view, guide),
    };
  }

  private get clock(): Date {
    return parseDateTime(this.now) ?? new Date();
  }

  /** The box with the next course on the guide's topic; nothing while loading, after a failure, or when none. */
  private renderNextCourse(view: GuideView, guide: Guide): unknown {
    const events = this.courses.status === 'ready' ? this.courses.data?.events : undefined;
    const topic = guide.topic ?? '';
    const module = this.nextCourse;
    if (!events || !topic || !module) return nothing;
    const now = this.now ?? '';
    if (this.next?.events !== events || this.next.topic !== topic || this.next.now !== now)
      this.next = { events, topic, now, course: module.nextCourse(events, topic, this.clock) };
    return this.next.course ? module.renderNextCourse(view, this.next.course) : nothing;
  }

  private loadErrorDetail(error: LoadError, url?: string): MbErrorDetail {
    const message = this.localize.t(`common:errors.${error.kind}`, { status: error.status ?? '' });
    return { kind: error.kind, message, problems: error.problems, ...(url ? { url } : {}) };
  }

  /** The guide in the card's language, validated once per data and language. */
  private current(): Guide | undefined {
    return this.view()?.guide;
  }

  private view() {
    const data = this.source.status === 'ready' ? this.source.data : undefined;
    if (data === undefined || this.unknownGuide) return undefined;
    const lang = this.localize.lang;
    if (this.shown?.data !== data || this.shown.lang !== lang) {
      const picked = pickLanguage(data, lang);
      const { guide, issues } = validateGuide(picked.data);
      if (guide && !guide.lang && picked.lang) guide.lang = picked.lang;
      this.shown = { data, lang, guide, issues };
      if (guide && guide.id !== this.guideId) {
        // Another guide: its checklist and steps start afresh. The same guide in another language keeps them.
        this.guideId = guide.id;
        this.open = new Set();
        this.ticked = new Set();
        this.feedbackState = 'idle';
        this.helpful = undefined;
      }
    }
    return this.shown;
  }

  private errorDetail(): MbErrorDetail | undefined {
    const { t } = this.localize;
    if (this.unknownGuide !== undefined)
      return { kind: 'unknown-guide', message: t('errors.unknownGuide', { id: this.unknownGuide }), problems: [] };
    const error = this.source.status === 'error' ? this.source.error : undefined;
    if (error) return this.loadErrorDetail(error, this.src || undefined);
    const view = this.view();
    if (view && !view.guide) return { kind: 'invalid', message: t('errors.invalid'), problems: view.issues };
    return undefined;
  }

  protected override updated(): void {
    // One event per change of what is shown (new data, a new failure, another language), not one per render.
    const error = this.errorDetail();
    const guide = error ? undefined : this.current();
    const key = error
      ? `${this.version}:${error.kind}`
      : guide
        ? `${this.version}:${guide.id}:${this.localize.lang}`
        : '';
    if (key === this.reported) return;
    this.reported = key;
    if (error) this.emit('mb-error', error);
    else if (guide) this.emit('mb-guide-show', { guide: guide.id, lang: this.localize.lang });
  }

  private toggle(index: number) {
    if (!this.open.delete(index)) this.open.add(index);
    this.requestUpdate();
  }

  private showAll(guide: Guide, open: boolean) {
    this.open = open ? new Set(guide.steps.map((_, i) => i)) : new Set();
    this.requestUpdate();
  }

  private tick(index: number, checked: boolean) {
    if (checked) this.ticked.add(index);
    else this.ticked.delete(index);
    this.requestUpdate();
  }

  override render() {
    const { t, lang, dir } = this.localize;
    const guide = this.current();
    const error = this.errorDetail();
    const loading = !error && !guide && this.source.status === 'loading';
    let body: unknown;
    if (error)
      body = html`${errorMessage({
          message: error.message,
          retry: this.src && this.source.status === 'error' && error.kind !== 'parse' ? () => this.retry() : undefined,
          retryLabel: t('common:retry'),
        })} <slot></slot>`;
    else if (guide) body = this.viewer.render(this.viewState(), guide);
    else
      body = html`${loading ? html`<p class="visually-hidden" role="status">${t('loading')}</p>` : nothing}
        <slot></slot>`;
    const pending = loading ? 'pending' : '';
    return html`<div class="root ${pending}" lang=${lang} dir=${dir} aria-busy=${loading ? 'true' : 'false'}>
      ${body}
    </div>`;
  }

  private setHelpful(helpful: boolean) {
    this.helpful = helpful;
    if (this.feedbackState === 'missing') this.feedbackState = 'idle';
    this.requestUpdate();
  }

  private setFeedbackState(state: FeedbackState) {
    this.feedbackState = state;
    this.requestUpdate();
  }

  private async sendFeedback(event: SubmitEvent) {
    event.preventDefault();
    const guide = this.current();
    if (!guide || this.feedbackState === 'sending') return;
    if (this.helpful === undefined) {
      this.setFeedbackState('missing');
      return;
    }
    const form = event.currentTarget as HTMLFormElement;
    const comment = (form.elements.namedItem('comment') as HTMLTextAreaElement | null)?.value ?? '';
    const payload = feedbackPayload(guide.id, this.helpful, comment, this.localize.lang);
    const url = safeUrl(this.feedbackUrl);
    this.setFeedbackState('sending');
    let sent = false;
    try {
      if (!url || !/^https?:/.test(url)) throw new Error('feedback-url must be an http(s) address');
      // No cookies, no referrer: the answer carries nothing about the citizen.
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      });
      sent = response.ok;
    } catch {
      sent = false;
    }
    this.setFeedbackState(sent ? 'sent' : 'failed');
    this.emit('mb-feedback', { ...payload, sent });
  }

  static override styles = [base, styles];
}
