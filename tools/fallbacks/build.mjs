// `npm run build:fallbacks` (a step of `npm run build`, after the manifest): draws the chart images
// and writes dist/fallbacks.json (see build-fallbacks.ts). It runs the TypeScript sources through
// Vite's server-side module loader, so the images come from the very modules the browser build
// bundles, and Lit resolves to its server build as it would in any Node renderer.
import { createServer } from 'vite';

/** The budget of this step (issue #11): it must not slow the build down noticeably. */
const BUDGET_MS = 15_000;

const server = await createServer({
  configFile: false,
  logLevel: 'warn',
  server: { middlewareMode: true, hmr: false, watch: null },
  appType: 'custom',
});
try {
  const { buildFallbacks } = await server.ssrLoadModule('/tools/fallbacks/build-fallbacks.ts');
  const report = await buildFallbacks('dist');
  for (const plot of report.plots) {
    console.log(`fallbacks: static plot <${plot.name.replace(' ', '> ')}: ${plot.bytes} bytes`);
    for (const note of plot.notes) console.log(`  ${note}`);
  }
  console.log(`fallbacks: the static plots took ${(report.plotMilliseconds / 1000).toFixed(1)} s`);
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
