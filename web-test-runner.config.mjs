import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { engineLauncher } from './test/support/engines.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';

// One engine per run: ENGINE=chromium (the default), firefox or webkit. `npm run test:browser`
// runs all three in turn (test/run-browsers.mjs).
const engine = process.env.ENGINE ?? 'chromium';
const { launcher, concurrency } = await engineLauncher(engine);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [
    // test/pages load dist/ a second time from another URL, as a second copy of the library on a
    // partner's page would be: the browser sees different modules (and a second Lit).
    function secondCopyOfDist(context, next) {
      if (context.url.startsWith('/dist-copy/'))
        context.url = context.url.replace('/dist-copy/', '/dist/');
      return next();
    },
    // test/pages/csp-* are served as a partner with a strict Content Security Policy and Trusted
    // Types would serve them: no inline script or style, and only the named policies.
    async function strictCsp(context, next) {
      await next();
      if (context.url.startsWith('/test/pages/csp-')) {
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
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' })],
  browsers: [launcher],
  concurrency,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 120000,
  reporters: [defaultReporter(), summaryReporter(engine)],
};
