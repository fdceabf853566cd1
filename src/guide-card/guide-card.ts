import { errorMessage } from '../core/error-message.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MbElement } from '../core/base-element.js';
import { FeedController, LoadError, parseJson, readInlineJson, type LoadErrorKind } from '../core/feed.js';
import { LocalizeController, type Lang } from '../core/localize.js';
import { parseDateTime } from '../core/time.js';
import { safeUrl } from '../core/url.js';
import type { CourseEvent } from '../course-calendar/model.js';
import type { SourceFormat } from '../course-calendar/read.js';
import { feedbackPayload, pickLanguage, validateGuide, type FeedbackPayload, type Guide } from './guide.js';
import { isBuiltInGuide, loadBuiltInGuide } from './guides/index.js';
import { hostStyles } from './guide-card.styles.js';
import da from '../../locales/da/guide-card.json' with { type: 'json' };
import en from '../../locales/en/guide-card.json' with { type: 'json' };
import { actionHref, GuideView, type FeedbackState, type ViewState } from './view.js';
import { viewStyles } from './view.styles.js';

type NextCourseModule = typeof import('./next-course.js');
let nextCourseModule: Promise<NextCourseModule> | undefined;
/** The course feed's reader and the "Næste kursus" box: loaded the first time a card has a `courses-src`. */
const loadNextCourse = () => (nextCourseModule ??= import('./next-course.js'));

/** A course feed read, with the module that read it (it also renders the box). */
interface CourseData {
  events: readonly CourseEvent[];
  module: NextCourseModule;
}

/** Why no guide is shown. */
export type GuideErrorKind = LoadErrorKind | 'unknown-guide';

/** Detail of `mb-error`. */
export interface GuideErrorDetail {
  kind: GuideErrorKind;
  message: string;
  /** For invalid data: what is wrong, path by path, for the editor. */
  issues?: string[];
  /** `courses` when the course feed (`courses-src`) failed; the guide itself is still shown. */
  source?: 'courses';
}

/** Detail of `mb-load` when the course feed (`courses-src`) was read. */
export interface CoursesLoadDetail {
  source: 'courses';
  /** How many course sessions the feed holds (on any topic). */
  count: number;
}

/** Detail of `mb-feedback`: what was sent, and whether it arrived. */
export interface GuideFeedbackDetail extends FeedbackPayload {
  sent: boolean;
}

type Failure = { kind: GuideErrorKind; id?: string; status?: number; issues?: string[] };

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
 * @event mb-load - A guide is shown. Detail: `{ guide: string, lang: 'da' | 'en' }`. Also when the course feed
 *   (`courses-src`) was read: `{ source: 'courses', count }`.
 * @event mb-error - No guide can be shown: unknown `guide`, invalid data, or a failed `src`.
 *   Detail: `{ kind, message, issues? }`. Also when the course feed (`courses-src`) cannot be read:
 *   `{ kind, message, source: 'courses' }`; the guide stays, and no course is shown.
 * @event mb-feedback - Feedback was sent or failed to send. Detail: `{ guide, helpful, comment, lang, sent }`.
 *
 * @csspart card - The card or the compact tile.
 * @csspart title - The guide's title.
 * @csspart action - The "Start … på borger.dk" link.
 * @csspart help - The "Få hjælp på biblioteket" section.
 * @csspart next-course - The "Næste kursus" box inside the help section.
 *
 * @cssprop --mb-guide-card-max-width - The card's largest width (default `44rem`).
 * @cssprop --mb-guide-card-step-size - The diameter of a step number circle (default `2.25em`).
 */
export class MbGuideCard extends MbElement {
  /**
   * A built-in guide, by id (`mitid`, `digital-post`, `passport` …; the attribute's type lists them all, from the
   * guide registry in src/guide-card/guides/index.ts).
   * @type {BuiltInGuideId}
   */
  @property({ reflect: true }) guide = '';

  /** The URL of a custom guide in JSON (schemas/guide.schema.json): one guide, or `{ "da": …, "en": … }`.
   * Inline JSON (`<script type="application/json">` inside the element) works the same way. */
  @property() src = '';

