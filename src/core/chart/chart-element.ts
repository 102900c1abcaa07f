import type { CSSResultGroup, PropertyDeclarations } from 'lit';
import { WidgetElement } from '../widget-element.js';
import { ChartController, type ChartSetup } from './chart-controller.js';
import type { ChartDefinition } from './chart-definition.js';
import { renderChartFrame, type ChartFrame } from './chart-frame.js';
import { chartMessages } from './chart-frame.messages.js';
import { chartFrameStyles } from './chart-frame.styles.js';
import type { ChartPalette } from './chart-palette.js';
import type { ChartPoint } from './chart-point.js';
import type { ChartConfiguration } from './chart-setup.js';
import type { Locale } from '../localize.js';

/** Each chart definition's frame per language, built once per page (see chartFrame()). */
const builtFrames = new WeakMap<ChartDefinition, Partial<Record<Locale, ChartFrame>>>();

// In a variable, so Vite does not take `new URL('…', import.meta.url)` for an asset to bundle.
const imagesFromChunk = '../images/';

/**
 * What the chart widgets share: the `show-table` attribute, the lazy Chart.js controller, the
 * news chart frame, and `refuge-ready` only once Chart.js has drawn. A chart widget adds its own
 * styles after `ChartWidgetElement.styles` and documents only its own parts.
 *
 * @csspart title - The chart's title; the builder names an iframe after it.
 * @csspart chart - The box the chart is drawn in; it has its final size before Chart.js loads.
 * @csspart table - The table of the figures (always present for assistive technology).
 * @csspart download - The "Download the data (CSV)" link.
 * @csspart download-image - The "Download the image (PNG)" link: the chart as drawn at build time,
 * in the widget's language and the theme it is shown in.
 * @csspart explore - The "Explore the chart" button, shown only to readers who save data
 * (Save-Data, `prefers-reduced-data`): the chart stays static until they ask for it.
 * @csspart source - The source line with links.
 * @csspart correction - A correction to a figure of the chart, under the source line
 * ("Corrected on …"); also in the CSV download and the chart's image.
 * @csspart caveat - The notes on what the figures do and do not say.
 */
export abstract class ChartWidgetElement extends WidgetElement {
  static override styles: CSSResultGroup = [WidgetElement.styles, chartFrameStyles];

  static override properties: PropertyDeclarations = {
    ...WidgetElement.properties,
    showTable: { type: Boolean, attribute: 'show-table', reflect: true },
  };

  /**
   * Where the chart images of dist/images/ are (ending in `/`), for the "Download the image" link.
   * In dist/ this module is bundled into `chunks/chart-element-….js`, so the images are at
   * `../images/` from it. Bundled from the npm package, they are not: set this there.
   */
  static imagesBase: string | undefined = new URL(imagesFromChunk, import.meta.url).href;

  /** Shows the table of figures visibly under the chart. It is always there for screen readers. */
  declare showTable: boolean;

  /** Draws the chart; its `chart` is the live Chart.js instance, for code that wants to read it. */
  readonly chartController = new ChartController(this);

  /** Set when Chart.js could not be loaded or could not draw: the table stands in for the chart. */
  #chartBroken = false;

  /** The points of the frame last rendered: the controller and the keyboard read them often. */
  #points: readonly ChartPoint[] | undefined;

  /**
   * The static plot of the prerender this element holds (issue #21), slotted into the chart box
   * and shown until Chart.js has drawn over it, then hidden (kept for print while it shows what the
   * chart shows): `undefined` until looked for, `null` when there is none.
   */
  #staticPlot: Element | null | undefined;

  constructor() {
    super();
    this.showTable = false;
  }

  /** The chart: its frame and its Chart.js configuration (the build's images draw the same). */
  protected abstract readonly definition: ChartDefinition;

