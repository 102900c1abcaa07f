/**
 * Helpers for the hostile-page suite: pages under test/hostile/pages load the BUILT dist/ files
 * with `<script type="module">`, as partner sites do, and are opened in an iframe.
 */
import { expect } from '@open-wc/testing';
import { drawnPixels, nextReady } from '../support/chart-helpers.js';
import { frame, waitFor } from '../support/frames.js';

export const widgetTags = [
  'asylum-stat',
  'violence-timeline',
  'police-deaths-chart',
  'drug-killings-chart',
  'republish-notice',
] as const;
export type WidgetTag = (typeof widgetTags)[number];

export const chartTags: readonly WidgetTag[] = ['police-deaths-chart', 'drug-killings-chart'];

/** What each widget shows once rendered with its default attributes, in English. */
const figures: Record<WidgetTag, readonly RegExp[]> = {
  'asylum-stat': [/71/, /3,000/],
  'violence-timeline': [/February 20, 2009/],
  'police-deaths-chart': [/about 900/i],
  'drug-killings-chart': [/15,273/],
  'republish-notice': [/Republish this story/],
};

/** What test/pages/record-console.js (and csp-record-violations.js) leave on a page's window. */
export type PageWindow = Window &
  typeof globalThis & {
    __consoleLog: string[];
    __cspViolations?: string[];
  };

/** Opens a page of test/hostile/pages in an iframe and waits for its load event. */
export async function openPage(
  name: string,
  { width = '800px', height = '600px' } = {},
): Promise<PageWindow> {
  const iframe = await frame(`/test/hostile/pages/${name}`, { width, height });
  iframe.classList.add('hostile-page');
  return iframe.contentWindow as PageWindow;
}

/** Removes the iframes openPage() added (call it in afterEach). */
export function closePages(): void {
  document.querySelectorAll('iframe.hostile-page').forEach((iframe) => iframe.remove());
}

/** The widget elements in `root`, in document order. */
export function widgetsIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(widgetTags.join(','))];
}

/** The chart widgets among `elements`. */
export function chartsAmong(elements: readonly Element[]): HTMLElement[] {
  return elements.filter((element): element is HTMLElement =>
    chartTags.includes(element.localName as WidgetTag),
  );
}

function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Waits until every element shows its figures in its shadow root, then checks what a reader sees:
 * the widget's box has a real size, and the light-DOM fallback inside the element is not rendered
 * any more (it has no layout box). Failures name the element and say what it showed.
 */
export async function expectFigures(elements: readonly Element[]): Promise<void> {
  expect(elements.length, 'widgets to check').to.be.greaterThan(0);
  for (const element of elements) {
    const tag = element.localName as WidgetTag;
    const expected = figures[tag];
    expect(expected, `a widget tag: <${tag}>`).to.exist;
    try {
      await waitFor(
        () => expected.every((figure) => figure.test(shadowText(element))),
        `<${tag}> to show ${expected.join(' and ')}`,
      );
    } catch (error) {
      const definition = element.ownerDocument.defaultView!.customElements.get(tag);
      const upgraded = definition !== undefined && element instanceof definition;
      throw new Error(
        `${(error as Error).message}; upgraded: ${upgraded}, shadow root says: ` +
          `"${shadowText(element).slice(0, 300)}"`,
      );
    }
    const base = element.shadowRoot!.querySelector('[part="base"]')!;
    const box = base.getBoundingClientRect();
    expect(box.width, `<${tag}>'s box width`).to.be.greaterThan(100);
    expect(box.height, `<${tag}>'s box height`).to.be.greaterThan(20);
    for (const fallback of element.querySelectorAll(':scope > .fallback')) {
      expect(
        fallback.getClientRects().length,
        `<${tag}>'s light-DOM fallback is still rendered`,
      ).to.equal(0);
    }
  }
}

/**
 * Listens, from now on, for the next `refuge-ready` of each element. Call it before the step that
 * must make a chart draw again, and pass the result to expectChartsDrawn().
 */
export function readyAfterNow(elements: readonly Element[], ms = 8000): Promise<Event>[] {
  return elements.map((element) => {
    const ready = nextReady(element, ms);
    // Awaited later, one at a time: when an earlier one fails, this one must not be reported as
    // an unhandled rejection on top of that failure.
    ready.catch(() => undefined);
    return ready;
  });
}

/**
 * Scrolls each chart into view (Chart.js loads only near the viewport), waits for its
 * `refuge-ready` when given one, and checks that its canvas has more than 1,000 drawn pixels.
 */
