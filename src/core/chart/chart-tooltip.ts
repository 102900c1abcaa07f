import type { Chart, Plugin } from 'chart.js';
import type { ChartPoint } from './chart-point.js';

/** Space between a bar's end and its tooltip, in CSS pixels. */
const GAP = 6;

/**
 * Shows `point`'s announcement in the frame's tooltip, just above its bar and inside the chart's
 * box, or hides the tooltip. Ours rather than Chart.js's Tooltip plugin: that plugin is 5.4 KB of
 * the 52 KB of Chart.js a chart page loads, and this one says exactly what the keyboard and the
 * screen reader say, in the widget's own styles (colours, fonts, forced colours).
 */
export function placeTooltip(
  chart: Chart<'bar'>,
  root: HTMLElement | DocumentFragment,
  point: ChartPoint | undefined,
): void {
  const tooltip = root.querySelector<HTMLElement>('.tooltip');
  if (!tooltip) return;
  const bar = point && chart.getDatasetMeta(point.datasetIndex).data[point.index];
  tooltip.hidden = !bar;
  if (!point || !bar) return;
  tooltip.textContent = point.announcement;
  const { x, y } = bar.tooltipPosition(true) as { x: number; y: number };
  const { offsetWidth: width, offsetHeight: height } = tooltip;
  // CSSOM properties, not a style attribute: allowed under a strict `style-src`.
  tooltip.style.left = `${Math.max(0, Math.min(x - width / 2, chart.width - width))}px`;
  tooltip.style.top = `${y - height - GAP >= 0 ? y - height - GAP : y + GAP}px`;
}

/**
 * Follows the pointer: the bar under the mouse (or last touched) gets the tooltip; when the
 * pointer leaves, the point the keyboard is on, if any, gets it back.
 */
export function pointerTooltip(
  root: HTMLElement | DocumentFragment,
  points: readonly ChartPoint[],
  keyboardPoint: () => ChartPoint | undefined,
): Plugin<'bar'> {
  return {
    id: 'refugeTooltip',
    afterEvent(chart, { event }) {
      const [bar] = event.type === 'mouseout' ? [] : chart.getActiveElements();
      const hovered = points.find(
        (point) => point.datasetIndex === bar?.datasetIndex && point.index === bar.index,
      );
      placeTooltip(chart, root, hovered ?? keyboardPoint());
    },
  };
}
