// `npm run release:files`: lays out what a CDN of our own serves, from the build in dist/:
//   <out>/<version>/  this release, exactly, forever (the pinned channel: snippets with integrity);
//   <out>/<major>/    the newest release of the major version (the current channel: corrections
//                     and fixes reach every page that loads it);
//   <out>/_headers    their cache and CORS headers, in the format Netlify, Cloudflare Pages and
//                     others read (README "Releases" gives them in words for any server).
// <out> (default release/) is meant to persist between releases, like the bucket it mirrors: a
// version folder is written once and never changed, and the major folder keeps every earlier
// content-hashed chunk, which a page that loaded an older entry from its cache may still ask for.
//   node tools/release/release-files.mjs [--dist dir] [--out dir] [--version x.y.z]
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

const root = new URL('../../', import.meta.url).pathname;
const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const distDir = resolve(option('--dist', join(root, 'dist')));
const outDir = resolve(option('--out', join(root, 'release')));
const version = option(
  '--version',
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
);
const major = version.split('.')[0];

/** dist/ less what no page loads from a CDN: Vite's manifest. */
const served = (source) => !/[/\\]\.vite([/\\]|$)/.test(source.slice(distDir.length));

/** Every file under `dir` with its bytes, by relative path. */
function contents(dir) {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
      .filter(served)
      .map((file) => [file.slice(dir.length + 1), readFileSync(file)]),
  );
}

// The pinned channel: written once. The same build again is fine; a different one is refused.
const versionDir = join(outDir, version);
if (existsSync(versionDir)) {
  if (!isDeepStrictEqual(contents(versionDir), contents(distDir))) {
    console.error(
      `release:files: ${versionDir} already holds a different ${version}: a published version never changes; raise the version.`,
    );
    process.exit(1);
  }
} else {
  cpSync(distDir, versionDir, { recursive: true, filter: served });
}

// The current channel: this release's files replace the last one's; earlier chunks stay.
const majorDir = join(outDir, major);
mkdirSync(majorDir, { recursive: true });
for (const entry of readdirSync(majorDir)) {
  if (entry !== 'chunks') rmSync(join(majorDir, entry), { recursive: true, force: true });
}
cpSync(distDir, majorDir, { recursive: true, filter: served });

const immutable = 'public, max-age=31536000, immutable';
writeFileSync(
  join(outDir, '_headers'),
  [
    '# Written by `npm run release:files`. Every file may be loaded from any site (module scripts',
    '# and fetched JSON need CORS); a version folder never changes; the major folder follows the',
    '# newest release, so browsers keep it an hour and then check, and caches may serve it a day',
    '# while they do. (Its chunks are content-hashed and could be kept longer, but rules that match',
    '# the same file have their values joined, so one rule covers the whole folder.)',
    '/*',
    '  Access-Control-Allow-Origin: *',
    '  Cross-Origin-Resource-Policy: cross-origin',
    '  X-Content-Type-Options: nosniff',
    ...readdirSync(outDir)
      .filter((name) => /^\d+\.\d+\.\d+/.test(name))
      .sort()
      .flatMap((name) => [`/${name}/*`, `  Cache-Control: ${immutable}`]),
    `/${major}/*`,
    '  Cache-Control: public, max-age=3600, stale-while-revalidate=86400',
    '',
  ].join('\n'),
);
console.log(
  `release:files: ${outDir}/${version}/ (pinned, immutable) and ${outDir}/${major}/ (current), with _headers.`,
);
