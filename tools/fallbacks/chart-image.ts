import type { ChartDefinition } from '../../src/core/chart/chart-definition.js';
import type { ChartFrame } from '../../src/core/chart/chart-frame.js';
import type { ChartPalette } from '../../src/core/chart/chart-palette.js';
import type { ChartSetup } from '../../src/core/chart/chart-controller.js';
import type { Locale } from '../../src/core/localize.js';
import { coreMessages } from '../../src/core/messages.js';
import { correctionLine } from '../../src/core/corrections.js';
import { sourceLabel } from '../../src/core/source-line.js';
import { correctionsFor } from '../../src/data/corrected.js';
import { wrap } from '../../src/core/chart/chart-value-labels.js';
import { CHART_IMAGE_WIDTH } from '../../src/core/chart/image-width.js';
import { houseColours, type ImageTheme } from './house-colours.js';

export type { ImageTheme };

/**
 * The width of every chart image, in CSS pixels; PNGs are drawn at twice that. The chart box is
 * 576 px wide, which our aspect ratios (3:1, 16:9) divide into whole pixels, so a widget at that
 * width draws exactly the same box (the browser test compares them).
 */
export const IMAGE_WIDTH = CHART_IMAGE_WIDTH;
const PADDING = 24;
const CHART_WIDTH = IMAGE_WIDTH - 2 * PADDING;

/** A line of text the image writes outside the chart, at `top` (its baseline box's top). */
export interface TextLine {
  text: string;
  /** Where the line starts; the image's padding when absent (the social card has two columns). */
  left?: number;
  font: string;
  colour: string;
  top: number;
  lineHeight: number;
}

/** Where everything goes, in CSS pixels, worked out before the canvas of the right height exists. */
export interface ChartImageLayout {
  width: number;
  height: number;
  /** The box Chart.js draws in: the same size as the widget's chart box at IMAGE_WIDTH. */
  chart: { left: number; top: number; width: number; height: number };
  lines: TextLine[];
  legend: { label: string; pattern: boolean; left: number; top: number }[];
}

const colours = houseColours();

/** The image's colours: those a live widget with this `theme` attribute draws its chart in. */
export function imagePalette(theme: ImageTheme, font: string): ChartPalette {
  return {
    accent: colours.accent[theme],
    text: colours.text[theme],
    muted: colours.muted[theme],
    grid: colours.border[theme],
    // What readPalette() picks for this text colour when no forced colours apply.
    surface: colours.background[theme],
    font,
    scheme: theme,
  };
}

/** Measures text in a given CSS font (a canvas 2D context of any kind will do). */
export type TextMeasurer = Pick<CanvasRenderingContext2D, 'font' | 'measureText'>;

/**
 * The key, item after item from `left`, wrapping like the widget's flex row within `width`;
 * `lastRowTop`: the top of its last row.
 */
export function layOutKey(
  items: NonNullable<ChartFrame['legend']>,
  family: string,
  measure: TextMeasurer,
  { top, left, width: rowWidth }: { top: number; left: number; width: number },
): { legend: ChartImageLayout['legend']; lastRowTop: number } {
  const legend: ChartImageLayout['legend'] = [];
  measure.font = `400 13px ${family}`;
  let x = left;
  let y = top;
  for (const item of items) {
    const width = 12 + 6 + measure.measureText(item.label).width;
    if (x > left && x + width > left + rowWidth) {
      x = left;
      y += 20;
    }
    legend.push({ label: item.label, pattern: Boolean(item.pattern), left: x, top: y });
    x += width + 20;
  }
  return { legend, lastRowTop: y };
}

/**
 * The graphic as a reader would share it: title, one-line description, the key, the chart with
 * its value labels (the qualifiers "about", "calculated" among them), the notes, the source line
 * and any correction.
 */
