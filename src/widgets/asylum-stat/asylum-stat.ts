import { define } from '../../core/define.js';
import { AsylumStat } from './asylum-stat.component.js';

export { AsylumStat, asylumMetrics, type AsylumMetric } from './asylum-stat.component.js';

define('asylum-stat', AsylumStat);