export async function expectChartsDrawn(
  charts: readonly Element[],
  ready: readonly Promise<Event>[] = [],
): Promise<void> {
  expect(charts.length, 'charts to check').to.be.greaterThan(0);
  for (const [index, chart] of charts.entries()) {
    chart.scrollIntoView({ block: 'center' });
    if (index < ready.length) {
      await ready[index].catch((error: Error) => {
        throw new Error(`<${chart.localName}> did not draw again: ${error.message}`);
      });
    }
    let pixels = 0;
    try {
      await waitFor(() => (pixels = drawnPixels(chart)) > 1000, `<${chart.localName}> to draw`);
    } catch (error) {
      throw new Error(`${(error as Error).message}: ${pixels} pixels drawn, expected > 1000`);
    }
    expectCanvasInItsBox(chart);
  }
}

/** The chart is laid out: its box has a real size and the canvas fills it, overflowing nothing. */
function expectCanvasInItsBox(chart: Element): void {
  const tag = chart.localName;
  const box = chart.shadowRoot!.querySelector('[part="chart"]')!.getBoundingClientRect();
  const canvas = chart.shadowRoot!.querySelector('canvas')!.getBoundingClientRect();
  expect(box.width, `<${tag}>'s chart box width`).to.be.greaterThan(100);
  expect(box.height, `<${tag}>'s chart box height`).to.be.greaterThan(50);
  const inside =
    canvas.left >= box.left - 1 &&
    canvas.right <= box.right + 1 &&
    canvas.top >= box.top - 1 &&
    canvas.bottom <= box.bottom + 1;
  const size = (rect: DOMRect) => `${Math.round(rect.width)}×${Math.round(rect.height)}`;
  expect(inside, `<${tag}>'s canvas (${size(canvas)}) inside its box (${size(box)})`).to.equal(
    true,
  );
}

/**
 * Clicks the page's `<republish-notice>` button and waits for the dialog's HTML to copy. Checks
 * that the dialog is open and on screen; returns its text area.
 */
export async function openRepublishDialog(win: PageWindow): Promise<HTMLTextAreaElement> {
  const root = win.document.querySelector('republish-notice')!.shadowRoot!;
  root.querySelector<HTMLButtonElement>('[part="button"]')!.click();
  const area = await waitFor(() => {
    const textarea = root.querySelector<HTMLTextAreaElement>('[part="html"]');
    return textarea?.value ? textarea : undefined;
  }, 'the republish dialog to fill its HTML').catch((error: Error) => {
    const dialog = root.querySelector('dialog')?.textContent ?? '(no dialog)';
    throw new Error(
      `${error.message}; the dialog says "${dialog.replace(/\s+/g, ' ').trim()}"` +
        (win.__cspViolations ? `; violations: ${JSON.stringify(win.__cspViolations)}` : ''),
    );
  });
  const dialog = root.querySelector('dialog')!;
  expect(dialog.open, 'the dialog is open').to.equal(true);
  const box = dialog.getBoundingClientRect();
  expect(box.width, 'the dialog’s width').to.be.greaterThan(200);
  expect(box.height, 'the dialog’s height').to.be.greaterThan(100);
  expect(
    box.left >= 0 && box.right <= win.innerWidth,
    'the dialog within the page’s width',
  ).to.equal(true);
  expect(area.getBoundingClientRect().height, 'the text area’s height').to.be.greaterThan(20);
  return area;
}

/** Drawn pixels of a canvas of the page's own (drawnPixels() looks for a widget's shadow canvas). */
export function canvasPixels(canvas: HTMLCanvasElement): number {
  return drawnPixels({ shadowRoot: { querySelector: () => canvas } } as unknown as Element);
}

/** Waits two frames and a little more, so late errors (a rejected import, a redraw) show up. */
export async function settle(win: Window, ms = 200): Promise<void> {
  await new Promise((resolve) => win.requestAnimationFrame(() => resolve(undefined)));
  await new Promise((resolve) => win.requestAnimationFrame(() => resolve(undefined)));
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The page saw no console error or warning, no uncaught error or unhandled rejection (recorded by
 * /test/pages/record-console.js) and, on CSP pages, no policy violation.
 */
export function expectQuietPage(win: PageWindow, { except }: { except?: RegExp } = {}): void {
  const log = win.__consoleLog.filter((line) => !except?.test(line));
  expect(log, 'console errors, warnings and uncaught errors').to.deep.equal([]);
  if (win.__cspViolations) {
    expect(win.__cspViolations, 'Content Security Policy violations').to.deep.equal([]);
  }
}

/** Every widget of the page renders its figures and every chart draws; nothing in the console. */
export async function expectPageWorks(
  win: PageWindow,
  quiet: Parameters<typeof expectQuietPage>[1] = {},
): Promise<HTMLElement[]> {
  const widgets = widgetsIn(win.document);
  expect(
    widgets.map((element) => element.localName),
    'the page holds all five widgets',
  ).to.include.members([...widgetTags]);
  await expectFigures(widgets);
  await expectChartsDrawn(chartsAmong(widgets));
  await settle(win);
  expectQuietPage(win, quiet);
  return widgets;
}
