// Checks what `npm install refuge-widgets` and a partner's <script> tag rely on, after `npm run
// build`: every export resolves to a file with its types, `sideEffects` names exactly the modules
// that register elements, the stable dist/ names of DESIGN.md exist, and the manifest documents
// every tag with its attributes, events, parts and CSS properties.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { widgetTags } from '../../tools/widgets.mjs';

const root = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const problems = [];
const check = (condition, message) => condition || problems.push(message);

// Every widget folder is a tag; each must be reachable every way DESIGN.md promises.
const tags = widgetTags();

for (const [subpath, target] of Object.entries(pkg.exports)) {
  const targets = typeof target === 'string' ? [target] : Object.values(target);
  for (const file of targets)
    check(existsSync(join(root, file)), `exports["${subpath}"] → ${file} is missing`);
  if (typeof target !== 'string') {
    check(Object.keys(target)[0] === 'types', `exports["${subpath}"] must list "types" first`);
  }
}
for (const tag of tags) {
  check(pkg.exports[`./${tag}`], `package.json exports has no "./${tag}"`);
  check(existsSync(join(root, 'dist', `${tag}.js`)), `dist/${tag}.js is missing`);
}
check(existsSync(join(root, 'dist/refuge-widgets.js')), 'dist/refuge-widgets.js is missing');
// The React components and the template typings of Vue, Svelte and React's JSX (README,
// "Frameworks").
for (const subpath of ['./react', './vue', './svelte', './jsx']) {
  check(pkg.exports[subpath], `package.json exports has no "${subpath}"`);
}

// sideEffects: exactly the modules with top-level effects (those that register elements, the React
// components' module, which imports them, and the one that registers Chart.js components), in the
// sources and both builds. A module missing here has its effects tree-shaken away, by our own build
// too: Chart.register() once was.
const registering = [
  './src/refuge-widgets.ts',
  './src/react.ts',
  './src/core/chart/chart-setup.ts',
  ...tags.map((tag) => `./src/widgets/${tag}/${tag}.ts`),
  './dist/lib/refuge-widgets.js',
  './dist/lib/react.js',
  './dist/lib/core/chart/chart-setup.js',
  ...tags.map((tag) => `./dist/lib/widgets/${tag}/${tag}.js`),
  './dist/refuge-widgets.js',
  ...tags.map((tag) => `./dist/${tag}.js`),
].sort();
check(
  JSON.stringify([...pkg.sideEffects].sort()) === JSON.stringify(registering),
  `sideEffects should be exactly ${JSON.stringify(registering)}`,
);
const callsDefine = (file) => /\bdefine\(\s*['"]/.test(readFileSync(join(root, file), 'utf8'));
for (const file of readdirSync(join(root, 'src'), { recursive: true })) {
  // src/embed holds pages of our own (the builder defines its form element), not library modules.
  if (!file.endsWith('.ts') || file.endsWith('.d.ts') || file.startsWith('embed/')) continue;
  const registers = callsDefine(join('src', file));
  const isRegistrationModule = tags.some((tag) => file === join('widgets', tag, `${tag}.ts`));
  check(
    registers === isRegistrationModule,
    `src/${file}: only widgets/<tag>/<tag>.ts may call define()`,
  );
}
check(
  !/\bdefine\(/.test(readFileSync(join(root, 'dist/lib/index.js'), 'utf8')),
  'the "." export must not register elements',
);

// The manifest.
const manifest = JSON.parse(readFileSync(join(root, pkg.customElements), 'utf8'));
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
for (const tag of tags) {
  const element = declarations.find((declaration) => declaration.tagName === tag);
  if (!check(element, `custom-elements.json does not describe <${tag}>`)) continue;
  const names = (list) => (list ?? []).map((item) => item.name);
  // Internal state must not leak into the manifest as attributes: the builder and embed page
  // would offer it to editors and accept it from query strings.
  for (const name of names(element.attributes)) {
    check(/^[a-z]+(-[a-z]+)*$/.test(name), `<${tag}> manifest lists "${name}" as an attribute`);
  }
  for (const attribute of ['lang', 'theme']) {
    check(
      names(element.attributes).includes(attribute),
      `<${tag}> manifest lacks attribute ${attribute}`,
    );
  }
  for (const event of ['refuge-ready', 'refuge-error']) {
    check(names(element.events).includes(event), `<${tag}> manifest lacks event ${event}`);
  }
  // Every widget that shows figures names its sources; the republish notice shows none (its
  // dialog credits the original story with a link instead).
  if (tag !== 'republish-notice') {
    check(names(element.cssParts).includes('source'), `<${tag}> manifest lacks part "source"`);
  }
  check(
    names(element.cssProperties).includes('--refuge-accent'),
    `<${tag}> manifest lacks --refuge-* properties`,
  );
  check(element.summary, `<${tag}> has no @summary`);
}

// What a partner's page loads never runs an embed page's script: a module shared with the builder
// (say, picking a fallback) must go to a chunk of its own, not be imported from builder.js, which
// would define the builder and register every widget.
const viteManifest = JSON.parse(readFileSync(join(root, 'dist/.vite/manifest.json'), 'utf8'));
const pageScripts = ['builder.js', 'embed.js'];
for (const [key, chunk] of Object.entries(viteManifest)) {
  if (!chunk.isEntry || pageScripts.includes(chunk.file) || !/^src\/(widgets|refuge)/.test(key))
    continue;
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    const reached = viteManifest[name];
    check(
      !pageScripts.includes(reached?.file),
      `dist/${chunk.file} loads dist/${reached?.file}, an embed page's script`,
    );
    [...(reached?.imports ?? []), ...(reached?.dynamicImports ?? [])].forEach(visit);
  };
  visit(key);
}

if (problems.length) {
  console.error(`package: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `package: exports, sideEffects, dist names and the manifest are consistent for ${tags.length} widgets`,
);
