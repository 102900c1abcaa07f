// The only module that imports Chart.js. It is loaded with import() when a chart nears the
// viewport (see chart-controller.ts), and registers just what our bar charts use: never `chart.js/auto`.
// The builders of our charts' options, the palette reader, the value labels and the keyboard walk
// come with it too, so they arrive with Chart.js rather than in every page's first download. (This module is listed in package.json `sideEffects`: without
// that, bundlers, ours included, drop the Chart.register() call.)
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  type ChartConfiguration,
} from 'chart.js';
import { intlLocales, type Locale } from '../localize.js';
import type { ChartPalette } from './chart-palette.js';

// No Tooltip plugin: chart-tooltip.ts draws ours, for 5 KB less.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export { Chart };
export type { ChartConfiguration };
// What a drawn chart needs besides Chart.js, loaded with it rather than in the first download.
export { readPalette } from './chart-palette.js';
export { PointWalker, showTooltip } from './chart-keyboard.js';
export { pointerTooltip } from './chart-tooltip.js';
export { drawnLabels, valueLabels } from './chart-value-labels.js';

type BarOptions = NonNullable<ChartConfiguration<'bar'>['options']>;

/**
 * Options every bar chart of ours shares. Static charts: animation only delays the moment a
 * reader can read the figures (and `refuge-ready`), and is off for reduced motion anyway.
 */
export function barOptions(palette: ChartPalette, locale: Locale): BarOptions {
  const font = { family: palette.font };
  const ticks = { color: palette.text, font };
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    locale: intlLocales[locale],
    scales: {
      x: { ticks, grid: { color: palette.grid }, border: { color: palette.grid } },
      // Room above the tallest bar for its value label (a category axis ignores it).
      y: { ticks, grid: { color: palette.grid }, border: { color: palette.grid }, grace: '12%' },
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
