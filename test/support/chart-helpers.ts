import type { ChartWidgetElement } from '../../src/core/chart/chart-element.js';

/** How many pixels of the chart's canvas are not transparent: 0 means nothing was drawn. */
export function drawnPixels(element: Element): number {
  const canvas = element.shadowRoot!.querySelector('canvas')!;
  if (canvas.width === 0 || canvas.height === 0) return 0;
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  let count = 0;
  for (let alpha = 3; alpha < data.length; alpha += 4) if (data[alpha] !== 0) count += 1;
  return count;
}

/** Resolves on the element's next `refuge-ready`, or fails after `ms`. */
export function nextReady(element: Element, ms = 5000): Promise<Event> {
  return new Promise((resolve, reject) => {
    // The timer is cleared on success: a pending one would keep the element (and its chart)
    // alive for `ms`, which the soak test would read as a leak.
    const timer = setTimeout(() => reject(new Error(`no refuge-ready within ${ms} ms`)), ms);
    element.addEventListener(
      'refuge-ready',
      (event) => {
        clearTimeout(timer);
        resolve(event);
      },
      { once: true },
    );
  });
}

/** Was any part of Chart.js requested by this page so far? */
export function chartJsRequested(): boolean {
  return performance
    .getEntriesByType('resource')
    .some((entry) => /chart-setup|node_modules\/chart\.js/.test(entry.name));
}

/** Adds a chart widget in view and waits until Chart.js has drawn it. */
export async function showChart<T extends ChartWidgetElement>(markup: string): Promise<T> {
  const holder = document.createElement('div');
  holder.style.width = '640px';
  holder.innerHTML = markup;
  const element = holder.firstElementChild as T;
  const ready = nextReady(element);
  document.body.append(holder);
  await ready;
  return element;
}

/** The text of a `data:text/csv` link. */
export function csvText(element: Element): string {
  const href = element.shadowRoot!.querySelector<HTMLAnchorElement>('[part="download"]')!.href;
  return decodeURIComponent(href.slice(href.indexOf(',') + 1)).replace(/^\uFEFF/, '');
}
