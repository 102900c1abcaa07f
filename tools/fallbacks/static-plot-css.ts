// The static plot's styles, in dist/<tag>.css beside the prerender that holds the plot. They apply
// before the element upgrades, when the plot is in the prerendered chart box, and after, when the
// widget has slotted it into its own chart box (chart-element.ts) until Chart.js draws over it:
// the house colours' custom properties reach it from either box. The widget's script carries none
// of this; only a prerender has a plot to style.

import type { PlotInsets } from '../../src/core/chart/plot-insets.js';

/** `PLOT` stands for the plot's selector, at an id's weight: the page's rules must not reach it. */
const RULES = `
PLOT {
  position: absolute;
  top: TOPpx;
  left: LEFTpx;
  width: calc(100% - WIDTHpx);
  height: calc(100% - HEIGHTpx);
  max-width: none;
  overflow: visible;
  font-size: 12px;
  fill: currentColor;
}
PLOT svg { overflow: visible; }
/* Canvas's "middle" baseline is about 0.07 em above SVG's "central" in Chromium (0.7–1.1 px at
   12 px in serif, sans-serif and monospace fonts): measured, and taken back here. */
PLOT text { dominant-baseline: central; transform: translateY(-0.07em); }
PLOT .grid { stroke: var(--_border); stroke-width: 1px; shape-rendering: crispEdges; }
PLOT .bar { fill: var(--_accent); }
PLOT .hatched { fill: url(#static-plot-hatch); stroke: var(--_accent); stroke-width: 1px; }
PLOT pattern path { stroke: var(--_accent); stroke-width: 2px; }
PLOT .value rect { fill: var(--refuge-bg, light-dark(#ffffff, #16181d)); }
PLOT .value text { font-weight: 600; text-anchor: middle; }
@media (forced-colors: active) {
  PLOT { forced-color-adjust: none; fill: CanvasText; --_accent: Highlight; }
  PLOT .grid { stroke: GrayText; }
  PLOT .value rect { fill: Canvas; }
}
`;

/**
 * The plot's rules for `tag`'s stylesheet: laid on the plot area (`insets` from the chart box's
 * edges, as Chart.js keeps them), in Chart.js's look: tick labels 12 px in the widget's font and
 * text colour, grid lines of the border colour, bars of the accent, value labels 600 12 px on a
 * plate of the surface (chart-value-labels.ts).
 */
export function staticPlotRules(tag: string, { top, right, bottom, left }: PlotInsets): string {
  return RULES.replaceAll('PLOT', `:is(${tag}, #\\#) .static-plot`)
    .replace('TOP', String(top))
    .replace('LEFT', String(left))
    .replace('WIDTH', String(left + right))
    .replace('HEIGHT', String(top + bottom))
    .trim();
}
