/*
 * The guide format: one borger.dk self-service task, step by step. Built-in guides and custom guides (by `src` or
 * inline JSON) are the same format and pass the same validator, so a library can write its own guide without a
 * release. The JSON Schema is schemas/guide.schema.json; the README has an example.
 *
 * Pure module: no DOM, no Lit.
 */
import { contentLanguages, isLanguage, registeredLanguages, type Lang } from '../core/languages.js';

/** `"da" or "en"`: the registry's languages, for a validation message. */
const spokenLanguages = () =>
  registeredLanguages()
    .map((id) => `"${id}"`)
    .join(' or ');

/** A link inside a guide. Only `http(s):`, `mailto:` and `tel:` addresses are ever rendered as links. */
export interface GuideLink {
  /** The link text. */
  label: string;
  /** The address. Anything else than `http(s):`, `mailto:` or `tel:` is shown as plain text. */
  url: string;
}

/** One step. A step with `logic` belongs to the numbered step before it, as an "and" or an "or" alternative. */
export interface GuideStep {
  /** Short title, shown in the step's toggle: "Log ind med MitID". */
  title: string;
  /** The step's text, one string per paragraph. */
  text: string[];
  /** An optional link for the step. */
  link?: GuideLink;
  /** `and`: something to do as well as the step before; `or`: an alternative to it. Not on the first step. */
  logic?: 'and' | 'or';
  /** The step can be skipped. */
  optional?: boolean;
}

/** The one "Start … på borger.dk" action. `selfserviceId` builds the borger.dk handling-page link. */
export interface GuideAction {
  /** The name of the self-service, as borger.dk writes it: "Anmeld flytning til folkeregistret". */
  label: string;
  /** The page to open. Used when there is no `selfserviceId`. */
  url?: string;
  /** borger.dk's id of the self-service (a GUID); the link becomes `https://www.borger.dk/handlingsside?selfserviceId=…`. */
  selfserviceId?: string;
  /** The language of the page the action opens, when it differs from the guide's (`en` for lifeindenmark.borger.dk). */
  hreflang?: Lang;
}

/**
 * A fact that changes over time (a fee, a processing time, an age limit). It is only ever shown with the year or
 * date its source gave, and with that source.
 */
export interface GuideFact {
  /** What the fact is: "Gebyr for et nyt kort, hvis du har mistet det". */
  label: string;
  /** The value as the source states it: "225 kr.". */
  value: string;
  /**
   * The year, month or day the source gives for the value: "2024", "2024-05", "2024-05-01". Required: the card
   * shows the year with the value ("225 kr. (2024-pris)"), so a citizen sees how fresh it is.
   */
  asOf: string;
  /** `fee` (shown as "2024-pris"), `time` (a deadline or processing time) or `rule`; `fee` when left out. */
  kind?: GuideFactKind;
  /** Where the value comes from. Required. */
  source: GuideLink;
}

/** What kind of fact: decides the age wording the card shows with the value. */
export type GuideFactKind = 'fee' | 'time' | 'rule';

/** A fact's `asOf`: a year, a month or a day. */
export const AS_OF = /^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** The year a fact's `asOf` names. */
export function factYear(fact: Pick<GuideFact, 'asOf'>): string {
  return fact.asOf.slice(0, 4);
}

/** Where the guide's facts come from. */
export interface GuideSource {
  label: string;
  /** Left out when the full address is not known. */
  url?: string;
}

/** "Har du ikke MitID?": what to do without MitID. */
export interface GuideNoMitId {
  text: string[];
  link?: GuideLink;
}

/** One self-service task, in one language. */
export interface Guide {
  /** Lower-case id: `change-address`, `my-library-wifi`. Sent with feedback; never shown. */
  id: string;
  /** The language the guide is written in; the card marks its text with it. */
  lang?: Lang;
  /** "Meld flytning". */
  title: string;
  /** One line: what the guide helps with. */
  purpose: string;
  /** "Det skal du bruge": what to have ready. The citizen can tick each item off. */
  needs: string[];
  /** The steps, in order. */
  steps: GuideStep[];
  /** The one action that starts the self-service. */
  action: GuideAction;
  /** The task needs MitID (or may): the card states that MitID is personal and nobody else may use it. */
  mitid?: boolean;
  /** "Har du ikke MitID?". */
  noMitId?: GuideNoMitId;
  /** Things to watch out for, each shown as a notice. */
  warnings?: string[];
  /** Dated facts: fees, processing times, limits. */
  facts?: GuideFact[];
  /** Where the facts come from (at least one). */
  sources: GuideSource[];
  /** The date (YYYY-MM-DD) the facts were last checked. */
  checkedOn: string;
  /** The date (YYYY-MM-DD) borger.dk last updated its article, when known. */
  updatedOn?: string;
  /** borger.dk's article id, kept for link checks (URLs on borger.dk move). */
  articleId?: number;
  /**
   * The course calendar's topic id (`mitid`, `digital-post`, `borger-dk`, `sundhed-dk`, `pension`, …; see
   * course-calendar/topics.ts): with `courses-src`, the card shows the next course on this topic.
   */
  topic?: string;
}

