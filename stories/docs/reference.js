// Reference tables for the docs pages, read from custom-elements.json (generated from each element's JSDoc), so the
// Danish and English pages list exactly what the code documents and never drift from it.
import { createElement as h, Fragment } from 'react';
import manifest from '../../custom-elements.json' with { type: 'json' };

const LABELS = {
  da: {
    attributes: 'Attributter',
    events: 'Hændelser',
    slots: 'Slots',
    parts: 'Dele (::part)',
    cssProperties: 'CSS-egenskaber',
    name: 'Navn',
    fallback: 'Standard',
    description: 'Beskrivelse (fra kildekoden, på engelsk)',
    defaultSlot: '(standard-slot)',
    shared: 'Fælles for alle widgets',
  },
  en: {
    attributes: 'Attributes',
    events: 'Events',
    slots: 'Slots',
    parts: 'Parts (::part)',
    cssProperties: 'CSS custom properties',
    name: 'Name',
    fallback: 'Default',
    description: 'Description',
    defaultSlot: '(default slot)',
    shared: 'Shared by every widget',
  },
};

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName?.startsWith('mb-'));

const element = (tag) => elements.find((candidate) => candidate.tagName === tag);
const code = (text) => (text ? h('code', null, text) : '');

function table(labels, rows, withDefault) {
  return h(
    'table',
    null,
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', null, labels.name),
        withDefault ? h('th', null, labels.fallback) : null,
        h('th', null, labels.description),
      ),
    ),
    h(
      'tbody',
      null,
      rows.map((row) =>
        h(
          'tr',
          { key: row.name },
          h('td', null, code(row.name)),
          withDefault ? h('td', null, code(row.default)) : null,
          h('td', null, row.description ?? ''),
        ),
      ),
    ),
  );
}

/** Theme tokens every `mb-*` element lists (the shared set from src/core/theme.ts). */
export const sharedTokens = () =>
  (element('mb-guide-card')?.cssProperties ?? []).filter((property) =>
    elements.every((candidate) => (candidate.cssProperties ?? []).some((other) => other.name === property.name)),
  );

/** The attributes, events, slots, parts and widget-specific CSS properties of one element. */
export function Reference({ tag, lang = 'en' }) {
  const labels = LABELS[lang] ?? LABELS.en;
  const found = element(tag);
  if (!found) return h('p', null, code(tag));
  const shared = new Set(sharedTokens().map((token) => token.name));
  const own = (found.cssProperties ?? []).filter((property) => !shared.has(property.name));
  const sections = [
    [labels.attributes, (found.attributes ?? []).filter((attribute) => attribute.name), true],
    [labels.events, found.events ?? [], false],
    [labels.slots, (found.slots ?? []).map((slot) => ({ ...slot, name: slot.name || labels.defaultSlot })), false],
    [labels.parts, found.cssParts ?? [], false],
    [labels.cssProperties, own, true],
  ].filter(([, rows]) => rows.length);
  return h(
    Fragment,
    null,
    sections.map(([title, rows, withDefault]) =>
      h(Fragment, { key: title }, h('h4', null, title), table(labels, rows, withDefault)),
    ),
  );
}

/** The shared `--mb-*` theme tokens with their defaults. */
export function Tokens({ lang = 'en' }) {
  const labels = LABELS[lang] ?? LABELS.en;
  return table(labels, sharedTokens(), true);
}
