import { readdirSync, existsSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

// Every widget folder with a define.ts gets its own npm entry (`medborger/<widget>.js`).
const widgets = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'core' && existsSync(`src/${entry.name}/define.ts`))
  .map((entry) => entry.name);

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
const onwarn = (warning, warn) => {
  // Lit's and i18next's ESM use `this` at the top level in helpers that never run there.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

export default [
  {
    // The drop-in for CMS pages: everything bundled, rarely used code split into chunks loaded on demand.
    input: { medborger: 'src/medborger.ts' },
    // Lazy chunks (a guide's view, the QR code) import Lit from the entry. Allowing the entry to export those
    // internals keeps them in dist/medborger.js instead of a second, eagerly loaded "shared" chunk behind a facade.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ browser: true }),
      json({ preferConst: true, compact: true }),
      typescript(),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
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
    plugins: [nodeResolve({ browser: true }), json({ preferConst: true }), typescript()],
    onwarn,
  },
];
