// Issues 13 and 22: the WordPress plugin in real WordPress, as newsrooms run it: Debian 12's 6.1,
// Debian 13's 6.8 and Debian unstable's newest release (debian-wordpress.mjs), one after the other.
// For each, starts a throwaway MariaDB and the site on PHP's built-in server, installs
// dist/wordpress/refuge-widgets.zip through the "Upload Plugin" screen, and drives the editor and
// the pages in Chromium as an Administrator, an Author and a reader. Prints a line per check with
// the WordPress version, and `N passed, N failed`; exits 1 on any failure, a release that could not
// be downloaded included. Needs `npm run build` first, Debian's wordpress, php, php-mysql and
// mariadb-server, and Debian's mirror (the machine's own APT sources) for the newer releases.
//
//   node test/wordpress/run.mjs                     every check on every release
//   node test/wordpress/run.mjs --screenshot FILE   also saves the block in the newest editor as FILE
//   node test/wordpress/run.mjs --release debian-13 --check settings
//                                                   while working: one release (repeatable) and the
//                                                   checks whose file name holds `settings` (repeatable)
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { launchChromium, userPage } from './browser.mjs';
import { checks } from './checks/index.mjs';
import { releases, wordpressTree } from './debian-wordpress.mjs';
import { startMariaDb } from './mariadb.mjs';
import { startWordPress } from './wordpress-site.mjs';

const root = new URL('../../', import.meta.url).pathname;
const zip = join(root, 'dist/wordpress/refuge-widgets.zip');
const screenshotArgument = process.argv.indexOf('--screenshot');
const screenshot =
  screenshotArgument > 0 ? resolve(process.argv[screenshotArgument + 1]) : undefined;
/** Every value given to `--name` on the command line. */
const optionValues = (name) =>
  process.argv.flatMap((argument, index) => (argument === name ? [process.argv[index + 1]] : []));
const onlyReleases = optionValues('--release');
const onlyChecks = optionValues('--check');
const selectedReleases = releases.filter(
  (release) => onlyReleases.length === 0 || onlyReleases.includes(release.id),
);
const selectedChecks = checks.filter(
  (check) => onlyChecks.length === 0 || onlyChecks.some((part) => check.file.includes(part)),
);

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const indent = (text) => text.replace(/^/gm, '    ');

const required = {
  [zip]: 'run `npm run build` first',
  '/usr/sbin/mariadbd': 'install Debian’s mariadb-server package',
  '/usr/bin/php': 'install Debian’s php and php-mysql packages',
  [process.env.CHROME_PATH ?? '/usr/bin/chromium']: 'install Debian’s chromium package',
};
for (const [path, fix] of Object.entries(required)) {
  if (!existsSync(path)) {
    console.error(`test/wordpress: ${path} is missing: ${fix}.`);
    process.exit(1);
  }
}

/** A free TCP port on 127.0.0.1, for PHP's server. */
function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** The plugin's own files, read from the zip the checks install. */
function pluginFiles() {
  const files = unzipSync(readFileSync(zip));
  const json = (path) => JSON.parse(strFromU8(files[`refuge-widgets/${path}`]));
  return {
    names: Object.keys(files),
    widgets: json('widgets.json'),
    notice: json('republish-notice.json'),
    fallbacks: json('library/fallbacks.json'),
    prerendered: json('library/prerendered.json'),
    integrity: json('library/integrity.json'),
  };
}

/** Screenshots of each user's page after a failure, kept in the temporary folder `dir`. */
async function saveScreenshots(context, dir, prefix) {
  const paths = [];
  for (const user of ['admin', 'author', 'reader']) {
    const path = join(dir, `${prefix}-${user}.png`);
    await context[user].screenshot({ path }).then(
      () => paths.push(path),
      () => undefined,
    );
  }
  return paths.join(', ');
}

const started = performance.now();
const failures = mkdtempSync(join(tmpdir(), 'refuge-wordpress-failed-'));
/** Each running release's way to stop what it started (servers, browser contexts, its folder). */
const running = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () =>
    Promise.all([...running].map((stop) => stop())).then(() => process.exit(1)),
  );
}

