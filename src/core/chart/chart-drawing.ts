import type { Chart, ChartConfiguration } from 'chart.js';
import { PointWalker, showTooltip, type PointWalkerHost } from './chart-keyboard.js';
import { readPalette, type ChartPalette } from './chart-palette.js';
import type { ChartPoint } from './chart-point.js';
import { pointerTooltip } from './chart-tooltip.js';
import { valueLabels } from './chart-value-labels.js';

/** What the drawing reads from the widget whose chart it draws. */
export interface DrawingHost extends PointWalkerHost {
  readonly isConnected: boolean;
  /** Called after Chart.js has drawn (each time). */
  chartDrawn(): void;
}

/** What the drawing is given by the controller that loaded Chart.js. */
export interface DrawingTools {
  /** Chart.js's Chart, with our parts registered (chart-setup.ts). */
  Chart: typeof Chart;
  /** The widget's chart in the given colours. */
  configure(palette: ChartPalette): ChartConfiguration<'bar'>;
  /** Called once when Chart.js could not draw. */
  fail(error: unknown): void;
}

/**
 * A widget's chart once Chart.js has loaded: everything that needs a drawn chart, kept out of the
 * widget's first download (chart-controller.ts decides when to load it and creates this):
 * - the chart is created in the shadow root's canvas, redrawn when the widget updates (language,
 *   theme attribute) or its colours change (the host page's `color-scheme`, the reader's
 *   `prefers-color-scheme` or forced colours), resized before printing, and destroyed with this;
 * - the keyboard walks its points, and the point walked to keeps its tooltip across redraws.
 */
export class ChartDrawing {
  /** The live Chart.js instance, if any. */
  chart: Chart<'bar'> | undefined;
  /** The colours the chart was last drawn in. */
  palette: ChartPalette | undefined;
  #host: DrawingHost;
  #tools: DrawingTools;
  #walker: PointWalker;
  /** The point the keyboard is on: its tooltip is shown, and shown again after a redraw. */
  #shownPoint: ChartPoint | undefined;
  /** Set while only the tooltip moves: that is not a new rendering of the widget. */
  #movingTooltip = false;
  #redrawScheduled = false;
  #cleanups: (() => void)[] = [];

  constructor(host: DrawingHost, tools: DrawingTools) {
    this.#host = host;
    this.#tools = tools;
    this.#walker = new PointWalker(host, (point) => this.showPoint(point));

    const redraw = () => this.#scheduleRedraw();
    // The reader's colour scheme, and Windows High Contrast turned on or off.
    const colorQueries = ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((query) =>
      matchMedia(query),
    );
    for (const query of colorQueries) query.addEventListener('change', redraw);
    // The watcher's colours have a 1 ms transition, so a change of the colours they resolve to
    // (the host page flipped its color-scheme, or set a --refuge-* token) fires transitionend.
    const root = host.renderRoot;
    root.addEventListener('transitionend', redraw);
    // Keys on the chart's list of points.
    const walk = (event: Event) => this.#walker.handle(event);
    root.addEventListener('keydown', walk);
    root.addEventListener('focusout', walk);
    const resizeForPrint = () => this.chart?.resize();
    globalThis.addEventListener('beforeprint', resizeForPrint);
    this.#cleanups.push(
      () => colorQueries.forEach((query) => query.removeEventListener('change', redraw)),
      () => root.removeEventListener('transitionend', redraw),
      () => root.removeEventListener('keydown', walk),
      () => root.removeEventListener('focusout', walk),
      () => globalThis.removeEventListener('beforeprint', resizeForPrint),
    );
  }

  /** The widget rendered anew (a new language has new options); the point walked to stays. */
  update(): void {
    this.#walker.mark();
    this.draw();
  }

  /** Lets go of the chart and every listener. */
  destroy(): void {
    this.#cleanups.splice(0).forEach((cleanup) => cleanup());
    this.chart?.destroy();
    this.chart = undefined;
  }

  draw(): void {
    if (!this.#host.isConnected) return;
    const canvas = this.#host.renderRoot.querySelector('canvas');
    this.chart?.destroy();
    this.chart = undefined;
    if (!canvas) return;
    try {
      // A new chart each time: our charts have a handful of bars, so this costs about a
      // millisecond and leaves no stale colour, label or locale behind.
      this.palette = readPalette(this.#host.renderRoot);
      const configuration = this.#tools.configure(this.palette);
      const points = this.#host.chartPoints();
      configuration.plugins = [
        ...(configuration.plugins ?? []),
        valueLabels(points, this.palette),
        pointerTooltip(this.#host.renderRoot, points, () => this.#shownPoint),
        {
          id: 'refugeDrawn',
          afterRender: () => {
            if (!this.#movingTooltip) this.#host.chartDrawn();
          },
        },
      ];
      this.chart = new this.#tools.Chart(canvas, configuration);
      this.#showTooltip();
    } catch (error) {
      this.#tools.fail(error);
    }
  }

  /**
   * Shows the tooltip for `point` as if its bar were hovered (for the keyboard), or hides it.
   * The point is kept, so a redraw (new colours, a resize) shows it again.
   */
  showPoint(point: ChartPoint | undefined): void {
    this.#shownPoint = point;
    this.#showTooltip();
  }

  #showTooltip(): void {
    if (!this.chart) return;
    this.#movingTooltip = true;
    try {
      showTooltip(this.chart, this.#host.renderRoot, this.#shownPoint);
    } finally {
      this.#movingTooltip = false;
    }
  }

  /** Several colours change at once: look once for all of them, and redraw only if one differs. */
  #scheduleRedraw(): void {
    if (this.#redrawScheduled) return;
    this.#redrawScheduled = true;
    queueMicrotask(() => {
      this.#redrawScheduled = false;
      const palette = readPalette(this.#host.renderRoot);
      if (JSON.stringify(palette) !== JSON.stringify(this.palette)) this.draw();
    });
  }
}