export function layOutChartImage(
  definition: ChartDefinition,
  frame: ChartFrame,
  locale: Locale,
  palette: ChartPalette,
  measure: TextMeasurer,
): ChartImageLayout {
  const family = palette.font;
  const lines: TextLine[] = [];
  let y = PADDING;
  const paragraph = (text: string, font: string, colour: string, lineHeight: number) => {
    measure.font = font;
    for (const line of wrap(measure, [text], CHART_WIDTH)) {
      lines.push({ text: line, font, colour, top: y, lineHeight });
      y += lineHeight;
    }
  };

  paragraph(frame.title, `700 20px ${family}`, palette.text, 26);
  y += 2;
  paragraph(frame.description, `400 15px ${family}`, palette.muted, 21);

  let legend: ChartImageLayout['legend'] = [];
  if (frame.legend?.length) {
    const key = layOutKey(frame.legend, family, measure, {
      top: y + 8,
      left: PADDING,
      width: CHART_WIDTH,
    });
    legend = key.legend;
    y = key.lastRowTop + 20;
  }

  y += 10;
  const chart = {
    left: PADDING,
    top: Math.round(y),
    width: CHART_WIDTH,
    height: Math.round(CHART_WIDTH / definition.aspectRatio),
  };
  y = chart.top + chart.height + 12;

  const small = `400 12.5px ${family}`;
  for (const note of frame.notes) {
    paragraph(note, small, palette.muted, 17);
    y += 4;
  }
  y += 2;
  const sources = frame.sources.map((source) => sourceLabel(source, locale)).join('; ');
  paragraph(
    `${coreMessages[locale].source(frame.sources.length)} ${sources}`,
    small,
    palette.muted,
    17,
  );
  // Under the source line, as in the widget: each correction to a figure of the chart.
  for (const correction of correctionsFor(frame.figures ?? [])) {
    y += 4;
    paragraph(correctionLine(correction, locale), small, palette.muted, 17);
  }

  return { width: IMAGE_WIDTH, height: Math.ceil(y + PADDING), chart, lines, legend };
}

/** A 2D context of any canvas library: what the frame is drawn with. */
type Context2D = Pick<
  CanvasRenderingContext2D,
  | 'save'
  | 'restore'
  | 'fillRect'
  | 'strokeRect'
  | 'fillText'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
>;

/**
 * The image around the chart: the theme's background, and the frame's words and key where the
 * layout puts them. The chart itself is drawn by Chart.js on a canvas of its own, of the chart
 * box's size, exactly as in the widget, and laid over this.
 */
export function drawImageFrame(
  ctx: Context2D,
  layout: ChartImageLayout,
  palette: ChartPalette,
  theme: ImageTheme,
  hatch: CanvasPattern | string,
): void {
  ctx.save();
  ctx.fillStyle = colours.background[theme];
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  for (const line of layout.lines) {
    ctx.font = line.font;
    ctx.fillStyle = line.colour;
    ctx.fillText(line.text, line.left ?? PADDING, line.top + line.lineHeight / 2);
  }
  ctx.font = `400 13px ${palette.font}`;
  for (const item of layout.legend) {
    ctx.fillStyle = item.pattern ? hatch : palette.accent;
    ctx.fillRect(item.left, item.top + 4, 12, 12);
    if (item.pattern) {
      ctx.strokeStyle = palette.accent;
      ctx.lineWidth = 1;
      ctx.strokeRect(item.left + 0.5, item.top + 4.5, 11, 11);
    }
    ctx.fillStyle = palette.text;
    ctx.fillText(item.label, item.left + 18, item.top + 10);
  }
  ctx.restore();
}

/**
 * The Chart.js configuration of the image's chart: the widget's own configuration (same data,
 * colours, axes, number formats) and value labels, drawn unanimated at the chart box's size.
 */
export function imageConfiguration(
  definition: ChartDefinition,
  locale: Locale,
  frame: ChartFrame,
  palette: ChartPalette,
  setup: ChartSetup,
  devicePixelRatio: number,
) {
  const configuration = definition.configuration(locale, palette, setup);
  configuration.options = {
    ...configuration.options,
    responsive: false,
    animation: false,
    devicePixelRatio,
  };
  configuration.plugins = [
    ...(configuration.plugins ?? []),
    setup.valueLabels(frame.points, palette),
  ];
  return configuration;
}
