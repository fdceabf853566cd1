/*
 * The hand-written check of a custom dataset. It accepts exactly what schemas/model-explainer.schema.json describes
 * (keep the two in step) and returns every problem it finds, so an editor can fix a file in one go. Problems are
 * technical, in English, for the editor's console and the `mb-error` event; the citizen sees a translated message.
 */
import type { ModelDataset } from './types.js';

// The same as MAX_SCALE_RANK in types.ts (a test checks). Written out so this chunk, loaded on demand with custom
// data, does not need a shared chunk with the widget for one constant.
const MAX_SCALE_RANK = 4;
/** A language tag as a key of a text: `en`, `uk`, `en-XA` (the schema's `languageTag`). */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

export interface ValidationResult {
  /** The dataset, present only when there are no problems. */
  dataset?: ModelDataset;
  problems: string[];
}

const MODEL_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SOURCE_ID = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
const YEAR = /^\d{4}(?:[–-]\d{4})?$/;
const MAX_TEXT = 5000;
const MAX_ID = 40;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

class Checker {
  problems: string[] = [];

  fail(path: string, message: string): void {
    this.problems.push(`${path}: ${message}`);
  }

  /** An object with only the allowed keys and every required key. */
  object(value: unknown, path: string, required: string[], optional: string[] = []): value is Json {
    if (!isObject(value)) {
      this.fail(path, 'must be an object');
      return false;
    }
    for (const key of required) if (!(key in value)) this.fail(path, `"${key}" is required`);
    for (const key of Object.keys(value))
      if (!required.includes(key) && !optional.includes(key)) this.fail(`${path}.${key}`, 'is not a known field');
    return true;
  }

  string(value: unknown, path: string, pattern?: RegExp, max = MAX_TEXT): value is string {
    if (typeof value !== 'string' || !value.trim()) {
      this.fail(path, 'must be a non-empty string');
      return false;
    }
    if (value.length > max) {
      this.fail(path, `must be at most ${max} characters`);
      return false;
    }
    if (pattern && !pattern.test(value)) {
      this.fail(path, `must match ${String(pattern)}`);
      return false;
    }
    return true;
  }

