import type { CSSResultGroup, PropertyDeclarations } from 'lit';
import { ChartController, loadChartSetup, type ChartPalette, type ChartSetup } from './chart.js';
import {
  chartFrameStyles,
  chartMessages,
  renderChartFrame,
  type ChartFrame,
} from './chart-frame.js';
import type { ChartConfiguration } from './chart-setup.js';
import { widgetStyles } from './styles.js';
import { WidgetElement } from './widget-element.js';

/**
 * What the chart widgets share: the `show-table` attribute, the lazy Chart.js controller, the
 * news chart frame, and `refuge-ready` only once Chart.js has drawn.
 *
 * @csspart chart - The box the chart is drawn in; it has its final size before Chart.js loads.
 * @csspart table - The table of the figures (always present for assistive technology).
 * @csspart download - The "Download the data (CSV)" link.
 */
export abstract class ChartWidgetElement extends WidgetElement {
  static override styles: CSSResultGroup = [widgetStyles, chartFrameStyles];

  static override properties: PropertyDeclarations = {
    ...WidgetElement.properties,
    showTable: { type: Boolean, attribute: 'show-table', reflect: true },
  };

  /** Shows the table of figures visibly under the chart. It is always there for screen readers. */
  declare showTable: boolean;

  /** Set when Chart.js could not be loaded or could not draw: the table stands in for the chart. */
  #chartBroken = false;

  /** The chart controller (tests read `chartController.chart`). */
  readonly chartController = new ChartController(this);

  constructor() {
    super();
    this.showTable = false;
  }

  /** The frame around the chart, in the widget's current language. */
  protected abstract chartFrame(): ChartFrame;

  /** The Chart.js configuration, in the given colours and the widget's current language. */
  abstract chartConfiguration(palette: ChartPalette, setup: ChartSetup): ChartConfiguration<'bar'>;

  protected override renderContent(): unknown {
    return renderChartFrame(this.chartFrame(), {
      locale: this.locale,
      showTable: this.showTable,
      failure: this.#chartBroken ? chartMessages[this.locale].chartFailed : undefined,
    });
  }

  /** `refuge-ready` waits for Chart.js to draw, in chartDrawn(). */
  protected override contentRendered(): void {}

  chartDrawn(): void {
    this.announceReady();
  }

  chartFailed(error: unknown): void {
    const message = chartMessages[this.locale].chartFailed;
    this.#chartBroken = true;
    this.requestUpdate();
    this.reportError({
      code: 'chart-failed',
      message: `${message} (${error instanceof Error ? error.message : String(error)})`,
    });
  }

  loadChartSetup(): Promise<ChartSetup> {
    return loadChartSetup();
  }
}
