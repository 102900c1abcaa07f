// `npm run build:fallbacks` (a step of `npm run build`, after the manifest): draws the chart images
// and writes dist/fallbacks.json (see build-fallbacks.ts). It runs the TypeScript sources through
// Vite's server-side module loader, so the images come from the very modules the browser build
// bundles, and Lit resolves to its server build as it would in any Node renderer.
//
// Two variables are for tests only (test/images/corrections.test.mjs): CORRECTIONS_MODULE, a module
// whose `corrections` replace those of src/data/corrections.ts, and FALLBACKS_OUT_DIR, the folder
// to write to in place of dist/ (it must hold custom-elements.json).
import { resolve } from 'node:path';
import { createServer } from 'vite';

/** The budget of this step (issue #11): it must not slow the build down noticeably. */
const BUDGET_MS = 15_000;

const outDir = process.env.FALLBACKS_OUT_DIR ?? 'dist';
const correctionsModule = resolve('src/data/corrections.ts');
const fixture = process.env.CORRECTIONS_MODULE && resolve(process.env.CORRECTIONS_MODULE);

/** Puts the module named by CORRECTIONS_MODULE wherever src/data/corrections.ts is imported. */
const correctionsFixture = {
  name: 'refuge:corrections-fixture',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved?.id === correctionsModule ? fixture : undefined;
  },
};

const server = await createServer({
  configFile: false,
  plugins: fixture ? [correctionsFixture] : [],
  logLevel: 'warn',
  server: { middlewareMode: true, hmr: false, watch: null },
  appType: 'custom',
});
try {
  const { buildFallbacks } = await server.ssrLoadModule('/tools/fallbacks/build-fallbacks.ts');
  if (fixture) console.log(`fallbacks: corrections from ${fixture}, into ${outDir}/`);
  const report = await buildFallbacks(outDir);
  for (const plot of report.plots) {
    console.log(`fallbacks: static plot <${plot.name.replace(' ', '> ')}: ${plot.bytes} bytes`);
    for (const note of plot.notes) console.log(`  ${note}`);
  }
  console.log(`fallbacks: the static plots took ${(report.plotMilliseconds / 1000).toFixed(1)} s`);
  console.log(
    `fallbacks: ${report.cards} social cards in ${(report.cardMilliseconds / 1000).toFixed(1)} s`,
  );
  console.log(
    `fallbacks: ${report.images} chart images and ${report.fallbacks} fallbacks in ${(report.milliseconds / 1000).toFixed(1)} s (budget ${BUDGET_MS / 1000} s)`,
  );
  if (report.milliseconds > BUDGET_MS)
    throw new Error('drawing the images took longer than its budget');
} catch (error) {
  console.error(`fallbacks: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await server.close();
}
