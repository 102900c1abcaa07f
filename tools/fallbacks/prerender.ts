// The widget as it will look once it upgrades, as plain HTML for its element's light DOM: the
// builder's script snippet puts it inside the element, and dist/<tag>.css (prerender-css.ts) styles
// it exactly as the shadow root will be styled. The page keeps its place when the element upgrades.
import type { DOMWindow } from 'jsdom';
import type { Config } from 'dompurify';
import { BASE_PLACEHOLDER, type FallbackImage } from '../../src/core/fallback/fallbacks.js';
import { chartImage, type Purifier } from './fallback-html.js';

/**
 * What the prerender keeps: DOMPurify's HTML and SVG elements, with classes for the widget's
 * styles. Not ids (the page's own, or a second widget's, could collide) or what refers to them,
 * `part`, `tabindex` or styles.
 */
const SANITIZE: Config = {
  USE_PROFILES: { html: true, svg: true },
  FORBID_TAGS: ['style', 'form', 'input', 'textarea'],
  FORBID_ATTR: ['id', 'part', 'tabindex', 'style', 'aria-labelledby', 'aria-describedby'],
  ALLOW_DATA_ATTR: false,
  ADD_ATTR: ['loading', 'download'],
  // DOMPurify's own rule (web links, relative URLs, values that are no URL), plus the CSV
  // download, which is a data: URL.
  ALLOWED_URI_REGEXP: /^(?:https?:|data:text\/csv[;,]|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
};

/** Parts of the shadow root that only script uses: they would only add noise before it runs. */
const SCRIPT_ONLY = ['style', '.swatches', '.points', '.tooltip'];

/** The static plot's markup may keep its pattern's id: it is scoped to the plot's own <svg>. */
const SANITIZE_PLOT: Config = { USE_PROFILES: { svg: true }, ADD_ATTR: ['focusable'] };

/**
 * `shadow` (the widget rendered on the server) as the element's prerendered content. A chart's box
 * holds its static plot (static-plot.ts), shown with scripts on and off until Chart.js draws over
 * it, and the chart's build-time image in place of the canvas, which only a reader without the
 * stylesheet (a feed, a newsletter) sees: the stylesheet hides it, and gives the plot its size.
 */
export function prerenderedHtml(
  window: DOMWindow,
  shadow: ParentNode,
  image: FallbackImage | undefined,
  purifier: Purifier,
  plot?: string,
): string {
  const container = window.document.createElement('div');
  for (const node of shadow.childNodes) container.append(node.cloneNode(true));
  container.querySelectorAll(SCRIPT_ONLY.join(',')).forEach((node) => node.remove());
  // A slot's own content is what it shows in light DOM too.
  container.querySelectorAll('slot').forEach((slot) => slot.replaceWith(...slot.childNodes));
  const canvas = container.querySelector('canvas');
  if (canvas && image) {
    canvas.replaceWith(chartImage(window, image, 'prerendered-chart'));
    // The server knows no address for the image the widget offers for download; the build does.
    container
      .querySelector('a[download$=".png"]')
      ?.setAttribute('href', `${BASE_PLACEHOLDER}${image.png}`);
  } else {
    canvas?.remove();
  }
  const html = purifier
    .sanitize(container.innerHTML, SANITIZE)
    // Lit's markers are comments, which the sanitizer drops; blank runs go with them.
    .replace(/\n\s*\n/g, '\n')
    .trim();
  if (!plot) return html;
  // Our own markup, from the chart's definition: the sanitizer is a guard, which must not change it.
  const sanitized = purifier.sanitize(plot, SANITIZE_PLOT);
  if (sanitized !== plot) {
    throw new Error(`the sanitizer changed the static plot: ${plot}\n→ ${sanitized}`);
  }
  const marker = '<div class="chart-box">';
  if (!html.includes(marker))
    throw new Error(`the prerender has no chart box for its plot: ${html.slice(0, 800)}`);
  return html.replace(marker, `${marker}${plot}`);
}

/**
 * Rules the prerender needs besides the widget's own (`TAG` stands for the element's selector).
 * The chart's box shows its static plot, with scripts on and off; the image is for readers without
 * this stylesheet. Without scripts, buttons, which would do nothing, are not shown.
 */
export const PRERENDER_RULES = `
TAG .prerendered-chart { display: none; }
@media (scripting: none) {
  TAG button { display: none; }
}
`;
