// custom-elements.json is generated from the JSDoc of each element class; Storybook, the embed builder and the
// IDE metadata all read it.
import { readFileSync } from 'node:fs';

/**
 * Our widgets are registered with `defineOnce('mb-…', Class)` in their define.ts, which the analyzer does not know
 * as a definition. This plugin reads those calls and marks each class as the custom element of that tag.
 */
function defineOncePlugin() {
  const tags = new Map(); // class name → tag
  const aliases = new Map(); // type alias name → its text, for unions of string literals
  const registries = new Map(); // `const NAME = { … }` → its keys, for `keyof typeof NAME`
  return {
    name: 'medborger-define-once',
    analyzePhase({ ts, node, moduleDoc }) {
      // Remember `type CalendarControl = 'topic' | 'branch'`, `type SourceFormat = FormatId` and
      // `type FormatId = keyof typeof FORMATS` so attribute types can be spelled out for editors.
      if (
        ts.isTypeAliasDeclaration(node) &&
        (ts.isUnionTypeNode(node.type) || ts.isTypeReferenceNode(node.type) || ts.isTypeOperatorNode(node.type))
      )
        aliases.set(node.name.text, node.type.getText());
      // The registries (views, feed formats, built-in guides) are object literals, maybe with `satisfies`/`as const`.
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        let value = node.initializer;
        while (value && (ts.isSatisfiesExpression?.(value) || ts.isAsExpression(value))) value = value.expression;
        if (value && ts.isObjectLiteralExpression(value))
          registries.set(
            node.name.text,
            value.properties
              .map((property) => property.name)
              .filter((name) => name && (ts.isIdentifier(name) || ts.isStringLiteral(name)))
              .map((name) => `'${name.text}'`),
          );
      }
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineOnce') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
      tags.set(element.text, tag.text);
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: element.text, module: moduleDoc.path },
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      const registryKeys = (part) => {
        const name = /^keyof typeof (\w+)$/u.exec(part)?.[1];
        return name && registries.get(name)?.length ? registries.get(name).join(' | ') : part;
      };
      const expand = (text, depth = 0) =>
        depth > 5
          ? text
          : text
              .split('|')
              .map((part) => registryKeys(part.trim()))
              .map((part) => (aliases.has(part) ? expand(aliases.get(part), depth + 1) : part))
              .join(' | ');
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const tag = tags.get(declaration.name);
          if (declaration.kind !== 'class') continue;
          if (tag) {
            declaration.customElement = true;
            declaration.tagName = tag;
          } else if (declaration.customElement) {
            delete declaration.customElement; // MbElement is a base class, not an element of its own
          }
          // `emit(name, …)` in the base class reads as an event called "name"; only real mb-* events are listed.
          if (declaration.events)
            declaration.events = declaration.events.filter((event) => event.name?.startsWith('mb-'));
          for (const attribute of declaration.attributes ?? []) {
            if (attribute.type?.text) attribute.type.text = expand(attribute.type.text);
          }
          for (const member of declaration.members ?? []) {
            if (member.type?.text) member.type.text = expand(member.type.text);
          }
        }
        // Point each definition at the module that declares the class, not at define.ts.
        for (const entry of module.exports ?? []) {
          if (entry.kind !== 'custom-element-definition') continue;
          const home = customElementsManifest.modules.find((candidate) =>
            (candidate.declarations ?? []).some((declaration) => declaration.name === entry.declaration.name),
          );
          if (home) entry.declaration.module = home.path;
        }
      }
    },
  };
}

/**
 * The shared theme tokens are documented once, as `@cssprop` tags on `tokens` in src/core/theme.ts. This plugin adds
 * them to every `mb-*` element's `cssProperties` (an element's own `@cssprop` of the same name wins), so each
 * widget's docs, Storybook table and IDE metadata list the whole set without copies drifting apart.
 */
function themeTokensPlugin(file = 'src/core/theme.ts') {
  const tokens = [...readFileSync(file, 'utf8').matchAll(/^\s*\* @cssprop \[(--[\w-]+)=(.*?)\] - (.+)$/gmu)].map(
    ([, name, fallback, description]) => ({ name, default: fallback, description: description.trim() }),
  );
  return {
    name: 'medborger-theme-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement || !declaration.tagName?.startsWith('mb-')) continue;
          const own = declaration.cssProperties ?? [];
          const shared = tokens.filter((token) => !own.some((property) => property.name === token.name));
          declaration.cssProperties = [...shared.map((token) => ({ ...token })), ...own];
        }
      }
    },
  };
}

/**
 * Internal state declared in a `static properties` block (`{ state: true }`, docs/architecture.md) is no attribute:
 * the analyzer's Lit support reads every entry of the block as one. This takes those entries' attributes back out.
 */
function staticStatePlugin() {
  const states = new Map(); // class name → the names of its state entries
  return {
    name: 'medborger-static-state',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        const names = member.initializer.properties
          .filter(
            (entry) =>
              ts.isPropertyAssignment(entry) &&
              ts.isObjectLiteralExpression(entry.initializer) &&
              entry.initializer.properties.some(
                (option) =>
                  ts.isPropertyAssignment(option) &&
                  option.name.getText() === 'state' &&
                  option.initializer.kind === ts.SyntaxKind.TrueKeyword,
              ),
          )
          .map((entry) => entry.name.getText());
        if (names.length) states.set(node.name.text, new Set(names));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const names = states.get(declaration.name);
          if (!names) continue;
          declaration.attributes = declaration.attributes?.filter((attribute) => !names.has(attribute.fieldName));
          if (!declaration.attributes?.length) delete declaration.attributes;
          for (const member of declaration.members ?? []) if (names.has(member.name)) delete member.attribute;
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/types/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [defineOncePlugin(), themeTokensPlugin(), staticStatePlugin()],
};
