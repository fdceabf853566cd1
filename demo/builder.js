// The embed builder's logic, kept free of the page so it can be tested: which widgets and attributes there are
// (read from custom-elements.json, which is generated from the widgets' own documentation) and the snippet an
// editor copies.

/** @typedef {{ name: string, description: string, kind: 'choice' | 'boolean' | 'number' | 'text', choices: string[], open: boolean, default?: string }} Field */
/** @typedef {{ tag: string, summary: string, fields: Field[] }} Widget */

const HIDDEN = new Set(['courses', 'data', 'guideData']);

/**
 * Reads an attribute's type as the manifest spells it: `'list' | 'compact'` gives choices, `number | undefined` a
 * number, `BuiltInGuideId | (string & {})` choices that also allow other text.
 */
export function readType(typeText = '') {
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');
  const choices = parts.filter((part) => /^(['"]).*\1$/.test(part)).map((part) => part.slice(1, -1));
  const others = parts.filter((part) => !/^(['"]).*\1$/.test(part));
  const kind = choices.length
    ? 'choice'
    : others.length === 1 && others[0] === 'boolean'
      ? 'boolean'
      : others.length === 1 && others[0] === 'number'
        ? 'number'
        : 'text';
  return { kind, choices, open: choices.length > 0 && others.length > 0 };
}

/**
 * @param {string[]} [pastable] the tags the drop-in loads by itself (its `TAGS`); others, such as the calendar's
 *   inner `<mb-course-month>`, need a script and are left out.
 * @param {readonly string[]} [languages] the languages medborger ships (`LANGUAGES`, from the language registry),
 *   offered for `lang`; without them `lang` is a text field.
 * @returns {Widget[]} every custom element in the manifest with the attributes an editor can set.
 */
export function widgetsFrom(manifest, pastable, languages) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName?.startsWith('mb-'))
    .filter((declaration) => !pastable || pastable.includes(declaration.tagName))
    .sort((a, b) => a.tagName.localeCompare(b.tagName))
    .map((element) => ({
      tag: element.tagName,
      summary: element.summary ?? element.description ?? '',
      fields: (element.attributes ?? [])
        .filter((attribute) => attribute.name && !HIDDEN.has(attribute.fieldName ?? ''))
        .map((attribute) => {
          const type =
            attribute.name === 'lang' && languages?.length
              ? { kind: 'choice', choices: [...languages], open: false }
              : readType(attribute.type?.text);
          const fallback = attribute.default?.replace(/^(['"])(.*)\1$/, '$2');
          return { name: attribute.name, description: attribute.description ?? '', ...type, default: fallback };
        }),
    }));
}

const escapeAttribute = (value) =>
  String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML an editor pastes: the script tag, then the element with the attributes that differ from the defaults.
 * @param {{ tag: string, values: Record<string, string | boolean>, scriptUrl: string }} options
 */
export function snippetFor({ tag, values, scriptUrl }) {
  const attributes = Object.entries(values)
    .filter(([, value]) => value !== '' && value !== false && value !== undefined && value !== null)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return `<script type="module" src="${escapeAttribute(scriptUrl)}"></script>\n<${tag}${attributes}></${tag}>`;
}
