// npm run test:screen-reader: Orca walks the article (article-page.mjs) holding all five widgets,
// in English and Spanish, in Firefox ESR and Chromium, one walk at a time (one Orca per user).
// Each walk is cut into one transcript per widget, compared with its golden file in
// test/a11y/transcripts/ (the diff is printed on any difference) and held to the assertions of
// assertions.mjs. `npm run update:transcripts` writes the golden files instead of comparing: review
// their diff before committing it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkTranscript } from './assertions.mjs';
import { articleEnd, widgets } from './article-page.mjs';
import { browserNames } from './browsers.mjs';
import { expectationsFor } from './expectations.mjs';
import { openArticle, startSession } from './session.mjs';
import { transcriptsByWidget } from './transcript.mjs';
import { walkArticle } from './walk.mjs';

const root = new URL('../../../', import.meta.url).pathname;
const distDir = join(root, 'dist');
const goldenDir = join(root, 'test/a11y/transcripts');
const update = process.argv.includes('--update');
// SCREEN_READER_BROWSERS=chromium and SCREEN_READER_LANGS=es walk fewer pages, while working on one.
const only = (variable, all) => process.env[variable]?.split(',') ?? all;
const languages = only('SCREEN_READER_LANGS', ['en', 'es']);
const browsers = only('SCREEN_READER_BROWSERS', browserNames);
const walkWords = {
  en: { end: articleEnd('en'), republishButton: 'Republish this story' },
  es: { end: articleEnd('es'), republishButton: 'Republicar esta historia' },
};

// Orca and the browsers need a session bus of their own: run again inside one.
if (!process.env.REFUGE_SCREEN_READER_BUS) {
  const { status } = spawnSync(
    'dbus-run-session',
    ['--', process.execPath, ...process.argv.slice(1)],
    {
      stdio: 'inherit',
      env: { ...process.env, REFUGE_SCREEN_READER_BUS: '1' },
    },
  );
  process.exit(status ?? 1);
}

if (!existsSync(join(distDir, 'prerendered.json'))) {
  console.error('test:screen-reader reads dist/: run `npm run build` first.');
  process.exit(1);
}

/** Compares (or, with --update, writes) one golden transcript; returns the failures. */
function compareWithGolden(name, transcript, runDir) {
  const golden = join(goldenDir, name);
  if (update) {
    writeFileSync(golden, transcript);
    return [];
  }
  if (!existsSync(golden)) return [`no golden transcript ${name}: run npm run update:transcripts`];
  if (readFileSync(golden, 'utf8') === transcript) return [];
  const heard = join(runDir, name);
  writeFileSync(heard, transcript);
  const { stdout } = spawnSync(
    'diff',
    ['-u', '--label', `golden ${name}`, '--label', 'heard', golden, heard],
    {
      encoding: 'utf8',
    },
  );
  return [`differs from its golden transcript:\n${stdout}`];
}

const started = Date.now();
const runDir = mkdtempSync(join(tmpdir(), 'refuge-screen-reader-'));
const session = await startSession(runDir, distDir, languages);
let passed = 0;
let failed = 0;
try {
  for (const browser of browsers) {
    for (const lang of languages) {
      const walkStarted = Date.now();
      const from = session.log.lines().length;
      const child = await openArticle(session, browser, lang, runDir);
      try {
        await walkArticle(session, {
          ...walkWords[lang],
          barsLabel: /List with (\d+) items\.[\s\S]*Focus mode/,
        });
      } finally {
        child.kill();
        await new Promise((resolve) => child.once('exit', resolve));
      }
      const transcripts = transcriptsByWidget(session.log.lines().slice(from), lang);
      const seconds = ((Date.now() - walkStarted) / 1000).toFixed(0);
      for (const tag of widgets) {
        const name = `${tag}.${lang}.${browser}.txt`;
        const expected = await expectationsFor(distDir, tag, lang);
        const failures = [
          ...compareWithGolden(name, transcripts[tag], runDir),
          ...checkTranscript(expected, transcripts[tag]).map((failure) => `${failure}`),
        ];
        if (failures.length) {
          failed += 1;
          console.log(`✗ ${name} (walk ${seconds} s)\n  ${failures.join('\n  ')}`);
        } else {
          passed += 1;
          console.log(`✓ ${name}${update ? ' written' : ''} (walk ${seconds} s)`);
        }
      }
    }
  }
} catch (error) {
  failed += 1;
  console.log(`✗ the walk stopped: ${error.message}\n  speech log: ${join(runDir, 'speech.log')}`);
} finally {
  await session.stop();
}
const minutes = ((Date.now() - started) / 60000).toFixed(1);
console.log(`\nscreen reader (Orca): ${passed} passed, ${failed} failed in ${minutes} min`);
if (failed) console.log(`speech log and transcripts heard: ${runDir}`);
process.exit(failed ? 1 : 0);
