import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lazyImport } from '../lazy-import.js';
import type * as ChartSetupModule from './chart-setup.js';
import type { Chart, ChartConfiguration } from './chart-setup.js';
import type { PointWalker } from './chart-keyboard.js';
import type { ChartPalette } from './chart-palette.js';
import type { ChartPoint } from './chart-point.js';
import { readerSavesData } from './save-data.js';

/** Chart.js and our option builders, loaded when a chart nears the viewport. */
export type ChartSetup = typeof ChartSetupModule;

/** What a chart widget gives the controller. */
export interface ChartHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The chart for the current language and data, in the given colours, built with `setup`'s helpers. */
  chartConfiguration(palette: ChartPalette, setup: ChartSetup): ChartConfiguration<'bar'>;
  /** Every bar, in reading order, with its announcement and value label. */
  chartPoints(): readonly ChartPoint[];
  /** Called after Chart.js has drawn (each time). */
  chartDrawn(): void;
  /** Called once when Chart.js could not be loaded or could not draw. */
  chartFailed(error: unknown): void;
  /** Takes focus after the reader asked for the interactive chart with its button. */
  focusChart(): void;
}

/** Chart.js, loaded once for every chart on the page; a failed load is retried by the next chart. */
const loadChartSetup = lazyImport(() => import('./chart-setup.js'));

/** How far outside the viewport a chart starts loading: about one screen. */
const PRELOAD_MARGIN = '100% 0px 100% 0px';

/**
 * Draws a widget's chart with Chart.js, lazily and leak-free:
 * - Chart.js is imported only once the element comes within about a screen of the viewport;
 * - the chart is created when its canvas is in the shadow root, redrawn when the widget updates
 *   (language, theme attribute) or its colours change (the host page's `color-scheme`, the
 *   reader's `prefers-color-scheme`), resized before printing, and destroyed on disconnect;
 * - a widget re-attached later gets a new chart;
 * - for a reader who saves data, Chart.js waits until the reader asks: the chart's button, or
 *   focus on the chart (its list of bars).
 */
export class ChartController implements ReactiveController {
  /** The live Chart.js instance, if any: for code that wants to read what is drawn. */
  chart: Chart<'bar'> | undefined;
  #host: ChartHost;
  #module: ChartSetup | undefined;
  #near = false;
  #failed = false;
  #redrawScheduled = false;
  #palette: ChartPalette | undefined;
  #intersection: IntersectionObserver | undefined;
  #colorQueries: MediaQueryList[] = [];
  /** Walks the points with the keyboard, once Chart.js (and the walker with it) has loaded. */
  #walker: PointWalker | undefined;
  /** The point the keyboard is on: its tooltip is shown, and shown again after a redraw. */
  #shownPoint: ChartPoint | undefined;
  /** Set while only the tooltip moves: that is not a new rendering of the widget. */
  #movingTooltip = false;
  #cleanups: (() => void)[] = [];
  /** Set while Chart.js waits for a reader who saves data to ask for it. */
  #waiting = false;