/**
 * A guide by language, as a built-in guide module holds it: Danish and English always, other languages when
 * translated (a language without its own guide falls back, see `pickLanguage`).
 */
export type GuidePair = { da: unknown; en: unknown } & Partial<Record<Lang, unknown>>;

export interface Validation {
  guide?: Guide;
  /** Paths and reasons, for editors: `steps[2].title: expected text`. */
  issues: string[];
}

/**
 * The longest text a guide may hold. Browsers stop wrapping a text node of a few million characters, which would
 * push the page sideways; no real guide comes near this.
 */
export const MAX_TEXT = 100_000;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** borger.dk's handling page for a self-service id (the address borger.dk's own guides link to). */
export function selfserviceUrl(id: string): string {
  return `https://www.borger.dk/handlingsside?selfserviceId=${encodeURIComponent(id)}`;
}

/** The address the action opens: the self-service handling page when there is an id, else `url`. */
export function actionUrl(action: GuideAction): string | undefined {
  return action.selfserviceId ? selfserviceUrl(action.selfserviceId) : action.url;
}

function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/*
 * The parts of `validateGuide`. Each reads one value at a path of the guide and writes what is wrong with it into
 * `issues`, the one list of a validation, in the order an editor reads the guide.
 */
type Issues = string[];
type Raw = Record<string, unknown>;

function text(issues: Issues, value: unknown, path: string, required = true): string | undefined {
  if (typeof value === 'string' && value.length > MAX_TEXT) {
    issues.push(`${path}: longer than ${MAX_TEXT} characters`);
    return undefined;
  }
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (value !== undefined || required) issues.push(`${path}: expected text`);
  return undefined;
}

/** One paragraph or a list of them, as a list. */
function texts(issues: Issues, value: unknown, path: string, required = true): string[] {
  if (value === undefined && !required) return [];
  if (typeof value === 'string') return [text(issues, value, path)].filter((t): t is string => t !== undefined);
  if (!Array.isArray(value)) {
    issues.push(`${path}: expected a list of texts`);
    return [];
  }
  return value.map((item, i) => text(issues, item, `${path}[${i}]`)).filter((t): t is string => t !== undefined);
}

function link(issues: Issues, value: unknown, path: string): GuideLink | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    issues.push(`${path}: expected { label, url }`);
    return undefined;
  }
  const label = text(issues, value.label, `${path}.label`);
  const url = text(issues, value.url, `${path}.url`);
  return label && url ? { label, url } : undefined;
}

function bool(issues: Issues, value: unknown, path: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') issues.push(`${path}: expected true or false`);
  return value === true;
}

/**
 * Reads each object of a list with `read`, at `name[i]`; an item that is not an object is reported as `notObject`.
 * What `read` returns as `undefined` is left out.
 */
function eachObject<T>(
  issues: Issues,
  list: unknown[],
  name: string,
  notObject: string,
  read: (raw: Raw, path: string, i: number) => T | undefined,
): T[] {
  const out: T[] = [];
  list.forEach((raw, i) => {
    const path = `${name}[${i}]`;
    if (!isObject(raw)) {
      issues.push(`${path}: ${notObject}`);
      return;
    }
    const item = read(raw, path, i);
    if (item !== undefined) out.push(item);
  });
  return out;
}

/** One step. `logic` ("and", "or") is refused on the first step, which has no step before it to belong to. */
function readStep(issues: Issues, raw: Raw, path: string, i: number): GuideStep {
  const step: GuideStep = {
    title: text(issues, raw.title, `${path}.title`) ?? '',
    text: texts(issues, raw.text, `${path}.text`, false),
  };
  const stepLink = link(issues, raw.link, `${path}.link`);
  if (stepLink) step.link = stepLink;
  if (raw.logic !== undefined) {
    if (raw.logic !== 'and' && raw.logic !== 'or') issues.push(`${path}.logic: expected "and" or "or"`);
    else if (i === 0) issues.push(`${path}.logic: the first step cannot be an "and" or "or" step`);
    else step.logic = raw.logic;
  }
  if (bool(issues, raw.optional, `${path}.optional`)) step.optional = true;
  return step;
}

