import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { MbElement } from '../core/base-element.js';
import { FeedController, LoadError, parseJson, readInlineJson, type LoadErrorKind } from '../core/feed.js';
import { LocalizeController, type Lang } from '../core/localize.js';
import { formatDay, parseDateTime } from '../core/time.js';
import { isExternal, safeUrl } from '../core/url.js';
import {
  actionUrl,
  feedbackPayload,
  numberSteps,
  pickLanguage,
  validateGuide,
  type FeedbackPayload,
  type Guide,
  type GuideLink,
  type GuideStep,
} from './guide.js';
import { isBuiltInGuide, loadBuiltInGuide } from './guides/index.js';
import { styles } from './guide-card.styles.js';

/** Why no guide is shown. */
export type GuideErrorKind = LoadErrorKind | 'unknown-guide';

/** Detail of `mb-error`. */
export interface GuideErrorDetail {
  kind: GuideErrorKind;
  message: string;
  /** For invalid data: what is wrong, path by path, for the editor. */
  issues?: string[];
}

/** Detail of `mb-feedback`: what was sent, and whether it arrived. */
export interface GuideFeedbackDetail extends FeedbackPayload {
  sent: boolean;
}

type Failure = { kind: GuideErrorKind; id?: string; status?: number; issues?: string[] };
type FeedbackState = 'idle' | 'missing' | 'sending' | 'sent' | 'failed';

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * One borger.dk self-service task, step by step: what you need (a checklist to tick), the steps, one "Start … på
 * borger.dk" action, "Har du ikke MitID?", and where the library can help.
 *
 * @summary A step-by-step guide to one borger.dk self-service task, with help at the library.
 *
 * @slot - Fallback content shown before the element upgrades, while the guide loads, and with an error: write the
 *   guide's steps here as plain HTML so they show, fully expanded, when JavaScript is off.
 * @slot help - The library's own text for "Få hjælp på biblioteket" (opening hours, the IT café, a phone number).
 *   Without it a general text is shown.
 *
 * @event mb-load - A guide is shown. Detail: `{ guide: string, lang: 'da' | 'en' }`.
 * @event mb-error - No guide can be shown: unknown `guide`, invalid data, or a failed `src`.
 *   Detail: `{ kind, message, issues? }`.
 * @event mb-feedback - Feedback was sent or failed to send. Detail: `{ guide, helpful, comment, lang, sent }`.
 *
 * @csspart card - The card or the compact tile.
 * @csspart title - The guide's title.
 * @csspart action - The "Start … på borger.dk" link.
 * @csspart help - The "Få hjælp på biblioteket" section.
 *
 * @cssprop --mb-guide-card-max-width - The card's largest width (default `44rem`).
 * @cssprop --mb-guide-card-step-size - The diameter of a step number circle (default `2.25em`).
 */
export class MbGuideCard extends MbElement {
  /** A built-in guide: `mitid`, `digital-post`, `change-address`, `health-card`, `eu-health-card`, `passport`,
   * `housing-benefit`, `state-pension`, `digital-power-of-attorney` or `change-doctor`. */
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

  protected readonly localize = new LocalizeController(this, 'guide-card');

