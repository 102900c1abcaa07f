import type { WidgetChoice } from './snippets.js';

/** The chosen widget, with its chosen attributes, alone in `frame`: the builder's live preview. */
export function showPreview(frame: HTMLElement, choice: WidgetChoice): HTMLElement {
  const element = document.createElement(choice.widget.tag);
  for (const [name, value] of Object.entries(choice.values)) {
    if (value !== '') element.setAttribute(name, value === true ? '' : value);
  }
  frame.replaceChildren(element);
  return element;
}

/**
 * The widget's own title as the preview shows it, so in the chosen language (the iframe's name,
 * the email's heading); the manifest's (English) summary for a widget that has none.
 */
export function previewTitle(preview: Element, choice: WidgetChoice): string {
  const title = preview.shadowRoot?.querySelector('[part~="title"]')?.textContent;
  return title?.replace(/\s+/g, ' ').trim() || choice.widget.summary;
}

/** A chart's one-line description as the preview shows it; undefined for other widgets. */
export function previewSummary(preview: Element): string | undefined {
  const summary = preview.shadowRoot?.querySelector('.chart-description')?.textContent;
  return summary?.replace(/\s+/g, ' ').trim();
}
