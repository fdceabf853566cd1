import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { MbElement } from '../core/base-element.js';
import { errorMessage } from '../core/error-message.js';
import { loadDetail } from '../core/events.js';
import { LoadError, parseJson, readInlineJson } from '../core/feed.js';
import { inlineArrow } from '../core/languages.js';
import { LocalizeController } from '../core/localize.js';
import { SourceController, type SourceReader } from '../core/source.js';
import { base } from '../core/theme.js';
import {
  byScale,
  fragmentFor,
  modelByNumber,
  modelForFragment,
  pickText,
  suggestModel,
  type Answers,
  type Question,
  type Suggestion,
} from './model.js';
import { builtInDataset } from './data.js';
import da from '../../locales/da/model-explainer.json' with { type: 'json' };
import { styles } from './model-explainer.styles.js';
import { renderInteractive, renderScaleNote, renderTable } from './models-view.js';
import { renderAssessment, renderFigures, renderFilter } from './sections-view.js';
import type { CollaborationModel, ModelDataset } from './types.js';
import { heading, type ChooseOptions, type ExplainerView } from './view.js';

export type { ModelSelectDetail } from './events.js';

/** A dataset that parsed as JSON but failed validation; `problems` lists what is wrong, for the editor. */
export class DatasetError extends LoadError {
  constructor(problems: string[]) {
    super('invalid', problems.join('\n'), undefined, problems);
  }
}

export type ModelExplainerView = 'interactive' | 'table';

// The validator is needed only for custom data, so it loads on demand.
async function parseDataset(json: unknown): Promise<ModelDataset> {
  const { validateDataset } = await import('./validate.js');
  const result = validateDataset(json);
  if (!result.dataset) throw new DatasetError(result.problems);
  return result.dataset;
}

/** A dataset in JSON, read and validated once for every explainer on the page that shows it. */
const DATASET_READER: SourceReader<ModelDataset> = {
  key: 'models json',
  read: (body) => parseDataset(parseJson(body.text)),
};

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
 * @event {CustomEvent<ModelSelectDetail>} mb-model-select - The reader chose a model (tab, filter result,
 *   self-assessment or deep link). `detail: { id, displayNumber, scaleRank, name }`.
 * @event {CustomEvent<MbLoadDetail>} mb-load - Custom data from `src` or inline JSON was read and is shown.
 *   `detail: { count, skipped, duplicates, formats, urls, failed }`: `count` the models, `urls` the `src` (`[]` for
 *   inline JSON).
 * @event {CustomEvent<MbErrorDetail>} mb-error - Custom data could not be fetched or is invalid; the built-in data
 *   stays. `detail: { kind, message, problems, url? }`, `problems` what the validator found.
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
 * @cssprop [--mb-model-explainer-column-width=11em] - Width of a model's column in the comparison table.
 */
export class MbModelExplainer extends MbElement {
  static override styles = [base, styles];

