// The common shortcut: chart.js/auto registers every controller, element, scale and plugin, so
// none of Chart.js can be left out of the bundle.
import Chart from 'chart.js/auto';
import { barChartConfig, canvasIn } from './chart-options.js';
import { chartBoxes, summary } from './common.js';

for (const box of chartBoxes()) new Chart(canvasIn(box, summary), barChartConfig());
