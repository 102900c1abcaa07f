// Issue 15: refuge-widgets in React, Vue and Svelte apps, installed from the packed tarball.
// For each app in test/frameworks/<name>: type-check it with its framework's checker (the
// deliberate type errors must be errors), build it with Vite, serve the build on 127.0.0.1 and
// drive it in Chromium (drive.mjs). Prints a line per app and `N passed, N failed`; exits 1 on any
// failure. Needs `npm run build` first; runs offline. `node test/frameworks/run.mjs react vue`
// runs only those apps.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { debianChromiumFlags } from '../support/chromium-flags.mjs';
import { buildApp } from './build.mjs';
import { drive } from './drive.mjs';
import { copyApp, installPackedPackage } from './install.mjs';
import { serve } from './serve.mjs';
import { typeCheck } from './typecheck.mjs';

const root = new URL('../../', import.meta.url).pathname;
const apps = process.argv.slice(2).length ? process.argv.slice(2) : ['react', 'vue', 'svelte'];
// What each app imports from the package, besides the root and refuge-widgets/all.
const entries = { react: ['./react', './jsx'], vue: ['./vue'], svelte: ['./svelte'] };
const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const indent = (text) => text.replace(/^/gm, '    ');

if (!existsSync(join(root, 'dist/lib/index.js'))) {
  console.error('test/frameworks: dist/lib/ is missing; run `npm run build` first.');
  process.exit(1);
}
if (!existsSync(chromiumPath)) {
  console.error(`test/frameworks: Chromium was not found at ${chromiumPath}.`);
  process.exit(1);
}

const started = performance.now();
const work = mkdtempSync(join(tmpdir(), 'refuge-frameworks-'));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    rmSync(work, { recursive: true, force: true });
    process.exit(1);
  });
}
let browser;
let passed = 0;
let failed = 0;
try {
  const installed = await installPackedPackage(root, work);
  console.log(
    `test/frameworks: ${installed.tarball} (${installed.files.length} files) installed in ${seconds(started)}`,
  );
  browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: debianChromiumFlags,
  });
  for (const name of apps) {
    const appStarted = performance.now();
    const steps = [];
    try {
      const missing = entries[name].filter((entry) => !installed.exports[entry]);
      if (missing.length) {
        throw new Error(`the tarball's package.json has no exports ${missing.join(', ')}`);
      }
      const appDir = copyApp(name, work);
      steps.push(...(await typeCheck(name, appDir)));
      const outDir = join(work, 'out', name);
      const modules = await buildApp(appDir, outDir, installed);
      steps.push(`vite build (${modules} modules from the tarball)`);
      const server = await serve(outDir);
      try {
        const checks = await drive(browser, server.url);
        steps.push(`${checks.length} checks in Chromium`);
      } finally {
        await server.close();
      }
      passed += 1;
      console.log(`ok   ${name.padEnd(6)} ${steps.join(', ')} (${seconds(appStarted)})`);
    } catch (error) {
      failed += 1;
      const done = steps.length ? ` after ${steps.join(', ')}` : '';
      console.log(`FAIL ${name.padEnd(6)}${done} (${seconds(appStarted)})`);
      console.log(indent(error.message ?? String(error)));
    }
  }
} catch (error) {
  failed += 1;
  console.log(`FAIL setup: ${error.message ?? error}`);
} finally {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed (${seconds(started)})`);
process.exit(failed ? 1 : 0);
