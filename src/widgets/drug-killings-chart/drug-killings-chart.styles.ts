import { chartRatioStyles } from '../../core/chart/chart-ratio.styles.js';
import { drugKillingsChart } from './drug-killings-chart.chart.js';

export const drugKillingsChartStyles = chartRatioStyles(drugKillingsChart);
