import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { fallbackHtmlAt, fallbackId, type Fallbacks } from '../../src/core/fallback/fallbacks.js';

const MARKER = '<!-- no-script fallbacks: written here by the build -->';
const PRERENDER_MARKER = '<!-- prerendered charts: written here by the build -->';
const STYLESHEET_MARKER = "<!-- the charts' prerender stylesheets: written here by the build -->";

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
      writeFileSync(
        page,
        withPrerenderedCharts(html.replace(MARKER, sections.join('\n      ')), dir, page),
      );
    },
  };
}

/**
 * Static-first charts in the iframe (issue #21): every chart's prerendered box (dist/prerendered.json,
 * with its static plot), each under the id of its fallback, after the `<noscript>` so that without
 * JavaScript the fallback stays the fragment's target. CSS `:target` shows the one the snippet's
 * fragment names at first paint, before any script; embed.ts then makes it the widget and drops
 * the others before any widget is defined.
 */
function withPrerenderedCharts(html: string, dir: string, page: string): string {
  if (!html.includes(PRERENDER_MARKER) || !html.includes(STYLESHEET_MARKER)) {
    throw new Error(`${page} has no marker for the prerendered charts`);
  }
  const prerendered = JSON.parse(readFileSync(join(dir, 'prerendered.json'), 'utf8')) as Fallbacks;
  const charts = Object.entries(prerendered).filter(([, entries]) =>
    entries.some((entry) => entry.html.includes('class="static-plot"')),
  );
  const boxes = charts.flatMap(([tag, entries]) =>
    entries.map((entry) => {
      const attributes = Object.entries(entry.attributes)
        .filter(([, value]) => value !== '')
        .map(([name, value]) => ` ${name}="${value}"`)
        .join('');
      return `<${tag} id="${fallbackId(tag, entry)}"${attributes}>${fallbackHtmlAt(entry, './')}</${tag}>`;
    }),
  );
  const stylesheets = charts.map(([tag]) => `<link rel="stylesheet" href="./${tag}.css" />`);
  return html
    .replace(STYLESHEET_MARKER, stylesheets.join('\n    '))
    .replace(PRERENDER_MARKER, `<div class="prerendered">${boxes.join('\n')}</div>`);
}
