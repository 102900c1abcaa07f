// Checks that every widget folder is complete: a new widget is one folder in src/widgets/ plus the
// few files around it that make it registered, documented, tested and published. For each folder
// it looks for its registration module, its stories (with the Permutations story the visual test
// renders), its test file, its visual baselines, and its package.json `exports` and `sideEffects`
// entries, prints one line per widget, and exits 1 naming each widget and what it lacks. It reads
// only source files: no build needed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { registrationModule, widgetTags } from '../../tools/widgets.mjs';

const root = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const sideEffects = new Set(pkg.sideEffects ?? []);
const exists = (path) => existsSync(join(root, path));
const read = (path) => readFileSync(join(root, path), 'utf8');

/** What `tag`'s folder needs around it, each with the check that it is there. */
function pieces(tag) {
  const story = `stories/${tag}.stories.ts`;
  return [
    [`its registration module ${registrationModule(tag)}`, () => exists(registrationModule(tag))],
    [`its story file ${story}`, () => exists(story)],
    [
      `a Permutations story in ${story} (the visual test renders it)`,
      () =>
        !exists(story) ||
        /export\s+const\s+Permutations\b|export\s*\{[^}]*\bPermutations\b/.test(read(story)),
    ],
    [
      `an import of src/widgets/${tag}/${tag}.js in ${story} (without it the element is never defined and the screenshots are blank)`,
      () => !exists(story) || read(story).includes(`../src/widgets/${tag}/${tag}.js'`),
    ],
    [`its test file test/${tag}.test.ts`, () => exists(`test/${tag}.test.ts`)],
    ...[320, 1024].map((width) => {
      const baseline = `test/screenshots/Chrome/baseline/${tag}-permutations-${width}.png`;
      return [`its visual baseline ${baseline}`, () => exists(baseline)];
    }),
    [`package.json exports["./${tag}"]`, () => Boolean(pkg.exports?.[`./${tag}`])],
    ...[
      `./src/widgets/${tag}/${tag}.ts`,
      `./dist/lib/widgets/${tag}/${tag}.js`,
      `./dist/${tag}.js`,
    ].map((file) => [`package.json sideEffects entry "${file}"`, () => sideEffects.has(file)]),
  ];
}

const tags = widgetTags();
let incomplete = 0;
for (const tag of tags) {
  const missing = pieces(tag).flatMap(([piece, present]) => (present() ? [] : [piece]));
  if (missing.length === 0) {
    console.log(`widget ${tag}: complete`);
  } else {
    incomplete += 1;
    console.log(`widget ${tag}: MISSING ${missing.join('; ')}`);
  }
}
if (tags.length === 0) {
  console.error('widgets: src/widgets/ holds no widget folder');
  process.exit(1);
}
if (incomplete > 0) {
  console.error(`widgets: ${incomplete} of ${tags.length} widget folders are incomplete`);
  process.exit(1);
}
console.log(`widgets: all ${tags.length} widget folders are complete`);
