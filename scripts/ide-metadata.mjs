// Writes editor metadata from custom-elements.json (itself generated from the JSDoc in src/): VS Code's HTML custom
// data and JetBrains' web-types, so `<mb-…>` tags, their attributes and allowed values complete in an editor.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { readType } from '../demo/builder.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

// The same reading of attribute types as the embed builder's, so both offer the same choices.
const literalValues = (typeText) => readType(typeText).choices;

const describe = (item) => [item.summary, item.description].filter(Boolean).join('\n\n');
const attributesOf = (element) => (element.attributes ?? []).filter((attribute) => attribute.name);

const vscode = {
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: { kind: 'markdown', value: describe(element) },
    attributes: attributesOf(element).map((attribute) => {
      const values = literalValues(attribute.type?.text);
      return {
        name: attribute.name,
        description: { kind: 'markdown', value: attribute.description ?? '' },
        ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
        ...(readType(attribute.type?.text).kind === 'boolean' ? { valueSet: 'v' } : {}),
      };
    }),
  })),
};

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: describe(element),
        attributes: attributesOf(element).map((attribute) => {
          const values = literalValues(attribute.type?.text);
          return {
            name: attribute.name,
            description: attribute.description ?? '',
            ...(attribute.default !== undefined ? { default: attribute.default } : {}),
            value: values.length
              ? { kind: 'plain', type: values.map((value) => `'${value}'`).join(' | ') }
              : {
                  kind: readType(attribute.type?.text).kind === 'boolean' ? 'no-value' : 'plain',
                  type: attribute.type?.text ?? 'string',
                },
          };
        }),
        slots: (element.slots ?? []).map((slot) => ({ name: slot.name, description: slot.description ?? '' })),
        js: {
          events: (element.events ?? [])
            .filter((event) => event.name)
            .map((event) => ({ name: event.name, description: event.description ?? '' })),
          properties: (element.members ?? [])
            .filter(
              (member) =>
                member.kind === 'field' &&
                !member.static &&
                member.privacy !== 'private' &&
                member.privacy !== 'protected',
            )
            .map((member) => ({
              name: member.name,
              description: member.description ?? '',
              type: member.type?.text ?? 'unknown',
            })),
        },
        css: {
          properties: (element.cssProperties ?? []).map((property) => ({
            name: property.name,
            description: property.description ?? '',
          })),
          parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: part.description ?? '' })),
        },
      })),
    },
  },
};

mkdirSync('dist', { recursive: true });
writeFileSync('dist/vscode.html-custom-data.json', JSON.stringify(vscode, null, 2) + '\n');
writeFileSync('dist/web-types.json', JSON.stringify(webTypes, null, 2) + '\n');
console.log(`editor metadata: ${elements.length} elements → dist/vscode.html-custom-data.json, dist/web-types.json`);
