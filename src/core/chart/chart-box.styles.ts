import { unsafeCSS, type CSSResult } from 'lit';
import type { ChartDefinition } from './chart-definition.js';

/**
 * The chart box's aspect ratio and the plot area's place in it, from the chart's definition (which
 * Chart.js and the build's images and static plot use too). Kept apart from chart-frame.styles.ts:
 * an interpolated css`` is not minified, nor is its file.
 */
export function chartBoxStyles({
  aspectRatio,
  plotInsets: { top, right, bottom, left },
}: Pick<ChartDefinition, 'aspectRatio' | 'plotInsets'>): CSSResult {
  return unsafeCSS(
    `.chart-box{--_chart-ratio:${aspectRatio};--_plot-top:${top}px;--_plot-right:${right}px;--_plot-bottom:${bottom}px;--_plot-left:${left}px}`,
  );
}
