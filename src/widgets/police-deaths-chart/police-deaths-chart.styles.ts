import { chartBoxStyles } from '../../core/chart/chart-box.styles.js';
import { policeDeathsChart } from './police-deaths-chart.chart.js';

export const policeDeathsChartStyles = chartBoxStyles(policeDeathsChart);
