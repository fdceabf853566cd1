import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { errorMessage } from '../core/error-message.js';
import { heading, headingLevel } from '../core/heading.js';
import { MbElement } from '../core/base-element.js';
import { FeedController, LoadError, parseJson, readInlineJson } from '../core/feed.js';
import { LocalizeController } from '../core/localize.js';
import { tokens } from '../core/theme.js';
import { safeUrl } from '../core/url.js';
import {
  QUESTIONS,
  byScale,
  competenceKeys,
  fragmentFor,
  modelByNumber,
  modelForFragment,
  modelsNeeding,
  pickText,
  suggestModel,
  type Answers,
  type Question,
  type Suggestion,
} from './model.js';
import da from '../../locales/da/model-explainer.json' with { type: 'json' };
import en from '../../locales/en/model-explainer.json' with { type: 'json' };
import { builtInDataset } from './data.js';
import { styles } from './model-explainer.styles.js';
import {
  MAX_SCALE_RANK,
  type CollaborationModel,
  type LocalText,
  type ModelDataset,
  type ModelFigure,
} from './types.js';

/** A dataset that parsed as JSON but failed validation; `problems` lists what is wrong, for the editor. */
export class DatasetError extends LoadError {
  readonly problems: string[];
  constructor(problems: string[]) {
    super('invalid', problems.join('\n'));
    this.problems = problems;
  }
}

/** Detail of `mb-model-select`. */
export interface ModelSelectDetail {
  id: string;
  displayNumber: number;
  scaleRank: number;
  /** The model's name in the widget's language. */
  name: string;
}

/** Detail of `mb-error`. */
export interface ModelErrorDetail {
  kind: LoadError['kind'];
  /** The message the widget shows, in its language. */
  message: string;
  /** For invalid data: every problem the validator found (technical, in English). */
  problems: string[];
  url?: string;
}

export type ModelExplainerView = 'interactive' | 'table';

// The validator is needed only for custom data, so it loads on demand.
async function parseDataset(json: unknown): Promise<ModelDataset> {
  const { validateDataset } = await import('./validate.js');
  const result = validateDataset(json);
  if (!result.dataset) throw new DatasetError(result.problems);
  return result.dataset;
}

/**
 * The five ways a public library and the municipality's citizen service (Borgerservice) work together, from the
 * workshop "Digitalt medborgerskab" (Knudsen Syd, autumn 2011): an interactive view that orders the models on an
 * integration scale, a comparison table (always used in print), a competence filter and a self-assessment.
 *
 * Content an editor writes inside the element shows before the element upgrades and without JavaScript; it is
 * replaced by the widget afterwards. A `<script type="application/json">` child replaces the built-in data.
 *
 * @summary The library–Borgerservice collaboration models, explained and compared.
 *
 * @slot - Fallback content shown only before the element upgrades or without JavaScript (not rendered after).
 *
 * @event mb-model-select - The reader chose a model (tab, filter result, self-assessment or deep link).
 *   `detail`: `{ id, displayNumber, scaleRank, name }`.
 * @event mb-load - Custom data from `src` or inline JSON was read and is shown. `detail`: `{ models, url? }`.
 * @event mb-error - Custom data could not be fetched or is invalid; the built-in data stays.
 *   `detail`: `{ kind, message, problems, url? }`.
 *
 * @csspart error - The message shown when custom data cannot be used.
 * @csspart tablist - The row of models on the integration scale.
 * @csspart tab - One model in the tablist.
 * @csspart panel - The details of the selected model.
 * @csspart table - The comparison table's scrolling region.
 * @csspart filter - The competence filter section.
 * @csspart assessment - The self-assessment section.
 * @csspart figures - The figures and sources section.
 *
 * @cssprop [--mb-color-primary=#44831e] - Brand colour: buttons, the selected model and the scale.
 * @cssprop [--mb-color-text=#1a1a1a] - Text colour.
 * @cssprop [--mb-color-muted=#5c5c5c] - Secondary text (levels, sources).
 * @cssprop [--mb-color-surface=#ffffff] - Background of tabs and cells.
 * @cssprop [--mb-color-surface-alt=#f5f5f5] - Background of header cells and the selected tab.
 * @cssprop [--mb-color-border=#8e8e8e] - Borders and the empty part of the scale.
 * @cssprop [--mb-focus-color=var(--mb-color-primary, #454545)] - Focus ring; the brand colour when that is set.
 * @cssprop [--mb-radius=4px] - Corner radius.
 * @cssprop [--mb-model-explainer-scale-color=var(--mb-color-primary)] - The filled part of each model's scale.
 * @cssprop [--mb-model-explainer-column-width=11rem] - Width of a model's column in the comparison table.
 */
