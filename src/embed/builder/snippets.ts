import { localeFromTag } from '../../core/localize.js';
import type { WidgetDescription } from '../registry.js';

/** What the editor chose: a widget and the values of its attributes (`true` for a boolean that is on). */
export interface WidgetChoice {
  widget: WidgetDescription;
  values: Record<string, string | true>;
}

export interface SnippetOptions {
  /** Where dist/ is published, ending in `/`. */
  baseUrl: string;
  /** SHA-384 integrity per dist/ file name, when the editor asks for it. */
  integrity?: Record<string, string>;
}

/** Serializing through an inert document escapes every attribute value correctly. */
const inert = document.implementation.createHTMLDocument('');

/** `element` pointing at `file` of dist/ through `attribute`, with its integrity when asked for. */
function distTag(
  element: HTMLElement,
  attribute: 'src' | 'href',
  file: string,
  { baseUrl, integrity }: SnippetOptions,
): string {
  element.setAttribute(attribute, new URL(file, baseUrl).href);
  const hash = integrity?.[file];
  if (hash) {
    element.setAttribute('integrity', hash);
    element.setAttribute('crossorigin', 'anonymous');
  }
  return element.outerHTML;
}

function scriptTag(file: string, options: SnippetOptions): string {
  const script = inert.createElement('script');
  script.setAttribute('type', 'module');
  return distTag(script, 'src', file, options);
}

/** The widget's stylesheet for its prerendered content (dist/<tag>.css), render-blocking as it must be. */
function stylesheetTag(file: string, options: SnippetOptions): string {
  const link = inert.createElement('link');
  link.setAttribute('rel', 'stylesheet');
  return distTag(link, 'href', file, options);
}

/** The element with the chosen attributes; absent values are left out so defaults apply. */
function widgetTag({ widget, values }: WidgetChoice, fallbackHtml: string): string {
  const element = inert.createElement(widget.tag);
  for (const attribute of widget.attributes) {
    const value = values[attribute.name];
    if (value === undefined || value === '') continue;
    element.setAttribute(attribute.name, value === true ? '' : value);
  }
  const closing = `</${widget.tag}>`;
  const open = element.outerHTML.slice(0, -closing.length);
  const body = fallbackHtml ? `\n  ${fallbackHtml.replace(/\n/g, '\n  ')}\n` : '';
  return `${open}${body}${closing}`;
}

/**
 * The script embed: the widget's stylesheet, one module script, and the element holding the widget
 * prerendered (dist/prerendered.json). Styled by the stylesheet, the prerender takes the box the
 * widget takes once it upgrades, so nothing on the page moves; it is also what readers without
 * JavaScript get.
 */
export function scriptSnippet(
  choice: WidgetChoice,
  prerenderedHtml: string,
  options: SnippetOptions,
): string {
  return [
    stylesheetTag(`${choice.widget.tag}.css`, options),
    scriptTag('refuge-widgets.js', options),
    widgetTag(choice, prerenderedHtml),
  ].join('\n');
}

/** The query string embed.html reads: the widget and each chosen attribute. */
export function embedQuery({ widget, values }: WidgetChoice): string {
  const query = new URLSearchParams({ widget: widget.tag });
  for (const attribute of widget.attributes) {
    const value = values[attribute.name];
    if (value === undefined || value === '') continue;
    query.set(attribute.name, value === true ? '' : value);
  }
  return query.toString();
}

/** The iframe embed, for CMSs that strip scripts, plus the optional parent script that resizes it. */
export function iframeSnippet(
  choice: WidgetChoice,
  { height, title, fallbackId }: { height: number; title: string; fallbackId?: string | undefined },
  options: SnippetOptions,
): string {
  const frame = inert.createElement('iframe');
  // The fragment names the fallback embed.html shows where JavaScript is off. The page is
  // embed.html with this widget's link-preview tags in its language (embed-<tag>.<lang>.html,
  // tools/vite/share-pages-plugin.ts), so a shared link to the graphic previews as the graphic.
  const fragment = fallbackId ? `#${fallbackId}` : '';
  const query = embedQuery(choice);
  // The language embed.ts will show (English unless the query says Spanish).
  const locale = localeFromTag(new URLSearchParams(query).get('lang')) ?? 'en';
  const page = `embed-${choice.widget.tag}.${locale}.html`;
  frame.setAttribute('src', new URL(`${page}?${query}${fragment}`, options.baseUrl).href);
  frame.setAttribute('title', title);
  frame.setAttribute('loading', 'lazy');
  frame.setAttribute('style', 'width:100%;border:0');
  frame.setAttribute('height', String(Math.ceil(height)));
  frame.setAttribute('data-refuge-embed', '');
  return `${frame.outerHTML}\n${scriptTag('embed-parent.js', options)}`;
}
