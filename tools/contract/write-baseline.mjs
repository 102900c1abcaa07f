// Writes the release's public surface (what `npm run build` left in dist/) as the baseline that
// `check:contract` holds later builds to. Run by the release step (`npm run release`), after
// `changeset version` raised the version, never by hand: it refuses while changesets are pending
// or when something published was lost without a major version.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pendingChangesets } from './changesets.mjs';
import { compareSurfaces } from './compare.mjs';
import { publicSurface } from './surface.mjs';

const root = new URL('../../', import.meta.url).pathname;
const baselinePath = `${root}test/contract/baseline.json`;
const packageJson = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const pending = pendingChangesets(`${root}.changeset`);
if (pending.length > 0) {
  console.error(
    `release:baseline: ${pending.length} changeset(s) pending: run \`changeset version\` first.`,
  );
  process.exit(1);
}
const current = await publicSurface(`${root}dist`, packageJson);
if (existsSync(baselinePath)) {
  const baseline = JSON.parse(readFileSync(baselinePath, 'utf8'));
  if (baseline.version === current.version) {
    console.error(`release:baseline: the baseline is already ${current.version}'s.`);
    process.exit(1);
  }
  const { removed, majorChange } = compareSurfaces(baseline, current, `${root}dist`);
  if (removed.length > 0 && !majorChange) {
    console.error(`release:baseline: ${current.version} loses what ${baseline.version} published:`);
    for (const item of removed) console.error(`  - ${item}`);
    process.exit(1);
  }
}
writeFileSync(baselinePath, `${JSON.stringify(current, null, 2)}\n`);
console.log(`release:baseline: test/contract/baseline.json is now ${current.version}'s surface.`);
