import { readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

// Every widget folder with a define.ts gets its own npm entry (`medborger/<widget>.js`).
const widgets = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'core' && existsSync(`src/${entry.name}/define.ts`))
  .map((entry) => entry.name);

// Lit, i18next and the core are what every widget needs: they travel in the drop-in entry itself. The exceptions are
// Lit modules only one chunk uses: async-directive.js (only the virtualizer, a lazy chunk loaded for very long lists,
// uses it) and static-html.js (only the model explainer), which go with that chunk rather than into every page; and
// Lit's decorators, which our elements do not use (they declare `static properties`), so whatever still imports them
// carries them.
const SINGLE_USE_LIT = /[\\/]node_modules[\\/]lit(-html)?[\\/](async-directive|static-html|static)\.js$/;
const LIT_DECORATORS = /[\\/]node_modules[\\/](lit[\\/]decorators\.js|@lit[\\/]reactive-element[\\/]decorators[\\/])/;
const inEntry = (id) =>
  !SINGLE_USE_LIT.test(id) &&
  !LIT_DECORATORS.test(id) &&
  (/[\\/]src[\\/]medborger\.ts$/.test(id) ||
    /[\\/]src[\\/]core[\\/]/.test(id) ||
    /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element|i18next)[\\/]/.test(id));

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
/*
 * The language registry (src/core/languages.ts) loads `import(\`../../locales/<lang>/${ns}.json\`)` with the namespace
 * as a variable. This turns each such import into a map from file name to a static import of that file, so Rollup
 * emits one chunk per language and namespace and a page downloads only its own language's strings. (Vite, under
 * Storybook, and the test server's browsers resolve the same import by themselves.)
 */
const LOCALE_IMPORT = /import\(`(\.{1,2}\/[^`$]+\/)\$\{(\w+)\}\.json`\s*(?:,\s*(\{[^()]*\}))?\)/g;
const localeImports = () => ({
  name: 'medborger-locale-imports',
  transform(code, id) {
    if (!/[\\/]src[\\/]core[\\/]languages\.ts$/.test(id)) return null;
    const replaced = code.replace(LOCALE_IMPORT, (_, folder, variable, options) => {
      const files = readdirSync(join(dirname(id), folder)).filter((name) => name.endsWith('.json'));
      if (!files.length) this.error(`no strings in ${folder}`);
      const loaders = files.map((name) => {
        const spec = JSON.stringify(folder + name);
        return `${JSON.stringify(name.slice(0, -5))}: () => import(${spec}${options ? `, ${options}` : ''})`;
      });
      return `({ ${loaders.join(', ')} })[${variable}]()`;
    });
    // Every replacement stays on its line, so the mappings of the lines around it still hold.
    return replaced === code ? null : { code: replaced, map: null };
  },
});
/** `locales/da/common.json` → `da/common`: the name of a language's strings chunk. */
const localeFile = (id) => /[\\/]locales[\\/]([^\\/]+)[\\/]([^\\/]+)\.json$/.exec(id ?? '');
/** `locales/da/guides/mitid.json` → `da/mitid`: the name of a built-in guide's content chunk in one language. */
const guideFile = (id) => /[\\/]locales[\\/]([^\\/]+)[\\/]guides[\\/]([^\\/]+)\.json$/.exec(id ?? '');

/**
 * Terser leaves the text of Lit's css`` templates alone, indentation and comments included. This drops CSS comments,
 * collapses each run of whitespace to one space (whitespace is never significant beyond that in our styles), then
 * drops what CSS never needs: spaces around `{};,>` (and `+~` in selectors), after `:` and before `!important`, a
 * `;` before `}`, the zero of `0.5`. Only in the literal parts: `${…}` interpolations are kept as written. Line numbers stay close enough for
 * the maps.
 */
const cssLiterals = () => ({
  name: 'css-literals',
  transform(code, id) {
    if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
    // Comments go first; quoted strings (`content: ' ('`) are then kept as they are.
    const squeeze = (text) =>
      text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .split(/('[^'\n]*'|"[^"\n]*")/)
        .map((part, i) =>
          i % 2
            ? part
            : part
                .replace(/\s+/g, ' ')
                .replace(/ ?([{};,>]) ?/g, '$1')
                .replace(/: /g, ':')
                .replace(/ !important/g, '!important')
                .replace(/;}/g, '}')
                // In selectors only (the text before a `{`): calc() needs the spaces around its + and -.
                .replace(/[^{}]*(?=\{)/g, (selector) => selector.replace(/ ?([+~]) ?/g, '$1'))
                .replace(/(^|[^\w.-])0\.(\d)/g, '$1.$2'),
        )
        .join('');
    const out = code.replace(
      /css`((?:[^`\\]|\\.)*)`/g,
      (_, body) =>
        `css\`${body
          .split(/(\$\{[^}]*\})/)
          .map((part, i) => (i % 2 ? part : squeeze(part)))
          .join('')}\``,
    );
    return out === code ? null : { code: out, map: null };
  },
});
/**
 * @rollup/plugin-json maps none of the code it writes, so in the drop-in's source maps a language's strings were
 * nobody's bytes. This maps each line it writes to the start of the JSON file it came from: coarse, but enough for
 * the browser's devtools and for `npm run size -- --analyze` to name the strings.
 */
