import type { Config } from 'dompurify';
import type { DOMWindow } from 'jsdom';
import { BASE_PLACEHOLDER, type FallbackImage } from '../../src/core/fallback/fallbacks.js';

/** Elements and attributes a fallback may keep: text, links, lists, dates, tables and the image. */
const SANITIZE: Config = {
  ALLOWED_TAGS: [
    'p',
    'a',
    'strong',
    'ol',
    'ul',
    'li',
    'time',
    'table',
    'caption',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
  ],
  ALLOWED_ATTR: ['href', 'datetime', 'scope', 'colspan'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
};

export interface Purifier {
  sanitize(html: string, config: Config): string;
}

/**
 * The facts of a rendered widget as plain HTML, for readers without JavaScript: each widget marks
 * the parts that carry them (`data-fallback`: the headline, the table, the list, the source line)
 * in its own template. They are copied without styles or classes, sanitized with DOMPurify, one
 * per line.
 */
export function fallbackParts(shadow: ParentNode, purifier: Purifier): string[] {
  const parts = [...shadow.querySelectorAll('[data-fallback]')].filter(
    (part) => !part.parentElement?.closest('[data-fallback]'),
  );
  return parts.map((part) =>
    purifier.sanitize(part.outerHTML, SANITIZE).replace(/\s+/g, ' ').replace(/> </g, '><').trim(),
  );
}

/**
 * The chart's build-time image as an `<img>`: its `{{base}}` URL, size and text summary as `alt`.
 * Lazy: without JavaScript browsers load it at once, and where the widget renders it stays out of
 * view and (in Chromium) is not fetched.
 */
export function chartImage(
  window: DOMWindow,
  image: FallbackImage,
  className?: string,
): HTMLImageElement {
  const img = window.document.createElement('img');
  if (className) img.className = className;
  img.setAttribute('src', `${BASE_PLACEHOLDER}${image.png}`);
  img.setAttribute('width', String(image.width));
  img.setAttribute('height', String(image.height));
  img.setAttribute('alt', image.alt);
  img.setAttribute('loading', 'lazy');
  return img;
}