function readSteps(issues: Issues, value: unknown): GuideStep[] {
  if (Array.isArray(value) && value.length > 0)
    return eachObject(issues, value, 'steps', 'expected a step', (raw, path, i) => readStep(issues, raw, path, i));
  issues.push('steps: expected at least one step');
  return [];
}

/** The start action: a label, and a `url` or a borger.dk `selfserviceId`; `hreflang` a language medborger speaks. */
function readAction(issues: Issues, value: unknown): GuideAction | undefined {
  if (!isObject(value)) {
    issues.push('action: expected { label, url or selfserviceId }');
    return undefined;
  }
  const label = text(issues, value.label, 'action.label');
  const url = text(issues, value.url, 'action.url', false);
  const selfserviceId = text(issues, value.selfserviceId, 'action.selfserviceId', false);
  if (selfserviceId && !GUID.test(selfserviceId)) issues.push('action.selfserviceId: expected a GUID');
  if (!url && !selfserviceId) issues.push('action: expected url or selfserviceId');
  const hreflang = value.hreflang;
  if (hreflang !== undefined && !isLanguage(hreflang)) issues.push(`action.hreflang: expected ${spokenLanguages()}`);
  if (!label) return undefined;
  const action: GuideAction = { label };
  if (url) action.url = url;
  if (selfserviceId) action.selfserviceId = selfserviceId;
  if (isLanguage(hreflang)) action.hreflang = hreflang;
  return action;
}

function readNoMitId(issues: Issues, value: unknown): GuideNoMitId | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    issues.push('noMitId: expected { text }');
    return undefined;
  }
  const noMitId: GuideNoMitId = { text: texts(issues, value.text, 'noMitId.text') };
  const noMitIdLink = link(issues, value.link, 'noMitId.link');
  if (noMitIdLink) noMitId.link = noMitIdLink;
  return noMitId;
}

/**
 * One dated fact. A fee or a processing time without the year it was true, or without where it comes from,
 * misleads: `asOf` (a year, month or day) and `source` are required.
 */
function readFact(issues: Issues, raw: Raw, path: string): GuideFact | undefined {
  const label = text(issues, raw.label, `${path}.label`);
  const value = text(issues, raw.value, `${path}.value`);
  const asOf = text(issues, raw.asOf, `${path}.asOf`);
  if (asOf && !AS_OF.test(asOf)) issues.push(`${path}.asOf: expected a year, month or day (2024, 2024-05, 2024-05-01)`);
  if (raw.source === undefined) issues.push(`${path}.source: expected { label, url }`);
  const source = link(issues, raw.source, `${path}.source`);
  const kind = raw.kind;
  if (kind !== undefined && kind !== 'fee' && kind !== 'time' && kind !== 'rule')
    issues.push(`${path}.kind: expected "fee", "time" or "rule"`);
  if (!label || !value || !asOf || !AS_OF.test(asOf) || !source) return undefined;
  const fact: GuideFact = { label, value, asOf, source };
  if (kind === 'fee' || kind === 'time' || kind === 'rule') fact.kind = kind;
  return fact;
}

function readFacts(issues: Issues, value: unknown): GuideFact[] {
  if (value === undefined) return [];
  if (Array.isArray(value))
    return eachObject(issues, value, 'facts', 'expected a fact', (raw, path) => readFact(issues, raw, path));
  issues.push('facts: expected a list');
  return [];
}

function readSources(issues: Issues, value: unknown): GuideSource[] {
  if (!Array.isArray(value) || value.length === 0) {
    issues.push('sources: expected at least one source');
    return [];
  }
  return eachObject(issues, value, 'sources', 'expected { label, url }', (raw, path) => {
    const label = text(issues, raw.label, `${path}.label`);
    const url = text(issues, raw.url, `${path}.url`, false);
    return label ? (url ? { label, url } : { label }) : undefined;
  });
}

/** `checkedOn` (required), `updatedOn` and `articleId`, which the guide keeps as they are once they pass. */
function checkDates(issues: Issues, data: Raw): void {
  if (!isDate(data.checkedOn)) issues.push('checkedOn: expected a date (YYYY-MM-DD)');
  if (data.updatedOn !== undefined && !isDate(data.updatedOn)) issues.push('updatedOn: expected a date (YYYY-MM-DD)');
  if (data.articleId !== undefined && !(Number.isInteger(data.articleId) && (data.articleId as number) > 0))
    issues.push('articleId: expected a positive whole number');
}

