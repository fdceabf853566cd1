/*
 * The shape of the explainer's data: the built-in models and any dataset an organisation supplies through `src` or
 * inline JSON. schemas/model-explainer.schema.json describes the same shape for editors; validate.ts enforces it.
 */
import type { Lang } from '../core/languages.js';

/**
 * A text in Danish, optionally in the other languages medborger speaks. A page in a language the text lacks shows it
 * in that language's fallback (English, then Danish: core/languages.ts), marked with its `lang`.
 */
export type LocalText = { da: string } & Partial<Record<Lang, string>>;

/** One competence as the workshop lists it: a heading or bullet (`label`), sometimes with a longer `detail`. */
export interface Competence {
  /** Short keys of our own (`teaching`, `collaboration`, …) the competence filter works with. */
  keys: string[];
  label: LocalText;
  detail?: LocalText;
}

/** A remark under a model's competences, such as the slide's quotation for Model 4. */
export interface CompetenceNote {
  text: LocalText;
  /** True when the source quotes someone; shown as a quotation. */
  quote?: boolean;
}

/** The example municipalities for a model, verbatim from the source, with the period and source they are from. */
export interface ModelExamples {
  text: LocalText;
  period?: LocalText;
  /** A source `id`. */
  source?: string;
}

/** One of the five ways a library and Borgerservice work together. */
export interface CollaborationModel {
  /** Stable id, used in deep links (`#mb-model-3`). Lower-case letters, digits and hyphens. */
  id: string;
  /** The number the source gives the model ("Model 5"), always shown as such. */
  displayNumber: number;
  /** The position on the integration scale, 0 (no collaboration) to 4 (most integrated). */
  scaleRank: number;
  name: LocalText;
  /** What the model means, in a sentence or two. */
  summary: LocalText;
  /** Who does which tasks, and where. */
  whoDoesTheTasks: LocalText;
  competences: Competence[];
  competenceNotes?: CompetenceNote[];
  examples?: ModelExamples;
  /** Source ids for the model's description. */
  sources?: string[];
}

/** A dated figure. Workshop figures and later survey figures are kept apart (`kind`) and never merged. */
export interface ModelFigure {
  id: string;
  kind: 'workshop' | 'survey';
  value: number;
  /** "90 of 98": the whole the value is counted out of. */
  total?: number;
  unit: 'percent' | 'count';
  /** "almost 70 %", "about 10". */
  qualifier?: 'almost' | 'about';
  /** What the value counts, completing the sentence after the number. */
  text: LocalText;
  /** What is counted: libraries or municipalities, which are different things. */
  scope: 'libraries' | 'municipalities';
  /** A year or a span ("2015", "2011–2012"); left out when the source is undated. */
  year?: string;
  /** A source `id`. */
  source: string;
  /** Ids of the models the figure is about; it is then shown with those models too. */
  models?: string[];
}

export interface ModelSource {
  id: string;
  title: LocalText;
  /** A web address (http or https); left out when the source has none. */
  url?: string;
}

/** Everything the explainer shows. */
export interface ModelDataset {
  models: CollaborationModel[];
  /** A label for every competence key used by the models. */
  competenceLabels: Record<string, LocalText>;
  figures: ModelFigure[];
  sources: ModelSource[];
  /** A credit line shown with the figures, e.g. "Kilde: Knudsen Syd og Danmarks Biblioteksforening". */
  attribution?: LocalText;
}

/** The highest position on the integration scale. */
export const MAX_SCALE_RANK = 4;
