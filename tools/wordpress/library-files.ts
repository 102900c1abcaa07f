import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One entry of Vite's build manifest (dist/.vite/manifest.json), the fields we follow. */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/** The entry the plugin prints on every page that holds a graphic. */
export const libraryEntry = 'refuge-widgets.js';

/**
 * The dist/ files `refuge-widgets.js` can load, lazily included: the entry and every chunk it
 * reaches through static or dynamic imports, read from Vite's manifest so the copy follows the
 * build however its chunks are split, and ships nothing the entry never loads (the builder, the
 * iframe page, source maps).
 */
export function libraryScripts(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entryKey = Object.keys(manifest).find(
    (key) => manifest[key]?.isEntry && manifest[key]?.file === libraryEntry,
  );
  if (!entryKey) throw new Error(`dist/.vite/manifest.json has no entry ${libraryEntry}.`);
  const files = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])].forEach(visit);
  };
  visit(entryKey);
  return [...files].sort();
}

/**
 * dist/fallbacks.json: for each widget, the no-JavaScript fallback HTML per language, theme and
 * content attribute, written by `npm run build`. The plugin offers the widgets it has fallbacks
 * for, and its server render puts the fallback inside each element of a feed, so feed readers,
 * which take no stylesheet of ours, get the figure, the source link and the chart image. A plugin
 * without it would print empty elements there, so the build stops here rather than ship one.
 */
export function requireFallbacks(dist: string): Record<string, unknown[]> {
  const path = join(dist, 'fallbacks.json');
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: the WordPress plugin needs the widgets' fallbacks, which \`npm run build\` ` +
        'writes before the plugin is packaged. The plugin is not built without them.',
    );
  }
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown[]>;
}

/**
 * What the plugin's server render prints for each offered widget: dist/prerendered.json (the
 * widget prerendered, as the builder's script snippet holds it) and dist/<tag>.css, the widget's
 * stylesheet, which styles that prerender as the upgraded widget will look. Without them the
 * plugin would print nothing inside its elements, or a prerender that moves the page when it
 * upgrades, so the build stops here rather than ship such a plugin.
 */
export function prerenderFiles(dist: string, tags: readonly string[]): string[] {
  const files = ['prerendered.json', ...tags.map((tag) => `${tag}.css`)];
  const missing = files.filter((file) => !existsSync(join(dist, file)));
  if (missing.length > 0) {
    throw new Error(
      `${missing.map((file) => join(dist, file)).join(', ')} missing: the WordPress plugin prints ` +
        'each widget prerendered, with its stylesheet, which `npm run build` writes before the ' +
        'plugin is packaged. The plugin is not built without them.',
    );
  }
  const prerendered = JSON.parse(readFileSync(join(dist, 'prerendered.json'), 'utf8')) as Record<
    string,
    unknown[]
  >;
  const without = tags.filter((tag) => (prerendered[tag]?.length ?? 0) === 0);
  if (without.length > 0) {
    throw new Error(`dist/prerendered.json has nothing for ${without.join(', ')}.`);
  }
  return files;
}

/**
 * The PNGs under dist/images/ (the charts drawn at build time), if any: the images the fallbacks
 * and prerenders show and a chart's "Download the image (PNG)" link gives. Not the SVGs beside
 * them, which nothing the plugin prints or loads points to (a third of the zip's size), nor the
 * social cards (`<tag>.<lang>.card.png`), which only the library's share pages name.
 */
export function imageFiles(dist: string): string[] {
  const images = join(dist, 'images');
  if (!existsSync(images)) return [];
  return readdirSync(images, { recursive: true, withFileTypes: true })
    .filter(
      (entry) => entry.isFile() && entry.name.endsWith('.png') && !entry.name.endsWith('.card.png'),
    )
    .map((entry) => join(entry.parentPath, entry.name).slice(dist.length + 1))
    .sort();
}
