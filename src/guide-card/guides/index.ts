import type { GuidePair } from '../guide.js';

/*
 * The built-in guides. Each loader is a dynamic import, so the bundler emits one small chunk per guide and a page
 * downloads only the guide it shows; ten guides do not weigh on every page.
 */
export const BUILT_IN_GUIDES = {
  mitid: () => import('./mitid.js'),
  'digital-post': () => import('./digital-post.js'),
  'change-address': () => import('./change-address.js'),
  'health-card': () => import('./health-card.js'),
  'eu-health-card': () => import('./eu-health-card.js'),
  passport: () => import('./passport.js'),
  'housing-benefit': () => import('./housing-benefit.js'),
  'state-pension': () => import('./state-pension.js'),
  'digital-power-of-attorney': () => import('./digital-power-of-attorney.js'),
  'change-doctor': () => import('./change-doctor.js'),
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
