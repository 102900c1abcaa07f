// The assertions of assertions.mjs, each seen to fail: every golden transcript passes them, and a
// transcript broken in one way (as a widget regression would break it) fails the one meant for it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkTranscript } from './assertions.mjs';
import { expectationsFor } from './expectations.mjs';

const root = new URL('../../../', import.meta.url).pathname;
const distDir = join(root, 'dist');
const golden = (name) => readFileSync(join(root, 'test/a11y/transcripts', name), 'utf8');

async function failuresOf(tag, lang, browser, breakIt) {
  const expected = await expectationsFor(distDir, tag, lang);
  return checkTranscript(expected, breakIt(golden(`${tag}.${lang}.${browser}.txt`)));
}

const unbroken = (text) => text;

for (const browser of ['firefox', 'chromium']) {
  for (const lang of ['en', 'es']) {
    test(`every ${lang} golden transcript of ${browser} passes`, async () => {
      for (const tag of [
        'asylum-stat',
        'police-deaths-chart',
        'drug-killings-chart',
        'violence-timeline',
        'republish-notice',
      ]) {
        assert.deepEqual(await failuresOf(tag, lang, browser, unbroken), [], tag);
      }
    });
  }
}

test('a figure spoken without its qualifier fails', async () => {
  const failures = await failuresOf('asylum-stat', 'en', 'firefox', (text) =>
    text.replaceAll('more than 3,000', '3,000'),
  );
  assert.ok(
    failures.some((failure) => failure.includes('court-cases')),
    failures.join('\n'),
  );
  const spanish = await failuresOf('police-deaths-chart', 'es', 'chromium', (text) =>
    text.replaceAll('casi 500', '500'),
  );
  assert.ok(
    spanish.some((failure) => failure.includes('police-2008')),
    spanish.join('\n'),
  );
});

test("a chart's summary read twice (the static chart read too) fails", async () => {
  const failures = await failuresOf('drug-killings-chart', 'en', 'firefox', (text) =>
    text.replace(/^(Bar chart\..*)$/m, '$1\n$1'),
  );
  assert.ok(
    failures.some((failure) => failure.includes('summary is spoken 2 times')),
    failures.join('\n'),
  );
});

test('the keyboard instructions missing fails', async () => {
  const failures = await failuresOf('police-deaths-chart', 'es', 'firefox', (text) =>
    text.replaceAll('use las flechas', 'explórelas'),
  );
  assert.ok(
    failures.some((failure) => failure.includes('said 0 times')),
    failures.join('\n'),
  );
});

test('a table read without its column headers fails', async () => {
  const failures = await failuresOf('drug-killings-chart', 'es', 'chromium', (text) =>
    text.replaceAll('Homicidios column header ', ''),
  );
  assert.ok(
    failures.some((failure) => failure.includes('with its header "Homicidios"')),
    failures.join('\n'),
  );
});

test('an unnamed image, an address, a file name or an attribute value fails', async () => {
  const failures = await failuresOf('police-deaths-chart', 'en', 'chromium', (text) =>
    text.replace(
      '## keyboard',
      'image, clickable\nhttps://revealnews.org/\npolice-deaths-chart.en.light.png\ncourt-grants\n\n## keyboard',
    ),
  );
  for (const kind of ['unlabelled', 'address', 'file name', 'attribute']) {
    assert.ok(
      failures.some((failure) => failure.includes(kind)),
      `${kind}: ${failures.join('\n')}`,
    );
  }
});

test('an English sentence on a Spanish page fails, and the reverse', async () => {
  const spanish = await failuresOf('violence-timeline', 'es', 'firefox', (text) =>
    text.replace(
      '## keyboard',
      'Nearly 500 Mexican police officers are killed in drug violence during the year.\n\n## keyboard',
    ),
  );
  assert.ok(
    spanish.some((failure) => failure.includes('other language on the es page')),
    spanish.join('\n'),
  );
  const english = await failuresOf('asylum-stat', 'en', 'chromium', (text) =>
    text.replace(
      '## keyboard',
      'La mayoría de estos casos no llega a una decisión del juez.\n\n## keyboard',
    ),
  );
  assert.ok(
    english.some((failure) => failure.includes('other language on the en page')),
    english.join('\n'),
  );
});
