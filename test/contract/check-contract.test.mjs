// npm run check:contract on the build npm test just made, and on copies of it from which a
// published attribute, value or file was removed, or to which something was added: it must fail
// naming each loss, list additions, and ask for a changeset.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const checker = join(root, 'tools/contract/check.mjs');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Runs the check on `dist` (default: the build), with the package and changesets given. */
function check({ dist, version = packageJson.version, changesets = [] } = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'contract-'));
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ ...packageJson, version }));
  mkdirSync(join(scratch, 'changesets'));
  changesets.forEach((text, index) =>
    writeFileSync(join(scratch, 'changesets', `change-${index}.md`), text),
  );
  const args = [checker, '--package', join(scratch, 'package.json')];
  args.push('--changesets', join(scratch, 'changesets'));
  if (dist) args.push('--dist', dist);
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  rmSync(scratch, { recursive: true, force: true });
  return { status: run.status, output: run.stdout + run.stderr };
}

let copy;
const manifestPath = () => join(copy, 'custom-elements.json');
const editManifest = (edit) => {
  const manifest = JSON.parse(readFileSync(manifestPath(), 'utf8'));
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) edit(declaration);
    }
  }
  writeFileSync(manifestPath(), JSON.stringify(manifest));
};

describe('npm run check:contract', () => {
  before(() => {
    copy = mkdtempSync(join(tmpdir(), 'dist-copy-'));
    cpSync(join(root, 'dist'), copy, { recursive: true });
  });
  after(() => rmSync(copy, { recursive: true, force: true }));

  it('passes on the build, with the changesets pending in .changeset/', () => {
    const run = spawnSync(process.execPath, [checker], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /check:contract passed/);
  });

  it('fails naming a published attribute removed from custom-elements.json and a published file removed from dist/', () => {
    cpSync(join(root, 'dist'), copy, { recursive: true });
    editManifest((element) => {
      if (element.tagName === 'police-deaths-chart') {
        element.attributes = element.attributes.filter((a) => a.name !== 'show-table');
      }
    });
    rmSync(join(copy, 'embed.html'));
    rmSync(join(copy, 'images/drug-killings-chart.es.dark.png'));
    const { status, output } = check({ dist: copy });
    assert.equal(status, 1, output);
    assert.match(output, /Removed or narrowed without a major version/);
    assert.match(output, /- <police-deaths-chart> attribute "show-table"\n/);
    assert.match(output, /- file dist\/embed\.html\n/);
    assert.match(output, /- file dist\/images\/drug-killings-chart\.es\.dark\.png\n/);
    // Only those: the other elements' show-table and files are untouched.
    assert.doesNotMatch(output, /<drug-killings-chart> attribute "show-table"/);
  });

  it('fails naming a value an attribute no longer accepts, an event detail field, a part and a slot', () => {
    cpSync(join(root, 'dist'), copy, { recursive: true });
    editManifest((element) => {
      if (element.tagName === 'asylum-stat') {
        const metric = element.attributes.find((a) => a.name === 'metric');
        metric.type.text = "'court-grants'";
        element.cssParts = element.cssParts.filter((part) => part.name !== 'value');
      }
      if (element.tagName === 'republish-notice') {
        element.slots = [];
        for (const event of element.events) {
          event.description = event.description?.replace(
            'detail: { url, title }',
            'detail: { url }',
          );
        }
      }
    });
    const { status, output } = check({ dist: copy });
    assert.equal(status, 1, output);
    assert.match(output, /<asylum-stat> attribute "metric" no longer accepts "port-requests"/);
    assert.match(output, /<asylum-stat> part value\n/);
    assert.match(output, /<republish-notice> slot notice\n/);
    assert.match(output, /<republish-notice> event "republish-copy" detail field title\n/);
  });

  it('lets a major version remove what the last release published, and says what it removed', () => {
    const [major] = packageJson.version.split('.');
    const next = `${Number(major) + 1}.0.0`;
    const versionFile = join(copy, 'lib/core/version.js');
    const built = readFileSync(versionFile, 'utf8');
    writeFileSync(versionFile, built.replace(`'${packageJson.version}'`, `'${next}'`));
    const { status, output } = check({ dist: copy, version: next });
    // The copy still lacks the metric value, part, slot and field of the test before.
    assert.equal(status, 0, output);
    assert.match(output, /Removed or narrowed in major version/);
    assert.match(output, /no longer accepts "port-requests"/);
    // The build must state the version package.json gives.
    writeFileSync(versionFile, built);
    const stale = check({ dist: copy, version: next });
    assert.equal(stale.status, 1, stale.output);
    assert.match(
      stale.output,
      new RegExp(`the build says version ${packageJson.version}, package.json ${next}`),
    );
  });

  it('lists additions, and asks for a changeset when none is pending', () => {
    cpSync(join(root, 'dist'), copy, { recursive: true });
    editManifest((element) => {
      if (element.tagName === 'violence-timeline') {
        element.cssParts.push({ name: 'event' });
        element.attributes.push({ name: 'year', type: { text: "'2008' | '2009'" } });
      }
    });
    writeFileSync(join(copy, 'images/violence-timeline.en.light.png'), 'not really an image');
    const without = check({ dist: copy });
    assert.equal(without.status, 1, without.output);
    assert.match(without.output, /Added:\n/);
    assert.match(without.output, /- <violence-timeline> attribute "year"\n/);
    assert.match(without.output, /- <violence-timeline> part event\n/);
    assert.match(without.output, /- file dist\/images\/violence-timeline\.en\.light\.png\n/);
    assert.match(without.output, /add a changeset/);

    const withChangeset = check({
      dist: copy,
      changesets: ["---\n'refuge-widgets': minor\n---\n\nThe timeline can show one year.\n"],
    });
    assert.equal(withChangeset.status, 0, withChangeset.output);
    assert.match(withChangeset.output, /1 changeset\(s\) pending/);
  });

  it('names a changed figure, which needs a correction and a changeset that lists it', () => {
    cpSync(join(root, 'dist'), copy, { recursive: true });
    const police = join(copy, 'lib/data/police.js');
    const text = readFileSync(police, 'utf8');
    assert.match(text, /value: 900\b/);
    writeFileSync(police, text.replace(/value: 900\b/, 'value: 901'));
    const bare = check({ dist: copy });
    assert.equal(bare.status, 1, bare.output);
    assert.match(bare.output, /figure "police-since-2007": about 900 → about 901/);
    assert.match(bare.output, /"police-since-2007" changed with no correction/);
    assert.match(bare.output, /add a changeset/);

    const correction = {
      date: '2026-12-06',
      figures: ['police-since-2007'],
      text: { en: 'A fixture: 901, not 900.', es: 'Un ejemplo: 901, no 900.' },
    };
    writeFileSync(
      join(copy, 'lib/data/corrections.js'),
      `export const corrections = ${JSON.stringify([correction])};\n`,
    );
    const unlisted = check({
      dist: copy,
      changesets: ["---\n'refuge-widgets': minor\n---\n\nA figure changed.\n"],
    });
    assert.equal(unlisted.status, 1, unlisted.output);
    assert.doesNotMatch(unlisted.output, /changed with no correction/);
    assert.match(
      unlisted.output,
      /the correction of 2026-12-06 \("A fixture: 901, not 900\."\) is in no changeset/,
    );

    const listed = check({
      dist: copy,
      changesets: [
        `---\n'refuge-widgets': minor\n---\n\nCorrected on ${correction.date}: ${correction.text.en}\n`,
      ],
    });
    assert.equal(listed.status, 0, listed.output);
  });

  it('fails when an export’s file is not in the build', () => {
    cpSync(join(root, 'dist'), copy, { recursive: true });
    rmSync(join(copy, 'lib/react.js'));
    const { status, output } = check({ dist: copy });
    assert.equal(status, 1, output);
    assert.match(
      output,
      /package export "\.\/react": \.\/dist\/lib\/react\.js is not in the build/,
    );
  });
});
