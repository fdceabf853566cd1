/*
 * The sections after the models: the competence filter, the self-assessment and the figures with their sources.
 * Template functions of the element's view (view.ts).
 */
import { html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { competenceKeys, modelsNeeding, QUESTIONS } from './model.js';
import { renderFigureList } from './models-view.js';
import type { CollaborationModel } from './types.js';
import { heading, modelTitle, plain, text, type ExplainerView } from './view.js';

export function renderFilter(view: ExplainerView) {
  const { t } = view.localize;
  const dataset = view.data;
  const keys = competenceKeys(dataset);
  const key = keys.includes(view.competence) ? view.competence : '';
  const label = (k: string) => (dataset.competenceLabels[k] ? plain(view, dataset.competenceLabels[k]) : k);
  const matches = key ? modelsNeeding(dataset, key) : [];
  const h = heading(view, 0);
  return html`<section class="filter" aria-labelledby="filter-heading" part="filter">
    ${staticHtml`<${h} id="filter-heading">${t('filter.heading')}</${h}>`}
    <p class="hint">${t('filter.prompt')}</p>
    <label for="competence">${t('filter.label')}</label>
    <select
      id="competence"
      .value=${key}
      @change=${(event: Event) => view.setCompetence((event.target as HTMLSelectElement).value)}
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
                  <p class="match-name">${modelTitle(view, model)}</p>
                  <ul>
                    ${competences.map((competence) => html`<li>${text(view, competence.label)}</li>`)}
                  </ul>
                  <button
                    type="button"
                    class="button secondary"
                    @click=${() => view.choose(model, { push: true, focus: true })}
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

/** The model the self-assessment suggests, once every question is answered. */
function suggested(view: ExplainerView): CollaborationModel | undefined {
  const suggestion = view.suggestion;
  return suggestion?.complete === true
    ? view.data.models.find((candidate) => candidate.scaleRank === suggestion.scaleRank)
    : undefined;
}

function assessmentResult(view: ExplainerView, model: CollaborationModel | undefined): unknown {
  const { t } = view.localize;
  const suggestion = view.suggestion;
  if (!suggestion) return '';
  if (!suggestion.complete) return html`<p>${t('assessment.missing')}</p>`;
  if (!model) return html`<p>${t('assessment.noModel', { rank: suggestion.scaleRank })}</p>`;
  return html`<p class="suggestion">
      <strong>${t('assessment.result', { number: model.displayNumber, name: plain(view, model.name) })}</strong>
    </p>
    <p>${t(`assessment.reasons.${suggestion.reason}`)}</p>`;
}

function assessmentForm(view: ExplainerView) {
  const { t } = view.localize;
  return html`<form @submit=${view.assess}>
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
                  .checked=${view.answers[question] === value}
                  @change=${() => view.setAnswer(question, value)}
                />
                ${t(value ? 'assessment.yes' : 'assessment.no')}</label
              >`,
          )}
        </fieldset>`,
    )}
    <div class="actions">
      <button type="submit" class="button">${t('assessment.submit')}</button>
      <button type="button" class="button secondary" @click=${view.resetAssessment}>${t('assessment.reset')}</button>
    </div>
  </form>`;
}

/** The answers given and what to do with the suggested model: show it, or print the result. */
function assessmentExtra(view: ExplainerView, model: CollaborationModel) {
  const { t } = view.localize;
  return html`<div class="result-extra">
    <p class="answers-heading">${t('assessment.answers')}</p>
    <dl class="answers">
      ${QUESTIONS.filter((question) => view.answers[question] !== undefined).map(
        (question) =>
          html`<dt>${t(`assessment.questions.${question}`)}</dt>
            <dd>${t(view.answers[question] ? 'assessment.yes' : 'assessment.no')}</dd>`,
      )}
    </dl>
    <div class="actions">
      <button type="button" class="button secondary" @click=${() => view.choose(model, { push: true, focus: true })}>
        ${t('assessment.show', { number: model.displayNumber })}
      </button>
      <button type="button" class="button secondary" @click=${view.printAssessment}>${t('assessment.print')}</button>
    </div>
  </div>`;
}

export function renderAssessment(view: ExplainerView) {
  const { t } = view.localize;
  const h = heading(view, 0);
  const model = suggested(view);
  return html`<section class="assessment" aria-labelledby="assessment-heading" part="assessment">
    ${staticHtml`<${h} id="assessment-heading">${t('assessment.heading')}</${h}>`}
    <p class="intro">${t('assessment.intro')}</p>
    ${assessmentForm(view)}
    <div role="status" class="result">${assessmentResult(view, model)}</div>
    ${model ? assessmentExtra(view, model) : nothing}
  </section>`;
}

export function renderFigures(view: ExplainerView) {
  const { t } = view.localize;
  const { figures, attribution } = view.data;
  if (!figures.length && !attribution) return nothing;
  const h = heading(view, 0);
  const sub = heading(view, 1);
  const workshop = figures.filter((figure) => figure.kind === 'workshop');
  const surveys = figures.filter((figure) => figure.kind === 'survey');
  return html`<section class="figures" aria-labelledby="figures-heading" part="figures">
    ${staticHtml`<${h} id="figures-heading">${t('figures.heading')}</${h}>`}
    ${
      workshop.length
        ? html`${staticHtml`<${sub}>${t('figures.workshop')}</${sub}>`} ${renderFigureList(view, workshop)}`
        : nothing
    }
    ${
      surveys.length
        ? html`${staticHtml`<${sub}>${t('figures.survey')}</${sub}>`}
            <p>${t('figures.surveyNote')}</p>
            ${renderFigureList(view, surveys)}`
        : nothing
    }
    ${attribution ? html`<p class="attribution">${text(view, attribution)}</p>` : nothing}
  </section>`;
}