  /** The frame around the chart, in the widget's current language. */
  protected chartFrame(): ChartFrame {
    // The same for every chart of a kind in a language: made once per page (its words, table,
    // CSV and points are then shared), not once per chart and render.
    let frames = builtFrames.get(this.definition);
    if (!frames) builtFrames.set(this.definition, (frames = {}));
    return (frames[this.locale] ??= this.definition.frame(this.locale));
  }

  /** The Chart.js configuration, in the given colours and the widget's current language. */
  chartConfiguration(palette: ChartPalette, setup: ChartSetup): ChartConfiguration<'bar'> {
    return this.definition.configuration(this.locale, palette, setup);
  }

  protected override renderContent(): unknown {
    const frame = this.chartFrame();
    this.#points = frame.points;
    return renderChartFrame(frame, {
      locale: this.locale,
      showTable: this.showTable,
      failure: this.#chartBroken ? chartMessages[this.locale].chartFailed : undefined,
      // Until the chart is drawn its colours are unknown: the theme attribute's image meanwhile.
      imageHref: this.#imageHref(this.theme === 'dark' ? 'dark' : 'light'),
      onExplore:
        this.chartController.waitingForReader && !this.#chartBroken
          ? () => this.chartController.explore()
          : undefined,
    });
  }

  /**
   * Shows the static plot of this element's prerender in the chart box (its slot takes only a
   * child of the element) while it shows exactly the value labels this chart draws: a prerender
   * from another version or language must not show other numbers, even for a moment. Its styles
   * are in the stylesheet that came with the prerender (dist/<tag>.css).
   */
  #showStaticPlot(): void {
    if (this.#staticPlot === undefined) {
      this.#staticPlot = this.querySelector('.chart-box > .static-plot');
      if (this.#staticPlot) this.append(this.#staticPlot);
    }
    const plot = this.#staticPlot;
    if (!plot) return;
    // The build lists the plot's value labels on it (tools/fallbacks/static-plot.ts).
    const labels = this.chartPoints()
      .map((point) => point.valueLabel.join(' '))
      .join('|');
    const same = !this.#chartBroken && (plot as SVGElement).dataset.values === labels;
    plot.slot = same ? 'static-plot' : '';
  }

  /** The build's image of this chart in the widget's language and `scheme`. */
  #imageHref(scheme: 'light' | 'dark'): string | undefined {
    const base = ChartWidgetElement.imagesBase;
    return base ? new URL(`${this.localName}.${this.locale}.${scheme}.png`, base).href : undefined;
  }

  /** Every bar, in reading order: what the keyboard walks and what is written on the bars. */
  chartPoints(): readonly ChartPoint[] {
    return (this.#points ??= this.chartFrame().points);
  }

  /**
   * `refuge-ready` waits for Chart.js to draw, in chartDrawn(); until then the prerender's static
   * plot is shown (after rendering, where light DOM may be touched: the slot is rendered by then).
   */
  protected override contentRendered(): void {
    this.#showStaticPlot();
  }

  /** Called by the controller each time Chart.js has drawn. */
  chartDrawn(): void {
    // The canvas now shows what the static plot showed: it goes in the same frame. It stays in
    // its slot, hidden: printed, the plot is shown instead of the canvas, as vectors rather than
    // a bitmap at screen resolution (print rules in dist/<tag>.css, tools/fallbacks/print-css.ts).
    this.#staticPlot?.setAttribute('hidden', '');
    // The image to download is the one in the colours the chart was just drawn in (the host
    // page's scheme, the reader's, or the theme attribute's).
    const scheme = this.chartController.palette?.scheme;
    const link = this.renderRoot.querySelector('[part~="download-image"]');
    const href = scheme && this.#imageHref(scheme);
    if (link && href) link.setAttribute('href', href);
    this.announceReady();
  }

  /** Called by the controller when Chart.js could not be loaded or could not draw. */
  chartFailed(error: unknown): void {
    const message = chartMessages[this.locale].chartFailed;
    this.#chartBroken = true;
    this.requestUpdate();
    this.reportError({
      code: 'chart-failed',
      message: `${message} (${error instanceof Error ? error.message : String(error)})`,
    });
  }
}
