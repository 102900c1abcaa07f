import { ChartWidgetElement } from '../../core/chart/chart-element.js';
import { drugKillingsChart } from './drug-killings-chart.chart.js';
import { drugKillingsChartStyles } from './drug-killings-chart.styles.js';

/**
 * The Mexican government's count of killings presumably related to organized crime, 2007–2010,
 * as bars, with December 2006 in the table note and the article's own figure kept apart.
 *
 * @tagname drug-killings-chart
 * @summary Bars of the government's organized-crime killings in Mexico, 2007–2010.
 */
export class DrugKillingsChart extends ChartWidgetElement {
  static override styles = [ChartWidgetElement.styles, drugKillingsChartStyles];

  protected override readonly definition = drugKillingsChart;
}

// Declared with the class, not in the registration module, so that the package root, which
// registers nothing, still types document.querySelector('drug-killings-chart').
declare global {
  interface HTMLElementTagNameMap {
    'drug-killings-chart': DrugKillingsChart;
  }
}
