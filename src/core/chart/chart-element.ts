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

/**
 * What the chart widgets share: the `show-table` attribute, the lazy Chart.js controller, the
 * news chart frame, and `refuge-ready` only once Chart.js has drawn. A chart widget adds its own
 * styles after `ChartWidgetElement.styles` and documents only its own parts.
 *
 * @csspart title - The chart's title; the builder names an iframe after it.
 * @csspart chart - The box the chart is drawn in; it has its final size before Chart.js loads.
 * @csspart table - The table of the figures (always present for assistive technology).
 * @csspart download - The "Download the data (CSV)" link.
 * @csspart source - The source line with links.
 * @csspart caveat - The notes on what the figures do and do not say.
 */
export abstract class ChartWidgetElement extends WidgetElement {
  static override styles: CSSResultGroup = [WidgetElement.styles, chartFrameStyles];

  static override properties: PropertyDeclarations = {
    ...WidgetElement.properties,
    showTable: { type: Boolean, attribute: 'show-table', reflect: true },
  };

  /** Shows the table of figures visibly under the chart. It is always there for screen readers. */
  declare showTable: boolean;

  /** Draws the chart; its `chart` is the live Chart.js instance, for code that wants to read it. */
  readonly chartController = new ChartController(this);

  /** Set when Chart.js could not be loaded or could not draw: the table stands in for the chart. */
  #chartBroken = false;

  /** The points of the frame last rendered: the controller and the keyboard read them often. */
  #points: readonly ChartPoint[] | undefined;

  constructor() {
    super();
    this.showTable = false;
  }

  /** The chart: its frame and its Chart.js configuration (the build's images draw the same). */
  protected abstract readonly definition: ChartDefinition;

  /** The frame around the chart, in the widget's current language. */
  protected chartFrame(): ChartFrame {
    return this.definition.frame(this.locale);
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
    });
  }

  /** Every bar, in reading order: what the keyboard walks and what is written on the bars. */
  chartPoints(): readonly ChartPoint[] {
    return (this.#points ??= this.chartFrame().points);
  }

  /** `refuge-ready` waits for Chart.js to draw, in chartDrawn(). */
  protected override contentRendered(): void {}

  /** Called by the controller each time Chart.js has drawn. */
  chartDrawn(): void {
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
