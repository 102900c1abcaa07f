// The Custom Elements Manifest, built from the widgets' JSDoc by `vite build` (see the
// widgetManifest plugin in vite.config.ts), which writes it to dist/custom-elements.json. It feeds
// editors' autocomplete, the embed page's list of accepted attributes and the snippet builder.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/static/**', 'src/embed/**'],
  litelement: true,
  packagejson: false,
};
