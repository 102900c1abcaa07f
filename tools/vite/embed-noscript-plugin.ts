import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { fallbackHtmlAt, fallbackId, type Fallbacks } from '../../src/core/fallback/fallbacks.js';

const MARKER = '<!-- no-script fallbacks: written here by the build -->';

/**
 * Fills embed.html's `<noscript>` with every fallback of dist/fallbacks.json (written before this
 * build by tools/fallbacks), each in a section whose id an iframe snippet names as its URL's
 * fragment: without JavaScript the page cannot read its query string, but CSS `:target` can show
 * the one section the fragment names (embed.css). Images point at dist/images/ beside the page.
 */
export function embedNoScript(): Plugin {
  return {
    name: 'refuge:embed-noscript',
    writeBundle({ dir = 'dist' }) {
      const page = join(dir, 'embed.html');
      const html = readFileSync(page, 'utf8');
      if (!html.includes(MARKER)) throw new Error(`${page} has no no-script marker`);
      const fallbacks = JSON.parse(readFileSync(join(dir, 'fallbacks.json'), 'utf8')) as Fallbacks;
      const sections = Object.entries(fallbacks).flatMap(([tag, entries]) =>
        entries.map(
          (entry) =>
            `<section class="fallback" id="${fallbackId(tag, entry)}" lang="${entry.attributes.lang}">${fallbackHtmlAt(entry, './')}</section>`,
        ),
      );
      writeFileSync(page, html.replace(MARKER, sections.join('\n      ')));
    },
  };
}