/**
 * Checks untrusted data against the guide format and returns a clean copy (texts trimmed, a single paragraph
 * turned into a list). Never throws. Unknown properties are ignored, so a newer guide still shows in an older card.
 */
export function validateGuide(data: unknown): Validation {
  if (!isObject(data)) return { issues: ['guide: expected an object'] };
  const issues: Issues = [];
  const id = text(issues, data.id, 'id');
  if (id && !ID.test(id)) issues.push('id: expected lower-case letters, digits and hyphens');
  if (data.lang !== undefined && !isLanguage(data.lang)) issues.push(`lang: expected ${spokenLanguages()}`);
  const steps = readSteps(issues, data.steps);
  const action = readAction(issues, data.action);
  const noMitId = readNoMitId(issues, data.noMitId);
  const facts = readFacts(issues, data.facts);
  const sources = readSources(issues, data.sources);
  checkDates(issues, data);
  const mitid = bool(issues, data.mitid, 'mitid');
  const warnings = texts(issues, data.warnings, 'warnings', false);
  const needs = texts(issues, data.needs, 'needs');
  const title = text(issues, data.title, 'title');
  const purpose = text(issues, data.purpose, 'purpose');
  const topic = text(issues, data.topic, 'topic', false);

  if (issues.length || !id || !title || !purpose || !action) return { issues };
  const guide: Guide = { id, title, purpose, needs, steps, action, sources, checkedOn: data.checkedOn as string };
  if (isLanguage(data.lang)) guide.lang = data.lang;
  if (mitid) guide.mitid = true;
  if (noMitId) guide.noMitId = noMitId;
  if (warnings.length) guide.warnings = warnings;
  if (facts.length) guide.facts = facts;
  if (data.updatedOn !== undefined) guide.updatedOn = data.updatedOn as string;
  if (data.articleId !== undefined) guide.articleId = data.articleId as number;
  if (topic) guide.topic = topic;
  return { guide, issues };
}

/** True for `{ da: …, en: … }`: a guide by language rather than one guide. */
export function isGuidePair(data: unknown): data is Partial<GuidePair> {
  return (
    isObject(data) && !('steps' in data) && Object.keys(data).some((key) => isLanguage(key) && isObject(data[key]))
  );
}

/**
 * Picks the guide for a language from custom data: a single guide as it is; from guides by language, the one in
 * the language, else in its fallback languages (English, then Danish, for a language without its own guides; see
 * core/languages.ts). The result still has to be validated.
 */
export function pickLanguage(data: unknown, lang: Lang): { data: unknown; lang?: Lang } {
  if (!isGuidePair(data)) return { data };
  const pair = data as Partial<Record<Lang, unknown>>;
  const found = contentLanguages(lang).find((candidate) => pair[candidate] !== undefined);
  return found ? { data: pair[found], lang: found } : { data: undefined };
}

/** A step with the steps that belong to it ("and"/"or" steps), numbered from 1. */
export interface NumberedStep {
  number: number;
  index: number;
  step: GuideStep;
  related: { index: number; step: GuideStep }[];
}

/** Groups the flat step list under numbers; an "and"/"or" step shares the number of the step before it. */
export function numberSteps(steps: GuideStep[]): NumberedStep[] {
  const numbered: NumberedStep[] = [];
  steps.forEach((step, index) => {
    const parent = numbered[numbered.length - 1];
    if (step.logic && parent) parent.related.push({ index, step });
    else numbered.push({ number: numbered.length + 1, index, step, related: [] });
  });
  return numbered;
}

/** What feedback sends: the guide, the answer, the comment and the language, nothing else. */
export interface FeedbackPayload {
  guide: string;
  helpful: boolean;
  comment: string;
  lang: Lang;
}

/**
 * Builds the feedback body. The comment is cut to 500 characters, and anything shaped like a CPR number
 * (ddmmyy-xxxx) is blanked, because a worried citizen may type one despite the hint.
 */
export function feedbackPayload(guide: string, helpful: boolean, comment: string, lang: Lang): FeedbackPayload {
  const clean = comment
    .replace(/\b\d{6}[- ]?\d{4}\b/g, '[…]')
    .trim()
    .slice(0, 500);
  return { guide, helpful, comment: clean, lang };
}
