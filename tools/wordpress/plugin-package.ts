import {
  copyFileSync,
  cpSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { Package } from 'custom-elements-manifest/schema';
import type { Plugin } from 'vite';
import { describeWidgets } from '../../src/embed/widget-catalog';
import { builderWords, editorWords } from './builder-words';
import { imageFiles, libraryScripts, prerenderFiles, requireFallbacks } from './library-files';
import { republishNotice } from './republish-notice';
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
 * Once the editor script is built, assembles the rest of the plugin beside it and zips it: the PHP
 * and the blocks' block.json from wordpress/, the widgets the graphic block offers and the
 * republish notice (described from custom-elements.json, so a new widget or attribute needs no
 * plugin change), the plugin's own copy of the library (the entry and its chunks, the chart
 * images, integrity.json, fallbacks.json, and what the server render prints: prerendered.json and
 * the stylesheet of each offered widget and of the notice), so a site needs no CDN, and its
 * translations, compiled from wordpress/languages/*.po once they are checked to hold every string
 * of the plugin. Only what the plugin reads or its pages load: the manifest itself (315 KB) is
 * read here, at build time.
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
      const described = describeWidgets(manifest);
      // The "Refuge graphic" block and [refuge_widget] offer what the server can render with a
      // fallback for feed readers: the graphics. <republish-notice> has no fallback (a button and
      // a dialog, with no content of its own) and is not chosen like a graphic: it has its own
      // block and shortcode, whose server render fills in what only the site knows (the post's
      // address and title, the library's address, where the story's text is) and the site's
      // defaults (license, credit, tracking image). Its prerender and stylesheet ship below.
      // Each with its words for editors (src/widgets/<tag>/<tag>.editor.ts), as the builder names
      // its options and choices.
      const widgets = described
        .filter((widget) => (fallbacks[widget.tag]?.length ?? 0) > 0)
        .map((widget) => ({ ...widget, words: editorWords(widget.tag) }));
      const notice = republishNotice(described);

      // From wordpress/, what WordPress reads: the PHP and each block's block.json (Vite has just
      // built the editor script from its TypeScript).
      cpSync(source, folder, {
        recursive: true,
        filter: (path) =>
          statSync(path).isDirectory()
            ? relative(source, path) !== 'editor'
            : path.endsWith('.php') || basename(path) === 'block.json',
      });
      writeFileSync(join(folder, 'widgets.json'), `${JSON.stringify(widgets, null, 2)}\n`);
      writeFileSync(join(folder, 'republish-notice.json'), `${JSON.stringify(notice, null, 2)}\n`);

      const editor = editorStrings(join(source, 'editor'));
      const languages = compileTranslations({
        sources: join(source, 'languages'),
        output: join(folder, 'languages'),
        domain: 'refuge-widgets',
        strings: [
          ...phpStrings(source, 'refuge-widgets.php'),
          ...blockJsonStrings(join(source, 'block.json')),
          ...blockJsonStrings(join(source, 'blocks/republish-notice/block.json')),
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
        ...prerenderFiles(dist, [...widgets.map((widget) => widget.tag), notice.tag]),
        'integrity.json',
        'fallbacks.json',
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
          `the notice's block, ${notice.tag}; translations: ${languages.join(', ')}`,
      );
    },
  };
}