  /** `full` (default) or `compact`: a tile with title, purpose and one link, for front pages and campaigns. */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** The heading level of the title (2–6, default 2); the card's sections use the levels below it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** `compact` only: the page with the full guide. Without it the tile links to the borger.dk action. */
  @property() href = '';

  /** `new-window` (default): links to other sites open in a new window and say so; `same-window`: they don't. */
  @property({ attribute: 'link-target' }) linkTarget: 'new-window' | 'same-window' = 'new-window';

  /** Opt-in: where "Fik du løst opgaven?" answers are POSTed as JSON `{ guide, helpful, comment, lang }`.
   * Without it no feedback form is shown and nothing is ever sent. */
  @property({ attribute: 'feedback-url' }) feedbackUrl = '';

  /** Milliseconds before a silent `src` counts as failed (a message and "Prøv igen" show). Default 15 000. */
  @property({ type: Number }) timeout = 15_000;

  /**
   * A course feed (our JSON, DPL CMS, LibCal or iCalendar) whose next course on the guide's topic is shown in "Få
   * hjælp på biblioteket": title, date and time, place and how to sign up. Nothing is shown when no course on the
   * topic is ahead, while the feed loads, or when it fails (then `mb-error` fires with `source: 'courses'`).
   */
  @property({ attribute: 'courses-src' }) coursesSrc = '';

  /** The course feed's format, as the course calendar's `format`: `auto` (default), `json`, `dpl`, `libcal`, `ics`. */
  @property({ attribute: 'courses-format' }) coursesFormat: SourceFormat | 'auto' = 'auto';

  /** "Now" as an ISO date-time, for demos and tests: which course is next. Default: the clock. */
  @property() now?: string;

  private readonly localize = new LocalizeController(this, 'guide-card', { da, en });

  private readonly courseFeed = new FeedController<CourseData>(this, {
    parse: async (body, info) => {
      const module = await loadNextCourse();
      return { events: await module.readCourses(body, this.coursesFormat, info.url, this.clock), module };
    },
    onSettled: ({ data, error }) => {
      if (data) this.emit<CoursesLoadDetail>('mb-load', { source: 'courses', count: data.events.length });
      if (!error) return;
      const message = this.localize.t(`common:errors.${error.kind}`, { status: error.status ?? '' });
      this.emit<GuideErrorDetail>('mb-error', { kind: error.kind, message, source: 'courses' });
    },
  });
  /** The last answer to "which course is next", kept until the feed, the topic or `now` changes. */
  private next: { events: readonly CourseEvent[]; topic: string; now: string; course?: CourseEvent } | undefined;

  private readonly feed = new FeedController<unknown>(this, {
    parse: (body) => parseJson(body),
    timeout: () => (Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : 15_000),
    onSettled: ({ data, error }) => {
      if (error) this.reportError({ kind: error.kind, status: error.status });
      else this.setData(data);
    },
  });

  /** Guide data from a built-in module or inline JSON (a `src` lives in the feed controller). */
  @state() private data: unknown;
  @state() private failure: Failure | undefined;
  @state() private loadingBuiltIn = false;
  /** Steps the citizen opened, by index; closed by default. */
  private open = new Set<number>();
  /** "Det skal du bruge" items ticked, by index. Only in memory: kept across re-renders and language switches. */
  private ticked = new Set<number>();
  /** True between "beforeprint" and "afterprint": every step open, the QR code shown. */
  @state() private printing = false;
  @state() private qr: { url: string; path: string; size: number } | undefined;
  private feedbackState: FeedbackState = 'idle';
  private helpful: boolean | undefined;

  /** Renders the card and the tile (view.ts); the element keeps the state and the loading. */
  private readonly viewer = new GuideView();

