import type { Config } from 'dompurify';

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
