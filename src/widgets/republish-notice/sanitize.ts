import type { Config, DOMPurify } from 'dompurify';

/**
 * The refuge-widgets elements that may appear in an article body and stay in the copied HTML,
 * with the attributes they document. `<republish-notice>` is not one of them: a republished story
 * does not offer itself for republishing again.
 */
export const embeddableWidgets = [
  'asylum-stat',
  'police-deaths-chart',
  'drug-killings-chart',
  'violence-timeline',
] as const;
const widgetAttributes = ['metric', 'lang', 'theme', 'show-table'];

/**
 * What an article body may keep: text structure, links, images, tables and our widgets. Anything
 * else is dropped; wrappers such as `<div>` or `<section>` are unwrapped and their content kept.
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
const articleAttributes = [
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
];

/**
 * DOMPurify's settings. Allow-lists, not block-lists: no `<script>`, `<style>`, `<iframe>`,
 * `<form>`, `style`, `class`, `id`, `on*` or `data-*` attribute can pass, and DOMPurify drops
 * `javascript:` URLs. The elements listed in `ADD_FORBID_CONTENTS` are dropped *with* their
 * content (by default a removed element's text is kept), as is everything DOMPurify already drops
 * that way (`script`, `style`, `template`, `iframe`, `noscript`, `svg`…).
 */
const config = {
  ALLOWED_TAGS: [...articleTags, ...embeddableWidgets],
  ALLOWED_ATTR: [...articleAttributes, ...widgetAttributes],
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

let loading: Promise<DOMPurify> | undefined;
// A bare `import()` in its own function: Vite wraps it in its preload helper, which the build
// then removes (vite.config.ts, `withoutPreloadHelper`) only in this simple form.
const importDompurify = () => import('dompurify');

/**
 * DOMPurify, imported the first time a dialog needs it so that the notice itself stays small.
 * A failed import (a network error) is not remembered, so the next opening tries again.
 */
export function loadSanitizer(): Promise<DOMPurify> {
  loading ??= importDompurify().then(
    (module) => module.default,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
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
  const clean = purify.sanitize(content, config);
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
