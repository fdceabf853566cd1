/*
 * Pure helpers behind the explainer: ordering on the integration scale, the competence filter, the self-assessment
 * and the deep-link fragments. Plain data in, plain data out.
 */
import { contentLanguages, type Lang } from '../core/languages.js';
import type { CollaborationModel, Competence, LocalText, ModelDataset } from './types.js';

/** A text in the wanted language, and the language it is actually in (its fallback, at last Danish, when missing). */
export function pickText(text: LocalText, lang: Lang): { value: string; lang: Lang } {
  const found = contentLanguages(lang).find((candidate) => text[candidate]);
  return found ? { value: text[found]!, lang: found } : { value: text.da, lang: 'da' };
}

/** The models from least to most integrated: Model 5 ("Intet samarbejde") first, although it is numbered last. */
export function byScale(models: readonly CollaborationModel[]): CollaborationModel[] {
  return [...models].sort((a, b) => a.scaleRank - b.scaleRank || a.displayNumber - b.displayNumber);
}

/** The model a `selected` display number names, else the lowest-numbered model. */
export function modelByNumber(models: readonly CollaborationModel[], number: number | undefined): CollaborationModel {
  const found = models.find((model) => model.displayNumber === number);
  return found ?? [...models].sort((a, b) => a.displayNumber - b.displayNumber)[0];
}

/** The competence keys the models use, in the order of first use along the scale. */
export function competenceKeys(dataset: ModelDataset): string[] {
  const keys = new Set<string>();
  for (const model of byScale(dataset.models)) for (const c of model.competences) for (const k of c.keys) keys.add(k);
  return [...keys];
}

/** The models that need a competence, on the scale, each with the lines of its list that name it. */
export function modelsNeeding(
  dataset: ModelDataset,
  key: string,
): { model: CollaborationModel; competences: Competence[] }[] {
  return byScale(dataset.models)
    .map((model) => ({ model, competences: model.competences.filter((c) => c.keys.includes(key)) }))
    .filter((match) => match.competences.length > 0);
}

/** The self-assessment's questions, in order. */
export const QUESTIONS = ['collaborate', 'sharedPremises', 'libraryStaffTasks', 'partners'] as const;
export type Question = (typeof QUESTIONS)[number];
export type Answers = Partial<Record<Question, boolean>>;
export type Reason = 'none' | 'start' | 'premises' | 'tasks' | 'partners';

export type Suggestion =
  { complete: false; missing: Question[] } | { complete: true; scaleRank: number; reason: Reason };

/**
 * Suggests a position on the scale from plain yes/no answers. The most integrated trait answered "yes" wins:
 * other partners in the house (4), library staff doing Borgerservice tasks (3), shared premises (2), some
 * collaboration (1); no collaboration at all is the zero point whatever else was answered.
 */
export function suggestModel(answers: Answers): Suggestion {
  if (answers.collaborate === false) return { complete: true, scaleRank: 0, reason: 'none' };
  const missing = QUESTIONS.filter((question) => answers[question] === undefined);
  if (missing.length) return { complete: false, missing };
  if (answers.partners) return { complete: true, scaleRank: 4, reason: 'partners' };
  if (answers.libraryStaffTasks) return { complete: true, scaleRank: 3, reason: 'tasks' };
  if (answers.sharedPremises) return { complete: true, scaleRank: 2, reason: 'premises' };
  return { complete: true, scaleRank: 1, reason: 'start' };
}

/** Our deep-link fragments are `#mb-` plus a model id, e.g. `#mb-model-3`; nothing else on the page is ours. */
export const FRAGMENT_PREFIX = '#mb-';

export function fragmentFor(model: CollaborationModel): string {
  return FRAGMENT_PREFIX + model.id;
}

/** The model a fragment points to, or `undefined` for anybody else's fragment. */
export function modelForFragment(models: readonly CollaborationModel[], hash: string): CollaborationModel | undefined {
  if (!hash.startsWith(FRAGMENT_PREFIX)) return undefined;
  let id = hash.slice(FRAGMENT_PREFIX.length);
  try {
    id = decodeURIComponent(id);
  } catch {
    return undefined;
  }
  return models.find((model) => model.id === id);
}
