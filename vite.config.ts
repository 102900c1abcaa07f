import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { defineConfig, type Plugin } from 'vite';

/**
 * The files partners load by URL (DESIGN.md, "Files in dist/"): one stable name per entry, shared
 * code (Lit, the core) in hashed chunks, and lazily imported code (Chart.js) in chunks of its own.
 * The unbundled npm build is `tsc -p tsconfig.build.json` into dist/lib.
 */
export const entries = {
  'refuge-widgets': 'src/refuge-widgets.ts',
  'asylum-stat': 'src/widgets/asylum-stat/asylum-stat.ts',
  'violence-timeline': 'src/widgets/violence-timeline/violence-timeline.ts',
  'police-deaths-chart': 'src/widgets/police-deaths-chart/police-deaths-chart.ts',
  'drug-killings-chart': 'src/widgets/drug-killings-chart/drug-killings-chart.ts',
};

/**
 * Vite wraps every dynamic import in its module-preload helper, even with `modulePreload: false`,
 * where it has no dependencies to preload. The helper costs 0.4 KB gzipped in the chart chunk and
 * could add <link> tags to a partner's <head>; this unwraps those calls so the minifier drops it.
 */
function withoutPreloadHelper(): Plugin {
  return {
    name: 'refuge:without-preload-helper',
    enforce: 'post',
    renderChunk(code) {
      const unwrapped = code.replace(
        /__vitePreload\(\s*\(\)\s*=>\s*(import\([^()]*\))\s*,\s*(?:\[\]|void 0|__VITE_PRELOAD__)\s*,\s*import\.meta\.url\s*\)/g,
        '$1',
      );
      return unwrapped === code ? null : { code: unwrapped, map: null };
    },
  };
}

export default defineConfig({
  // Relative URLs, so dist/ works from any folder or CDN path it is copied to.
  base: './',
  // Pages copied verbatim (the demo article), which load dist/ files exactly as a partner would.
  publicDir: 'src/static',
  // Lit's html`` and css`` strings are shipped as written; minify them like the rest of the code.
  plugins: [minifyTemplateLiterals(), withoutPreloadHelper()],
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
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});
