// The floor: what a developer writes by hand with Chart.js, registering only the parts a bar
// chart with a tooltip needs, so that the bundler can leave out the rest of Chart.js.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { barChartConfig, canvasIn } from './chart-options.js';
import { chartBoxes, summary } from './common.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

for (const box of chartBoxes()) new Chart(canvasIn(box, summary), barChartConfig());
