/**
 * Where the plot area (the bars and grid) sits in the chart's box, in CSS pixels from each edge.
 * Chart.js is made to keep exactly these at every width and in every font (chart-setup.ts
 * `barOptions`), so the build can draw the plot as an SVG laid out in percentages of this area
 * (tools/fallbacks/static-plot.ts), which the stylesheet places with the same numbers.
 */
export interface PlotInsets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