  constructor(host: ChartHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The colours the chart was last drawn in. */
  get palette(): ChartPalette | undefined {
    return this.#palette;
  }

  /** Whether Chart.js waits for the reader to ask (Save-Data): the widget offers a button. */
  get waitingForReader(): boolean {
    return this.#waiting;
  }

  /** The reader asked for the interactive chart: load Chart.js now (once). */
  explore(): void {
    if (!this.#waiting) return;
    this.#waiting = false;
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => this.#host.focusChart());
    void this.#approach();
  }

  hostConnected(): void {
    this.#waiting = !this.#module && readerSavesData();
    this.#intersection = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.#approach();
      },
      { rootMargin: PRELOAD_MARGIN },
    );
    if (!this.#waiting) this.#intersection.observe(this.#host);

    const redraw = () => this.#scheduleRedraw();
    // The reader's colour scheme, and Windows High Contrast turned on or off.
    this.#colorQueries = ['(prefers-color-scheme: dark)', '(forced-colors: active)'].flatMap(
      (query) => globalThis.matchMedia?.(query) ?? [],
    );
    for (const query of this.#colorQueries) query.addEventListener('change', redraw);
    // The watchers' colours have a 1 ms transition, so a change of the colours they resolve to
    // (the host page flipped its color-scheme, or set a --refuge-* token) fires transitionend.
    const root = this.#host.renderRoot;
    root.addEventListener('transitionend', redraw);
    // Keys on the chart's list of points; nothing to walk until the chart is drawn.
    const walk = (event: Event) => this.#walker?.handle(event);
    root.addEventListener('keydown', walk);
    root.addEventListener('focusout', walk);
    // A reader who saves data and reaches the chart's bars with the keyboard wants to walk them.
    const explore = (event: Event) => {
      if ((event.target as Element).matches('.points')) this.explore();
    };
    root.addEventListener('focusin', explore);
    const resizeForPrint = () => this.chart?.resize();
    globalThis.addEventListener('beforeprint', resizeForPrint);
    this.#cleanups.push(
      () => this.#colorQueries.forEach((query) => query.removeEventListener('change', redraw)),
      () => root.removeEventListener('transitionend', redraw),
      () => root.removeEventListener('keydown', walk),
      () => root.removeEventListener('focusout', walk),
      () => root.removeEventListener('focusin', explore),
      () => globalThis.removeEventListener('beforeprint', resizeForPrint),
    );
  }

  hostDisconnected(): void {
    this.#near = false;
    this.#intersection?.disconnect();
    this.#intersection = undefined;
    this.#cleanups.splice(0).forEach((cleanup) => cleanup());
    this.#walker = undefined;
    this.#shownPoint = undefined;
    this.#destroy();
  }

  hostUpdated(): void {
    // A new rendering (a new language) has new options; the point the keyboard is on stays.
    this.#walker?.mark();
    this.#draw();
  }

  async #approach(): Promise<void> {
    this.#intersection?.disconnect();
    if (!this.#module) {
      try {
        this.#module = await loadChartSetup();
      } catch (error) {
        this.#fail(error);
        return;
      }
    }
    this.#near = true;
    this.#walker = new this.#module.PointWalker(this.#host, (point) => this.showPoint(point));
    this.#draw();
  }

  /** Several colours change at once: look once for all of them, and redraw only if one differs. */
  #scheduleRedraw(): void {
    if (this.#redrawScheduled) return;
    this.#redrawScheduled = true;
    queueMicrotask(() => {
      this.#redrawScheduled = false;
      if (!this.#module) return;
      const palette = this.#module.readPalette(this.#host.renderRoot);
      if (JSON.stringify(palette) !== JSON.stringify(this.#palette)) this.#draw();
    });
  }

  #draw(): void {
    if (!this.#module || !this.#near || this.#failed || !this.#host.isConnected) return;
    const canvas = this.#host.renderRoot.querySelector('canvas');
    if (!canvas) {
      this.#destroy();
      return;
    }
    try {
      // A new chart each time: our charts have a handful of bars, so this costs about a
      // millisecond and leaves no stale colour, label or locale behind.
      this.#destroy();
      this.#palette = this.#module.readPalette(this.#host.renderRoot);
      const configuration = this.#host.chartConfiguration(this.#palette, this.#module);
      configuration.plugins = [
        ...(configuration.plugins ?? []),
        this.#module.valueLabels(this.#host.chartPoints(), this.#palette),
        this.#module.pointerTooltip(
          this.#host.renderRoot,
          this.#host.chartPoints(),
          () => this.#shownPoint,
        ),
        {
          id: 'refugeDrawn',
          afterRender: () => {
            if (!this.#movingTooltip) this.#host.chartDrawn();
          },
        },
      ];
      this.chart = new this.#module.Chart(canvas, configuration);
      this.#showTooltip();
    } catch (error) {
      this.#fail(error);
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
    if (!this.chart || !this.#module) return;
    this.#movingTooltip = true;
    try {
      this.#module.showTooltip(this.chart, this.#host.renderRoot, this.#shownPoint);
    } finally {
      this.#movingTooltip = false;
    }
  }

  #destroy(): void {
    this.chart?.destroy();
    this.chart = undefined;
  }

  #fail(error: unknown): void {
    if (this.#failed) return;
    this.#failed = true;
    this.#destroy();
    this.#host.chartFailed(error);
  }
}
