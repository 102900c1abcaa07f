// The one-script entry for partner pages: registers every widget and exports nothing.
// Developers who want the classes import `refuge-widgets` (src/index.ts) instead.
import './widgets/asylum-stat/asylum-stat.js';
import './widgets/drug-killings-chart/drug-killings-chart.js';
import './widgets/police-deaths-chart/police-deaths-chart.js';
import './widgets/republish-notice/republish-notice.js';
import './widgets/violence-timeline/violence-timeline.js';