  /** The reactive properties and state, in one block (docs/architecture.md, "The component pattern"). */
  static override properties: PropertyDeclarations = {
    selected: { type: Number, reflect: true },
    view: { reflect: true },
    src: {},
    deepLink: { type: Boolean, attribute: 'deep-link' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    sections: {},
    timeout: { type: Number },
    competence: { state: true },
    answers: { state: true },
    suggestion: { state: true },
    printing: { state: true },
  };

  /** The display number (1–5) of the model shown in the interactive view. Reflected when the reader chooses. */
  selected?: number;

  /** `interactive` (default): the scale and one model at a time; `table`: every model side by side. */
  view: 'interactive' | 'table' = 'interactive';

  /** URL of a JSON dataset that replaces the built-in models (see schemas/model-explainer.schema.json). */
  src?: string;

  /**
   * Opt-in: choosing a model writes `#mb-<model id>` (e.g. `#mb-model-3`) to the address with a new history
   * entry, and such a fragment opens the model, so links work and Back returns to the previous model. Other
   * fragments of the page are left alone.
   */
  deepLink = false;

  /** The level of the widget's section headings (2–4); the selected model's heading is one below. Default 2. */
  headingLevel = 2;

  /**
   * Which sections follow the models, space-separated: `filter` (competence filter), `assessment` (self-assessment),
   * `figures` (figures and sources). Default all three; `sections=""` shows the models alone.
   */
  sections = 'filter assessment figures';

  /** Milliseconds before a silent `src` counts as failed (the built-in models stay, with a message). Default 15 000. */
  timeout = 15_000;

  private competence = '';
  private answers: Answers = {};
  private suggestion: Suggestion | undefined;
  private printing = false;

  readonly localize = new LocalizeController(this, 'model-explainer', { da }, ['model-explainer-models']);

  /** Custom data from `src` or inline JSON, shared with other explainers on the page; the built-in data otherwise. */
  private readonly source = new SourceController<ModelDataset>(this, {
    reader: () => DATASET_READER,
    local: (value) => parseDataset(value),
    timeout: () => this.timeout,
    onSettled: ({ data, error, urls }) => (error ? this.reportError(error, urls[0]) : this.reportLoad(data, urls)),
  });

  /** The model shown before the reader's first deep-linked choice; Back to an address without a fragment shows it. */
  private startNumber: number | undefined;
  private pushed = false;
  private linkApplied = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onLocationChange);
    window.addEventListener('popstate', this.onLocationChange);
    if (!this.src && this.source.status === 'idle') this.readInline();
  }

  /**
   * The sections below the models (filter, self-assessment, figures) render one task after the models: the
   * explainer's first render in one piece was a task of 100–130 ms on the bench's phone profile (4× slower CPU).
   * The element's box is held from the first frame (medborger.css), so the page below does not move when they come.
   */
  private below = false;
  private belowShown: Promise<void> | undefined;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const modelsShown = this.source.status !== 'loading' || this.source.data !== undefined;
    if (this.below || this.belowShown || !modelsShown) return;
    this.belowShown = new Promise((resolve) =>
      setTimeout(() => {
        this.below = true;
        this.requestUpdate();
        resolve();
      }),
    );
  }

  /**
   * Also waits for inline JSON to be checked and for the sections below the models, so `await el.updateComplete`
   * means the whole explainer is on screen.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.source.valueRead;
    let result = await super.getUpdateComplete();
    // The inline data may have arrived in this very tick: let that render finish too.
    while (this.isUpdatePending) result = await super.getUpdateComplete();
    if (this.belowShown && !this.below) {
      await this.belowShown;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onLocationChange);
    window.removeEventListener('popstate', this.onLocationChange);
  }

  /** The data shown: custom data once it has loaded, else the built-in models. */
  get shownData(): ModelDataset {
    return (this.source.status !== 'idle' && this.source.data) || builtInDataset();
  }

  private get data(): ModelDataset {
    return this.shownData;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && (this.src || changed.get('src'))) {
      if (this.src) this.source.load({ urls: [this.src] });
      else this.readInline();
    }
    // A link to a model opens it once the data it names is here (custom data may still be loading).
    const data = this.shownData;
    if (this.deepLink && !this.linkApplied && this.source.status !== 'loading') {
      this.linkApplied = true;
      const model = modelForFragment(data.models, location.hash);
      if (model) {
        this.selected = model.displayNumber;
        void this.updateComplete.then(() => this.focusModel(model, false));
      }
    }
  }

  private readInline(): void {
    this.source.load({ value: () => readInlineJson(this) });
  }

  private errorMessage(error: LoadError): string {
    return error.kind === 'invalid' || error.kind === 'parse'
      ? this.localize.t('error.invalid')
      : this.localize.t('error.load');
  }

  private reportError(error: LoadError, url: string | undefined): void {
    const problems = error.problems.length ? error.problems : [error.message];
    console.warn(`<mb-model-explainer>: custom data not used (${error.kind}).`, problems);
    this.emit('mb-error', { kind: error.kind, message: this.errorMessage(error), problems, ...(url ? { url } : {}) });
  }

  private reportLoad(data: ModelDataset | undefined, urls: string[]): void {
    this.emit('mb-load', loadDetail({ count: data?.models.length ?? 0, formats: ['json'], urls }));
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
  private async choose(model: CollaborationModel, options: ChooseOptions): Promise<void> {
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
      this.emit('mb-model-select', {
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
    // In right-to-left text the scale runs from right to left, and so do the arrows.
    const next: Record<string, number> = {
      ArrowRight: (index + 1) % models.length,
      ArrowLeft: (index - 1 + models.length) % models.length,
      Home: 0,
      End: models.length - 1,
    };
    const target = next[inlineArrow(event.key, this.localize.dir)];
    if (target === undefined) return;
    event.preventDefault();
    // Automatic activation: the data is local, so the panel changes at once (APG tabs).
    void this.choose(models[target], { push: true, focus: 'tab' });
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

  /** What the template functions read and may call (view.ts). */
  private viewState(): ExplainerView {
    return {
      localize: this.localize,
      data: this.data,
      headingLevel: this.headingLevel,
      current: this.current,
      competence: this.competence,
      answers: this.answers,
      suggestion: this.suggestion,
      choose: (model, options) => void this.choose(model, options),
      setCompetence: (key) => (this.competence = key),
      setAnswer: (question, value) => this.setAnswer(question, value),
      assess: (event) => this.onAssess(event),
      resetAssessment: () => this.resetAssessment(),
      printAssessment: () => void this.printAssessment(),
      tabKeydown: (event) => this.onTabKeydown(event),
    };
  }

  override render() {
    const { t, lang, dir } = this.localize;
    const view = this.viewState();
    // Custom data on its way: the editor's light-DOM content shows meanwhile.
    const loading = this.source.status === 'loading' && !this.source.data;
    const error = this.source.status === 'error' ? this.source.error : undefined;
    const h = heading(view, 0);
    return html`<div class="explainer ${this.printing ? 'print-assessment' : ''}" lang=${lang} dir=${dir}>
      ${
        error
          ? errorMessage({
              message: this.errorMessage(error),
              retry:
                this.src && error.kind !== 'invalid' && error.kind !== 'parse' ? () => this.source.retry() : undefined,
              retryLabel: t('common:retry'),
              part: 'error',
            })
          : nothing
      }
      ${
        loading
          ? html`<div class="pending" aria-busy="true">
              <slot></slot>
              <p class="visually-hidden">${t('common:loading')}</p>
            </div>`
          : html`<section class="models" aria-labelledby="models-heading">
                ${staticHtml`<${h} id="models-heading">${t('sections.models')}</${h}>`} ${renderScaleNote(view)}
                ${this.view === 'table' ? nothing : renderInteractive(view)} ${renderTable(view)}
              </section>
              ${this.below && this.shows('filter') ? renderFilter(view) : nothing}
              ${this.below && this.shows('assessment') ? renderAssessment(view) : nothing}
              ${this.below && this.shows('figures') ? renderFigures(view) : nothing}`
      }
    </div>`;
  }

  private shows(section: 'filter' | 'assessment' | 'figures'): boolean {
    return (this.sections ?? '').split(/\s+/).includes(section);
  }
}
