// The Custom Elements Manifest, built from the widgets' JSDoc by the analyzer's CLI
// (`npm run manifest`, the first step of `npm run build`) into dist/custom-elements.json. It feeds
// editors' autocomplete, the embed page's list of accepted attributes and the snippet builder.
// The React components (src/react.ts, src/frameworks/) and the CDN entries (src/cdn/, src/autoload/)
// are not elements: they stay out (the entries would also change the order the widgets are listed
// in, which the builder's first choice follows). Nor are the widgets' words for editors
// (`<tag>.editor.ts`, core/editor-words.ts): the builder's, not the library's API.
export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/static/**',
    'src/embed/**',
    'src/react.ts',
    'src/frameworks/**',
    'src/cdn/**',
    'src/autoload/**',
    'src/**/*.editor.ts',
    'src/core/editor-words.ts',
  ],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
};
