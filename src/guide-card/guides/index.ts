import type { GuidePair } from '../guide.js';

type Json = () => Promise<{ default: unknown }>;

/** The languages the next `pair` call loads: all of them unless `loadBuiltInGuide` names some. */
let wanted: readonly string[] | undefined;

/**
 * A built-in guide's content from its files under `locales/<lang>/guides/`, one loader per language: in every
 * language, or only in those `loadBuiltInGuide` asks for (a Danish page downloads the Danish file alone).
 */
const pair = async (da: Json, en: Json): Promise<{ default: GuidePair }> => {
  const want = (lang: string) => !wanted || wanted.includes(lang);
  const [daData, enData] = await Promise.all([want('da') ? da() : undefined, want('en') ? en() : undefined]);
  // Only the languages loaded are keys: a card asks for the others when it needs them.
  return { default: { ...(daData && { da: daData.default }), ...(enData && { en: enData.default }) } as GuidePair };
};

/*
 * The built-in guides, one line each: the id (the `guide` attribute's value) and a loader. Each loader imports that
 * guide's content dynamically, so the bundler emits small chunks per guide and a page downloads only the guide it
 * shows; ten guides do not weigh on every page. The manifest (so the embed builder and the IDE data), the stories and
 * the tests take the list of ids from here. Adding a guide: docs/contributing.md.
 */
export const BUILT_IN_GUIDES = {
  mitid: () =>
    pair(
      () => import('../../../locales/da/guides/mitid.json', { with: { type: 'json' } }),
      () => import('../../../locales/en/guides/mitid.json', { with: { type: 'json' } }),
    ),
  'digital-post': () =>
    pair(
      () => import('../../../locales/da/guides/digital-post.json', { with: { type: 'json' } }),
      () => import('../../../locales/en/guides/digital-post.json', { with: { type: 'json' } }),
    ),
  'change-address': () =>
    pair(
      () => import('../../../locales/da/guides/change-address.json', { with: { type: 'json' } }),
      () => import('../../../locales/en/guides/change-address.json', { with: { type: 'json' } }),
    ),
  'health-card': () =>
    pair(
      () => import('../../../locales/da/guides/health-card.json', { with: { type: 'json' } }),
      () => import('../../../locales/en/guides/health-card.json', { with: { type: 'json' } }),
    ),
  'eu-health-card': () =>
    pair(
      () => import('../../../locales/da/guides/eu-health-card.json', { with: { type: 'json' } }),
      () => import('../../../locales/en/guides/eu-health-card.json', { with: { type: 'json' } }),
    ),
  passport: () =>
    pair(
      () => import('../../../locales/da/guides/passport.json', { with: { type: 'json' } }),
      () => import('../../../locales/en/guides/passport.json', { with: { type: 'json' } }),
    ),
  'housing-benefit': () =>
    pair(
      () => import('../../../locales/da/guides/housing-benefit.json', { with: { type: 'json' } }),
      () => import('../../../locales/en/guides/housing-benefit.json', { with: { type: 'json' } }),
    ),
  'state-pension': () =>
    pair(
      () => import('../../../locales/da/guides/state-pension.json', { with: { type: 'json' } }),
      () => import('../../../locales/en/guides/state-pension.json', { with: { type: 'json' } }),
    ),
  'digital-power-of-attorney': () =>
    pair(
      () => import('../../../locales/da/guides/digital-power-of-attorney.json', { with: { type: 'json' } }),
      () => import('../../../locales/en/guides/digital-power-of-attorney.json', { with: { type: 'json' } }),
    ),
  'change-doctor': () =>
    pair(
      () => import('../../../locales/da/guides/change-doctor.json', { with: { type: 'json' } }),
      () => import('../../../locales/en/guides/change-doctor.json', { with: { type: 'json' } }),
    ),
} satisfies Record<string, () => Promise<{ default: GuidePair }>>;

/** The id of a built-in guide. */
export type BuiltInGuideId = keyof typeof BUILT_IN_GUIDES;

export function isBuiltInGuide(id: string): id is BuiltInGuideId {
  return Object.prototype.hasOwnProperty.call(BUILT_IN_GUIDES, id);
}

/**
 * Loads a built-in guide (still to be validated, like any guide): in both languages, or in `langs` only (those the
 * registry has); a language not loaded is not a key of the pair.
 */
export async function loadBuiltInGuide(id: BuiltInGuideId, langs?: readonly string[]): Promise<GuidePair> {
  // `pair` reads `wanted` before its first await, so no other call can see this one's languages.
  wanted = langs;
  const loading = BUILT_IN_GUIDES[id]();
  wanted = undefined;
  return (await loading).default;
}

/**
 * Loads a built-in guide, loaded before in some languages, in those of `langs` it lacks, into `guide.pair`. Each
 * language is asked for once: after a failure the guide stays in the languages it has. `undefined` when none lacks.
 */
export function completeGuide(
  guide: { id: BuiltInGuideId; pair: Record<string, unknown> },
  langs: readonly string[],
): Promise<void> | undefined {
  const { id, pair } = guide;
  const missing = langs.filter((lang) => !(lang in pair));
  if (!missing.length) return undefined;
  for (const lang of missing) pair[lang] = undefined;
  return loadBuiltInGuide(id, missing).then(
    (more: Record<string, unknown>) => missing.forEach((lang) => (pair[lang] = more[lang])),
    () => undefined,
  );
}
