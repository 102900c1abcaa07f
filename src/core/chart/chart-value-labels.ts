import type { Chart, Plugin } from 'chart.js';
import type { ChartPalette } from './chart-palette.js';
import type { ChartPoint } from './chart-point.js';

/** Where a value label was drawn, in canvas CSS pixels (read by the tests). */
export interface DrawnLabel {
  text: string;
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
        const width = Math.max(...point.valueLabel.map((line) => ctx.measureText(line).width)) + 8;
        const height = point.valueLabel.length * lineHeight + 2;
        const within = (value: number, low: number, high: number) =>
          Math.min(Math.max(value, low), high);
        const centreX = within(
          horizontal ? (x + base) / 2 : x,
          area.left + width / 2,
          area.right - width / 2,
        );
        const centreY = within(
          horizontal ? y : y - 4 - height / 2,
          area.top + height / 2,
          area.bottom - height / 2,
        );
        const label = {
          text: point.valueLabel.join(' '),
          left: centreX - width / 2,
          right: centreX + width / 2,
          top: centreY - height / 2,
          bottom: centreY + height / 2,
        };
        ctx.fillStyle = palette.surface;
        ctx.beginPath();
        ctx.roundRect(label.left, label.top, width, height, 3);
        ctx.fill();
        ctx.fillStyle = palette.text;
        point.valueLabel.forEach((line, index) =>
          ctx.fillText(line, centreX, label.top + 1 + lineHeight * (index + 0.5)),
        );
        drawn.push(label);
      }
      ctx.restore();
      drawnLabels.set(chart, drawn);
    },
  };
}
