/*
 * How a guide looks: the full card and the compact tile, rendered from the validated guide and the state the
 * element hands over. The element (guide-card.ts) keeps the state, the loading and the events.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading, headingLevel, type HeadingOptions } from '../core/heading.js';
import { languageName, languageOf, type Direction } from '../core/languages.js';
import type { LocalizeController } from '../core/localize.js';
import { formatDay, parseDateTime } from '../core/time.js';
import { isExternal, safeUrl } from '../core/url.js';
import {
  actionUrl,
  factYear,
  numberSteps,
  type Guide,
  type GuideFact,
  type GuideLink,
  type GuideStep,
} from './guide.js';

export type FeedbackState = 'idle' | 'missing' | 'sending' | 'sent' | 'failed';

/** The status line under the feedback form, by state (nothing while idle). */
const FEEDBACK_STATUS = {
  missing: 'feedback.choose',
  sending: 'feedback.sending',
  sent: 'feedback.thanks',
  failed: 'feedback.failed',
} as const;

/** The address of the guide's start action, when it is safe to link to. */
export function actionHref(guide: Guide): string | undefined {
  return safeUrl(actionUrl(guide.action));
}

/** What the card hands the view before each render: its settings, the citizen's state and the card's handlers. */
export interface ViewState {
  localize: Pick<LocalizeController<'guide-card'>, 't' | 'lang' | 'dir'>;
  variant: 'full' | 'compact';
  headingLevel: number;
  href: string;
  linkTarget: string;
  feedbackUrl: string;
  open: ReadonlySet<number>;
  ticked: ReadonlySet<number>;
  printing: boolean;
  qr: { url: string; path: string; size: number } | undefined;
  feedbackState: FeedbackState;
  helpful: boolean | undefined;
  toggle: (index: number) => void;
  showAll: (guide: Guide, open: boolean) => void;
  tick: (index: number, checked: boolean) => void;
  print: () => void;
  setHelpful: (helpful: boolean) => void;
  sendFeedback: (event: SubmitEvent) => void;
  /** The "Næste kursus" box for the help section (next-course.ts), or `nothing`. */
  nextCourse: (view: GuideView, guide: Guide) => unknown;
}

export class GuideView {
  declare localize: ViewState['localize'];
  declare variant: ViewState['variant'];
  declare headingLevel: number;
  declare href: string;
  declare linkTarget: string;
  declare feedbackUrl: string;
  declare open: ReadonlySet<number>;
  declare ticked: ReadonlySet<number>;
  declare printing: boolean;
  declare qr: ViewState['qr'];
  declare feedbackState: FeedbackState;
  declare helpful: boolean | undefined;
  declare toggle: ViewState['toggle'];
  declare showAll: ViewState['showAll'];
  declare tick: ViewState['tick'];
  declare print: ViewState['print'];
  declare setHelpful: ViewState['setHelpful'];
  declare sendFeedback: ViewState['sendFeedback'];
  declare nextCourse: ViewState['nextCourse'];

  /** Renders the guide with the card's current state. */
  render(state: ViewState, guide: Guide): TemplateResult {
    Object.assign(this, state);
    return this.variant === 'compact' ? this.renderTile(guide) : this.renderCard(guide);
  }

  get level(): number {
    return headingLevel(this.headingLevel);
  }

  /** A heading `offset` levels below the card's title (core/heading.ts). */
  heading(offset: number, content: unknown, options: HeadingOptions = {}) {
    return heading(this.level + offset, content, options);
  }

  /** The host name a citizen recognises: "borger.dk", "lifeindenmark.borger.dk". */
  static site(href: string): string {
    try {
      return new URL(href).hostname.replace(/^www\./, '');
    } catch {
      return href;
    }
  }

  actionHref(guide: Guide): string | undefined {
    return actionHref(guide);
  }

  newWindow(href: string): boolean {
    return this.linkTarget !== 'same-window' && isExternal(href);
  }

