// Classes and types only: importing this module registers nothing. Import
// `refuge-widgets/<tag>` (or `refuge-widgets/all`) to define elements.
export {
  AsylumStat,
  asylumMetrics,
  type AsylumMetric,
} from './widgets/asylum-stat/asylum-stat.component.js';
export { ViolenceTimeline } from './widgets/violence-timeline/violence-timeline.component.js';
export { PoliceDeathsChart } from './widgets/police-deaths-chart/police-deaths-chart.component.js';
export { DrugKillingsChart } from './widgets/drug-killings-chart/drug-killings-chart.component.js';
export { ChartWidgetElement } from './core/chart/chart-element.js';
export {
  RepublishNotice,
  type RepublishEventDetail,
} from './widgets/republish-notice/republish-notice.component.js';
export { WidgetElement, type WidgetErrorDetail } from './core/widget-element.js';
export { define } from './core/define.js';
export { themes, type Theme } from './core/theme.js';
export type { Locale } from './core/localize.js';
export { version } from './core/version.js';
export * from './data/index.js';