  private loads = 0;
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
        const code = generate(url);
        this.qr = { url, path: toSvgPath(code), size: code.size };
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
    if (changed.has('guide') || changed.has('src')) void this.load();
    if (changed.has('coursesSrc')) this.courseFeed.load(this.coursesSrc);
    // The reader depends on the format, and an iCalendar feed's series are expanded from "now": read it again.
    else if ((changed.has('coursesFormat') || changed.has('now')) && this.coursesSrc) this.courseFeed.retry();
  }

  private async load() {
    const load = ++this.loads;
    this.failure = undefined;
    this.data = undefined;
    if (this.src) {
      this.feed.load(this.src);
      return;
    }
    this.feed.load(undefined);
    let inline: unknown;
    try {
      inline = readInlineJson(this);
    } catch (caught) {
      this.reportError({ kind: caught instanceof LoadError ? caught.kind : 'parse' });
      return;
    }
    if (inline !== undefined) {
      this.setData(inline);
      return;
    }
    const id = this.guide.trim();
    if (!id) return;
    if (!isBuiltInGuide(id)) {
      this.reportError({ kind: 'unknown-guide', id });
      return;
    }
    this.loadingBuiltIn = true;
    try {
      const pair = await loadBuiltInGuide(id);
      if (load === this.loads) this.setData(pair);
    } catch (caught) {
      if (load === this.loads)
        this.reportError({ kind: 'network', issues: [caught instanceof Error ? caught.message : String(caught)] });
    } finally {
      if (load === this.loads) this.loadingBuiltIn = false;
    }
  }

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
    const data = this.courseFeed.status === 'ready' ? this.courseFeed.data : undefined;
    const topic = guide.topic ?? '';
    if (!data || !topic) return nothing;
    const now = this.now ?? '';
    if (this.next?.events !== data.events || this.next.topic !== topic || this.next.now !== now)
      this.next = { events: data.events, topic, now, course: data.module.nextCourse(data.events, topic, this.clock) };
    return this.next.course ? data.module.renderNextCourse(view, this.next.course) : nothing;
  }

  private setData(data: unknown) {
    this.version += 1;
    this.data = data;
    this.failure = undefined;
  }

  private reportError(failure: Failure) {
    this.version += 1;
    this.failure = failure;
  }

  /** The guide in the card's language, validated once per data and language. */
  private current(): Guide | undefined {
    return this.view()?.guide;
  }

  private view() {
    const data = this.src ? (this.feed.status === 'ready' ? this.feed.data : undefined) : this.data;
    if (data === undefined || this.failure) return undefined;
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

  private errorDetail(): GuideErrorDetail | undefined {
    const { t } = this.localize;
    let failure = this.failure;
    const view = failure ? undefined : this.view();
    if (view && !view.guide) failure = { kind: 'invalid', issues: view.issues };
    if (!failure) return undefined;
    const message =
      failure.kind === 'unknown-guide'
        ? t('errors.unknownGuide', { id: failure.id ?? '' })
        : failure.kind === 'invalid'
          ? t('errors.invalid')
          : t(`common:errors.${failure.kind}`, { status: failure.status ?? '' });
    return failure.issues?.length
      ? { kind: failure.kind, message, issues: failure.issues }
      : { kind: failure.kind, message };
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
    if (error) this.emit<GuideErrorDetail>('mb-error', error);
    else if (guide) this.emit('mb-load', { guide: guide.id, lang: this.localize.lang });
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
    const { t, lang } = this.localize;
    const guide = this.current();
    const error = this.errorDetail();
    const loading = !error && !guide && (this.loadingBuiltIn || this.feed.status === 'loading');
    let body: unknown;
    if (error)
      body = html`${errorMessage({
          message: error.message,
          retry: this.src && this.failure && this.failure.kind !== 'parse' ? () => this.feed.retry() : undefined,
          retryLabel: t('common:retry'),
        })} <slot></slot>`;
    else if (guide) body = this.viewer.render(this.viewState(), guide);
    else
      body = html`${loading ? html`<p class="visually-hidden" role="status">${t('loading')}</p>` : nothing}
        <slot></slot>`;
    return html`<div class="root" lang=${lang} aria-busy=${loading ? 'true' : 'false'}>${body}</div>`;
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
    this.emit<GuideFeedbackDetail>('mb-feedback', { ...payload, sent });
  }

  static override styles = [...hostStyles, viewStyles];
}