  /** A link from guide data: only safe addresses become links; anything else stays plain text. */
  link(
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
      >${content}${newWindow ? html`<span class="new-window">${` ${this.localize.t('common:newWindow')}`}</span>` : nothing}</a
    >`;
  }

  guideLink(value: GuideLink | undefined) {
    return value ? this.link(safeUrl(value.url), value.label) : nothing;
  }

  /** The card's language for its own words; the guide's language, when different, marks the guide's words. */
  textLang(guide: Guide): string | undefined {
    return guide.lang && guide.lang !== this.localize.lang ? guide.lang : undefined;
  }

  /** The direction of the guide's own blocks when it is not the card's: English text on a right-to-left page. */
  textDir(textLang: string | undefined): Direction | undefined {
    const dir = textLang ? languageOf(textLang).dir : undefined;
    return dir && dir !== this.localize.dir ? dir : undefined;
  }

  formatDate(value: string | undefined) {
    const date = parseDateTime(value);
    return date
      ? html`<time datetime=${value!}>${formatDay(date, this.localize.lang, { weekday: false })}</time>`
      : nothing;
  }

  /** The value with its age: "225 kr. (2024-pris)" for a fee, "op til 7 uger (oplyst i 2024)" for the rest. */
  factValue(fact: GuideFact): string {
    const key = (fact.kind ?? 'fee') === 'fee' ? 'facts.fee' : 'facts.dated';
    return this.localize.t(key, { value: fact.value, year: factYear(fact) });
  }

  allOpen(guide: Guide): boolean {
    return guide.steps.every((_, i) => this.open.has(i));
  }

  renderTile(guide: Guide) {
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

  startLabel(guide: Guide): TemplateResult {
    const { t } = this.localize;
    const href = this.actionHref(guide);
    const site = href ? GuideView.site(href) : 'borger.dk';
    const other =
      guide.action.hreflang && guide.action.hreflang !== this.localize.lang ? guide.action.hreflang : undefined;
    return html`${t('action.start', { label: guide.action.label, site })}${
      other ? ` ${t('action.inLanguage', { language: languageName(other, this.localize.lang) })}` : nothing
    }`;
  }

  renderCard(guide: Guide) {
    const { t } = this.localize;
    const textLang = this.textLang(guide);
    const href = this.actionHref(guide);
    return html`<article class="card" part="card" aria-labelledby="title">
      ${this.heading(0, html`<span lang=${ifDefined(textLang)}>${guide.title}</span>`, {
        id: 'title',
        className: 'title',
        part: 'title',
      })}
      <p class="purpose" lang=${ifDefined(textLang)} dir=${ifDefined(this.textDir(textLang))}>${guide.purpose}</p>
      <p class="tools">
        <button type="button" class="function-link" @click=${this.print}>${t('print')}</button>
      </p>
      ${this.renderNotices(guide, textLang)} ${guide.needs.length ? this.renderNeeds(guide, textLang) : nothing}
      ${this.renderSteps(guide, textLang)}
      <p class="action">
        ${this.link(href, this.startLabel(guide), {
          className: 'button start',
          part: 'action',
          hreflang: guide.action.hreflang,
        })}
      </p>
      ${this.renderNoMitId(guide, textLang)} ${this.renderFacts(guide, textLang)}
      <section class="help" part="help" aria-labelledby="help-heading">
        ${this.heading(1, t('help.heading'), { id: 'help-heading' })}
        <slot name="help"><p>${t('help.default')}</p></slot>
        ${this.nextCourse(this, guide)}
      </section>
      ${this.feedbackUrl ? this.renderFeedback() : nothing} ${this.renderFoot(guide, textLang)} ${this.renderQr(href)}
    </article>`;
  }

  /** The MitID notice (when the task needs MitID) and the guide's warnings. */
  renderNotices(guide: Guide, textLang: string | undefined) {
    const { t } = this.localize;
    return html`${
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
    )}`;
  }

  /** "Har du ikke MitID?", when the guide says what to do without it. */
  renderNoMitId(guide: Guide, textLang: string | undefined) {
    if (!guide.noMitId) return nothing;
    return html`<section class="no-mitid" aria-labelledby="no-mitid-heading">
      ${this.heading(1, this.localize.t('noMitId.heading'), { id: 'no-mitid-heading' })}
      <div lang=${ifDefined(textLang)} dir=${ifDefined(this.textDir(textLang))}>
        ${guide.noMitId.text.map((p) => html`<p>${p}</p>`)}
        ${guide.noMitId.link ? html`<p>${this.guideLink(guide.noMitId.link)}</p>` : nothing}
      </div>
    </section>`;
  }

  /** The dated facts, each with its age and its source. */
  renderFacts(guide: Guide, textLang: string | undefined) {
    const { t } = this.localize;
    if (!guide.facts?.length) return nothing;
    return html`<section class="facts" aria-labelledby="facts-heading">
      ${this.heading(1, t('facts.heading'), { id: 'facts-heading' })}
      <ul lang=${ifDefined(textLang)} dir=${ifDefined(this.textDir(textLang))}>
        ${guide.facts.map(
          (fact) =>
            html`<li>
              ${fact.label}: <strong>${this.factValue(fact)}</strong> <br />${t('facts.source')}
              ${this.guideLink(fact.source)}
            </li>`,
        )}
      </ul>
    </section>`;
  }

  renderNeeds(guide: Guide, textLang: string | undefined) {
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

  renderSteps(guide: Guide, textLang: string | undefined) {
    const { t } = this.localize;
    const allOpen = this.printing || this.allOpen(guide);
    return html`<section class="steps" aria-labelledby="steps-heading">
      ${this.heading(1, t('steps.heading'), { id: 'steps-heading' })}
      <button
        type="button"
        class="show-all function-link"
        aria-expanded=${allOpen ? 'true' : 'false'}
        aria-controls=${guide.steps.map((_, i) => `step-${i}-panel`).join(' ')}
        @click=${() => this.showAll(guide, !allOpen)}
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

