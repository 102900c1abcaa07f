/**
 * One data point of a chart, as a keyboard or screen-reader user meets it and as its bar is
 * labelled: both in the widget's language, with the figure's qualifier.
 */
export interface ChartPoint {
  /** The Chart.js dataset and index of the bar. */
  datasetIndex: number;
  index: number;
  /** Said when the point is reached with the arrow keys: "2009: 9,614 killings". */
  announcement: string;
  /** Written on the bar, one entry a line: ["about 400", "(calculated)"]. */
  valueLabel: readonly string[];
}
