import type { WidgetExample } from './editor-data.js';
import { element, type WpNode } from './wp.js';

interface ExampleProps {
  tag: string;
  example: WidgetExample;
}

/**
 * A widget as the inserter previews it (a variation's `example`): its element, never defined in
 * the preview's frame since the library is not loaded there, holding the server's prerender, laid
 * out by the widget's own stylesheet as the page shows it before the script runs. Everything comes
 * with the editor data, so hovering a graphic in the inserter loads nothing; a chart's image in
 * the prerender is lazy and hidden by that stylesheet, so it is not fetched either.
 */
export function Example({ tag, example }: ExampleProps): WpNode {
  const h = element.createElement;
  return h(
    'div',
    { className: 'refuge-widgets-example' },
    h('style', null, example.css),
    h(tag, { dangerouslySetInnerHTML: { __html: example.html } }),
  );
}
