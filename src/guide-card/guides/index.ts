import type { GuidePair } from '../guide.js';

type Json = Promise<{ default: unknown }>;

/** A built-in guide's content in both languages, from its two files under `locales/<lang>/guides/`. */
const pair = async (da: Json, en: Json): Promise<{ default: GuidePair }> => ({
  default: { da: (await da).default, en: (await en).default },
});

/*
 * The built-in guides, one line each: the id (the `guide` attribute's value) and a loader. Each loader imports that
 * guide's content dynamically, so the bundler emits small chunks per guide and a page downloads only the guide it
 * shows; ten guides do not weigh on every page. The manifest (so the embed builder and the IDE data), the stories and
 * the tests take the list of ids from here. Adding a guide: docs/contributing.md.
 */
export const BUILT_IN_GUIDES = {
  mitid: () =>
    pair(
      import('../../../locales/da/guides/mitid.json', { with: { type: 'json' } }),
      import('../../../locales/en/guides/mitid.json', { with: { type: 'json' } }),
    ),
  'digital-post': () =>
    pair(
      import('../../../locales/da/guides/digital-post.json', { with: { type: 'json' } }),
      import('../../../locales/en/guides/digital-post.json', { with: { type: 'json' } }),
    ),
  'change-address': () =>
    pair(
      import('../../../locales/da/guides/change-address.json', { with: { type: 'json' } }),
      import('../../../locales/en/guides/change-address.json', { with: { type: 'json' } }),
    ),
  'health-card': () =>
    pair(
      import('../../../locales/da/guides/health-card.json', { with: { type: 'json' } }),
      import('../../../locales/en/guides/health-card.json', { with: { type: 'json' } }),
    ),
  'eu-health-card': () =>
    pair(
      import('../../../locales/da/guides/eu-health-card.json', { with: { type: 'json' } }),
      import('../../../locales/en/guides/eu-health-card.json', { with: { type: 'json' } }),
    ),
  passport: () =>
    pair(
      import('../../../locales/da/guides/passport.json', { with: { type: 'json' } }),
      import('../../../locales/en/guides/passport.json', { with: { type: 'json' } }),
    ),
  'housing-benefit': () =>
    pair(
      import('../../../locales/da/guides/housing-benefit.json', { with: { type: 'json' } }),
      import('../../../locales/en/guides/housing-benefit.json', { with: { type: 'json' } }),
    ),
  'state-pension': () =>
    pair(
      import('../../../locales/da/guides/state-pension.json', { with: { type: 'json' } }),
      import('../../../locales/en/guides/state-pension.json', { with: { type: 'json' } }),
    ),
  'digital-power-of-attorney': () =>
    pair(
      import('../../../locales/da/guides/digital-power-of-attorney.json', { with: { type: 'json' } }),
      import('../../../locales/en/guides/digital-power-of-attorney.json', { with: { type: 'json' } }),
    ),
  'change-doctor': () =>
    pair(
      import('../../../locales/da/guides/change-doctor.json', { with: { type: 'json' } }),
      import('../../../locales/en/guides/change-doctor.json', { with: { type: 'json' } }),
    ),
} satisfies Record<string, () => Promise<{ default: GuidePair }>>;

/** The id of a built-in guide. */
export type BuiltInGuideId = keyof typeof BUILT_IN_GUIDES;

export function isBuiltInGuide(id: string): id is BuiltInGuideId {
  return Object.prototype.hasOwnProperty.call(BUILT_IN_GUIDES, id);
}

/** Loads a built-in guide in both languages (still to be validated, like any guide). */
export async function loadBuiltInGuide(id: BuiltInGuideId): Promise<GuidePair> {
  return (await BUILT_IN_GUIDES[id]()).default;
}
