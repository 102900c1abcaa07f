import { define } from '../../core/define.js';
import { DrugKillingsChart } from './drug-killings-chart.component.js';

export { DrugKillingsChart } from './drug-killings-chart.component.js';

define('drug-killings-chart', DrugKillingsChart);
