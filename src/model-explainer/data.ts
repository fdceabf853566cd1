/*
 * The built-in models. Structure lives here (ids, numbers, scale positions, which competences and keys, figures with
 * value, year and source); the words live in locales/<lang>/model-explainer-models.json, next to the widget's
 * interface strings in model-explainer.json, so translators work in one place. Danish travels with this module; the
 * other languages are an i18next namespace the explainer loads in the page's language (core/languages.ts), and the
 * dataset is rebuilt with every language whose words have arrived. The Danish names, competences and examples are verbatim from the workshop slides
 * "Modeller i samarbejdet mellem Biblioteker og Borgerservice – efteråret 2011" (Knudsen Syd).
 */
import da from '../../locales/da/model-explainer-models.json' with { type: 'json' };
import { registeredLanguages, type Lang } from '../core/languages.js';
import { addResources, i18n } from '../core/localize.js';
import type { CollaborationModel, LocalText, ModelDataset, ModelFigure, ModelSource } from './types.js';

/** The i18next namespace of the built-in models' words. */
export const MODELS_NS = 'model-explainer-models';
addResources('da', MODELS_NS, da);

type Words = typeof da;
/** The words of every language loaded so far, Danish first. */
let words: [Lang, Words][] = [];

/** One built-in text in every loaded language, found by the same path in each locale file. */
function both(pick: (w: Words) => string): LocalText {
  const text: LocalText = { da: pick(da) };
  for (const [lang, w] of words) {
    let value: unknown;
    try {
      value = pick(w);
    } catch {
      // A translation still missing a part of the file: that text shows in a fallback language.
    }
    if (typeof value === 'string' && value) text[lang] = value;
  }
  return text;
}

type ModelId = keyof Words['models'];
type CompetenceId = keyof Words['competences'];
type NoteId = keyof Words['notes'];
type ExampleId = keyof Words['examples'];
type FigureId = keyof Words['figures'];
type SourceId = keyof Words['sources'];

interface ModelStructure {
  id: ModelId;
  displayNumber: number;
  scaleRank: number;
  competences: [CompetenceId, string[]][];
  notes?: [NoteId, boolean][];
  sources: SourceId[];
}

/** Model 5 ("Intet samarbejde") is numbered last by the workshop but is the zero point of the scale. */
const MODELS: ModelStructure[] = [
  {
    id: 'model-1',
    displayNumber: 1,
    scaleRank: 1,
    competences: [
      ['m1-collaboration', ['collaboration', 'knowledge-sharing']],
      ['m1-teaching', ['teaching']],
      ['m1-portals', ['public-portals']],
    ],
    // The workshop gives Model 1 no definition; the meaning comes from DB's survey pages.
    sources: ['W', 'DB-2009', 'DB-2011'],
  },
  {
    id: 'model-2',
    displayNumber: 2,
    scaleRank: 2,
    competences: [
      ['m2-service', ['service']],
      ['m2-teaching', ['teaching']],
    ],
    notes: [['m2-no-training', false]],
    sources: ['W'],
  },
  {
    id: 'model-3',
    displayNumber: 3,
    scaleRank: 3,
    competences: [
      ['m3-sharing', ['knowledge-sharing', 'collaboration']],
      ['m3-updating', ['continuous-updating']],
    ],
    sources: ['W', 'DB-2009', 'DB-2011'],
  },
  {
    id: 'model-4',
    displayNumber: 4,
    scaleRank: 4,
    competences: [
      ['m4-teaching', ['teaching']],
      ['m4-mediation', ['communication']],
      ['m4-communication', ['communication']],
      ['m4-projects', ['project-management']],
      ['m4-marketing', ['marketing']],
      ['m4-research', ['user-research']],
      ['m4-knowledge', ['continuous-updating']],
    ],
    notes: [['m4-need', true]],
    sources: ['W', 'DB-2009', 'DB-2011'],
  },
  { id: 'model-5', displayNumber: 5, scaleRank: 0, competences: [], sources: ['W'] },
];

