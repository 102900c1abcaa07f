/**
 * What readers without JavaScript see inside a widget's element, built into dist/fallbacks.json by
 * `npm run build` (tools/fallbacks): for each widget, one entry per language, theme and content
 * attribute. The builder's snippets, the republished copy, embed.html and the WordPress plugin all
 * take their fallbacks from that file.
 */

/** A chart image drawn at build time, as listed in a fallback. */
export interface FallbackImage {
  /** Paths from dist/, e.g. `images/police-deaths-chart.es.dark.png`. */
  png: string;
  svg: string;
  /** In CSS pixels; the PNG has twice as many. */
  width: number;
  height: number;
  /** The chart in words: the same text as the live chart's canvas label. */
  alt: string;
  /** Where Chart.js drew the chart in the image, in CSS pixels: a widget's chart box of that size draws the same. */
  chart: { left: number; top: number; width: number; height: number };
}

/** One fallback: the attributes it is for, its HTML, and the chart image in it, if any. */
export interface FallbackEntry {
  /** Always `lang` (`en`|`es`) and `theme` (`light`|`dark`), and any attribute that changes the content. */
  attributes: Record<string, string>;
  /** Sanitized at build time. Image URLs start with BASE_PLACEHOLDER. */
  html: string;
  image?: FallbackImage;
}

/** dist/fallbacks.json: the entries of each widget that has facts to show. */
export type Fallbacks = Record<string, FallbackEntry[]>;

/** Where a fallback's URLs start: replaced by the address of the library's dist/ folder. */
export const BASE_PLACEHOLDER = '{{base}}';

/**
 * The entry for the attributes a widget was given: its language (`es` or else English), its theme
 * (`dark` or else light), and for other attributes the given value where an entry has it, else
 * the first entry's (the build lists the manifest's default first).
 */
export function pickFallback(
  entries: readonly FallbackEntry[] | undefined,
  attributes: Readonly<Record<string, string | undefined>>,
): FallbackEntry | undefined {
  const wanted: Record<string, string> = {
    lang: /^es(-|$)/i.test(attributes.lang?.trim() ?? '') ? 'es' : 'en',
    theme: attributes.theme?.trim().toLowerCase() === 'dark' ? 'dark' : 'light',
  };
  let candidates = entries ?? [];
  const names = Object.keys(candidates[0]?.attributes ?? {});
  for (const name of names) {
    const value = wanted[name] ?? attributes[name];
    const matching = candidates.filter((entry) => entry.attributes[name] === value);
    candidates =
      matching.length > 0
        ? matching
        : candidates.filter((entry) => entry.attributes[name] === candidates[0]?.attributes[name]);
  }
  return candidates[0];
}

/** `text` safe inside a double-quoted HTML attribute. */
const attributeSafe = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A fallback's HTML with its image URLs pointing at `base`, the library's dist/ address (ending in `/`). */
export function fallbackHtmlAt(entry: FallbackEntry, base: string): string {
  return entry.html.split(BASE_PLACEHOLDER).join(attributeSafe(base));
}

/**
 * The id of a fallback in embed.html's no-script section (`fallback-police-deaths-chart-es-dark`):
 * an iframe snippet names it as its URL's fragment, and CSS `:target` shows that one alone.
 */
export function fallbackId(tag: string, entry: FallbackEntry): string {
  return ['fallback', tag, ...Object.values(entry.attributes)].join('-');
}
