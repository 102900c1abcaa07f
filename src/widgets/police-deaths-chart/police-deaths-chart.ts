import { define } from '../../core/define.js';
import { PoliceDeathsChart } from './police-deaths-chart.component.js';

export { PoliceDeathsChart } from './police-deaths-chart.component.js';

define('police-deaths-chart', PoliceDeathsChart);
