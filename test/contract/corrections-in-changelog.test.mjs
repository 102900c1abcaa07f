// The check that every published correction is in CHANGELOG.md, tried on the test fixture, then
// run on the shipped list. `node --test test/contract/`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { correctionsMissingFromChangelog } from '../../tools/contract/corrections-in-changelog.mjs';
import { typescriptModule } from '../support/typescript-module.mjs';

/** The corrections of a module (TypeScript, read through Vite as the build reads it). */
const loadCorrections = async (path = '/src/data/corrections.ts') =>
  (await typescriptModule(path)).corrections;

const fixture = await loadCorrections('/test/fixtures/corrections.ts');
const shipped = await loadCorrections();
const [correction] = fixture;

test('a changelog without the correction: it is listed as missing', () => {
  const changelog = '# refuge-widgets\n\n## 0.2.0\n\n### Patch Changes\n\n- Another change.\n';
  assert.deepEqual(correctionsMissingFromChangelog(fixture, changelog), [correction]);
  // Its date alone, or its sentence alone, is not enough.
  assert.equal(
    correctionsMissingFromChangelog(fixture, `${changelog}${correction.date}\n`).length,
    1,
  );
  assert.equal(
    correctionsMissingFromChangelog(fixture, `${changelog}${correction.text.en}\n`).length,
    1,
  );
});

test('a changelog with the correction (as a changeset writes it, wrapped): nothing is missing', () => {
  const sentence = correction.text.en.replace(/ (only|checks) /, '\n  $1 ');
  const changelog = `## 0.2.1\n\n### Patch Changes\n\n- Correction, ${correction.date}: ${sentence}\n`;
  assert.deepEqual(correctionsMissingFromChangelog(fixture, changelog), []);
});

test('the shipped corrections are all in CHANGELOG.md', () => {
  assert.deepEqual(
    correctionsMissingFromChangelog(shipped, readFileSync('CHANGELOG.md', 'utf8')),
    [],
  );
});
