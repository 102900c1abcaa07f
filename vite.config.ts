import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { defineConfig } from 'vite';

/**
 * The files partners load by URL (DESIGN.md, "Files in dist/"): one stable name per entry, shared
 * code (Lit, the core) in hashed chunks, and lazily imported code (Chart.js) in chunks of its own.
 * The unbundled npm build is `tsc -p tsconfig.build.json` into dist/lib.
 */
export const entries = {
  'refuge-widgets': 'src/refuge-widgets.ts',
  'asylum-stat': 'src/widgets/asylum-stat/asylum-stat.ts',
  'violence-timeline': 'src/widgets/violence-timeline/violence-timeline.ts',
};

export default defineConfig({
  // Relative URLs, so dist/ works from any folder or CDN path it is copied to.
  base: './',
  // Pages copied verbatim (the demo article), which load dist/ files exactly as a partner would.
  publicDir: 'src/static',
  // Lit's html`` and css`` strings are shipped as written; minify them like the rest of the code.
  plugins: [minifyTemplateLiterals()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The size check follows this manifest's import graph.
    manifest: true,
    // The preload helper would add <link> tags to partners' <head>; our few chunks do not need it.
    modulePreload: false,
    sourcemap: true,
    rolldownOptions: {
      input: entries,
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Name the chunk every widget shares after what it is (otherwise it is named after
        // whichever module rolldown met first).
        advancedChunks: {
          groups: [
            {
              name: 'core',
              test: /\/(src\/core\/|src\/data\/sources\.ts|node_modules\/(lit|lit-html|lit-element|@lit)\/)/,
              minShareCount: 2,
            },
          ],
        },
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});
