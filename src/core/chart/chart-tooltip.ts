import type { Chart, Plugin } from 'chart.js';
import { css } from 'lit';
import type { ChartPoint } from './chart-point.js';

/** Space between a bar's end and its tooltip, in CSS pixels. */
const GAP = 6;

// Here rather than in the frame's styles: the tooltip is of no use before Chart.js has drawn, so it
// arrives with Chart.js instead of in every page's first download.
const tooltipStyles = css`
  .tooltip {
    position: absolute;
    max-inline-size: min(18em, 100%);
    margin: 0;
    padding: 0.3em 0.55em;
    box-sizing: border-box;
    font-size: 0.85em;
    line-height: 1.3;
    /* The widget's text and surface colours, swapped. */
    color: var(--refuge-bg, light-dark(#ffffff, #16181d));
    background: var(--refuge-text, light-dark(#1b1d22, #eef0f4));
    border-radius: 4px;
    pointer-events: none;
  }
  .tooltip[hidden] {
    display: none;
  }
`;

/**
 * The chart's tooltip element, added to its box (with its styles) the first time it is needed.
 * What it says, the keyboard's list already says to screen readers, so they do not hear it.
 */
function tooltipOf(root: HTMLElement | DocumentFragment): HTMLElement | undefined {
  let tooltip = root.querySelector<HTMLElement>('.tooltip');
  const box = root.querySelector('.chart-box');
  if (!tooltip && box) {
    tooltip = document.createElement('p');
    tooltip.className = 'tooltip';
    tooltip.setAttribute('aria-hidden', 'true');
    box.append(tooltip);
    const sheet = tooltipStyles.styleSheet;
    if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }
  return tooltip ?? undefined;
}

/**
 * Shows `point`'s announcement in the chart's tooltip, just above its bar and inside the chart's
 * box, or hides the tooltip. Ours rather than Chart.js's Tooltip plugin: that plugin is 5.4 KB of
 * the 52 KB of Chart.js a chart page loads, and this one says exactly what the keyboard and the
 * screen reader say, in the widget's own styles (colours, fonts, forced colours).
 */
export function placeTooltip(
  chart: Chart<'bar'>,
  root: HTMLElement | DocumentFragment,
  point: ChartPoint | undefined,
): void {
  const bar = point && chart.getDatasetMeta(point.datasetIndex).data[point.index];
  const tooltip = bar ? tooltipOf(root) : root.querySelector<HTMLElement>('.tooltip');
  if (!tooltip) return;
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
