import type { Chart, Plugin } from 'chart.js';
import type { ChartPalette } from './chart-palette.js';
import type { ChartPoint } from './chart-point.js';

/** Where a value label was drawn, in canvas CSS pixels (read by the tests). */
export interface DrawnLabel {
  text: string;
  /** The label's lines as written (wrapped to its bar), each centred in a line of `lineHeight`. */
  lines: readonly string[];
  lineHeight: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The value labels each chart drew last. */
export const drawnLabels = new WeakMap<Chart, readonly DrawnLabel[]>();

/**
 * Writes each point's value on its bar, so no figure needs a hover: above a vertical bar, in the
 * middle of a horizontal one, always inside the chart area (never over an axis), on a small plate
 * of the surface colour so it reads on a bar, a hatching or a grid line alike.
 */
export function valueLabels(points: readonly ChartPoint[], palette: ChartPalette): Plugin<'bar'> {
  const lineHeight = 15;
  const within = (value: number, low: number, high: number) =>
    Math.min(Math.max(value, low), Math.max(low, high));
  return {
    id: 'refugeValueLabels',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea: area } = chart;
      const drawn: DrawnLabel[] = [];
      ctx.save();
      ctx.font = `600 12px ${palette.font}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      for (const point of points) {
        const bar = chart.getDatasetMeta(point.datasetIndex).data[point.index];
        if (!bar) continue;
        const { x, y, base, horizontal } = bar.getProps(['x', 'y', 'base', 'horizontal'], true);
        // In a horizontal bar the label sits in its own segment: words wrap to the segment's width.
        const lines = horizontal
          ? wrap(ctx, point.valueLabel, Math.abs(x - base) - 12)
          : point.valueLabel;
        const width = Math.max(...lines.map((line) => ctx.measureText(line).width)) + 8;
        const height = lines.length * lineHeight + 2;
        // Beside the previous label of the same bar, never on top of it.
        const previous = drawn.at(-1);
        const left = Math.max(
          (horizontal ? (x + base) / 2 : x) - width / 2,
          horizontal && previous && previous.bottom > y && previous.top < y
            ? previous.right + 2
            : -Infinity,
        );
        const label = {
          text: point.valueLabel.join(' '),
          lines,
          lineHeight,
          left: within(left, area.left, area.right - width),
          right: 0,
          top: within(horizontal ? y - height / 2 : y - 4 - height, area.top, area.bottom - height),
          bottom: 0,
        };
        label.right = label.left + width;
        label.bottom = label.top + height;
        ctx.fillStyle = palette.surface;
        ctx.beginPath();
        ctx.roundRect(label.left, label.top, width, height, 3);
        ctx.fill();
        ctx.fillStyle = palette.text;
        lines.forEach((line, index) =>
          ctx.fillText(line, label.left + width / 2, label.top + 1 + lineHeight * (index + 0.5)),
        );
        drawn.push(label);
      }
      ctx.restore();
      drawnLabels.set(chart, drawn);
    },
  };
}

/**
 * `lines`, with words moved to new lines wherever a line is wider than `maxWidth` in `ctx`'s font
 * (also the build's images, for their title and notes).
 */
export function wrap(
  ctx: Pick<CanvasRenderingContext2D, 'measureText'>,
  lines: readonly string[],
  maxWidth: number,
): string[] {
  return lines.flatMap((line) => {
    const wrapped: string[] = [];
    for (const word of line.split(' ')) {
      const last = wrapped.at(-1);
      if (last !== undefined && ctx.measureText(`${last} ${word}`).width <= maxWidth) {
        wrapped[wrapped.length - 1] = `${last} ${word}`;
      } else {
        wrapped.push(word);
      }
    }
    return wrapped;
  });
}
