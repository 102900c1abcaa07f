import { html, type TemplateResult } from 'lit';
import { pickFallback, type Fallbacks } from '../../core/fallback/fallbacks.js';
import type { Locale } from '../../core/localize.js';
import type { WidgetDescription } from '../widget-catalog.js';
import { graphicWords } from './editor-words.js';

interface GalleryOptions {
  widgets: readonly WidgetDescription[];
  chosen: string;
  locale: Locale;
  legend: string;
  /** dist/fallbacks.json, for each chart's image; undefined until it is read. */
  fallbacks: Fallbacks | undefined;
  choose: (tag: string) => void;
}

/**
 * The graphics as a group of radio buttons, one card each: a thumbnail, its name and what it shows,
 * in the builder's language. The arrow keys move between them as in any radio group. A chart's
 * thumbnail is the build's image of it (dist/images, light, in the builder's language); a graphic
 * without one shows itself, small and inert.
 */
export function renderWidgetGallery({
  widgets,
  chosen,
  locale,
  legend,
  fallbacks,
  choose,
}: GalleryOptions): TemplateResult {
  return html`<fieldset class="gallery" id="widget">
    <legend>${legend}</legend>
    ${widgets.map((widget) => {
      const words = graphicWords(widget, locale);
      return html`<label class="thumb">
        <input
          type="radio"
          name="widget"
          id="widget-${widget.tag}"
          value=${widget.tag}
          .checked=${widget.tag === chosen}
          @change=${() => choose(widget.tag)}
        />
        <span class="picture" aria-hidden="true">${thumbnail(widget, locale, fallbacks)}</span>
        <span class="name">${words.name}</span>
        <span class="description">${words.description}</span>
      </label>`;
    })}
  </fieldset>`;
}

function thumbnail(
  widget: WidgetDescription,
  locale: Locale,
  fallbacks: Fallbacks | undefined,
): TemplateResult {
  if (!fallbacks) return html``;
  const image = pickFallback(fallbacks[widget.tag], { lang: locale, theme: 'light' })?.image;
  if (image) {
    return html`<img src=${new URL(image.png, location.href).href} alt="" />`;
  }
  return html`<span class="live">${liveThumbnail(widget.tag, locale)}</span>`;
}

/** Live thumbnails, made once per graphic and language: each render shows the same element. */
const live = new Map<string, HTMLElement>();

/** The element itself, drawn small and inert: the build has no image of it. */
function liveThumbnail(tag: string, locale: Locale): HTMLElement {
  const key = `${tag} ${locale}`;
  let element = live.get(key);
  if (!element) {
    element = document.createElement(tag);
    element.setAttribute('lang', locale);
    element.setAttribute('theme', 'light');
    element.inert = true;
    live.set(key, element);
  }
  return element;
}