/** The workshop's figure and the later surveys' figures: separate records, each with its own year and source. */
const FIGURES: (Omit<ModelFigure, 'text' | 'id'> & { id: FigureId })[] = [
  // "Næsten 70% af landets biblioteker …": the deck's 2011–2012 material, no exact date on the slide.
  {
    id: 'workshop-70',
    kind: 'workshop',
    value: 70,
    unit: 'percent',
    qualifier: 'almost',
    scope: 'libraries',
    year: '2011–2012',
    source: 'W',
  },
  {
    id: 'db-2015-collaboration',
    kind: 'survey',
    value: 90,
    total: 98,
    unit: 'count',
    scope: 'municipalities',
    year: '2015',
    source: 'DB-2015',
  },
  {
    id: 'db-2015-merged',
    kind: 'survey',
    value: 14,
    unit: 'count',
    scope: 'municipalities',
    year: '2015',
    source: 'DB-2015',
  },
  {
    id: 'avisen-tasks',
    kind: 'survey',
    value: 49,
    unit: 'percent',
    scope: 'municipalities',
    year: '2015',
    source: 'AVISEN',
    models: ['model-3', 'model-4'],
  },
  {
    id: 'avisen-none',
    kind: 'survey',
    value: 8.2,
    unit: 'percent',
    scope: 'libraries',
    year: '2015',
    source: 'AVISEN',
    models: ['model-5'],
  },
  { id: 'db-two-of-three', kind: 'survey', value: 2, total: 3, unit: 'count', scope: 'libraries', source: 'DB-2AF3' },
];

// Addresses recorded from the publishers' own pages (db.dk, kl.dk and the like) and not re-checked live.
const SOURCES: { id: SourceId; url?: string }[] = [
  { id: 'W' },
  { id: 'DB-2009', url: 'https://db.dk/samarbejdet-mellem-biblioteker-og-borgerservicecentre-2009/' },
  { id: 'DB-2011', url: 'https://db.dk/samarbejdet-mellem-biblioteker-og-borgerservicecentre-2011/' },
  { id: 'DB-2015', url: 'https://db.dk/nyheder/bibliotek-og-borger-du-er-altid-velkommen/' },
  { id: 'AVISEN', url: 'https://www.avisen.dk/top-ekspert-borgerservice-paa-bibliotekerne-kan-bety_373413.aspx' },
  { id: 'DB-2AF3', url: 'https://db.dk/nyheder/bibliotekerne-er-borgernes-direkte-indgang-til-samfundet/' },
];

function buildModel(structure: ModelStructure): CollaborationModel {
  const { id } = structure;
  const model: CollaborationModel = {
    id,
    displayNumber: structure.displayNumber,
    scaleRank: structure.scaleRank,
    name: both((w) => w.models[id].name),
    summary: both((w) => w.models[id].summary),
    whoDoesTheTasks: both((w) => w.models[id].who),
    competences: structure.competences.map(([competence, keys]) => {
      const entry: CollaborationModel['competences'][number] = {
        keys,
        label: both((w) => w.competences[competence].label),
      };
      const detail = da.competences[competence] as { detail?: string };
      if (detail.detail) entry.detail = both((w) => (w.competences[competence] as { detail: string }).detail);
      return entry;
    }),
    sources: structure.sources,
  };
  if (structure.notes) {
    model.competenceNotes = structure.notes.map(([note, quote]) => ({ text: both((w) => w.notes[note]), quote }));
  }
  if (id in da.examples) {
    const example = id as ExampleId;
    model.examples = { text: both((w) => w.examples[example]), period: both((w) => w.period), source: 'W' };
  }
  return model;
}

let built: ModelDataset | undefined;
let builtWith = '';

/** The five models from the workshop, with the figures from later surveys kept apart, in every loaded language. */
export function builtInDataset(): ModelDataset {
  const loaded = registeredLanguages().filter((lang) => i18n.hasResourceBundle(lang, MODELS_NS)) as Lang[];
  if (built && builtWith === loaded.join()) return built;
  builtWith = loaded.join();
  words = loaded.map((lang) => [lang, i18n.getResourceBundle(lang, MODELS_NS) as Words]);
  built = {
    models: MODELS.map(buildModel),
    competenceLabels: Object.fromEntries(
      Object.keys(da.competenceLabels).map((key) => [
        key,
        both((w) => w.competenceLabels[key as keyof Words['competenceLabels']]),
      ]),
    ),
    figures: FIGURES.map((figure) => ({ ...figure, text: both((w) => w.figures[figure.id]) })),
    sources: SOURCES.map(({ id, url }): ModelSource => ({
      id,
      title: both((w) => w.sources[id]),
      ...(url ? { url } : {}),
    })),
    attribution: both((w) => w.attribution),
  };
  return built;
}
