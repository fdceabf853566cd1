/*
 * The models themselves: the scale note, the interactive tabs with the selected model's details, and the comparison
 * table. Template functions of the element's view (view.ts).
 */
import { html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { intlFormat } from '../core/intl.js';
import { safeUrl } from '../core/url.js';
import { byScale, pickText } from './model.js';
import { MAX_SCALE_RANK, type CollaborationModel, type ModelFigure } from './types.js';
import { heading, level, modelTitle, plain, text, type ExplainerView } from './view.js';

export function renderScaleNote(view: ExplainerView) {
  const models = view.data.models;
  const zero = models.find((model) => model.scaleRank === 0);
  // Only worth saying when the zero point is not also the lowest number, as with the workshop's Model 5.
  if (!zero || models.every((model) => model.displayNumber >= zero.displayNumber)) return nothing;
  return html`<p class="scale-note">
    ${view.localize.t('scaleNote', { number: zero.displayNumber, name: plain(view, zero.name) })}
  </p>`;
}

export function renderInteractive(view: ExplainerView) {
  const { t } = view.localize;
  const models = byScale(view.data.models);
  const current = view.current;
  return html`<div class="interactive">
    <p class="scale-ends" aria-hidden="true"><span>${t('scale.least')}</span><span>${t('scale.most')}</span></p>
    <div role="tablist" aria-label=${t('scale.label')} part="tablist" @keydown=${view.tabKeydown}>
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
          @click=${() => view.choose(model, { push: true, focus: false })}
        >
          <span class="tab-number">${t('model', { number: model.displayNumber })}</span>
          <span class="tab-name">${text(view, model.name)}</span>
          <span class="tab-level">${level(view, model)}</span>
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
      ${renderDetails(view, current)}
    </div>
  </div>`;
}

export function renderDetails(view: ExplainerView, model: CollaborationModel) {
  const { t, lang } = view.localize;
  const h = heading(view, 1);
  const sub = heading(view, 2);
  const figures = view.data.figures.filter((figure) => figure.models?.includes(model.id));
  const sources = (model.sources ?? [])
    .map((id) => view.data.sources.find((source) => source.id === id))
    .filter((source) => source !== undefined);
  return html`${staticHtml`<${h} id="panel-heading" tabindex="-1">${modelTitle(view, model)}</${h}>`}
    ${
      pickText(model.name, lang).lang !== 'da'
        ? html`<p class="original">${t('danishName')} <span lang="da">${model.name.da}</span></p>`
        : nothing
    }
    <p class="level">${level(view, model)}</p>
    ${staticHtml`<${sub}>${t('sections.meaning')}</${sub}>`}
    <p>${text(view, model.summary)}</p>
    ${staticHtml`<${sub}>${t('sections.who')}</${sub}>`}
    <p>${text(view, model.whoDoesTheTasks)}</p>
    ${staticHtml`<${sub}>${t('sections.competences')}</${sub}>`} ${renderCompetences(view, model)}
    ${staticHtml`<${sub}>${t('sections.examples')}</${sub}>`} ${renderExamples(view, model)}
    ${
      figures.length
        ? html`${staticHtml`<${sub}>${t('sections.figures')}</${sub}>`} ${renderFigureList(view, figures)}`
        : nothing
    }
    ${
      sources.length
        ? html`${staticHtml`<${sub}>${t('sections.sources')}</${sub}>`}
            <ul class="sources">
              ${sources.map((source) => html`<li>${renderSource(view, source.id)}</li>`)}
            </ul>`
        : nothing
    }`;
}

export function renderCompetences(view: ExplainerView, model: CollaborationModel) {
  if (!model.competences.length && !model.competenceNotes?.length) {
    return html`<p class="none">${view.localize.t('noCompetences')}</p>`;
  }
  return html`${
    model.competences.length
      ? html`<ul class="competences">
          ${model.competences.map(
            (competence) =>
              html`<li>
                <span class="competence-label">${text(view, competence.label)}</span>${
                  competence.detail
                    ? html`<span class="competence-detail">${text(view, competence.detail)}</span>`
                    : nothing
                }
              </li>`,
          )}
        </ul>`
      : nothing
  }
  ${(model.competenceNotes ?? []).map((note) =>
    note.quote
      ? html`<blockquote class="note"><p>${text(view, note.text)}</p></blockquote>`
      : html`<p class="note">${text(view, note.text)}</p>`,
  )}`;
}

export function renderExamples(view: ExplainerView, model: CollaborationModel) {
  const examples = model.examples;
  if (!examples) return html`<p class="none">${view.localize.t('noExamples')}</p>`;
  return html`<p class="examples">${text(view, examples.text)}</p>
    ${
      examples.period || examples.source
        ? html`<p class="meta">
            ${examples.period ? view.localize.t('examplesFrom', { period: plain(view, examples.period) }) : nothing}
            ${examples.source ? html`${view.localize.t('sourceLabel')} ${renderSource(view, examples.source)}` : nothing}
          </p>`
        : nothing
    }`;
}

export function renderSource(view: ExplainerView, id: string) {
  const source = view.data.sources.find((candidate) => candidate.id === id);
  if (!source) return id;
  const href = safeUrl(source.url);
  return href ? html`<a href=${href}>${text(view, source.title)}</a>` : text(view, source.title);
}

export function formatValue(view: ExplainerView, figure: ModelFigure): string {
  const { t, locale } = view.localize;
  const percent = figure.unit === 'percent';
  // A cached format: the explainer writes some forty figures in a render.
  const format = intlFormat(Intl.NumberFormat, locale, {
    style: percent ? 'percent' : 'decimal',
    maximumFractionDigits: 1,
  });
  const number = (value: number) => format.format(percent ? value / 100 : value);
  let value = number(figure.value);
  if (figure.total !== undefined) value = t('figures.ofTotal', { value, total: number(figure.total) });
  if (figure.qualifier) value = t(`figures.${figure.qualifier}`, { value });
  return value;
}

/** Figures as a list (a model's own, or one kind of them in the figures section). */
export function renderFigureList(view: ExplainerView, figures: readonly ModelFigure[]) {
  return html`<ul class="figure-list" role="list">
    ${figures.map((figure) => renderFigure(view, figure))}
  </ul>`;
}

export function renderFigure(view: ExplainerView, figure: ModelFigure) {
  const { t } = view.localize;
  return html`<li class="figure">
    <p><strong class="value">${formatValue(view, figure)}</strong> ${text(view, figure.text)}</p>
    <p class="meta">
      ${t(`figures.scope.${figure.scope}`)} · ${figure.year ?? t('figures.undated')} · ${t('sourceLabel')}
      ${renderSource(view, figure.source)}
    </p>
  </li>`;
}

export function renderTable(view: ExplainerView) {
  const { t } = view.localize;
  const models = byScale(view.data.models);
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
                  <span class="col-name">${text(view, model.name)}</span>
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${row(t('table.level'), (model) => level(view, model))}
          ${row(t('sections.meaning'), (model) => text(view, model.summary))}
          ${row(t('sections.who'), (model) => text(view, model.whoDoesTheTasks))}
          ${row(t('sections.competences'), (model) => renderCompetences(view, model))}
          ${row(t('sections.examples'), (model) => renderExamples(view, model))}
        </tbody>
      </table>
    </div>
  </div>`;
}
