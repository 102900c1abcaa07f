/**
 * Whether the code that shows corrections is shipped. Always, as written here (the npm build, the
 * tests, the build-time prerender and images); the CDN build (`npm run build`, vite.config.ts)
 * loads `false` in its place while src/data/corrections.ts is empty, so the minifier drops that
 * code, words included: about 270 bytes gzip across the core and the chart element, which the
 * size budgets of DESIGN.md cannot absorb. The build with the first correction ships it.
 * A module of its own holding a literal: so the bundler can inline it in every chunk.
 */
export const correctionsShown: boolean = true;
