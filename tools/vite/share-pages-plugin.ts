import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Plugin } from 'vite';
import type { Fallbacks } from '../../src/core/fallback/fallbacks.js';
import { intlLocales, type Locale } from '../../src/core/localize.js';
import { storyCredit, storyGraphic } from '../fallbacks/story-credit.js';
import { publicUrl } from '../public-url.mjs';
import { chartWidgetTags, widgetTags } from '../widgets.mjs';

/** A widget's share page in a language: embed.html with that graphic's link-preview tags. */
export const sharePageName = (tag: string, locale: Locale) => `embed-${tag}.${locale}.html`;

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface ShareTags {
  title: string;
  description: string;
  /** The social card, for a chart: its address in dist/ and its alt text. */
  card?: { file: string; alt: string };
}

/** A chart's words as its widget renders them (dist/prerendered.json), and its card. */
function chartTags(prerendered: Fallbacks, tag: string, locale: Locale, dir: string): ShareTags {
  const entry = prerendered[tag]?.find(
    ({ attributes }) => attributes.lang === locale && attributes.theme === 'light',
  );
  if (!entry?.image) throw new Error(`prerendered.json has no ${locale} chart of <${tag}>`);
  const { document } = new JSDOM(entry.html).window;
  const text = (selector: string) => {
    const found = document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    if (!found) throw new Error(`the ${locale} prerender of <${tag}> has no ${selector}`);
    return found;
  };
  const file = `images/${tag}.${locale}.card.png`;
  if (!existsSync(join(dir, file))) throw new Error(`${file} is missing (npm run build:fallbacks)`);
  return {
    title: text('.chart-title'),
    description: text('.chart-description'),
    card: { file, alt: entry.image.alt },
  };
}

/** The page's `<title>` and the tags link previews read (Open Graph, and X's card). */
function headTags({ title, description, card }: ShareTags, locale: Locale, base: string): string {
  const meta = (key: 'name' | 'property', name: string, content: string) =>
    `<meta ${key}="${name}" content="${escapeAttribute(content)}" />`;
  return [
    `<title>${escapeAttribute(title)}</title>`,
    meta('name', 'description', description),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:locale', intlLocales[locale].replace('-', '_')),
    ...(card
      ? [
          meta('property', 'og:image', new URL(card.file, base).href),
          meta('property', 'og:image:type', 'image/png'),
          meta('property', 'og:image:width', '1200'),
          meta('property', 'og:image:height', '630'),
          meta('property', 'og:image:alt', card.alt),
          meta('name', 'twitter:card', 'summary_large_image'),
          meta('name', 'twitter:image:alt', card.alt),
        ]
      : [meta('name', 'twitter:card', 'summary')]),
  ].join('\n    ');
}

/**
 * Link-preview crawlers run no script and read no query string, so the one embed.html cannot say
 * which graphic a shared link shows. This writes, beside it, one copy per widget and language
 * (`embed-<tag>.<lang>.html`) that differs only in its language and its head: the `<title>`, a
 * description and the Open Graph and X tags, with the chart's social card as `og:image` at the
 * absolute address REFUGE_PUBLIC_URL names (tools/public-url.mjs). The builder's iframe snippet
 * points at it, with the same query string and fragment; embed.html stays as it is for the
 * snippets already published. A widget without a card (the stat, the timeline, the notice) is
 * named by the story it belongs to. Runs after embedNoScript(), on the finished embed.html.
 */
export function sharePages(): Plugin {
  return {
    name: 'refuge:share-pages',
    writeBundle({ dir = 'dist' }) {
      const base = publicUrl();
      const embed = readFileSync(join(dir, 'embed.html'), 'utf8');
      const head = /<html lang="en">[\s\S]*?<title>refuge-widgets<\/title>/;
      if (!head.test(embed)) throw new Error(`${dir}/embed.html has no <html lang> or <title>`);
      const prerendered = JSON.parse(
        readFileSync(join(dir, 'prerendered.json'), 'utf8'),
      ) as Fallbacks;
      const charts = chartWidgetTags();
      for (const tag of widgetTags()) {
        for (const locale of Object.keys(intlLocales) as Locale[]) {
          const tags = charts.includes(tag)
            ? chartTags(prerendered, tag, locale, dir)
            : { title: storyGraphic[locale], description: storyCredit[locale] };
          const page = embed.replace(head, (start) =>
            start
              .replace('<html lang="en">', `<html lang="${locale}">`)
              .replace('<title>refuge-widgets</title>', () => headTags(tags, locale, base)),
          );
          writeFileSync(join(dir, sharePageName(tag, locale)), page);
        }
      }
    },
  };
}
