import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { engineLauncher } from './test/support/engines.mjs';
import { chromiumCommands } from './test/support/chromium-commands.mjs';
import { readingLevelCommands } from './test/support/reading-level.mjs';
import {
  currentChannel,
  recordingVersion,
  snippetRecorder,
} from './test/contract/snippet-server.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';

// One engine per run: ENGINE=chromium (the default), firefox or webkit. `npm run test:browser`
// runs all three in turn (test/run-browsers.mjs).
const engine = process.env.ENGINE ?? 'chromium';

// test/fuzz.test.ts asks the server for its seed, so that FUZZ_SEED=… replays a failing run.
const fuzzSeed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const { launcher, concurrency } = await engineLauncher(engine);

export default {
  // The visual test runs on its own (test/run-browsers.mjs): a screenshot waits for the page to
  // be painted, which a tab in the background of a parallel run may never be.
  files: ['test/**/*.test.ts', '!test/visual.test.ts'],
  nodeResolve: true,
  middleware: [
    // Old snippets (test/contract/old-snippets.test.ts) load the current channel: this build.
    currentChannel,
    recordingVersion,
    function seedForFuzzing(context, next) {
      if (context.path !== '/__fuzz-seed') return next();
      context.type = 'application/json';
      context.body = JSON.stringify({ seed: fuzzSeed });
    },
    // test/pages load dist/ a second time from another URL, as a second copy of the library on a
    // partner's page would be: the browser sees different modules (and a second Lit).
    function secondCopyOfDist(context, next) {
      if (context.url.startsWith('/dist-copy/'))
        context.url = context.url.replace('/dist-copy/', '/dist/');
      return next();
    },
    // test/pages/chart-offline.html loads dist/ through /dist-offline/, where Chart.js's chunk
    // fails as on a network that drops it: the chart must fall back to its table.
    function chartJsOffline(context, next) {
      if (!context.url.startsWith('/dist-offline/')) return next();
      if (context.url.includes('/chunks/chart-setup-')) {
        context.status = 503;
        context.body = 'offline';
        return undefined;
      }
      context.url = context.url.replace('/dist-offline/', '/dist/');
      return next();
    },
    // test/pages/csp-* and test/hostile/pages/csp-* are served as a partner with a strict Content
    // Security Policy and Trusted Types would serve them: no inline script or style, and only the
    // named policies.
    async function strictCsp(context, next) {
      await next();
      if (/^\/test\/(hostile\/)?pages\/csp-/.test(context.url)) {
        context.set(
          'Content-Security-Policy',
          "default-src 'self'; script-src 'self'; style-src 'self'; " +
            "require-trusted-types-for 'script'; trusted-types lit-html dompurify",
        );
      }
    },
  ],
  // Run the TypeScript sources as the npm build ships them; test/pages/*.html load the dist/ build.
  // No `target`: with one, esbuild also rewrites every .js it serves, dist/ included, and the
  // tests would no longer run (or hash) the files partners get.
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }),
    // Forced colours and the full accessibility tree, in Chromium.
    chromiumCommands(),
    // Reading level of every sentence a widget shows (test/a11y/reading-level.test.ts), in Node.
    readingLevelCommands(),
    // RECORD_SNIPPETS=<version> (npm run record:snippets) writes a release's builder snippets.
    snippetRecorder(),
    // test/visual.test.ts: screenshots against committed baselines; UPDATE_SCREENSHOTS=1 (npm run
    // test:update-screenshots) writes new ones. The tolerance absorbs anti-aliasing noise only.
    visualRegressionPlugin({
      update: Boolean(process.env.UPDATE_SCREENSHOTS),
      baseDir: 'test/screenshots',
      diffOptions: { threshold: 0.1 },
      failureThreshold: 0.2,
      failureThresholdType: 'percent',
    }),
  ],
  browsers: [launcher],
  concurrency,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 120000,
  reporters: [defaultReporter(), summaryReporter(engine)],
};