  renderStep(step: GuideStep, index: number, number: number, textLang: string | undefined, offset: number) {
    const { t } = this.localize;
    const open = this.printing || this.open.has(index);
    // The number (or "og"/"eller") sits inside the button, so the step's accessible name carries it even in a
    // screen reader's list of form controls, where GOV.UK's step-by-step loses it (govuk-frontend #3687).
    // A space goes in the same text as the words after it, never in a text node of its own (as Lit makes of the
    // space in `${a} ${b}`): Chromium leaves a lone space out of an accessible name ("Trin3, og",
    // "vil(kan springes over)"), as the screen-reader transcripts showed.
    const marker = step.logic
      ? html`<span class="num logic"
          ><span class="visually-hidden">${`${t('steps.step')} ${number}, `}</span>${t(`steps.${step.logic}`)}</span
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
          step.optional ? html`<span class="optional">${` ${t('steps.optional')}`}</span>` : nothing
        }</span
      ><span class="chevron" aria-hidden="true"></span>
    </button>`;
    return html`${this.heading(offset, button, { className: 'step-heading' })}
      <div
        class="panel"
        id="step-${index}-panel"
        ?hidden=${!open}
        lang=${ifDefined(textLang)}
        dir=${ifDefined(this.textDir(textLang))}
      >
        ${step.text.map((p) => html`<p>${p}</p>`)} ${step.link ? html`<p>${this.guideLink(step.link)}</p>` : nothing}
      </div>`;
  }

  renderFoot(guide: Guide, textLang: string | undefined) {
    const { t } = this.localize;
    return html`<footer class="foot">
      ${this.heading(1, t('footer.sources'), { id: 'sources-heading' })}
      <ul class="sources" lang=${ifDefined(textLang)} dir=${ifDefined(this.textDir(textLang))}>
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

  renderQr(href: string | undefined) {
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
            aria-label=${t('qr.label', { site: GuideView.site(qr.url) })}
            data-url=${qr.url}
          ><rect x="-2" y="-2" width=${qr.size + 4} height=${qr.size + 4} fill="#fff"></rect><path d=${qr.path} fill="#000"></path></svg>`
          : nothing
      }
      <figcaption>${t('qr.caption')} <span class="url">${href}</span></figcaption>
    </figure>`;
  }

  renderFeedback() {
    const state = this.feedbackState;
    return html`<section class="feedback" aria-labelledby="feedback-heading">
      ${state === 'sent' ? nothing : this.renderFeedbackForm(state)}
      <p class="feedback-status ${state === 'failed' || state === 'missing' ? 'error-text' : ''}" role="status">
        ${state === 'idle' ? '' : this.localize.t(FEEDBACK_STATUS[state])}
      </p>
    </section>`;
  }

  /** The question "Fik du løst opgaven?", a comment and the send button. */
  renderFeedbackForm(state: FeedbackState) {
    const { t } = this.localize;
    return html`<form @submit=${this.sendFeedback} novalidate>
      <fieldset>
        <legend id="feedback-heading">${t('feedback.question')}</legend>
        ${([true, false] as const).map(
          (helpful) =>
            html`<label
              ><input
                type="radio"
                name="helpful"
                value=${helpful ? 'yes' : 'no'}
                .checked=${this.helpful === helpful}
                @change=${() => this.setHelpful(helpful)}
              />
              ${t(helpful ? 'feedback.yes' : 'feedback.no')}</label
            >`,
        )}
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
        <button type="submit" class="button secondary" ?disabled=${state === 'sending'}>${t('feedback.send')}</button>
      </p>
    </form>`;
  }
}
