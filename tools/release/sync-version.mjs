// Writes package.json's version where the code states it, after `changeset version` raised it:
// src/core/version.ts (compared by define() when two copies of the library meet, and by the
// builder for the pinned address) and the WordPress plugin's header. Part of `npm run release`;
// check:contract fails when the build's version and package.json's differ.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

/** Replaces what `pattern` matches (its one group: the version) in `file`; fails if absent. */
function replaceVersion(file, pattern) {
  const text = readFileSync(`${root}${file}`, 'utf8');
  if (!pattern.test(text)) throw new Error(`${file}: no version found by ${pattern}`);
  writeFileSync(
    `${root}${file}`,
    text.replace(pattern, (match, old) => match.replace(old, version)),
  );
}

replaceVersion('src/core/version.ts', /export const version = '([^']+)';/);
replaceVersion('wordpress/refuge-widgets.php', /\* Version: +(\S+)/);
console.log(`release: version ${version} in src/core/version.ts and the WordPress plugin.`);