const mappedJson = (options) => {
  const plugin = json(options);
  return {
    ...plugin,
    transform(code, id) {
      const out = plugin.transform.call(this, code, id);
      if (!out) return out;
      const lines = out.code.split('\n').length;
      const mappings = Array(lines).fill('AAAA').join(';');
      return { ...out, map: { version: 3, sources: [id], sourcesContent: [code], names: [], mappings } };
    },
  };
};
const onwarn = (warning, warn) => {
  // Lit's and i18next's ESM use `this` at the top level in helpers that never run there.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

export default [
  {
    // The drop-in for CMS pages: everything bundled, rarely used code split into chunks loaded on demand.
    input: { medborger: 'src/medborger.ts' },
    // Widget chunks import Lit, i18next and the core from the entry itself rather than from a shared chunk, so a
    // page fetches the entry and then only the chunks of the widgets it has.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      manualChunks: (id) => (inEntry(id) ? 'medborger' : undefined),
      entryFileNames: '[name].js',
      // A widget's chunk is named after the widget (not "define"), so the size report can tell them apart.
      chunkFileNames: (chunk) => {
        // A dynamic entry without exports can have no facade; its define.ts is then among its modules.
        const define = /[\\/]src[\\/]([^\\/]+)[\\/]define\.ts$/;
        const widget = define.exec(chunk.facadeModuleId ?? chunk.moduleIds.find((id) => define.test(id)) ?? '');
        const strings = localeFile(chunk.facadeModuleId);
        if (strings) return `chunks/strings/${strings[1]}/${strings[2]}-[hash].js`;
        const guide = guideFile(chunk.facadeModuleId);
        if (guide) return `chunks/guides/${guide[1]}/${guide[2]}-[hash].js`;
        return `chunks/${widget ? widget[1] : '[name]'}-[hash].js`;
      },
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ browser: true }),
      mappedJson({ preferConst: true, compact: true }),
      cssLiterals(),
      typescript(),
      localeImports(),
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
    onwarn,
  },
  {
    // For npm users: one module per source file, dependencies left to their bundler so Lit is not loaded twice.
    input: {
      index: 'src/index.ts',
      medborger: 'src/medborger.ts',
      ...Object.fromEntries(widgets.map((name) => [`${name}/define`, `src/${name}/define.ts`])),
    },
    external: (id) => /^(lit|@lit|@lit-labs|i18next|ical\.js|dompurify|lean-qr)(\/|$)/.test(id),
    output: {
      dir: 'dist/npm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      sourcemap: true,
    },
    plugins: [nodeResolve({ browser: true }), json({ preferConst: true }), typescript(), localeImports()],
    onwarn,
  },
];
