import {
  copyFileSync,
  cpSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Package } from 'custom-elements-manifest/schema';
import type { Plugin } from 'vite';
import { describeWidgets } from '../../src/embed/widget-catalog';
import { builderWords } from './builder-words';
import { imageFiles, libraryScripts, prerenderFiles, requireFallbacks } from './library-files';
import { blockJsonStrings, editorStrings, phpStrings } from './translatable-strings';
import { compileTranslations } from './translations';
import { zipFolder } from './zip-folder';

interface PackageOptions {
  /** The library's build, dist/. */
  dist: string;
  /** The plugin's sources: the PHP, block.json, the editor script, languages/*.po. */
  source: string;
  /** The plugin folder being assembled, which Vite writes the editor script into; removed once zipped. */
  folder: string;
  /** The installable zip. */
  zip: string;
}

/**
 * Once the editor script is built, assembles the rest of the plugin beside it and zips it:
 * the PHP and block.json from wordpress/, the widgets the block offers (described from
 * custom-elements.json, so a new widget or attribute needs no plugin change), and the plugin's own
 * copy of the library (the entry and its chunks, the chart images, integrity.json,
 * fallbacks.json, custom-elements.json, and what the server render prints: prerendered.json and
 * each offered widget's stylesheet), so a site needs no CDN, and its translations, compiled from
 * wordpress/languages/*.po once they are checked to hold every string of the plugin.
 */
export function wordpressPackage({ dist, source, folder, zip }: PackageOptions): Plugin {
  return {
    name: 'refuge:wordpress-package',
    apply: 'build',
    closeBundle() {
      const fallbacks = requireFallbacks(dist);
      const manifest = JSON.parse(
        readFileSync(join(dist, 'custom-elements.json'), 'utf8'),
      ) as Package;
      // The block and shortcode offer what the server can render with a fallback for readers
      // without JavaScript. Today that leaves out <republish-notice>: it is a button and a
      // dialog with no content of its own to fall back to, and its options (article selector,
      // tracking pixel, library address) are the site's configuration, set once in a theme
      // template, not an editor's choice in each post.
      const widgets = describeWidgets(manifest).filter(
        (widget) => (fallbacks[widget.tag]?.length ?? 0) > 0,
      );

      // From wordpress/, what WordPress reads: the PHP and block.json (Vite has just built the
      // editor script from its TypeScript).
      cpSync(source, folder, {
        recursive: true,
        filter: (path) =>
          statSync(path).isDirectory()
            ? relative(source, path) !== 'editor'
            : path.endsWith('.php') || relative(source, path) === 'block.json',
      });
      writeFileSync(join(folder, 'widgets.json'), `${JSON.stringify(widgets, null, 2)}\n`);

      const editor = editorStrings(join(source, 'editor'));
      const languages = compileTranslations({
        sources: join(source, 'languages'),
        output: join(folder, 'languages'),
        domain: 'refuge-widgets',
        strings: [
          ...phpStrings(source, 'refuge-widgets.php'),
          ...blockJsonStrings(join(source, 'block.json')),
          ...editor,
        ],
        script: { handle: 'refuge-widgets-editor', strings: editor },
        sameSpanish: builderWords(),
      });

      const library = join(folder, 'library');
      rmSync(library, { recursive: true, force: true });
      const files = [
        ...libraryScripts(dist),
        ...imageFiles(dist),
        ...prerenderFiles(
          dist,
          widgets.map((widget) => widget.tag),
        ),
        'integrity.json',
        'fallbacks.json',
        'custom-elements.json',
      ];
      for (const file of files) {
        mkdirSync(dirname(join(library, file)), { recursive: true });
        copyFileSync(join(dist, file), join(library, file));
      }

      const zipped = zipFolder(folder, zip);
      // The zip is what ships (and what npm packs); the folder was only its staging area.
      rmSync(folder, { recursive: true, force: true });
      this.info(
        `${zip}: ${zipped.length} files; the block offers ${widgets.map((w) => w.tag).join(', ')}; ` +
          `translations: ${languages.join(', ')}`,
      );
    },
  };
}