let passed = 0;
let failed = 0;

/**
 * Every check on one release's site, in a fresh database and site, with `browser`'s pages.
 * Resolves to the lines it has to print, so that releases checked at the same time print theirs
 * whole, one release after the other.
 */
async function checkRelease(release, tree, browser) {
  const lines = [];
  const log = (line) => lines.push(line);
  const stops = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    stops.length = 0;
  };
  running.add(stopAll);
  const releaseStarted = performance.now();
  const work = mkdtempSync(join(tmpdir(), `refuge-wordpress-${release.id}-`));
  stops.push(async () => rmSync(work, { recursive: true, force: true }));
  let label = release.name;
  try {
    const database = await startMariaDb(join(work, 'mariadb'));
    stops.push(database.stop);
    const site = await startWordPress(work, {
      tree,
      socket: database.socket,
      port: await freePort(),
    });
    stops.push(site.stop);
    label = `WordPress ${site.version}`;
    log(`${label} (${release.name}) at ${site.url}, ready in ${seconds(releaseStarted)}`);
    const context = {
      root,
      release,
      site,
      zip,
      plugin: pluginFiles(),
      screenshot: release === selectedReleases.at(-1) ? screenshot : undefined,
      admin: await userPage(browser, site, 'admin'),
      author: await userPage(browser, site, 'author'),
      reader: await userPage(browser, site),
    };
    stops.push(() =>
      Promise.all(
        ['admin', 'author', 'reader'].map((user) => context[user].browserContext().close()),
      ),
    );
    context.tags = context.plugin.widgets.map((widget) => widget.tag);
    for (const check of selectedChecks) {
      const checkStarted = performance.now();
      try {
        const detail = await check.run(context);
        passed += 1;
        log(
          `ok   ${label}: ${check.name}${detail ? `: ${detail}` : ''} (${seconds(checkStarted)})`,
        );
      } catch (error) {
        failed += 1;
        log(`FAIL ${label}: ${check.name} (${seconds(checkStarted)})`);
        log(indent(error.stack ?? String(error)));
        const prefix = `${release.id}-${String(failed).padStart(2, '0')}`;
        log(
          indent(`what each browser showed: ${await saveScreenshots(context, failures, prefix)}`),
        );
      } finally {
        // A page a check leaves open may still be loading (an editor's preview asking an
        // unreachable host times out seconds later), and what it then logs would be taken for the
        // next check's: each check starts with its users on a blank page.
        await Promise.all(
          ['admin', 'author', 'reader'].map((user) => context[user].goto('about:blank')),
        );
      }
    }
  } catch (error) {
    failed += 1;
    log(`FAIL ${label}: setup: ${error.stack ?? error}`);
  } finally {
    await stopAll();
    running.delete(stopAll);
  }
  log(`${label}: done in ${seconds(releaseStarted)}`);
  return lines;
}

// Downloads (or finds in the cache) every release first, together: a release that cannot be had
// is a failure of the run, said as such, never a skip.
const trees = await Promise.all(
  selectedReleases.map((release) =>
    wordpressTree(release, (line) => console.log(`test/wordpress: ${line}`)).catch((error) => {
      failed += 1;
      console.log(`FAIL ${release.name}: ${error.message}`);
      return undefined;
    }),
  ),
);
// The releases are checked at the same time, each on its own site and database, in one Chromium:
// most of a check's time is spent waiting on PHP or the browser, so three overlap well on two cores.
const browser = await launchChromium();
try {
  const checked = selectedReleases.map((release, index) =>
    trees[index] ? checkRelease(release, trees[index], browser) : Promise.resolve([]),
  );
  for (const lines of checked) console.log((await lines).join('\n'));
} finally {
  await browser.close();
}
if (!failed) rmSync(failures, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed (${seconds(started)})`);
process.exit(failed ? 1 : 0);
