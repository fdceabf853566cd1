// custom-elements.json is generated from the JSDoc of each element class; Storybook, the embed builder and the
// IDE metadata all read it.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/types/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
