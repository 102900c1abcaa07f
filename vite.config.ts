import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { defineConfig } from 'vite';
import { corrections } from './src/data/corrections';
import { correctionsShown } from './tools/vite/corrections-shown-plugin.mjs';
import { embedNoScript } from './tools/vite/embed-noscript-plugin';
import { integrityFile } from './tools/vite/integrity-plugin';
import { preloadDynamicImports } from './tools/vite/preload-plugin';
import { sharePages } from './tools/vite/share-pages-plugin';
import { widgetCatalog } from './tools/vite/widget-catalog-plugin';
import {
  autoloaderModule,
  cdnEntryModule,
  chartWidgetTags,
  registrationModule,
  widgetTags,
} from './tools/widgets.mjs';

/**
 * The CDN build: the files partners load by URL (DESIGN.md, "Files in dist/"), one stable name per
 * entry, shared code (Lit, the core) in hashed chunks, lazily imported code (Chart.js, the
 * republish dialog, DOMPurify) in chunks of their own. Library mode: Vite adds no preload helper,
 * so lazy imports stay plain `import()`.
 *
 * `npm run build` first cleans dist/ and writes dist/custom-elements.json (`npm run manifest`),
 * then runs this, then the unbundled npm build (`tsc -p tsconfig.build.json` into dist/lib).
 */
const entries = {
  'refuge-widgets': autoloaderModule,
  ...Object.fromEntries(widgetTags().map((tag) => [tag, cdnEntryModule(tag)])),
  // A chart widget's own code, which its small entry and refuge-widgets.js import: as an entry it
  // is a chunk of its own whose module object the import() receives as is (a hashed name all the
  // same). Otherwise Rolldown wraps it, and its helpers become one more file to wait for.
  ...Object.fromEntries(chartWidgetTags().map((tag) => [`chunks/${tag}`, registrationModule(tag)])),
  // The iframe page, its optional parent-page resizer, and the editors' snippet builder. The HTML
  // pages themselves are in src/static and load these by stable name.
  embed: 'src/embed/embed.ts',
  'embed-parent': 'src/embed/embed-parent.ts',
  builder: 'src/embed/builder.ts',
};

/** The modules of the chart widgets but their registration modules: classes, words, data. */
const chartWidgetsSource = new RegExp(
  `/src/widgets/(${chartWidgetTags().join('|')})/[a-z-]+\\.(component|messages|chart|styles)\\.ts$` +
    '|/src/data/(killings|police)\\.ts$',
);

export default defineConfig({
  // Relative URLs, so dist/ works from any folder or CDN path it is copied to.
  base: './',
  // Pages copied verbatim (the demo article, the embed and builder pages), which load dist/ files
  // exactly as a partner would.
  publicDir: 'src/static',
  plugins: [
    // The files partners load ship the code that shows corrections only once there is one.
    correctionsShown(corrections),
    // Lit's html`` and css`` strings are shipped as written; minify them like the rest.
    minifyTemplateLiterals(),
    widgetCatalog('dist/custom-elements.json'),
    // The files partners load request a widget's chunks all at once.
    preloadDynamicImports(['refuge-widgets', ...widgetTags()]),
    embedNoScript(),
    // After embedNoScript(), whose finished embed.html each share page copies.
    sharePages(),
    integrityFile(),
  ],
  build: {
    outDir: 'dist',
    // npm run build empties it before the manifest is written into it.
    emptyOutDir: false,
    target: 'es2022',
    lib: { entry: entries, formats: ['es'] },
    // The size check follows this manifest's import graph.
    manifest: true,
    sourcemap: true,
    rolldownOptions: {
      // Library mode keeps each entry's exports, which would move every widget into a shared
      // chunk behind a re-exporting entry (one more request); partners' entries export nothing.
      preserveEntrySignatures: false,
      output: {
        // Library mode keeps whitespace and pure annotations for bundlers that consume its
        // output; ours goes straight to browsers, so it is minified in full.
        minify: true,
        comments: { annotation: false },
        // Stable names for the files partners load; hashed ones for what only our code imports.
        entryFileNames: ({ name }) =>
          name.startsWith('chunks/') ? '[name]-[hash].js' : '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // One chunk for what every widget needs (Lit, the core, the shared citations), named for
        // what it is; otherwise rolldown splits off small pieces and names them after a module.
        advancedChunks: {
          groups: [
            {
              name: 'core',
              priority: 2,
              // With Rolldown's helpers (for the module objects the entries' import() calls
              // receive): in a chunk of their own they would be one more file every page waits for.
              test: /^\0rolldown\/runtime|\/(node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\/|src\/core\/[^/]+\.ts|src\/data\/sources\.ts)/,
            },
            // What the chart widgets need before Chart.js: the element, its frame and controller,
            // and the charts themselves (their classes, words and data): all of them together
            // compress to 0.8 KB less than apart, and a page with one chart pays 1.4 KB for the
            // other. Each chart's registration module stays a small file of its own, so that
            // dist/<tag>.js still defines only its element.
            {
              name: 'chart-element',
              priority: 1,
              test: chartWidgetsSource,
            },
            {
              name: 'chart-element',
              priority: 1,
              test: /\/src\/core\/chart\/(chart-(controller|element|frame|ratio)[.a-z-]*|csv)\.ts$/,
            },
          ],
        },
      },
    },
  },
});
