import { chartRatioStyles } from '../../core/chart/chart-ratio.styles.js';
import { policeDeathsChart } from './police-deaths-chart.chart.js';

export const policeDeathsChartStyles = chartRatioStyles(policeDeathsChart);
