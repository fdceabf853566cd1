/*
 * What the model explainer's template functions (models-view.ts, sections-view.ts) are given: the element's state
 * and its actions, and the small text helpers every template uses. Pure functions of this context: the element keeps
 * the state, the templates only read it and call its actions.
 */
import { html, type TemplateResult } from 'lit';
import { literal, type StaticValue } from 'lit/static-html.js';
import { headingLevel } from '../core/heading.js';
import type { LocalizeController } from '../core/localize.js';
import { pickText, type Answers, type Question, type Suggestion } from './model.js';
import { MAX_SCALE_RANK, type CollaborationModel, type LocalText, type ModelDataset } from './types.js';

export interface ChooseOptions {
  push: boolean;
  focus: boolean | 'tab';
  announce?: boolean;
}

export interface ExplainerView {
  localize: Pick<LocalizeController<'model-explainer'>, 't' | 'lang' | 'locale'>;
  data: ModelDataset;
  headingLevel: number;
  current: CollaborationModel;
  competence: string;
  answers: Answers;
  suggestion: Suggestion | undefined;
  choose: (model: CollaborationModel, options: ChooseOptions) => void;
  setCompetence: (key: string) => void;
  setAnswer: (question: Question, value: boolean) => void;
  assess: (event: Event) => void;
  resetAssessment: () => void;
  printAssessment: () => void;
  tabKeydown: (event: KeyboardEvent) => void;
}

const HEADINGS: StaticValue[] = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The section heading tag (level 2–4 from `heading-level`, the one clamp rule of core/heading.ts), `offset` below. */
export function heading(view: ExplainerView, offset: number): StaticValue {
  return HEADINGS[headingLevel(view.headingLevel, 4) - 2 + offset];
}

/** Text in the widget's language; marked `lang="da"` when only Danish is available (WCAG 3.1.2). */
export function text(view: ExplainerView, value: LocalText | undefined): TemplateResult | string {
  if (!value) return '';
  const lang = view.localize.lang;
  const picked = pickText(value, lang);
  return picked.lang === lang ? picked.value : html`<span lang=${picked.lang}>${picked.value}</span>`;
}

export function plain(view: ExplainerView, value: LocalText): string {
  return pickText(value, view.localize.lang).value;
}

export function modelTitle(view: ExplainerView, model: CollaborationModel): string {
  return view.localize.t('modelName', { number: model.displayNumber, name: plain(view, model.name) });
}

export function level(view: ExplainerView, model: CollaborationModel): string {
  return view.localize.t('level', { rank: model.scaleRank, max: MAX_SCALE_RANK });
}