export class MbModelExplainer extends MbElement {
  static override styles = [tokens, styles];

  /** The display number (1–5) of the model shown in the interactive view. Reflected when the reader chooses. */
  @property({ type: Number, reflect: true }) selected?: number;

  /** `interactive` (default): the scale and one model at a time; `table`: every model side by side. */
  @property({ reflect: true }) view: 'interactive' | 'table' = 'interactive';

  /** URL of a JSON dataset that replaces the built-in models (see schemas/model-explainer.schema.json). */
  @property() src?: string;

  /**
   * Opt-in: choosing a model writes `#mb-<model id>` (e.g. `#mb-model-3`) to the address with a new history
   * entry, and such a fragment opens the model, so links work and Back returns to the previous model. Other
   * fragments of the page are left alone.
   */
  @property({ type: Boolean, attribute: 'deep-link' }) deepLink = false;

  /** The level of the widget's section headings (2–4); the selected model's heading is one below. Default 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * Which sections follow the models, space-separated: `filter` (competence filter), `assessment` (self-assessment),
   * `figures` (figures and sources). Default all three; `sections=""` shows the models alone.
   */
  @property() sections = 'filter assessment figures';

  /** Milliseconds before a silent `src` counts as failed (the built-in models stay, with a message). Default 15 000. */
  @property({ type: Number }) timeout = 15_000;

  @state() private competence = '';
  @state() private answers: Answers = {};
  @state() private suggestion: Suggestion | undefined;
  @state() private printing = false;

  private readonly localize = new LocalizeController(this, 'model-explainer', { da, en });

  private readonly feed = new FeedController<ModelDataset>(this, {
    parse: (body) => parseDataset(parseJson(body)),
    timeout: () => (Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : 15_000),
    onSettled: ({ data, error, url }) => (error ? this.reportError(error, url) : this.reportLoad(data, url)),
  });

