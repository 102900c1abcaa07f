// The public surface of a build: what published pages, CMS snippets and importing code rely on,
// read from what `npm run build` left in dist/ (never from src/): per element its attributes and
// the values they accept, its events and their `detail` fields, CSS parts and custom properties,
// slots; the files of dist/ that pages load; the package's `exports`; and every figure the
// widgets may show. `check:contract` compares it with the committed baseline of the last release.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Files of dist/ that no published page loads by name: content-hashed chunks (internal by
 * design), source maps, the npm build (its public files are the package's `exports`), Vite's
 * manifest, and the demo article, which is ours and not embedded by anyone.
 */
const unpublished = [/^chunks\//, /\.map$/, /^lib\//, /^\.vite\//, /^demo\//, /^index\.html$/];

/** Every file under `dir`, as paths relative to it with `/`. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => String(name))
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join('/'));
}

/** The files of dist/ that pages, snippets and the WordPress plugin load by their stable names. */
export function publishedFiles(distDir) {
  return filesUnder(distDir)
    .filter((name) => !unpublished.some((pattern) => pattern.test(name)))
    .sort();
}

/**
 * What an attribute accepts, from its type in the manifest: a union of string literals is a list
 * of values, `boolean` a switch, anything with `string` free text.
 */
export function attributeValues(typeText = 'string') {
  const members = typeText
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member !== 'undefined' && member !== 'null');
  if (members.length === 1 && members[0] === 'boolean') return { kind: 'boolean' };
  const literals = members.map((member) => /^'([^']*)'$|^"([^"]*)"$/.exec(member));
  if (members.length > 0 && literals.every(Boolean)) {
    return { kind: 'values', values: literals.map((match) => match[1] ?? match[2]).sort() };
  }
  return { kind: 'text' };
}

/** The `detail` fields an event's documentation names (`detail: { code, message }`). */
export function detailFields(description = '') {
  const match = /detail: \{([^}]*)\}/.exec(description);
  if (!match) return [];
  return match[1]
    .split(',')
    .map((field) => field.trim())
    .filter(Boolean)
    .sort();
}

const names = (list = []) => [...new Set(list.map((item) => item.name))].sort();

/** Each custom element of the manifest, by tag. */
export function elementSurfaces(manifest) {
  const elements = {};
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      elements[declaration.tagName] = {
        attributes: Object.fromEntries(
          (declaration.attributes ?? [])
            .map((attribute) => [attribute.name, attributeValues(attribute.type?.text)])
            .sort(([a], [b]) => a.localeCompare(b)),
        ),
        events: Object.fromEntries(
          (declaration.events ?? [])
            .map((event) => [event.name, detailFields(event.description)])
            .sort(([a], [b]) => a.localeCompare(b)),
        ),
        parts: names(declaration.cssParts),
        cssProperties: names(declaration.cssProperties),
        slots: names(declaration.slots),
      };
    }
  }
  return Object.fromEntries(Object.entries(elements).sort(([a], [b]) => a.localeCompare(b)));
}

/** Every figure of the built data module (dist/lib/data), by id: its value and qualifier. */
export async function figures(distDir) {
  const data = await import(pathToFileURL(join(distDir, 'lib/data/index.js')).href);
  const found = {};
  const walk = (value) => {
    if (Array.isArray(value)) {
      value.forEach(walk);
    } else if (value && typeof value === 'object') {
      if (typeof value.id === 'string' && typeof value.value === 'number') {
        if (value.id in found) throw new Error(`figure id "${value.id}" is used twice`);
        found[value.id] = { value: value.value, qualifier: value.qualifier };
      }
      Object.values(value).forEach(walk);
    }
  };
  walk(Object.values(data));
  return Object.fromEntries(Object.entries(found).sort(([a], [b]) => a.localeCompare(b)));
}

/** The public surface of the build in `distDir`, for the package described by `packageJson`. */
export async function publicSurface(distDir, packageJson) {
  const manifestPath = join(distDir, 'custom-elements.json');
  if (!existsSync(manifestPath)) {
    throw new Error(
      `${relative(process.cwd(), manifestPath)} is missing: run \`npm run build\` first`,
    );
  }
  return {
    version: packageJson.version,
    elements: elementSurfaces(JSON.parse(readFileSync(manifestPath, 'utf8'))),
    files: publishedFiles(distDir),
    exports: packageJson.exports,
    figures: await figures(distDir),
  };
}
