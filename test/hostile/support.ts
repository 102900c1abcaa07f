/**
 * The hostile-page suite: pages under test/hostile/pages load the BUILT dist/ files with
 * `<script type="module">`, as partner sites do, get one of each widget of the manifest from
 * test/pages/insert-widgets.ts, and are opened in an iframe. Each widget must show there what it
 * shows on a clean page.
 */
import { expect } from '@open-wc/testing';
import { drawnPixels } from '../support/chart.js';
import { expectQuietPage } from '../support/console.js';
import { openPage as openTestPage, type PageWindow } from '../support/frames.js';
import { isChart, widgetTags } from '../support/manifest.js';
import { foldedText, shadowText } from '../support/shadow.js';
import { nextReady, settle, waitFor } from '../support/wait.js';

/** Opens a page of test/hostile/pages in an iframe and waits for it and its widgets. */
export function openPage(name: string, size: { width?: string; height?: string } = {}) {
  return openTestPage(`/test/hostile/pages/${name}`, size);
}

/** The widget elements in `root`, in document order. */
export function widgetsIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(widgetTags.join(','))];
}

/** The chart widgets among `elements`. */
export function chartsAmong(elements: readonly HTMLElement[]): HTMLElement[] {
  return elements.filter(isChart);
}

/**
 * The text `element` shows on a clean page: the same widget, with the same attributes and language,
 * rendered by the same dist/ build in this test's own page, far from any hostile CSS or script.
 */
async function cleanPageText(element: Element): Promise<string> {
  await import(/* @vite-ignore */ '/dist/refuge-widgets.js' as string);
  const holder = document.createElement('div');
  const lang = element.closest('[lang]')?.getAttribute('lang');
  if (lang) holder.lang = lang;
  const reference = document.createElement(element.localName) as HTMLElement & {
    updateComplete: Promise<unknown>;
  };
  for (const { name, value } of element.attributes) reference.setAttribute(name, value);
  holder.append(reference);
  document.body.append(holder);
  // refuge-widgets.js loads a widget's code once it finds the tag on the page.
  await customElements.whenDefined(element.localName);
  await reference.updateComplete;
  const text = shadowText(reference);
  holder.remove();
  return text;
}

/**
 * Waits until every element shows what it shows on a clean page (the same text in its shadow
 * root), then checks what a reader sees: the widget's box has a real size, and the light-DOM
 * fallback inside the element is not rendered any more (it has no layout box). Failures name the
 * element and say what it showed.
 */
export async function expectRendered(elements: readonly HTMLElement[]): Promise<void> {
  expect(elements.length, 'widgets to check').to.be.greaterThan(0);
  for (const element of elements) {
    const tag = element.localName;
    const expected = await cleanPageText(element);
    expect(expected, `<${tag}> on a clean page shows text`).not.to.equal('');
    try {
      await waitFor(() => shadowText(element) === expected, `<${tag}> to show "${expected}"`);
    } catch (error) {
      const definition = element.ownerDocument.defaultView!.customElements.get(tag);
      const upgraded = definition !== undefined && element instanceof definition;
      throw new Error(
        `${(error as Error).message.slice(0, 300)}…; upgraded: ${upgraded}, shadow root says: ` +
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
 * Clicks the page's first `<republish-notice>` button and waits for the dialog's HTML to copy.
 * Checks that the dialog is open and on screen; returns its text area.
 */
export async function openRepublishDialog(win: PageWindow): Promise<HTMLTextAreaElement> {
  const root = win.document.querySelector('republish-notice')!.shadowRoot!;
  root.querySelector<HTMLButtonElement>('[part="button"]')!.click();
  const area = await waitFor(() => {
    const textarea = root.querySelector<HTMLTextAreaElement>('[part="html"]');
    return textarea?.value ? textarea : undefined;
  }, 'the republish dialog to fill its HTML').catch((error: Error) => {
    const dialog = root.querySelector('dialog');
    throw new Error(
      `${error.message}; the dialog says "${dialog ? foldedText(dialog) : '(no dialog)'}"` +
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

/**
 * Every widget of the manifest is on the page, each shows what it shows on a clean page, every
 * chart draws, and nothing went to the console.
 */
export async function expectPageWorks(
  win: PageWindow,
  quiet: Parameters<typeof expectQuietPage>[1] = {},
): Promise<HTMLElement[]> {
  const widgets = widgetsIn(win.document);
  expect(
    widgets.map((element) => element.localName),
    'the page holds every widget of the manifest',
  ).to.include.members([...widgetTags]);
  await expectRendered(widgets);
  await expectChartsDrawn(chartsAmong(widgets));
  // Nothing goes wrong once all is drawn: a late error would show up in this time.
  await settle(win);
  expectQuietPage(win, quiet);
  return widgets;
}
