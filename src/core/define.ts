import { VERSION } from './version.js';

/** A custom element class that says which medborger release defined it. */
export interface VersionedElement extends CustomElementConstructor {
  readonly mbVersion?: string;
}

const warned = new Set<string>();

/**
 * Defines `tag` unless the page already has it.
 *
 * A CMS page can easily load the drop-in twice (a theme and an editor block both add it) or load two releases
 * side by side. `customElements.define` throws on a taken name, which would stop the rest of the second script,
 * so a taken tag is left as it is. When the element already there comes from another release, one warning says so,
 * because the page then runs the older or newer widget, not the one the second script brought.
 *
 * @returns `true` when this call defined the element.
 */
export function defineOnce(tag: string, element: VersionedElement): boolean {
  const registry = globalThis.customElements;
  if (!registry) return false;
  const existing: VersionedElement | undefined = registry.get(tag);
  if (!existing) {
    registry.define(tag, element);
    return true;
  }
  const theirs = existing.mbVersion;
  const ours = element.mbVersion ?? VERSION;
  if (existing !== element && theirs !== ours && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `medborger: <${tag}> is already defined by ${theirs ? `medborger ${theirs}` : 'another script'}; ` +
        `medborger ${ours} keeps that definition.`,
    );
  }
  return false;
}
