/*
 * The Controls panel and the docs tables of every widget, from custom-elements.json (the manifest generated from
 * each element's JSDoc). Storybook's own reading lists every class member too (99 rows for the calendar); this one
 * keeps what a page author sets, grouped: attributes first, then the CSS custom properties, events, parts and slots.
 * Attributes a designer never sets are left out: `lang` (the Sprog toolbar sets the page's language, as a CMS
 * does), `now` (fixed in every story, so stories never change with the date), `timeout`, and what an element sets
 * on itself (`narrow`).
 */
import type { ArgTypes } from '@storybook/web-components';
import manifest from '../../custom-elements.json' with { type: 'json' };

export const CATEGORY = {
  attributes: 'Attributter',
  css: 'CSS-egenskaber',
  events: 'Hændelser',
  parts: 'Dele (::part)',
  slots: 'Slots',
} as const;

type InputType = ArgTypes[string];

const HIDDEN_ATTRIBUTES = new Set(['lang', 'now', 'timeout', 'narrow', 'narrow-below', 'vocabulary']);

interface Documented {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
}
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  description?: string;
  attributes?: Documented[];
  events?: Documented[];
  slots?: Documented[];
  cssProperties?: Documented[];
  cssParts?: Documented[];
}

const declarations = (manifest as { modules: { declarations?: Declaration[] }[] }).modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName?.startsWith('mb-'));

/** The manifest's entry for a tag. */
export const declarationOf = (tag: string): Declaration | undefined =>
  declarations.find((declaration) => declaration.tagName === tag);

/** A token's default where any element documents one (the calendar lists some shared tokens without). */
const tokenDefaults = new Map<string, string>();
for (const declaration of declarations)
  for (const property of declaration.cssProperties ?? [])
    if (property.default !== undefined && !tokenDefaults.has(property.name))
      tokenDefaults.set(property.name, property.default);

const unquote = (text: string) => text.trim().replace(/^'(.*)'$/u, '$1');

/** The control for an attribute's type: a choice for a union of literals, a switch, a number or text. */
function controlOf(type: string | undefined): InputType['control'] {
  const literals = (type ?? '').split('|').map((part) => part.trim());
  if (literals.length > 1 && literals.every((part) => /^'[^']*'$/u.test(part)))
    return literals.length > 4 ? { type: 'select' } : { type: 'inline-radio' };
  if (type === 'boolean') return { type: 'boolean' };
  if (/^number/u.test(type ?? '')) return { type: 'number' };
  return { type: 'text' };
}

function optionsOf(type: string | undefined): string[] | undefined {
  const literals = (type ?? '').split('|').map((part) => part.trim());
  return literals.length > 1 && literals.every((part) => /^'[^']*'$/u.test(part)) ? literals.map(unquote) : undefined;
}

const row = (item: Documented, category: string, extra: Partial<InputType> = {}): InputType => ({
  name: item.name,
  description: item.description ?? '',
  table: {
    category,
    type: item.type ? { summary: item.type.text } : undefined,
    defaultValue: item.default !== undefined ? { summary: unquote(item.default) } : undefined,
  },
  ...extra,
});

const isColour = (name: string, value: string | undefined) =>
  /color|surface/u.test(name) || /^#[0-9a-f]{3,8}$/iu.test(value ?? '');

/** The grouped rows for one element: Storybook's `parameters.docs.extractArgTypes`. */
export function groupedArgTypes(tag: string): ArgTypes | null {
  const declaration = declarationOf(tag);
  if (!declaration) return null;
  const rows: ArgTypes = {};
  for (const attribute of declaration.attributes ?? []) {
    if (HIDDEN_ATTRIBUTES.has(attribute.name)) continue;
    const options = optionsOf(attribute.type?.text);
    rows[attribute.name] = row(attribute, CATEGORY.attributes, {
      control: controlOf(attribute.type?.text),
      ...(options ? { options } : {}),
    });
  }
  for (const property of declaration.cssProperties ?? []) {
    const fallback = property.default ?? tokenDefaults.get(property.name);
    rows[property.name] = row({ ...property, default: fallback }, CATEGORY.css, {
      control: isColour(property.name, fallback) ? { type: 'color' } : { type: 'text' },
    });
  }
  for (const event of declaration.events ?? [])
    rows[event.name] = row(event, CATEGORY.events, { control: false, action: event.name });
  for (const part of declaration.cssParts ?? [])
    rows[`part:${part.name}`] = row(part, CATEGORY.parts, { control: false });
  for (const slot of declaration.slots ?? [])
    rows[`slot:${slot.name || 'default'}`] = row({ ...slot, name: slot.name || '(standard)' }, CATEGORY.slots, {
      control: false,
    });
  return rows;
}
