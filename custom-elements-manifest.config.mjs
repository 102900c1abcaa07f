// Builds dist/custom-elements.json (the Custom Elements Manifest) from the widgets' JSDoc; it feeds
// editors' autocomplete, the stories and the snippet builder.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/static/**'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
};
