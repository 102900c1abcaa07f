// Every entry of the package imports in Node without throwing, as a server-rendering framework
// (Next.js, Nuxt, SvelteKit, Astro) imports it: Lit's `node` build brings DOM shims, and our
// modules touch no `document` or `window` at import time. The imports go through the package's
// own `exports` (Node resolves `refuge-widgets/…` from inside the package to itself), so the
// built files in dist/ are what is tested, reached the way an app reaches them. Run after
// `npm run build`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { widgetTags } from '../../tools/widgets.mjs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const tags = widgetTags();
const registered = () => tags.filter((tag) => globalThis.customElements?.get(tag));
// Every subpath that is a module (not custom-elements.json or package.json).
const modules = Object.keys(pkg.exports).filter((subpath) => !subpath.endsWith('.json'));
const specifier = (subpath) => `refuge-widgets${subpath.slice(1)}`;

// One test after another, in this order: each checks what its import added to the registry.
test('the package root imports and registers nothing', async () => {
  const root = await import('refuge-widgets');
  assert.equal(typeof root.AsylumStat, 'function');
  assert.equal(typeof root.version, 'string');
  assert.deepEqual(registered(), []);
});

for (const tag of tags) {
  test(`refuge-widgets/${tag} imports and registers <${tag}>`, async () => {
    const before = registered();
    await import(`refuge-widgets/${tag}`);
    assert.deepEqual(
      registered().filter((name) => !before.includes(name)),
      [tag],
    );
  });
}

test('every module export imports', async () => {
  for (const subpath of modules) {
    await assert.doesNotReject(import(specifier(subpath)), `${specifier(subpath)} threw`);
  }
  assert.deepEqual(registered(), tags);
});

test('the template typings are empty modules at run time', async () => {
  for (const name of ['vue', 'svelte', 'jsx']) {
    assert.deepEqual(Object.keys(await import(`refuge-widgets/${name}`)), [], name);
  }
});