  private readonly feed = new FeedController<unknown>(this, {
    parse: (body) => parseJson(body),
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
    const url = this.current() && this.actionHref(this.current()!);
    if (url && this.qr?.url !== url) {
      const [{ generate }, { toSvgPath }] = await Promise.all([import('lean-qr'), import('lean-qr/extras/svg')]);
      const code = generate(url);
      this.qr = { url, path: toSvgPath(code), size: code.size };
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

  private get level(): number {
    const level = Math.round(Number(this.headingLevel));
    return Number.isFinite(level) ? Math.min(6, Math.max(2, level)) : 2;
  }

  private heading(offset: number, content: unknown, options: { id?: string; className?: string; part?: string } = {}) {
    const tag = HEADINGS[Math.min(6, this.level + offset) - 1];
    return staticHtml`<${tag} id=${ifDefined(options.id)} class=${ifDefined(options.className)} part=${ifDefined(
      options.part,
    )}>${content}</${tag}>`;
  }

  /** The host name a citizen recognises: "borger.dk", "lifeindenmark.borger.dk". */
  private static site(href: string): string {
    try {
      return new URL(href).hostname.replace(/^www\./, '');
    } catch {
      return href;
    }
  }

  private actionHref(guide: Guide): string | undefined {
    return safeUrl(actionUrl(guide.action));
  }

  private newWindow(href: string): boolean {
    return this.linkTarget !== 'same-window' && isExternal(href);
  }

  /** A link from guide data: only safe addresses become links; anything else stays plain text. */
  private link(
    href: string | undefined,
    content: unknown,
    options: { className?: string; part?: string; hreflang?: string } = {},
  ) {
    if (!href) return html`<span class=${ifDefined(options.className)}>${content}</span>`;
    const newWindow = this.newWindow(href);
    return html`<a
      href=${href}
      class=${ifDefined(options.className)}
      part=${ifDefined(options.part)}
      hreflang=${ifDefined(options.hreflang)}
      target=${ifDefined(newWindow ? '_blank' : undefined)}
      rel=${ifDefined(newWindow ? 'noopener' : undefined)}
      >${content}${newWindow ? html` <span class="new-window">${this.localize.t('common:newWindow')}</span>` : nothing}</a
    >`;
  }

  private guideLink(value: GuideLink | undefined) {
    return value ? this.link(safeUrl(value.url), value.label) : nothing;
  }

  /** The card's language for its own words; the guide's language, when different, marks the guide's words. */
  private textLang(guide: Guide): string | undefined {
    return guide.lang && guide.lang !== this.localize.lang ? guide.lang : undefined;
  }

  private formatDate(value: string | undefined) {
    const date = parseDateTime(value);
    return date
      ? html`<time datetime=${value!}>${formatDay(date, this.localize.lang, { weekday: false })}</time>`
      : nothing;
  }

  private toggle(index: number) {
    const open = new Set(this.open);
    if (open.has(index)) open.delete(index);
    else open.add(index);
    this.open = open;
    this.requestUpdate();
  }

  private toggleAll(guide: Guide) {
    this.open = this.allOpen(guide) ? new Set() : new Set(guide.steps.map((_, i) => i));
    this.requestUpdate();
  }

  private allOpen(guide: Guide): boolean {
    return guide.steps.every((_, i) => this.open.has(i));
  }

  private tick(index: number, checked: boolean) {
    const ticked = new Set(this.ticked);
    if (checked) ticked.add(index);
    else ticked.delete(index);
    this.ticked = ticked;
    this.requestUpdate();
  }

  override render() {
    const { t, lang } = this.localize;
    const guide = this.current();
    const error = this.errorDetail();
    const loading = !error && !guide && (this.loadingBuiltIn || this.feed.status === 'loading');
    let body: unknown;
    if (error)
      body = html`<div class="message error" role="alert">
          <p>${error.message}</p>
          ${
            this.src && this.failure && this.failure.kind !== 'parse'
              ? html`<button type="button" class="button secondary" @click=${() => this.feed.retry()}>
                  ${t('common:retry')}
                </button>`
              : nothing
          }
        </div>
        <slot></slot>`;
    else if (guide) body = this.variant === 'compact' ? this.renderTile(guide) : this.renderCard(guide);
    else
      body = html`${loading ? html`<p class="visually-hidden" role="status">${t('loading')}</p>` : nothing}
        <slot></slot>`;
    return html`<div class="root" lang=${lang} aria-busy=${loading ? 'true' : 'false'}>${body}</div>`;
  }

  private renderTile(guide: Guide) {
    const { t } = this.localize;
    const own = safeUrl(this.href);
    const href = own ?? this.actionHref(guide);
    const label = own ? t('compact.read', { title: guide.title }) : this.startLabel(guide);
    return html`<div class="tile" part="card" lang=${ifDefined(this.textLang(guide))}>
      ${this.heading(0, guide.title, { className: 'title', part: 'title' })}
      <p class="purpose">${guide.purpose}</p>
      ${this.link(href, label, { className: 'tile-link', part: 'action' })}
    </div>`;
  }

  private startLabel(guide: Guide): TemplateResult {
    const { t } = this.localize;
    const href = this.actionHref(guide);
    const site = href ? MbGuideCard.site(href) : 'borger.dk';
    const other =
      guide.action.hreflang && guide.action.hreflang !== this.localize.lang ? guide.action.hreflang : undefined;
    return html`${t('action.start', { label: guide.action.label, site })}${
      other ? html` ${t(`action.inLanguage.${other}`)}` : nothing
    }`;
  }

  private renderCard(guide: Guide) {
    const { t } = this.localize;
    const textLang = this.textLang(guide);
    const href = this.actionHref(guide);
    return html`<article class="card" part="card" aria-labelledby="title">
      ${this.heading(0, html`<span lang=${ifDefined(textLang)}>${guide.title}</span>`, {
        id: 'title',
        className: 'title',
        part: 'title',
      })}
      <p class="purpose" lang=${ifDefined(textLang)}>${guide.purpose}</p>
      <p class="tools">
        <button type="button" class="function-link" @click=${this.print}>${t('print')}</button>
      </p>
      ${
        guide.mitid
          ? html`<div class="notice mitid" role="note" aria-labelledby="mitid-heading">
              ${this.heading(1, t('mitid.heading'), { id: 'mitid-heading' })}
              <p>${t('mitid.rule')} ${t('mitid.delegate')}</p>
            </div>`
          : nothing
      }
      ${(guide.warnings ?? []).map(
        (warning) =>
          html`<p class="notice warning">
            <strong>${t('warning')}</strong> <span lang=${ifDefined(textLang)}>${warning}</span>
          </p>`,
      )}
      ${guide.needs.length ? this.renderNeeds(guide, textLang) : nothing} ${this.renderSteps(guide, textLang)}
      <p class="action">
        ${this.link(href, this.startLabel(guide), {
          className: 'button start',
          part: 'action',
          hreflang: guide.action.hreflang,
        })}
      </p>
      ${
        guide.noMitId
          ? html`<section class="no-mitid" aria-labelledby="no-mitid-heading">
              ${this.heading(1, t('noMitId.heading'), { id: 'no-mitid-heading' })}
              <div lang=${ifDefined(textLang)}>
                ${guide.noMitId.text.map((p) => html`<p>${p}</p>`)}
                ${guide.noMitId.link ? html`<p>${this.guideLink(guide.noMitId.link)}</p>` : nothing}
              </div>
            </section>`
          : nothing
      }
      ${
        guide.facts?.length
          ? html`<section class="facts" aria-labelledby="facts-heading">
              ${this.heading(1, t('facts.heading'), { id: 'facts-heading' })}
              <ul lang=${ifDefined(textLang)}>
                ${guide.facts.map(
                  (fact) =>
                    html`<li>
                      ${fact.label}: <strong>${t('facts.value', { value: fact.value, asOf: fact.asOf })}</strong>
                      ${fact.source ? html`<br />${t('facts.source')} ${this.guideLink(fact.source)}` : nothing}
                    </li>`,
                )}
              </ul>
            </section>`
          : nothing
      }
      <section class="help" part="help" aria-labelledby="help-heading">
        ${this.heading(1, t('help.heading'), { id: 'help-heading' })}
        <slot name="help"><p>${t('help.default')}</p></slot>
        ${/* The next course on this guide's topic (guide.topic) joins here in a later release. */ nothing}
      </section>
      ${this.feedbackUrl ? this.renderFeedback() : nothing} ${this.renderFoot(guide, textLang)} ${this.renderQr(href)}
    </article>`;
  }

  private renderNeeds(guide: Guide, textLang: string | undefined) {
    const { t } = this.localize;
    const done = guide.needs.filter((_, i) => this.ticked.has(i)).length;
    return html`<section class="needs" aria-labelledby="needs-heading">
      ${this.heading(1, t('needs.heading'), { id: 'needs-heading' })}
      <p class="hint" id="needs-hint">${t('needs.hint')}</p>
      <ul class="checklist" role="list" aria-describedby="needs-hint">
        ${guide.needs.map(
          (need, i) =>
            html`<li>
              <input
                type="checkbox"
                id="need-${i}"
                .checked=${this.ticked.has(i)}
                @change=${(event: Event) => this.tick(i, (event.target as HTMLInputElement).checked)}
              />
              <label for="need-${i}" lang=${ifDefined(textLang)}>${need}</label>
            </li>`,
        )}
      </ul>
      <p class="progress" role="status">${t('needs.progress', { done, total: guide.needs.length })}</p>
    </section>`;
  }

  private renderSteps(guide: Guide, textLang: string | undefined) {
    const { t } = this.localize;
    const allOpen = this.printing || this.allOpen(guide);
    return html`<section class="steps" aria-labelledby="steps-heading">
      ${this.heading(1, t('steps.heading'), { id: 'steps-heading' })}
      <button
        type="button"
        class="show-all function-link"
        aria-expanded=${allOpen ? 'true' : 'false'}
        aria-controls=${guide.steps.map((_, i) => `step-${i}-panel`).join(' ')}
        @click=${() => this.toggleAll(guide)}
      >
        ${allOpen ? t('steps.hideAll') : t('steps.showAll')}
      </button>
      <ol class="step-list" role="list">
        ${numberSteps(guide.steps).map(
          ({ number, index, step, related }) =>
            html`<li class="step">
              ${this.renderStep(step, index, number, textLang, 2)}
              ${related.map(
                (item) =>
                  html`<div class="related ${item.step.logic}">
                    ${this.renderStep(item.step, item.index, number, textLang, 3)}
                  </div>`,
              )}
            </li>`,
        )}
      </ol>
    </section>`;
  }

  private renderStep(step: GuideStep, index: number, number: number, textLang: string | undefined, offset: number) {
    const { t } = this.localize;
    const open = this.printing || this.open.has(index);
    // The number (or "og"/"eller") sits inside the button, so the step's accessible name carries it even in a
    // screen reader's list of form controls, where GOV.UK's step-by-step loses it (govuk-frontend #3687).
    const marker = step.logic
      ? html`<span class="num logic"
          ><span class="visually-hidden">${t('steps.step')} ${number}, </span>${t(`steps.${step.logic}`)}</span
        >`
      : html`<span class="num"><span class="visually-hidden">${t('steps.step')} </span>${number}</span>`;
    const button = html`<button
      type="button"
      class="step-toggle"
      id="step-${index}-toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="step-${index}-panel"
      @click=${() => this.toggle(index)}
    >
      ${marker}<span class="visually-hidden">: </span
      ><span class="step-title"
        ><span lang=${ifDefined(textLang)}>${step.title}</span>${
          step.optional ? html` <span class="optional">${t('steps.optional')}</span>` : nothing
        }</span
      ><span class="chevron" aria-hidden="true"></span>
    </button>`;
    return html`${this.heading(offset, button, { className: 'step-heading' })}
      <div class="panel" id="step-${index}-panel" ?hidden=${!open} lang=${ifDefined(textLang)}>
        ${step.text.map((p) => html`<p>${p}</p>`)} ${step.link ? html`<p>${this.guideLink(step.link)}</p>` : nothing}
      </div>`;
  }

  private renderFoot(guide: Guide, textLang: string | undefined) {
    const { t } = this.localize;
    return html`<footer class="foot">
      ${this.heading(1, t('footer.sources'), { id: 'sources-heading' })}
      <ul class="sources" lang=${ifDefined(textLang)}>
        ${guide.sources.map((source) => html`<li>${this.link(safeUrl(source.url), source.label)}</li>`)}
      </ul>
      <p class="checked">${t('footer.checked', { date: '' })}${this.formatDate(guide.checkedOn)}</p>
      ${
        guide.updatedOn
          ? html`<p class="updated">${t('footer.updated', { date: '' })}${this.formatDate(guide.updatedOn)}</p>`
          : nothing
      }
    </footer>`;
  }

  private renderQr(href: string | undefined) {
    const { t } = this.localize;
    const qr = this.qr && this.qr.url === href ? this.qr : undefined;
    if (!href) return nothing;
    return html`<figure class="qr print-only">
      ${
        qr
          ? svg`<svg
            xmlns="http://www.w3.org/2000/svg"
            viewBox="-2 -2 ${qr.size + 4} ${qr.size + 4}"
            role="img"
            aria-label=${t('qr.label', { site: MbGuideCard.site(qr.url) })}
            data-url=${qr.url}
          ><rect x="-2" y="-2" width=${qr.size + 4} height=${qr.size + 4} fill="#fff"></rect><path d=${qr.path} fill="#000"></path></svg>`
          : nothing
      }
      <figcaption>${t('qr.caption')} <span class="url">${href}</span></figcaption>
    </figure>`;
  }

  private renderFeedback() {
    const { t } = this.localize;
    const state = this.feedbackState;
    const message =
      state === 'missing'
        ? t('feedback.choose')
        : state === 'sending'
          ? t('feedback.sending')
          : state === 'sent'
            ? t('feedback.thanks')
            : state === 'failed'
              ? t('feedback.failed')
              : '';
    return html`<section class="feedback" aria-labelledby="feedback-heading">
      ${
        state === 'sent'
          ? nothing
          : html`<form @submit=${this.sendFeedback} novalidate>
              <fieldset>
                <legend id="feedback-heading">${t('feedback.question')}</legend>
                <label
                  ><input
                    type="radio"
                    name="helpful"
                    value="yes"
                    .checked=${this.helpful === true}
                    @change=${() => this.setHelpful(true)}
                  />
                  ${t('feedback.yes')}</label
                >
                <label
                  ><input
                    type="radio"
                    name="helpful"
                    value="no"
                    .checked=${this.helpful === false}
                    @change=${() => this.setHelpful(false)}
                  />
                  ${t('feedback.no')}</label
                >
              </fieldset>
              <label for="feedback-comment">${t('feedback.comment')}</label>
              <p class="hint" id="feedback-hint">${t('feedback.hint')}</p>
              <textarea
                id="feedback-comment"
                name="comment"
                rows="3"
                maxlength="500"
                aria-describedby="feedback-hint"
              ></textarea>
              <p>
                <button type="submit" class="button secondary" ?disabled=${state === 'sending'}>
                  ${t('feedback.send')}
                </button>
              </p>
            </form>`
      }
      <p class="feedback-status ${state === 'failed' || state === 'missing' ? 'error-text' : ''}" role="status">
        ${message}
      </p>
    </section>`;
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

  static override styles = styles;
}
