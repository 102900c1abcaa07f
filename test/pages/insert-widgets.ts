/**
 * The widgets of a test page (test/pages, test/hostile/pages), from the built manifest: fills every
 * `[data-widgets]` element with one of each widget, each holding its light-DOM fallback
 * `<p class="fallback">`, as an article's HTML holds it before the library upgrades it. A sixth
 * widget is on every such page without editing one.
 *
 * - `data-widgets="charts"` takes only the widgets that draw with Chart.js.
 * - A `<template>` inside the element is how the page holds each widget: it is cloned once per
 *   widget, and its `[data-widget]` element replaced by the widget.
 *
 * `window.pageWidgets` resolves to the widgets inserted, in document order, once they are in the
 * page (test/support/frames.ts openPage() waits for it). It is set before anything is awaited, so
 * it is there when the page's load event fires. An external module: CSP pages allow no inline
 * script, and nothing here needs Trusted Types (no HTML from strings).
 */

import type { PageWindow } from '../support/frames.js';

/** A new `<tag>` element holding its fallback paragraph. */
export function widgetWithFallback(tag: string, fallback = `The fallback text of <${tag}>.`) {
  const element = document.createElement(tag);
  const paragraph = document.createElement('p');
  paragraph.className = 'fallback';
  paragraph.textContent = fallback;
  element.append(paragraph);
  return element;
}

async function insertWidgets(): Promise<HTMLElement[]> {
  // Loaded here, not imported statically: the manifest module awaits its fetch at the top level,
  // and window.pageWidgets must be set before that.
  const { widgets } = await import('../support/manifest.js');
  const inserted: HTMLElement[] = [];
  for (const slot of document.querySelectorAll<HTMLElement>('[data-widgets]')) {
    const chosen = slot.dataset.widgets === 'charts' ? widgets.filter((w) => w.isChart) : widgets;
    const template = slot.querySelector('template');
    for (const { tag } of chosen) {
      const element = widgetWithFallback(tag);
      if (template) {
        const holder = template.content.cloneNode(true) as DocumentFragment;
        holder.querySelector('[data-widget]')!.replaceWith(element);
        slot.append(holder);
      } else {
        slot.append(element);
      }
      inserted.push(element);
    }
  }
  return inserted;
}

(window as PageWindow).pageWidgets = insertWidgets();
