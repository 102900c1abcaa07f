// `npm run check:contract`: compares what `npm run build` left in dist/ (it does not build) with the
// committed baseline of the last release, test/contract/baseline.json. Fails, naming each, when
// something a published page uses disappeared or accepts less without a major version; lists
// what was added; asks for a changeset when the contract or a figure changed and none says so.
//   node tools/contract/check.mjs [--dist dir] [--baseline file] [--package file] [--changesets dir]
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pendingChangesets } from './changesets.mjs';
import { compareSurfaces } from './compare.mjs';
import { correctionsMissingFromChangelog } from './corrections-in-changelog.mjs';
import { publicSurface } from './surface.mjs';

const root = new URL('../../', import.meta.url).pathname;
const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return resolve(index > 0 ? process.argv[index + 1] : resolve(root, fallback));
};
const distDir = option('--dist', 'dist');
const baselinePath = option('--baseline', 'test/contract/baseline.json');
const packagePath = option('--package', 'package.json');
const changesetDir = option('--changesets', '.changeset');
const changelogPath = option('--changelog', 'CHANGELOG.md');

const pending = pendingChangesets(changesetDir);
/** What the next changelog will say: the released one and the pending changesets. */
const changelogText = [
  existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : '',
  ...pending.map((name) => readFileSync(resolve(changesetDir, name), 'utf8')),
].join('\n');

const packageJson = JSON.parse(readFileSync(packagePath, 'utf8'));
const baseline = JSON.parse(readFileSync(baselinePath, 'utf8'));
const current = await publicSurface(distDir, packageJson);
const { removed, added, changedFigures, majorChange } = compareSurfaces(baseline, current, distDir);

const list = (title, items) => {
  if (items.length === 0) return;
  console.log(`${title}:`);
  for (const item of items) console.log(`  - ${item}`);
};
console.log(
  `check:contract: dist/ (${current.version}) against the ${baseline.version} release's baseline`,
);
const failures = [];
// The version the build states (define() compares it; the builder pins to it) is package.json's.
const { version: builtVersion } = await import(
  pathToFileURL(resolve(distDir, 'lib/core/version.js')).href
);
if (builtVersion !== current.version) {
  failures.push(
    `the build says version ${builtVersion}, package.json ${current.version}: run tools/release/sync-version.mjs and build`,
  );
}
if (removed.length > 0 && !majorChange) {
  list(`Removed or narrowed without a major version (published pages use these)`, removed);
  failures.push(`${removed.length} published thing(s) removed or narrowed`);
} else {
  list(`Removed or narrowed in major version ${current.version}`, removed);
}
list('Added', added);
list(
  'Figures changed',
  changedFigures.map(({ description }) => description),
);

// A corrected figure is shown corrected (src/data/corrections.ts), and every correction the build
// ships is in the changelog, released or pending.
const { corrections } = await import(
  pathToFileURL(resolve(distDir, 'lib/data/corrections.js')).href
);
const corrected = new Set(corrections.flatMap((correction) => correction.figures));
const uncorrected = changedFigures.map(({ id }) => id).filter((id) => !corrected.has(id));
if (uncorrected.length > 0) {
  failures.push(
    `${uncorrected.map((id) => `"${id}"`).join(', ')} changed with no correction in src/data/corrections.ts: readers must be told`,
  );
}
for (const correction of correctionsMissingFromChangelog(corrections, changelogText)) {
  failures.push(
    `the correction of ${correction.date} ("${correction.text.en}") is in no changeset and not in CHANGELOG.md`,
  );
}

// A change to the contract or to a figure is released with a changeset that says so, unless the
// version was already raised for it (the release step then writes the new baseline).
const changed = removed.length + added.length + changedFigures.length > 0;
if (changed && current.version === baseline.version && pending.length === 0) {
  failures.push(
    'the contract or a figure changed: add a changeset (`npx changeset`) that says how',
  );
}

if (failures.length > 0) {
  console.log(`check:contract failed: ${failures.join('; ')}.`);
  process.exit(1);
}
console.log(
  changed
    ? `check:contract passed: nothing published was lost (${added.length} added, ${pending.length} changeset(s) pending).`
    : 'check:contract passed: the same surface as the last release.',
);
