import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lazyImport } from '../lazy-import.js';
import type * as ChartSetupModule from './chart-setup.js';
import type { Chart, ChartConfiguration } from './chart-setup.js';
import type { ChartDrawing } from './chart-drawing.js';
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
}

/** Chart.js, loaded once for every chart on the page; a failed load is retried by the next chart. */
const loadChartSetup = lazyImport(() => import('./chart-setup.js'));

/** How far outside the viewport a chart starts loading: about one screen. */
const PRELOAD_MARGIN = '100% 0px 100% 0px';

/**
 * Decides when a widget's chart is drawn with Chart.js, and loads it then, lazily and leak-free:
 * - Chart.js is imported only once the element comes within about a screen of the viewport, and
 *   then draws through a ChartDrawing (chart-drawing.ts, loaded with Chart.js), which does the rest;
 * - for a reader who saves data, Chart.js waits until the reader asks: the chart's button, or
 *   focus on the chart (its list of bars);
 * - a widget taken off the page lets go of its chart, and one re-attached later gets a new one.
 */
export class ChartController implements ReactiveController {
  #host: ChartHost;
  #module: ChartSetup | undefined;
  #drawing: ChartDrawing | undefined;
  #failed = false;
  #intersection: IntersectionObserver | undefined;
  /** Set while Chart.js waits for a reader who saves data to ask for it. */
  #waiting = false;
  #stopListening: (() => void) | undefined;

  constructor(host: ChartHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The live Chart.js instance, if any: for code that wants to read what is drawn. */
  get chart(): Chart<'bar'> | undefined {
    return this.#drawing?.chart;
  }

  /** The colours the chart was last drawn in. */
  get palette(): ChartPalette | undefined {
    return this.#drawing?.palette;
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
    // The button goes: the keyboard goes on to the chart's bars, ready to walk them.
    void this.#host.updateComplete.then(() =>
      this.#host.renderRoot.querySelector<HTMLElement>('.points')?.focus(),
    );
    void this.#approach();
  }

  hostConnected(): void {
    this.#waiting = !this.#module && readerSavesData();
    this.#intersection = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void this.#approach();
      },
      { rootMargin: PRELOAD_MARGIN },
    );
    if (!this.#waiting) this.#intersection.observe(this.#host);
    // A reader who saves data and reaches the chart's bars with the keyboard wants to walk them.
    const root = this.#host.renderRoot;
    const explore = (event: Event) => {
      if ((event.target as Element).matches('.points')) this.explore();
    };
    root.addEventListener('focusin', explore);
    this.#stopListening = () => root.removeEventListener('focusin', explore);
  }

  hostDisconnected(): void {
    this.#intersection?.disconnect();
    this.#intersection = undefined;
    this.#stopListening?.();
    this.#drawing?.destroy();
    this.#drawing = undefined;
  }

  hostUpdated(): void {
    this.#drawing?.update();
  }

  async #approach(): Promise<void> {
    this.#intersection?.disconnect();
    try {
      this.#module ??= await loadChartSetup();
    } catch (error) {
      this.#fail(error);
      return;
    }
    const module = this.#module;
    if (this.#drawing || this.#failed || !this.#host.isConnected) return;
    this.#drawing = new module.ChartDrawing(this.#host, {
      Chart: module.Chart,
      configure: (palette) => this.#host.chartConfiguration(palette, module),
      fail: (error) => this.#fail(error),
    });
    this.#drawing.draw();
  }

  #fail(error: unknown): void {
    if (this.#failed) return;
    this.#failed = true;
    this.#drawing?.destroy();
    this.#drawing = undefined;
    this.#host.chartFailed(error);
  }
}
