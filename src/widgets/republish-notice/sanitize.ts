import type { Config, DOMPurify } from 'dompurify';
import { definedWidgets } from '../../core/define.js';
import { lazyImport } from '../../core/lazy-import.js';

/**
 * The refuge-widgets elements defined on this page that stay in the copied HTML, by tag, with the
 * attributes each observes (those it documents). `<republish-notice>` is not one of them: a
 * republished story does not offer itself for republishing again.
 */
export function copiedWidgets(): Map<string, ReadonlySet<string>> {
  const widgets = new Map<string, ReadonlySet<string>>();
  for (const [tag, element] of definedWidgets()) {
    if (tag === 'republish-notice') continue;
    const { observedAttributes = [] } = element as { observedAttributes?: readonly string[] };
    widgets.set(tag, new Set(observedAttributes));
  }
  return widgets;
}

/**
 * What an article body may keep, besides our widgets: text structure, links, images and tables.
 * Anything else is dropped; wrappers such as `<div>` or `<section>` are unwrapped and their content
 * kept.
 */
const articleTags = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'strong',
  'em',
  'b',
  'i',
  'u',
  's',
  'small',
  'sub',
  'sup',
  'mark',
  'abbr',
  'cite',
  'q',
  'blockquote',
  'code',
  'pre',
  'time',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'img',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
];
const articleAttributes = new Set([
  'href',
  'src',
  'alt',
  'title',
  'width',
  'height',
  'datetime',
  'colspan',
  'rowspan',
  'scope',
  'dir',
  'lang',
]);

/**
 * DOMPurify's settings, for the widgets defined now. Allow-lists, not block-lists: no `<script>`,
 * `<style>`, `<iframe>`, `<form>`, `style`, `class`, `id`, `on*` or `data-*` attribute can pass, a
 * widget keeps only the attributes it observes, and DOMPurify drops `javascript:` URLs. The
 * elements listed in `ADD_FORBID_CONTENTS` are dropped *with* their content (by default a removed
 * element's text is kept), as is everything DOMPurify already drops that way (`script`, `style`,
 * `template`, `iframe`, `noscript`, `svg`…).
 */
function sanitizerConfig() {
  const widgets = copiedWidgets();
  return {
    ALLOWED_TAGS: [...articleTags, ...widgets.keys()],
    // Every attribute is checked here, element by element (DOMPurify's own list would allow an
    // attribute on every element).
    ALLOWED_ATTR: [],
    ADD_ATTR: (attribute: string, tag: string) =>
      widgets.get(tag)?.has(attribute) ?? articleAttributes.has(attribute),
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ADD_FORBID_CONTENTS: [
      'republish-notice',
      'nav',
      'form',
      'button',
      'select',
      'textarea',
      'dialog',
      'object',
      'embed',
      'canvas',
    ],
    RETURN_DOM_FRAGMENT: true,
  } satisfies Config;
}

/**
 * DOMPurify, imported the first time a dialog needs it so that the notice itself stays small.
 * A failed import (a network error) is not remembered, so the next opening tries again.
 */
const loadDompurify = lazyImport(() => import('dompurify'));

export async function loadSanitizer(): Promise<DOMPurify> {
  return (await loadDompurify()).default;
}

/**
 * A sanitized copy of `article`'s content, in a document that is not displayed, with relative
 * links and image addresses made absolute against `articleUrl`.
 *
 * The article is first imported into an inert document: cloning it in the page itself would make
 * the browser fetch its images again and run their `onerror`/`onload` attributes. DOMPurify parses
 * with the `dompurify` Trusted Types policy.
 */
export function sanitizeArticle(
  purify: DOMPurify,
  article: Element,
  articleUrl: string,
): DocumentFragment {
  const inert = document.implementation.createHTMLDocument('');
  const content = inert.createDocumentFragment();
  content.append(...inert.importNode(article, true).childNodes);
  const clean = purify.sanitize(content, sanitizerConfig());
  for (const element of clean.querySelectorAll('a[href], img[src]')) {
    const attribute = element.localName === 'a' ? 'href' : 'src';
    const absolute = absoluteUrl(element.getAttribute(attribute) ?? '', articleUrl);
    if (absolute) element.setAttribute(attribute, absolute);
    else element.removeAttribute(attribute);
  }
  return clean;
}

function absoluteUrl(value: string, base: string): string | undefined {
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return undefined;
  }
}
