import { chartBoxStyles } from '../../core/chart/chart-box.styles.js';
import { drugKillingsChart } from './drug-killings-chart.chart.js';

export const drugKillingsChartStyles = chartBoxStyles(drugKillingsChart);