  integer(value: unknown, path: string, min: number, max: number): value is number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.fail(path, `must be a whole number from ${min} to ${max}`);
      return false;
    }
    return true;
  }

  /** A text by language: Danish required, any other language tag beside it (the schema's `text`). */
  text(value: unknown, path: string): void {
    const others = value && typeof value === 'object' ? Object.keys(value).filter((key) => LANGUAGE_TAG.test(key)) : [];
    if (!this.object(value, path, ['da'], others)) return;
    for (const key of ['da', ...others.filter((key) => key !== 'da')]) this.string(value[key], `${path}.${key}`);
  }

  array(value: unknown, path: string, min = 0, max = 1000): value is unknown[] {
    if (!Array.isArray(value)) {
      this.fail(path, 'must be an array');
      return false;
    }
    if (value.length < min || value.length > max) {
      this.fail(path, `must have ${min} to ${max} items`);
      return false;
    }
    return true;
  }

  oneOf(value: unknown, path: string, allowed: readonly string[]): void {
    if (typeof value !== 'string' || !allowed.includes(value))
      this.fail(path, `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
  }

  unique(values: unknown[], path: string, what: string): void {
    const seen = new Set<unknown>();
    for (const value of values) {
      if (value === undefined) continue;
      if (seen.has(value)) this.fail(path, `${what} ${JSON.stringify(value)} is used more than once`);
      seen.add(value);
    }
  }
}

type SourceRef = (ref: unknown, path: string) => void;

/** `$.sources`: each source once, with an absolute web address when it has one. Returns the ids it declares. */
function checkSources(c: Checker, value: Json): Set<string> {
  const sourceIds = new Set<string>();
  if (!('sources' in value && c.array(value.sources, '$.sources'))) return sourceIds;
  value.sources.forEach((source, i) => {
    const path = `$.sources[${i}]`;
    if (!c.object(source, path, ['id', 'title'], ['url'])) return;
    if (c.string(source.id, `${path}.id`, SOURCE_ID, MAX_ID)) sourceIds.add(source.id);
    c.text(source.title, `${path}.title`);
    if ('url' in source && c.string(source.url, `${path}.url`) && !isWebAddress(source.url))
      c.fail(`${path}.url`, 'must be an absolute http or https address');
  });
  c.unique(
    value.sources.map((s) => (isObject(s) ? s.id : undefined)),
    '$.sources',
    'id',
  );
  return sourceIds;
}

function isWebAddress(url: string): boolean {
  try {
    return /^https?:\/\//.test(url) && Boolean(new URL(url).host);
  } catch {
    return false;
  }
}

/** `$.competenceLabels`: a text for each competence key. Returns the keys. */
function checkLabels(c: Checker, value: Json): Set<string> {
  const labels = new Set<string>();
  if (!isObject(value.competenceLabels)) {
    c.fail('$.competenceLabels', 'must be an object');
    return labels;
  }
  for (const [key, label] of Object.entries(value.competenceLabels)) {
    const path = `$.competenceLabels.${key}`;
    if (c.string(key, `${path} (key)`, MODEL_ID, MAX_ID)) labels.add(key);
    c.text(label, path);
  }
  return labels;
}

/** A model's competences, each with keys that have a label. */
function checkCompetences(c: Checker, list: unknown, path: string, labels: Set<string>): void {
  if (!c.array(list, `${path}.competences`)) return;
  list.forEach((competence, j) => {
    const at = `${path}.competences[${j}]`;
    if (!c.object(competence, at, ['keys', 'label'], ['detail'])) return;
    if (c.array(competence.keys, `${at}.keys`, 1, 20)) {
      competence.keys.forEach((key, k) => {
        if (c.string(key, `${at}.keys[${k}]`, MODEL_ID, MAX_ID) && !labels.has(key))
          c.fail(`${at}.keys[${k}]`, `"${key}" has no label in competenceLabels`);
      });
    }
    c.text(competence.label, `${at}.label`);
    if ('detail' in competence) c.text(competence.detail, `${at}.detail`);
  });
}

/** A model's optional notes, examples and sources. */
function checkModelExtras(c: Checker, model: Json, path: string, sourceRef: SourceRef): void {
  if ('competenceNotes' in model && c.array(model.competenceNotes, `${path}.competenceNotes`)) {
    model.competenceNotes.forEach((note, j) => {
      const at = `${path}.competenceNotes[${j}]`;
      if (!c.object(note, at, ['text'], ['quote'])) return;
      c.text(note.text, `${at}.text`);
      if ('quote' in note && typeof note.quote !== 'boolean') c.fail(`${at}.quote`, 'must be true or false');
    });
  }
  if ('examples' in model && c.object(model.examples, `${path}.examples`, ['text'], ['period', 'source'])) {
    c.text(model.examples.text, `${path}.examples.text`);
    if ('period' in model.examples) c.text(model.examples.period, `${path}.examples.period`);
    if ('source' in model.examples) sourceRef(model.examples.source, `${path}.examples.source`);
  }
  if ('sources' in model && c.array(model.sources, `${path}.sources`)) {
    model.sources.forEach((ref, j) => sourceRef(ref, `${path}.sources[${j}]`));
  }
}

/** `$.models`: one to MAX_SCALE_RANK + 1 models, ids, numbers and ranks each used once. Returns the model ids. */
function checkModels(c: Checker, value: Json, labels: Set<string>, sourceRef: SourceRef): Set<string> {
  const modelIds = new Set<string>();
  if (!c.array(value.models, '$.models', 1, MAX_SCALE_RANK + 1)) return modelIds;
  value.models.forEach((model, i) => {
    const path = `$.models[${i}]`;
    const fields = ['id', 'displayNumber', 'scaleRank', 'name', 'summary', 'whoDoesTheTasks', 'competences'];
    if (!c.object(model, path, fields, ['competenceNotes', 'examples', 'sources'])) return;
    if (c.string(model.id, `${path}.id`, MODEL_ID, MAX_ID)) modelIds.add(model.id);
    c.integer(model.displayNumber, `${path}.displayNumber`, 0, 99);
    c.integer(model.scaleRank, `${path}.scaleRank`, 0, MAX_SCALE_RANK);
    c.text(model.name, `${path}.name`);
    c.text(model.summary, `${path}.summary`);
    c.text(model.whoDoesTheTasks, `${path}.whoDoesTheTasks`);
    checkCompetences(c, model.competences, path, labels);
    checkModelExtras(c, model, path, sourceRef);
  });
  const field = (name: string) => (value.models as unknown[]).map((m) => (isObject(m) ? m[name] : undefined));
  c.unique(field('id'), '$.models', 'id');
  c.unique(field('displayNumber'), '$.models', 'displayNumber');
  c.unique(field('scaleRank'), '$.models', 'scaleRank');
  return modelIds;
}

/** A figure's number: finite and not negative. */
function checkNumber(c: Checker, n: unknown, at: string): void {
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) c.fail(at, 'must be a number of 0 or more');
}

/** One figure: its numbers (a part no larger than its total, a percentage at most 100), words and references. */
function checkFigure(c: Checker, figure: Json, path: string, modelIds: Set<string>, sourceRef: SourceRef): void {
  c.string(figure.id, `${path}.id`, SOURCE_ID, MAX_ID);
  c.oneOf(figure.kind, `${path}.kind`, ['workshop', 'survey']);
  checkNumber(c, figure.value, `${path}.value`);
  if ('total' in figure) {
    checkNumber(c, figure.total, `${path}.total`);
    if (typeof figure.total === 'number' && typeof figure.value === 'number' && figure.total < figure.value)
      c.fail(`${path}.total`, 'must not be less than value');
  }
  c.oneOf(figure.unit, `${path}.unit`, ['percent', 'count']);
  if (figure.unit === 'percent' && typeof figure.value === 'number' && figure.value > 100)
    c.fail(`${path}.value`, 'a percentage must be at most 100');
  if ('qualifier' in figure) c.oneOf(figure.qualifier, `${path}.qualifier`, ['almost', 'about']);
  c.text(figure.text, `${path}.text`);
  c.oneOf(figure.scope, `${path}.scope`, ['libraries', 'municipalities']);
  if ('year' in figure) c.string(figure.year, `${path}.year`, YEAR);
  sourceRef(figure.source, `${path}.source`);
  if ('models' in figure && c.array(figure.models, `${path}.models`)) {
    figure.models.forEach((ref, j) => {
      if (c.string(ref, `${path}.models[${j}]`, MODEL_ID, MAX_ID) && !modelIds.has(ref))
        c.fail(`${path}.models[${j}]`, `no model has the id "${ref}"`);
    });
  }
}

/** `$.figures`: each figure's id used once. */
function checkFigures(c: Checker, value: Json, modelIds: Set<string>, sourceRef: SourceRef): void {
  if (!('figures' in value && c.array(value.figures, '$.figures'))) return;
  value.figures.forEach((figure, i) => {
    const path = `$.figures[${i}]`;
    const required = ['id', 'kind', 'value', 'unit', 'text', 'scope', 'source'];
    if (c.object(figure, path, required, ['total', 'qualifier', 'year', 'models']))
      checkFigure(c, figure, path, modelIds, sourceRef);
  });
  c.unique(
    value.figures.map((f) => (isObject(f) ? f.id : undefined)),
    '$.figures',
    'id',
  );
}

/** Checks a custom dataset; `dataset` is set only when it is valid. */
export function validateDataset(value: unknown): ValidationResult {
  const c = new Checker();
  if (!c.object(value, '$', ['models', 'competenceLabels'], ['figures', 'sources', 'attribution', '$schema'])) {
    return { problems: c.problems };
  }
  if ('$schema' in value) c.string(value.$schema, '$.$schema');
  const sourceIds = checkSources(c, value);
  const sourceRef: SourceRef = (ref, path) => {
    if (c.string(ref, path, SOURCE_ID, MAX_ID) && !sourceIds.has(ref)) c.fail(path, `no source has the id "${ref}"`);
  };
  const labels = checkLabels(c, value);
  const modelIds = checkModels(c, value, labels, sourceRef);
  checkFigures(c, value, modelIds, sourceRef);
  if ('attribution' in value) c.text(value.attribution, '$.attribution');

  if (c.problems.length) return { problems: c.problems };
  const dataset = structuredClone(value) as unknown as ModelDataset;
  dataset.figures ??= [];
  dataset.sources ??= [];
  return { dataset, problems: [] };
}
