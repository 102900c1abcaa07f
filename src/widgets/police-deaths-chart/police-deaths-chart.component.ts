import { ChartWidgetElement } from '../../core/chart/chart-element.js';
import { policeDeathsChart } from './police-deaths-chart.chart.js';
import { policeDeathsChartStyles } from './police-deaths-chart.styles.js';

/**
 * The article's figures on Mexican police officers killed: about 900 from 2007 to mid-2009,
 * nearly 500 of them in 2008, and the calculated remainder, drawn as one bar in two parts.
 *
 * @tagname police-deaths-chart
 * @summary A bar of about 900 police officers killed, 2007 to mid-2009, nearly 500 of them in 2008.
 */
export class PoliceDeathsChart extends ChartWidgetElement {
  static override styles = [ChartWidgetElement.styles, policeDeathsChartStyles];

  protected override readonly definition = policeDeathsChart;
}

// Declared with the class, not in the registration module, so that the package root, which
// registers nothing, still types document.querySelector('police-deaths-chart').
declare global {
  interface HTMLElementTagNameMap {
    'police-deaths-chart': PoliceDeathsChart;
  }
}
