import DOMPurify from 'dompurify';

/** Elements and attributes a fallback may keep: text, links, lists, dates and tables. */
const ALLOWED_TAGS = [
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
];
const ALLOWED_ATTR = ['href', 'datetime', 'scope', 'colspan'];

/**
 * The light-DOM fallback for a snippet, taken from what the widget rendered: each widget marks the
 * parts that carry its facts (`data-fallback`: the headline, the table, the list, the source line).
 * They are copied without styles or classes and sanitized with DOMPurify.
 */
export function fallbackHtml(widget: Element): string {
  const root = widget.shadowRoot;
  if (!root) return '';
  const parts = [...root.querySelectorAll('[data-fallback]')].filter(
    (part) => !part.parentElement?.closest('[data-fallback]'),
  );
  return parts
    .map((part) =>
      DOMPurify.sanitize(part.outerHTML, {
        ALLOWED_TAGS,
        ALLOWED_ATTR,
        ALLOW_DATA_ATTR: false,
        ALLOW_ARIA_ATTR: false,
      }),
    )
    .map((html) => html.replace(/\s+/g, ' ').replace(/> </g, '><').trim())
    .join('\n  ');
}
