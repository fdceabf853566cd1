/*
 * The citizen's tasks ("Hvad skal du have hjælp til?") and the feed words that map to each. Feeds tag courses in
 * the library's words ("Digital hjælp", "IT-café", "e-Boks"); citizens look for the task they have to do. Labels of
 * the built-in topics live in locales/<lang>/course-calendar.json under `topics.<id>`; a library can replace the
 * whole vocabulary through the element's `vocabulary` property or attribute (JSON), giving its own labels.
 */
import { contentLanguages, type Lang } from '../core/languages.js';
import type { CourseEvent } from './model.js';

export interface Topic {
  /** Stable id, used in the `topic` attribute: `mitid`, `digital-post`, … */
  id: string;
  /** Feed categories, tags or title words that mean this task; matched as whole words, case-insensitively. */
  keywords: string[];
  /** The chip's text; a built-in topic takes it from the locale files when left out. */
  label?: string | Partial<Record<Lang, string>>;
}

/** The built-in vocabulary, most asked-for tasks first. */
export const DEFAULT_TOPICS: readonly Topic[] = [
  { id: 'mitid', keywords: ['mitid', 'nemid', 'mitid-app', 'mitid app', 'kodeviser', 'kodeoplæser'] },
  {
    id: 'digital-post',
    keywords: ['digital post', 'digitalpost', 'e-boks', 'eboks', 'mit.dk', 'fritaget for digital post'],
  },
  {
    id: 'borger-dk',
    keywords: ['borger.dk', 'borgerdk', 'selvbetjening', 'digital selvbetjening', 'offentlig selvbetjening'],
  },
  {
    id: 'sundhed-dk',
    keywords: ['sundhed.dk', 'min sundhedsplatform', 'min læge', 'sundhedskort', 'sundhedsappen', 'medicinkort'],
  },
  { id: 'tax', keywords: ['skat', 'skat.dk', 'tastselv', 'årsopgørelse', 'forskudsopgørelse', 'selvangivelse'] },
  { id: 'pension', keywords: ['pension', 'folkepension', 'udbetaling danmark', 'mitpension', 'pensionsinfo'] },
  {
    id: 'smartphone',
    keywords: ['smartphone', 'mobil', 'mobiltelefon', 'tablet', 'ipad', 'iphone', 'android', 'apps'],
  },
  {
    id: 'it-help',
    keywords: [
      'it-café',
      'it café',
      'it-cafe',
      'itcafé',
      'it-hjælp',
      'it hjælp',
      'digital hjælp',
      'computer',
      'pc',
      'internet',
      'e-mail',
      'mail',
    ],
  },
  {
    id: 'online-safety',
    keywords: ['svindel', 'it-sikkerhed', 'sikkerhed på nettet', 'phishing', 'adgangskode', 'password', 'netsikkerhed'],
  },
];

/** Lower case, punctuation to spaces (keeping the dot inside "borger.dk"), one space between words. */
export function normalise(value: string): string {
  return value
    .toLocaleLowerCase('da')
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .replace(/\.(?=\s|$)/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Turns a topic list into matchers once, so 10,000 courses are tagged quickly. Courses with the same categories, tags
 * and title get the very same (shared, not to be changed) list of ids: one list per kind of course, not per session.
 */
export function compileVocabulary(
  vocabulary: readonly Topic[],
): ((event: CourseEvent) => readonly string[]) & { vocabulary: readonly Topic[] } {
  const compiled = vocabulary.map((topic) => ({ id: topic.id, words: topic.keywords.map((k) => ` ${normalise(k)} `) }));
  const seen = new Map<string, readonly string[]>();
  const topicsOf = (event: CourseEvent): readonly string[] => {
    const words = [...event.categories, ...event.tags, event.title].join(' | ');
    let ids = seen.get(words);
    if (!ids) {
      const hay = ` ${normalise(words)} `;
      ids = compiled.filter((topic) => topic.words.some((word) => word.trim() && hay.includes(word))).map((t) => t.id);
      seen.set(words, ids);
    }
    return ids;
  };
  return Object.assign(topicsOf, { vocabulary });
}

/**
 * Reads a vocabulary an editor gave as JSON (an array of `{ id, keywords, label? }`). Anything malformed gives
 * `undefined`, and the built-in vocabulary stays.
 */
export function parseVocabulary(value: unknown): Topic[] | undefined {
  let data = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (!Array.isArray(data)) return undefined;
  const topics = data
    .filter(
      (item): item is Topic =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as Topic).id === 'string' &&
        Array.isArray((item as Topic).keywords),
    )
    .map((item) => ({
      id: item.id.trim(),
      keywords: item.keywords.filter((k): k is string => typeof k === 'string'),
      label:
        typeof item.label === 'string' || (typeof item.label === 'object' && item.label !== null)
          ? item.label
          : undefined,
    }))
    .filter((item) => item.id);
  return topics.length ? topics : undefined;
}

/** A topic's own label in `lang`, when it brought one. */
export function ownLabel(topic: Topic, lang: Lang): string | undefined {
  if (typeof topic.label === 'string') return topic.label;
  const label = topic.label;
  const found = contentLanguages(lang).find((candidate) => label?.[candidate] !== undefined);
  return found ? label?.[found] : (label?.da ?? label?.en);
}
