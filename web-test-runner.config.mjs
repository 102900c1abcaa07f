import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { summaryReporter } from './test/support/summary-reporter.mjs';

// Tests run in the Debian Chromium package; test tools may not download browsers here.
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `Chromium was not found at ${chromium}.\n` +
      'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
      '(or set CHROME_PATH to another Chromium or Chrome binary).',
  );
  process.exit(1);
}

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
  browsers: [
    chromeLauncher({
      // Test files run in parallel tabs, and Chromium gives a tab in the background no animation
      // frames, so fixtures that wait for one would time out. Each tab is told it has focus.
      async createPage({ context }) {
        const page = await context.newPage();
        const session = await page.createCDPSession();
        await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        await session.send('Page.setWebLifecycleState', { state: 'active' });
        return page;
      },
      launchOptions: {
        executablePath: chromium,
        headless: true,
        args: [
          '--headless=new',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 120000,
  reporters: [defaultReporter(), summaryReporter()],
};
