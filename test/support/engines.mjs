// The three browser engines the tests run in, all from Debian packages (no browser downloads):
// Chromium (`chromium`) and Firefox ESR (`firefox-esr`) through puppeteer-core (Chrome DevTools
// Protocol and WebDriver BiDi), WebKit (`webkit2gtk-driver`'s WebKitWebDriver driving the
// MiniBrowser of `libwebkit2gtk-4.1-0`) through WebDriver, under Xvfb because MiniBrowser has no
// headless mode.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import * as puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { debianChromiumFlags } from './chromium-flags.mjs';

const install =
  'sudo apt-get update && sudo apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb';

function require(path, what) {
  if (existsSync(path)) return path;
  console.error(`${what} was not found at ${path}.\nInstall the test browsers with:  ${install}`);
  process.exit(1);
}

const chromiumArgs = [
  ...debianChromiumFlags,
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  // The soak test forces garbage collection before it reads the heap.
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];

function chromium() {
  const executablePath = require(process.env.CHROME_PATH ?? '/usr/bin/chromium', 'Chromium');
  return chromeLauncher({
    // Test files run in parallel, each in a window of its own: a tab behind another gets about
    // one frame a second even when told it has focus (100 chart cycles, 2 s in front, took over
    // 20 s behind the builder test's tab). Each page is also told it has focus.
    async createPage({ context }) {
      const page = await context.newPage({ type: 'window' });
      const session = await page.createCDPSession();
      await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
      await session.send('Page.setWebLifecycleState', { state: 'active' });
      return page;
    },
    launchOptions: { executablePath, headless: true, args: chromiumArgs },
  });
}

/**
 * Puppeteer sets a page's viewport over WebDriver BiDi together with a screen orientation, which
 * Firefox ESR 140 (Debian 12's since December 2026) does not know: the viewport is set, the whole
 * call fails with "unknown command emulation.setScreenOrientationOverride". No test asks for an
 * orientation, so that one refusal is let through; any other error still fails the test.
 */
function withViewportWithoutOrientation(page) {
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      if (!/unknown command emulation\.setScreenOrientationOverride/.test(error?.message))
        throw error;
    }
  };
  return page;
}

function firefox() {
  const executablePath = require(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', 'Firefox ESR');
  return chromeLauncher({
    puppeteer: puppeteerCore,
    async createPage({ context }) {
      return withViewportWithoutOrientation(await context.newPage());
    },
    launchOptions: {
      browser: 'firefox',
      executablePath,
      headless: true,
      // Firefox ESR 140 (Debian 12's) has Trusted Types behind this preference, on by default from
      // Firefox 145: the strict-CSP tests check that a partner's policy is enforced.
      extraPrefsFirefox: { 'dom.security.trusted_types.enabled': true },
    },
  });
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `command` for the life of this process. */
function daemon(command, args, env) {
  const child = spawn(command, args, { stdio: 'ignore', env: { ...process.env, ...env } });
  process.on('exit', () => child.kill());
  return child;
}

async function webkit() {
  const miniBrowser = require('/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', 'WebKit MiniBrowser');
  const driver = require('/usr/bin/WebKitWebDriver', 'WebKitWebDriver');
  require('/usr/bin/Xvfb', 'Xvfb');
  const display = `:${90 + (process.pid % 400)}`;
  daemon('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
  const port = await freePort();
  daemon(driver, [`--port=${port}`, '--host=127.0.0.1'], { DISPLAY: display });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      // WebKitWebDriver speaks classic WebDriver only, not BiDi.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
    },
  });
}

/** The launcher for `engine`, and the test concurrency it handles reliably. */
export async function engineLauncher(engine) {
  switch (engine) {
    case 'chromium':
      return { launcher: chromium(), concurrency: 2 };
    case 'firefox':
      return { launcher: firefox(), concurrency: 1 };
    case 'webkit':
      // With concurrency 1 the WebDriver launcher gives each test file a window of its own;
      // with more it runs them in iframes of one page, where scrolling and focus differ.
      return { launcher: await webkit(), concurrency: 1 };
    default:
      console.error(`Unknown ENGINE "${engine}": use chromium, firefox or webkit.`);
      process.exit(1);
  }
}
