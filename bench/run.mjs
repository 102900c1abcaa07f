// `npm run bench`: builds the library and the comparison pages, serves them on 127.0.0.1, measures
// every variant in headless Chromium, round after round, and prints the markdown summary.
//
//   node bench/run.mjs               full run: 1 warm-up round + 15 counted rounds
//   node bench/run.mjs --quick       1 warm-up round + 3 counted rounds
//   node bench/run.mjs --rounds=8    any number of counted rounds
//   node bench/run.mjs --no-build    measure the dist/ that is there
//   node bench/run.mjs --pages-only  build the comparison pages and stop (CI smoke check; no
//                                    Chromium, so not the builder's snippet pages, which need it)
//
// Profiles (bench/measure.mjs): phone and desktop on `loopback` (HTTP/1.1, files as on disk), and
// on `slow-4g` (HTTP/2 over TLS with brotli, a certificate made at run time, Chromium's network
// emulation at 150 ms, 1.6 Mbps down, 750 kbps up) the phone, and the desktop for the snippet
// pages only.
// Pages: every variant's one-graphic page, the 20-chart pages, and one page per widget with the
// script snippet of dist/builder.html pasted into an article (bench/snippets.mjs).
// Scripts are held: the server answers no `.js` request of a page until that page has reported
// its first contentful paint, for every variant, ours and peers alike; a measurement in which a
// script arrived before that paint fails (bench/measure.mjs).
//
// Progress goes to stderr; stdout carries only the markdown, and bench/results/latest.json the rest.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import puppeteer from 'puppeteer-core';
import { measurePage, networks, profiles } from './measure.mjs';
import { buildPages } from './pages.mjs';
import { evaluateTargets, markdown, summarize } from './report.mjs';
import { certificate, startServer } from './server.mjs';
import {
  manifestChartTags,
  manifestTags,
  snippetVariants,
  writeSnippetPages,
} from './snippets.mjs';
import { debianChromiumFlags } from '../test/support/chromium-flags.mjs';
import { manyCount, showsBars, variants } from './variants.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsFile = join(root, 'bench', 'results', 'latest.json');
const mountPath = '/bench-pages/';
const snippetMountPath = '/bench-snippets/';
// Debian's Chromium, as in the browser tests; CHROME_PATH points at another one.
const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const timeoutMs = 30_000;
const chromiumArgs = (spkiHash) => [
  ...debianChromiumFlags,
  // Every host name but the loopback fails to resolve: a page that reached for the network would
  // fail its measurement instead of quietly timing someone else's server.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  // The HTTP/2 server's certificate is self-signed, made for this run: trusted by its public key
  // alone, not by ignoring every certificate error.
  `--ignore-certificate-errors-spki-list=${spkiHash}`,
];

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    'pages-only': { type: 'boolean', default: false },
  },
});
const rounds = Number(options.rounds ?? (options.quick ? 3 : 15));
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a positive integer`);
const warmupRounds = 1;

const log = (message) => process.stderr.write(`${message}\n`);
const seconds = (since) => (performance.now() - since) / 1000;

function buildLibrary() {
  log('npm run build …');
  // The library's own output goes to stderr so stdout stays the markdown report.
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) {
    throw new Error(
      `npm run build failed (exit ${result.status}); use --no-build to measure the dist/ that is there`,
    );
  }
}

/**
 * Writes the results file formatted by the project's Prettier settings, so that `npm run lint`
 * (prettier --check .) passes on the committed file as written.
 */
async function writeResults(results) {
  const settings = (await prettier.resolveConfig(resultsFile)) ?? {};
  const json = await prettier.format(JSON.stringify(results), { ...settings, parser: 'json' });
  await writeFile(resultsFile, json);
}

/** Rotates the list so that each round starts with a different variant. */
function rotated(list, by) {
  const shift = by % list.length;
  return [...list.slice(shift), ...list.slice(0, shift)];
}

/**
 * One round: every variant's single page (the snippet pages among them), then every many-charts
 * page, in each profile.
 */
function roundPlan(round, urls, allVariants) {
  const plan = [];
  for (const [profile, { pages }] of Object.entries(profiles)) {
    const chosen =
      pages === 'snippets' ? allVariants.filter((variant) => variant.snippet) : allVariants;
    for (const variant of rotated(chosen, round)) {
      const expected = variant.static ? 0 : 1;
      plan.push({ profile, variant, page: 'single', expected, charts: showsBars(variant) ? 1 : 0 });
    }
    for (const variant of rotated(
      chosen.filter((candidate) => candidate.many),
      round,
    )) {
      plan.push({ profile, variant, page: 'many', expected: manyCount, charts: manyCount });
    }
  }
  return plan.map((step) => ({ ...step, path: urls[step.variant.id][step.page] }));
}

async function main() {
  const started = performance.now();
  const date = new Date().toISOString();
  const command = `node bench/run.mjs${process.argv.length > 2 ? ` ${process.argv.slice(2).join(' ')}` : ''}`;
  const workDir = await mkdtemp(join(tmpdir(), 'refuge-bench-'));
  // Ctrl-C must not leave the built pages behind in the temp folder.
  process.once('SIGINT', () => {
    rmSync(workDir, { recursive: true, force: true });
    process.exit(130);
  });
  try {
    let librarySeconds = 0;
    if (!options['pages-only'] && !options['no-build']) {
      const buildStarted = performance.now();
      buildLibrary();
      librarySeconds = seconds(buildStarted);
    }
    const pagesStarted = performance.now();
    const { urls, outDir, buildSeconds } = await buildPages({
      workDir: join(workDir, 'pages'),
      mountPath,
    });
    log(`comparison pages built in ${seconds(pagesStarted).toFixed(1)} s in ${outDir}`);
    if (options['pages-only']) {
      log(`--pages-only: done in ${seconds(started).toFixed(1)} s`);
      return 0;
    }

    for (const variant of variants) {
      if (variant.ours && !existsSync(join(root, variant.ours.src))) {
        throw new Error(`${variant.ours.src} is missing: run npm run build first`);
      }
    }
    // A snapshot of dist/ taken now is what gets measured: a rebuild during the run (another
    // terminal, a watcher) must not mix two builds into one set of figures.
    const distSnapshot = join(workDir, 'dist');
    await cp(join(root, 'dist'), distSnapshot, { recursive: true });

    // One server per network profile, serving the same files; each has its own snippet pages,
    // since the builder writes the address it is served from into the snippet.
    const tls = await certificate(workDir);
    const snippetDirs = {};
    const servers = {};
    for (const [name, network] of Object.entries(networks)) {
      snippetDirs[name] = join(workDir, 'snippets', name);
      servers[name] = await startServer({
        root,
        mounts: {
          [mountPath]: outDir,
          [snippetMountPath]: snippetDirs[name],
          '/dist/': distSnapshot,
        },
        tls: network.tls ? tls : undefined,
      });
    }
    if (!existsSync(chromiumPath)) {
      throw new Error(
        `no Chromium at ${chromiumPath}: sudo apt-get install -y chromium, or set CHROME_PATH`,
      );
    }
    const browser = await puppeteer.launch({
      executablePath: chromiumPath,
      args: chromiumArgs(tls.spkiHash),
    });
    const samples = {};
    const failures = [];
    let chromium;
    let snippets;
    const allVariants = [...variants];
    const measureStarted = performance.now();
    try {
      chromium = await browser.version();
      const tags = await manifestTags(distSnapshot);
      // The same selector for every page: the bars-visible probe looks into these widgets' shadow
      // roots, and peer pages simply have none of them.
      const chartTags = await manifestChartTags(distSnapshot);
      const hosts = chartTags.join(', ');
      snippets = await writeSnippetPages({
        browser,
        servers,
        dirs: snippetDirs,
        tags,
        timeoutMs,
      });
      for (const variant of snippetVariants(tags, chartTags)) {
        allVariants.push(variant);
        urls[variant.id] = { single: `${snippetMountPath}${variant.snippet}.html` };
      }
      log(`builder snippets read for ${tags.join(', ')}`);
      for (let round = 0; round < warmupRounds + rounds; round += 1) {
        const counted = round >= warmupRounds;
        const roundStarted = performance.now();
        for (const step of roundPlan(round, urls, allVariants)) {
          const profile = profiles[step.profile];
          const server = servers[profile.network];
          const input = {
            url: `${server.origin}${step.path}`,
            expected: step.expected,
            charts: step.charts,
            hosts,
            profile,
            many: step.page === 'many',
            server,
            timeoutMs,
          };
          let result;
          // One retry: on a shared machine a single page can stall for reasons of its own.
          for (let attempt = 1; attempt <= 2 && !result; attempt += 1) {
            try {
              result = await measurePage(browser, input);
            } catch (error) {
              const where = `round ${round}, ${step.profile}, ${step.variant.id}, ${step.page}, attempt ${attempt}`;
              log(`  failed (${where}): ${error.message}`);
              if (attempt === 2 && counted) failures.push(`${where}: ${error.message}`);
            }
          }
          if (!result || !counted) continue;
          const byPage = ((samples[step.profile] ??= {})[step.variant.id] ??= {});
          (byPage[step.page] ??= []).push(result);
        }
        log(
          `round ${round}${counted ? '' : ' (warm-up)'} done in ${seconds(roundStarted).toFixed(1)} s`,
        );
      }
    } finally {
      await browser.close();
      for (const server of Object.values(servers)) await server.close();
    }

    const summary = summarize(samples, allVariants);
    const targets = evaluateTargets(summary, allVariants);
    const meta = {
      date,
      chromium,
      command,
      rounds,
      warmupRounds,
      profiles,
      failures,
    };
    process.stdout.write(markdown({ summary, targets, meta, allVariants }));

    const durations = {
      totalSeconds: seconds(started),
      libraryBuildSeconds: librarySeconds,
      pageBuildSeconds: buildSeconds,
      measureSeconds: seconds(measureStarted),
    };
    await mkdir(dirname(resultsFile), { recursive: true });
    await writeResults({
      ...meta,
      node: process.version,
      machine: { cpus: cpus().length, model: cpus()[0]?.model },
      chromiumArgs: chromiumArgs('(this run’s certificate)'),
      durations,
      variants: allVariants.map(({ id, group, label }) => ({ id, group, label, pages: urls[id] })),
      // What the builder gave, per server (the address differs) and widget, pasted as it is.
      snippets,
      summary,
      targets,
    });
    log(
      `wrote ${relative(process.cwd(), resultsFile)}; total ${durations.totalSeconds.toFixed(0)} s`,
    );
    return failures.length > 0 ? 1 : 0;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    log(error.stack ?? String(error));
    process.exit(1);
  },
);
