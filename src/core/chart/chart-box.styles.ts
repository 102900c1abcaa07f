import { unsafeCSS, type CSSResult } from 'lit';
import type { ChartDefinition } from './chart-definition.js';

/**
 * The chart box's aspect ratio, from the chart's definition (which the build's images use too).
 * Kept apart from chart-frame.styles.ts: an interpolated css`` is not minified, nor is its file.
 * (The plot insets place only the prerender's static plot: its stylesheet has them, static-plot-css.ts.)
 */
export function chartBoxStyles({ aspectRatio }: Pick<ChartDefinition, 'aspectRatio'>): CSSResult {
  return unsafeCSS(`.chart-box{--_chart-ratio:${aspectRatio}}`);
}