  /** The model shown before the reader's first deep-linked choice; Back to an address without a fragment shows it. */
  private startNumber: number | undefined;
  private pushed = false;
  private linkApplied = false;
  /** Inline JSON being checked (the validator loads on demand): the editor's content shows meanwhile. */
  @state() private inlinePending = false;
  private inlineLoad: Promise<void> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onLocationChange);
    window.addEventListener('popstate', this.onLocationChange);
    if (!this.src && this.feed.status === 'idle') this.readInline();
  }

  /** Also waits for inline JSON to be checked, so `await el.updateComplete` means its models are on screen. */
  protected override async getUpdateComplete(): Promise<boolean> {
    if (this.inlineLoad) await this.inlineLoad;
    let result = await super.getUpdateComplete();
    // The inline data may have arrived in this very tick: let that render finish too.
    while (this.isUpdatePending) result = await super.getUpdateComplete();
    return result;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onLocationChange);
    window.removeEventListener('popstate', this.onLocationChange);
  }

  /** The data shown: custom data once it has loaded, else the built-in models. */
  get shownData(): ModelDataset {
    return (this.feed.status !== 'idle' && this.feed.data) || builtInDataset();
  }

  private get data(): ModelDataset {
    return this.shownData;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && (this.src || changed.get('src'))) {
      if (this.src) this.feed.load(this.src);
      else {
        this.feed.load(undefined);
        this.readInline();
      }
    }
    // A link to a model opens it once the data it names is here (custom data may still be loading).
    const data = this.shownData;
    if (this.deepLink && !this.linkApplied && this.feed.status !== 'loading' && !this.inlinePending) {
      this.linkApplied = true;
      const model = modelForFragment(data.models, location.hash);
      if (model) {
        this.selected = model.displayNumber;
        void this.updateComplete.then(() => this.focusModel(model, false));
      }
    }
  }

  private readInline(): void {
    let json: unknown;
    try {
      json = readInlineJson(this);
    } catch (caught) {
      this.inlineFailed(caught);
      return;
    }
    if (json === undefined) return;
    this.inlinePending = true;
    this.inlineLoad = parseDataset(json).then(
      (data) => {
        this.inlinePending = false;
        this.feed.set(data);
        void this.updateComplete.then(() => this.reportLoad(data, undefined));
      },
      (caught: unknown) => this.inlineFailed(caught),
    );
  }

  private inlineFailed(caught: unknown): void {
    this.inlinePending = false;
    const error = caught instanceof LoadError ? caught : new LoadError('parse');
    this.feed.set(undefined, error);
    void this.updateComplete.then(() => this.reportError(error, undefined));
  }

  private errorMessage(error: LoadError): string {
    return error.kind === 'invalid' || error.kind === 'parse'
      ? this.localize.t('error.invalid')
      : this.localize.t('error.load');
  }

  private reportError(error: LoadError, url: string | undefined): void {
    const problems = error instanceof DatasetError ? error.problems : [error.message];
    console.warn(`<mb-model-explainer>: custom data not used (${error.kind}).`, problems);
    this.emit<ModelErrorDetail>('mb-error', {
      kind: error.kind,
      message: this.errorMessage(error),
      problems,
      ...(url ? { url } : {}),
    });
  }

  private reportLoad(data: ModelDataset | undefined, url: string | undefined): void {
    this.emit('mb-load', { models: data?.models.length ?? 0, ...(url ? { url } : {}) });
  }

  private get current(): CollaborationModel {
    return modelByNumber(this.data.models, this.selected);
  }

  private readonly onLocationChange = (): void => {
    if (!this.deepLink) return;
    const model = modelForFragment(this.data.models, location.hash);
    if (model) {
      if (model !== this.current) void this.choose(model, { push: false, focus: true });
    } else if (location.hash === '' && this.pushed && this.startNumber !== undefined) {
      // Back to the address the page had before our first entry: show the model shown then. A non-empty
      // fragment belongs to the host page and is never ours to act on.
      const start = modelByNumber(this.data.models, this.startNumber);
      if (start !== this.current) void this.choose(start, { push: false, focus: false });
    }
  };

  /** Selects a model as the reader's choice: reflects `selected`, writes the fragment, fires `mb-model-select`. */
  private async choose(
    model: CollaborationModel,
    options: { push: boolean; focus: boolean | 'tab'; announce?: boolean },
  ): Promise<void> {
    const before = this.current;
    this.selected = model.displayNumber;
    if (options.push && this.deepLink) {
      const hash = fragmentFor(model);
      if (location.hash !== hash) {
        if (!this.pushed) this.startNumber = before.displayNumber;
        this.pushed = true;
        history.pushState(history.state, '', hash);
      }
    }
    if (options.announce !== false) {
      this.emit<ModelSelectDetail>('mb-model-select', {
        id: model.id,
        displayNumber: model.displayNumber,
        scaleRank: model.scaleRank,
        name: pickText(model.name, this.localize.lang).value,
      });
    }
    if (!options.focus) return;
    await this.updateComplete;
    this.focusModel(model, options.focus === 'tab');
  }

  /** Focus on the chosen model: its tab while arrowing, else its heading (or its table column). */
  private focusModel(model: CollaborationModel, tab: boolean): void {
    const selector = tab ? `#tab-${model.id}` : this.view === 'table' ? `#col-${model.id}` : '#panel-heading';
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private onTabKeydown(event: KeyboardEvent): void {
    const models = byScale(this.data.models);
    const index = models.indexOf(this.current);
    const next: Record<string, number> = {
      ArrowRight: (index + 1) % models.length,
      ArrowLeft: (index - 1 + models.length) % models.length,
      Home: 0,
      End: models.length - 1,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    // Automatic activation: the data is local, so the panel changes at once (APG tabs).
    void this.choose(models[target], { push: true, focus: 'tab' });
  }

  /** The level of a heading `offset` levels below the widget's own (the one clamp rule of core/heading.ts). */
  private headingAt(offset: number): number {
    return headingLevel(this.headingLevel, 4) + offset;
  }

  /** Text in the widget's language; marked `lang="da"` when only Danish is available (WCAG 3.1.2). */
  private text(text: LocalText | undefined): TemplateResult | string {
    if (!text) return '';
    const picked = pickText(text, this.localize.lang);
    return picked.lang === this.localize.lang ? picked.value : html`<span lang=${picked.lang}>${picked.value}</span>`;
  }

  private plain(text: LocalText): string {
    return pickText(text, this.localize.lang).value;
  }

  private modelTitle(model: CollaborationModel): string {
    return this.localize.t('modelName', { number: model.displayNumber, name: this.plain(model.name) });
  }

  private level(model: CollaborationModel): string {
    return this.localize.t('level', { rank: model.scaleRank, max: MAX_SCALE_RANK });
  }

  override render() {
    const { t, lang } = this.localize;
    // Custom data on its way: the editor's light-DOM content shows meanwhile.
    const loading = (this.feed.status === 'loading' && !this.feed.data) || this.inlinePending;
    const error = this.feed.status === 'error' ? this.feed.error : undefined;
    const h = this.headingAt(0);
    return html`<div class="explainer ${this.printing ? 'print-assessment' : ''}" lang=${lang}>
      ${
        error
          ? errorMessage({
              message: this.errorMessage(error),
              retry:
                this.feed.url && error.kind !== 'invalid' && error.kind !== 'parse'
                  ? () => this.feed.retry()
                  : undefined,
              retryLabel: t('common:retry'),
              part: 'error',
            })
          : nothing
      }
      ${
        loading
          ? html`<div aria-busy="true">
              <slot></slot>
              <p class="visually-hidden">${t('common:loading')}</p>
            </div>`
          : html`<section class="models" aria-labelledby="models-heading">
                ${heading(h, t('sections.models'), { id: 'models-heading' })} ${this.renderScaleNote()}
                ${this.view === 'table' ? nothing : this.renderInteractive()} ${this.renderTable()}
              </section>
              ${this.shows('filter') ? this.renderFilter() : nothing}
              ${this.shows('assessment') ? this.renderAssessment() : nothing}
              ${this.shows('figures') ? this.renderFigures() : nothing}`
      }
    </div>`;
  }

  private shows(section: 'filter' | 'assessment' | 'figures'): boolean {
    return (this.sections ?? '').split(/\s+/).includes(section);
  }

  private renderScaleNote() {
    const models = this.data.models;
    const zero = models.find((model) => model.scaleRank === 0);
    // Only worth saying when the zero point is not also the lowest number, as with the workshop's Model 5.
    if (!zero || models.every((model) => model.displayNumber >= zero.displayNumber)) return nothing;
    return html`<p class="scale-note">
      ${this.localize.t('scaleNote', { number: zero.displayNumber, name: this.plain(zero.name) })}
    </p>`;
  }

  private renderInteractive() {
    const { t } = this.localize;
    const models = byScale(this.data.models);
    const current = this.current;
    return html`<div class="interactive">
      <p class="scale-ends" aria-hidden="true"><span>${t('scale.least')}</span><span>${t('scale.most')}</span></p>
      <div role="tablist" aria-label=${t('scale.label')} part="tablist" @keydown=${this.onTabKeydown}>
        ${models.map((model) => {
          const selected = model === current;
          return html`<button
            type="button"
            role="tab"
            part="tab"
            id="tab-${model.id}"
            aria-selected=${selected ? 'true' : 'false'}
            aria-controls="panel"
            tabindex=${selected ? 0 : -1}
            @click=${() => void this.choose(model, { push: true, focus: false })}
          >
            <span class="tab-number">${t('model', { number: model.displayNumber })}</span>
            <span class="tab-name">${this.text(model.name)}</span>
            <span class="tab-level">${this.level(model)}</span>
            <span class="scale" aria-hidden="true"
              >${Array.from(
                { length: MAX_SCALE_RANK },
                (_, i) => html`<span class=${i < model.scaleRank ? 'on' : ''}></span>`,
              )}</span
            >
          </button>`;
        })}
      </div>
      <div role="tabpanel" id="panel" part="panel" aria-labelledby="tab-${current.id}" tabindex="0">
        ${this.renderDetails(current)}
      </div>
    </div>`;
  }

  private renderDetails(model: CollaborationModel) {
    const { t, lang } = this.localize;
    const h = this.headingAt(1);
    const sub = this.headingAt(2);
    const figures = this.data.figures.filter((figure) => figure.models?.includes(model.id));
    const sources = (model.sources ?? [])
      .map((id) => this.data.sources.find((source) => source.id === id))
      .filter((source) => source !== undefined);
    return html`${heading(h, this.modelTitle(model), { id: 'panel-heading', focusable: true })}
      ${
        lang === 'en' && model.name.en
          ? html`<p class="original">${t('danishName')} <span lang="da">${model.name.da}</span></p>`
          : nothing
      }
      <p class="level">${this.level(model)}</p>
      ${heading(sub, t('sections.meaning'))}
      <p>${this.text(model.summary)}</p>
      ${heading(sub, t('sections.who'))}
      <p>${this.text(model.whoDoesTheTasks)}</p>
      ${heading(sub, t('sections.competences'))} ${this.renderCompetences(model)}
      ${heading(sub, t('sections.examples'))} ${this.renderExamples(model)}
      ${
        figures.length
          ? html`${heading(sub, t('sections.figures'))}
              <ul class="figure-list" role="list">
                ${figures.map((figure) => this.renderFigure(figure))}
              </ul>`
          : nothing
      }
      ${
        sources.length
          ? html`${heading(sub, t('sections.sources'))}
              <ul class="sources">
                ${sources.map((source) => html`<li>${this.renderSource(source.id)}</li>`)}
              </ul>`
          : nothing
      }`;
  }

  private renderCompetences(model: CollaborationModel) {
    if (!model.competences.length && !model.competenceNotes?.length) {
      return html`<p class="none">${this.localize.t('noCompetences')}</p>`;
    }
    return html`${
      model.competences.length
        ? html`<ul class="competences">
            ${model.competences.map(
              (competence) =>
                html`<li>
                  <span class="competence-label">${this.text(competence.label)}</span>${
                    competence.detail
                      ? html`<span class="competence-detail">${this.text(competence.detail)}</span>`
                      : nothing
                  }
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${(model.competenceNotes ?? []).map((note) =>
      note.quote
        ? html`<blockquote class="note"><p>${this.text(note.text)}</p></blockquote>`
        : html`<p class="note">${this.text(note.text)}</p>`,
    )}`;
  }

  private renderExamples(model: CollaborationModel) {
    const examples = model.examples;
    if (!examples) return html`<p class="none">${this.localize.t('noExamples')}</p>`;
    return html`<p class="examples">${this.text(examples.text)}</p>
      ${
        examples.period || examples.source
          ? html`<p class="meta">
              ${examples.period ? this.localize.t('examplesFrom', { period: this.plain(examples.period) }) : nothing}
              ${examples.source ? html`${this.localize.t('sourceLabel')} ${this.renderSource(examples.source)}` : nothing}
            </p>`
          : nothing
      }`;
  }

  private renderSource(id: string) {
    const source = this.data.sources.find((candidate) => candidate.id === id);
    if (!source) return id;
    const href = safeUrl(source.url);
    return href ? html`<a href=${href}>${this.text(source.title)}</a>` : this.text(source.title);
  }

  private formatValue(figure: ModelFigure): string {
    const { t, locale } = this.localize;
    const number = (value: number) =>
      figure.unit === 'percent'
        ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100)
        : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
    let value = number(figure.value);
    if (figure.total !== undefined) value = t('figures.ofTotal', { value, total: number(figure.total) });
    if (figure.qualifier) value = t(`figures.${figure.qualifier}`, { value });
    return value;
  }

  private renderFigure(figure: ModelFigure) {
    const { t } = this.localize;
    return html`<li class="figure">
      <p><strong class="value">${this.formatValue(figure)}</strong> ${this.text(figure.text)}</p>
      <p class="meta">
        ${t(`figures.scope.${figure.scope}`)} · ${figure.year ?? t('figures.undated')} · ${t('sourceLabel')}
        ${this.renderSource(figure.source)}
      </p>
    </li>`;
  }

  private renderTable() {
    const { t } = this.localize;
    const models = byScale(this.data.models);
    const row = (label: string, cell: (model: CollaborationModel) => unknown) =>
      html`<tr>
        <th scope="row">${label}</th>
        ${models.map((model) => html`<td>${cell(model)}</td>`)}
      </tr>`;
    return html`<div class="table-view">
      <p class="scroll-hint">${t('table.scrollHint')}</p>
      <div class="table-wrap" role="region" aria-label=${t('table.region')} tabindex="0" part="table">
        <table class="models-${models.length}">
          <caption>
            ${t('table.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('table.topic')}</th>
              ${models.map(
                (model) =>
                  html`<th scope="col" id="col-${model.id}" tabindex="-1">
                    <span class="col-number">${t('model', { number: model.displayNumber })}</span>
                    <span class="col-name">${this.text(model.name)}</span>
                  </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${row(t('table.level'), (model) => this.level(model))}
            ${row(t('sections.meaning'), (model) => this.text(model.summary))}
            ${row(t('sections.who'), (model) => this.text(model.whoDoesTheTasks))}
            ${row(t('sections.competences'), (model) => this.renderCompetences(model))}
            ${row(t('sections.examples'), (model) => this.renderExamples(model))}
          </tbody>
        </table>
      </div>
    </div>`;
  }

  private renderFilter() {
    const { t } = this.localize;
    const dataset = this.data;
    const keys = competenceKeys(dataset);
    const key = keys.includes(this.competence) ? this.competence : '';
    const label = (k: string) => (dataset.competenceLabels[k] ? this.plain(dataset.competenceLabels[k]) : k);
    const matches = key ? modelsNeeding(dataset, key) : [];
    const h = this.headingAt(0);
    return html`<section class="filter" aria-labelledby="filter-heading" part="filter">
      ${heading(h, t('filter.heading'), { id: 'filter-heading' })}
      <p class="hint">${t('filter.prompt')}</p>
      <label for="competence">${t('filter.label')}</label>
      <select
        id="competence"
        .value=${key}
        @change=${(event: Event) => (this.competence = (event.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${!key}>${t('filter.all')}</option>
        ${keys.map((k) => html`<option value=${k} ?selected=${k === key}>${label(k)}</option>`)}
      </select>
      <p role="status" class="count">
        ${key ? t('filter.result', { count: matches.length, competence: label(key) }) : ''}
      </p>
      ${
        matches.length
          ? html`<ul class="matches" role="list">
              ${matches.map(
                ({ model, competences }) =>
                  html`<li>
                    <p class="match-name">${this.modelTitle(model)}</p>
                    <ul>
                      ${competences.map((competence) => html`<li>${this.text(competence.label)}</li>`)}
                    </ul>
                    <button
                      type="button"
                      class="button secondary"
                      @click=${() => void this.choose(model, { push: true, focus: true })}
                    >
                      ${t('filter.show', { number: model.displayNumber })}
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </section>`;
  }

  private setAnswer(question: Question, value: boolean): void {
    this.answers = { ...this.answers, [question]: value };
  }

  private onAssess(event: Event): void {
    event.preventDefault();
    // Focus stays on the button; the result is announced by the status region below (WCAG 3.2.2, 4.1.3).
    this.suggestion = suggestModel(this.answers);
  }

  private resetAssessment(): void {
    this.answers = {};
    this.suggestion = undefined;
  }

  private async printAssessment(): Promise<void> {
    // Print only the result: the rest of the widget is hidden while the print dialog is open.
    this.printing = true;
    await this.updateComplete;
    try {
      window.print();
    } finally {
      this.printing = false;
    }
  }

  private renderAssessment() {
    const { t } = this.localize;
    const h = this.headingAt(0);
    const suggestion = this.suggestion;
    const model =
      suggestion?.complete === true
        ? this.data.models.find((candidate) => candidate.scaleRank === suggestion.scaleRank)
        : undefined;
    let result: unknown = '';
    if (suggestion && !suggestion.complete) result = html`<p>${t('assessment.missing')}</p>`;
    else if (suggestion && model)
      result = html`<p class="suggestion">
          <strong>${t('assessment.result', { number: model.displayNumber, name: this.plain(model.name) })}</strong>
        </p>
        <p>${t(`assessment.reasons.${suggestion.reason}`)}</p>`;
    else if (suggestion) result = html`<p>${t('assessment.noModel', { rank: suggestion.scaleRank })}</p>`;
    return html`<section class="assessment" aria-labelledby="assessment-heading" part="assessment">
      ${heading(h, t('assessment.heading'), { id: 'assessment-heading' })}
      <p class="intro">${t('assessment.intro')}</p>
      <form @submit=${this.onAssess}>
        ${QUESTIONS.map(
          (question) =>
            html`<fieldset>
              <legend>${t(`assessment.questions.${question}`)}</legend>
              ${[true, false].map(
                (value) =>
                  html`<label
                    ><input
                      type="radio"
                      name=${question}
                      .checked=${this.answers[question] === value}
                      @change=${() => this.setAnswer(question, value)}
                    />
                    ${t(value ? 'assessment.yes' : 'assessment.no')}</label
                  >`,
              )}
            </fieldset>`,
        )}
        <div class="actions">
          <button type="submit" class="button">${t('assessment.submit')}</button>
          <button type="button" class="button secondary" @click=${this.resetAssessment}>
            ${t('assessment.reset')}
          </button>
        </div>
      </form>
      <div role="status" class="result">${result}</div>
      ${
        model
          ? html`<div class="result-extra">
              <p class="answers-heading">${t('assessment.answers')}</p>
              <dl class="answers">
                ${QUESTIONS.filter((question) => this.answers[question] !== undefined).map(
                  (question) =>
                    html`<dt>${t(`assessment.questions.${question}`)}</dt>
                      <dd>${t(this.answers[question] ? 'assessment.yes' : 'assessment.no')}</dd>`,
                )}
              </dl>
              <div class="actions">
                <button
                  type="button"
                  class="button secondary"
                  @click=${() => void this.choose(model, { push: true, focus: true })}
                >
                  ${t('assessment.show', { number: model.displayNumber })}
                </button>
                <button type="button" class="button secondary" @click=${this.printAssessment}>
                  ${t('assessment.print')}
                </button>
              </div>
            </div>`
          : nothing
      }
    </section>`;
  }

  private renderFigures() {
    const { t } = this.localize;
    const { figures, attribution } = this.data;
    if (!figures.length && !attribution) return nothing;
    const h = this.headingAt(0);
    const sub = this.headingAt(1);
    const workshop = figures.filter((figure) => figure.kind === 'workshop');
    const surveys = figures.filter((figure) => figure.kind === 'survey');
    return html`<section class="figures" aria-labelledby="figures-heading" part="figures">
      ${heading(h, t('figures.heading'), { id: 'figures-heading' })}
      ${
        workshop.length
          ? html`${heading(sub, t('figures.workshop'))}
              <ul class="figure-list" role="list">
                ${workshop.map((figure) => this.renderFigure(figure))}
              </ul>`
          : nothing
      }
      ${
        surveys.length
          ? html`${heading(sub, t('figures.survey'))}
              <p>${t('figures.surveyNote')}</p>
              <ul class="figure-list" role="list">
                ${surveys.map((figure) => this.renderFigure(figure))}
              </ul>`
          : nothing
      }
      ${attribution ? html`<p class="attribution">${this.text(attribution)}</p>` : nothing}
    </section>`;
  }
}
