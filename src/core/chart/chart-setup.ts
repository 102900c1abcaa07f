// The only module that imports Chart.js. It is loaded with import() when a chart nears the
// viewport (see chart-controller.ts), and registers just what our bar charts use: never `chart.js/auto`.
// The builders of our charts' options and the drawing (value labels, tooltip, keyboard walk, redraws)
// come with it too, so they arrive with Chart.js rather than in every page's first download. (This
// module is listed in package.json `sideEffects`: without that, bundlers, ours included, drop the
// Chart.register() call.)
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  type ChartConfiguration,
} from 'chart.js';
import { intlLocales, type Locale } from '../localize.js';
import type { PlotInsets } from './plot-insets.js';
import type { ChartPalette } from './chart-palette.js';

// No Tooltip plugin: chart-tooltip.ts draws ours, for 5 KB less.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export { Chart };
export type { ChartConfiguration };
// What a drawn chart needs besides Chart.js, loaded with it rather than in the first download.
export { ChartDrawing } from './chart-drawing.js';
export { drawnLabels, valueLabels } from './chart-value-labels.js';

type BarOptions = NonNullable<ChartConfiguration<'bar'>['options']>;

/**
 * The axis of the values and the step between its ticks: one step at every width, so the phone
 * and the desktop chart (and the static plot the build draws) have the same ticks.
 */
export interface ValueAxis {
  axis: 'x' | 'y';
  step: number;
}

/**
 * Options every bar chart of ours shares. Static charts: animation only delays the moment a
 * reader can read the figures (and `refuge-ready`), and is off for reduced motion anyway.
 *
 * The plot area keeps `insets` at every width and in every font: the axes get fixed sizes and the
 * layout padding is larger than any tick label's overhang (Chart.js keeps the larger of the two).
 * So the static plot the build draws in percentages of that area (see PlotInsets) lies exactly
 * where Chart.js will draw, whatever the host page's font.
 */
export function barOptions(
  palette: ChartPalette,
  locale: Locale,
  insets: PlotInsets,
  values: ValueAxis,
): BarOptions {
  const font = { family: palette.font };
  const ticks = (axis: 'x' | 'y') => ({
    color: palette.text,
    font,
    ...(axis === values.axis && { stepSize: values.step }),
  });
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    // No 'click': nothing happens on a click, and a click listener makes Firefox tell screen
    // readers the chart is "clickable" (Orca transcripts).
    events: ['mousemove', 'mouseout', 'touchstart', 'touchmove'],
    locale: intlLocales[locale],
    layout: { padding: { top: insets.top, right: insets.right, bottom: 0, left: 0 } },
    scales: {
      x: {
        ticks: ticks('x'),
        grid: { color: palette.grid },
        border: { color: palette.grid },
        afterFit: (scale) => {
          scale.height = insets.bottom;
        },
      },
      // Room above the tallest bar for its value label (a category axis ignores it).
      y: {
        ticks: ticks('y'),
        grid: { color: palette.grid },
        border: { color: palette.grid },
        grace: '12%',
        afterFit: (scale) => {
          scale.width = insets.left;
        },
      },
    },
  };
}

/**
 * Diagonal hatching in `colour`, for a calculated series: it tells the series apart without
 * relying on colour alone. `tile` is an 8×8 canvas to draw the hatching on (the build's images
 * pass one of their own canvas library's).
 */
export function hatchPattern(
  colour: string,
  tile: HTMLCanvasElement = document.createElement('canvas'),
): CanvasPattern | string {
  tile.width = tile.height = 8;
  const context = tile.getContext('2d');
  if (!context) return colour;
  context.strokeStyle = colour;
  context.lineWidth = 2;
  context.beginPath();
  context.moveTo(0, 8);
  context.lineTo(8, 0);
  context.moveTo(-2, 2);
  context.lineTo(2, -2);
  context.moveTo(6, 10);
  context.lineTo(10, 6);
  context.stroke();
  return context.createPattern(tile, 'repeat') ?? colour;
}
