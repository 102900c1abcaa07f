import type { Locale } from '../localize.js';
import type { ChartSetup } from './chart-controller.js';
import type { ChartFrame } from './chart-frame.js';
import type { ChartPalette } from './chart-palette.js';
import type { ChartConfiguration } from './chart-setup.js';
import type { PlotInsets } from './plot-insets.js';

export type { PlotInsets };

/**
 * One chart, whole: the words and figures around it and the Chart.js configuration that draws it.
 * The widget renders it live (chart-element.ts) and the build draws it into the images readers
 * get without JavaScript (tools/images): one definition, so the two cannot drift apart. It reads
 * no DOM: `setup` brings Chart.js's option builders, `palette` the colours and font.
 */
export interface ChartDefinition {
  /** Width ÷ height of the box the chart is drawn in (the widget reserves it before loading). */
  aspectRatio: number;
  /** The plot area's place in the box: room for the axes' labels, the same at every width. */
  plotInsets: PlotInsets;
  frame(locale: Locale): ChartFrame;
  configuration(
    locale: Locale,
    palette: ChartPalette,
    setup: ChartSetup,
  ): ChartConfiguration<'bar'>;
}
