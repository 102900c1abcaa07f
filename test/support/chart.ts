/** Chart widgets in tests: what they drew, what they loaded, their CSV. */
import type { ChartWidgetElement } from '../../src/core/chart/chart-element.js';
import { foldedText } from './shadow.js';
import { frames, nextReady } from './wait.js';

/**
 * How many pixels of a canvas are not transparent (0: nothing was drawn): a chart widget's canvas,
 * or a canvas of the page's own.
 */
export function drawnPixels(chartOrCanvas: Element): number {
  // By name, not instanceof: a canvas of an iframe is not an HTMLCanvasElement of this window.
  const canvas =
    chartOrCanvas.localName === 'canvas'
      ? (chartOrCanvas as HTMLCanvasElement)
      : chartOrCanvas.shadowRoot!.querySelector('canvas')!;
  if (canvas.width === 0 || canvas.height === 0) return 0;
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  let count = 0;
  for (let alpha = 3; alpha < data.length; alpha += 4) if (data[alpha] !== 0) count += 1;
  return count;
}

/** The files `win` requested so far, as paths below dist/ where they are there. */
export function requestedFiles(win: Window = window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name.replace(/^.*\/dist\//, ''));
}

/** Did `win` request any part of Chart.js so far? */
export function chartJsRequested(win: Window = window): boolean {
  return requestedFiles(win).some((name) => /chart-setup|node_modules\/chart\.js/.test(name));
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

/** The text of each row of the chart's table of figures. */
export function tableRows(chart: Element): string[] {
  return [...chart.shadowRoot!.querySelectorAll('[part="table"] tbody tr')].map(foldedText);
}

/** The text of a `data:text/csv` link. */
export function csvText(element: Element): string {
  const href = element.shadowRoot!.querySelector<HTMLAnchorElement>('[part="download"]')!.href;
  return decodeURIComponent(href.slice(href.indexOf(',') + 1)).replace(/^\uFEFF/, '');
}

/** The chart's tooltip, if it is shown: its text, and its box and the bar's point in page pixels. */
export function shownTooltip(chart: ChartWidgetElement) {
  const tooltip = chart.shadowRoot!.querySelector<HTMLElement>('.tooltip');
  if (!tooltip || tooltip.hidden || tooltip.getBoundingClientRect().width === 0) return undefined;
  return { text: tooltip.textContent!.trim(), box: tooltip.getBoundingClientRect() };
}

/** Moves the real mouse over the middle of one bar (page pixels), as a reader would point at it. */
export async function pointAtBar(
  chart: ChartWidgetElement,
  datasetIndex: number,
  index: number,
): Promise<void> {
  const { sendMouse } = await import('@web/test-runner-commands');
  const bar = chart.chartController.chart!.getDatasetMeta(datasetIndex).data[index]!;
  const { x, y, base, horizontal } = bar.getProps(['x', 'y', 'base', 'horizontal'], true) as {
    x: number;
    y: number;
    base: number;
    horizontal: boolean;
  };
  const canvas = chart.shadowRoot!.querySelector('canvas')!.getBoundingClientRect();
  const middle = horizontal ? { x: (x + base) / 2, y } : { x, y: (y + base) / 2 };
  await sendMouse({
    type: 'move',
    position: [Math.round(canvas.left + middle.x), Math.round(canvas.top + middle.y)],
  });
  // Chart.js handles pointer events in the next animation frame.
  await frames(2);
}
