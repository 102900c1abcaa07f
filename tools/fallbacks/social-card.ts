// The social card of each chart (issue 25, item 3): dist/images/<tag>.<lang>.card.png, 1200×630,
// the image a link-preview crawler shows for the chart's share page (`og:image`, see
// tools/vite/share-pages-plugin.ts). The same words, figures and caveats as the chart image
// (chart-image.ts), drawn by the same code: the frame's lines by drawImageFrame(), the chart by
// Chart.js from the widget's own definition (draw-images.ts), in two columns to fit the card.
import { createCanvas } from '@napi-rs/canvas';
import type { ChartDefinition } from '../../src/core/chart/chart-definition.js';
import type { ChartPalette } from '../../src/core/chart/chart-palette.js';
import { wrap } from '../../src/core/chart/chart-value-labels.js';
import { correctionLine } from '../../src/core/corrections.js';
import type { Locale } from '../../src/core/localize.js';
import { coreMessages } from '../../src/core/messages.js';
import { sourceLabel } from '../../src/core/source-line.js';
import { correctionsFor } from '../../src/data/corrected.js';
import {
  drawImageFrame,
  imagePalette,
  layOutKey,
  type ChartImageLayout,
  type TextLine,
  type TextMeasurer,
} from './chart-image.js';
import { storyCredit as credit } from './story-credit.js';
import { IMAGE_FONT_FAMILY, drawChart, nodeSetup, registerFonts } from './draw-images.js';

/** The size link previews expect (Open Graph's and X's large image), in device pixels. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Laid out in CSS pixels and drawn at 1.5×: previews shrink the card, so its type is large. */
const SCALE = 1.5;
const WIDTH = CARD_WIDTH / SCALE;
const HEIGHT = CARD_HEIGHT / SCALE;
const PADDING = 28;
const GUTTER = 24;
/** The chart's column; the caveats and sources take the rest. */
const CHART_COLUMN = 440;
/** The caveats' type shrinks from the first size to the last until they fit; else the build fails. */
const NOTE_SIZES = [12, 11.5, 11, 10.5, 10];

/** Where everything goes on the card, in CSS pixels. */
export function layOutSocialCard(
  definition: ChartDefinition,
  locale: Locale,
  palette: ChartPalette,
  measure: TextMeasurer,
): ChartImageLayout {
  const frame = definition.frame(locale);
  const family = palette.font;
  const lines: TextLine[] = [];
  const paragraph = (
    text: string,
    font: string,
    colour: string,
    lineHeight: number,
    left: number,
    width: number,
    top: number,
  ): number => {
    measure.font = font;
    let y = top;
    for (const line of wrap(measure, [text], width)) {
      lines.push({ text: line, font, colour, top: y, lineHeight, left });
      y += lineHeight;
    }
    return y;
  };
  const fullWidth = WIDTH - 2 * PADDING;

  let y = paragraph(frame.title, `700 24px ${family}`, palette.text, 30, PADDING, fullWidth, 24);
  y = paragraph(frame.description, `400 15px ${family}`, palette.muted, 20, PADDING, fullWidth, y);
  const columnsTop = y + 12;

  // The credit at the foot, across the card; its height is measured before it is placed.
  const creditFont = `600 12px ${family}`;
  measure.font = creditFont;
  const creditLines = wrap(measure, [credit[locale]], fullWidth).length;
  const creditTop = HEIGHT - 18 - creditLines * 16;
  const columnsBottom = creditTop - 12;
  paragraph(credit[locale], creditFont, palette.text, 16, PADDING, fullWidth, creditTop);

  // Left: the key and the chart.
  let legend: ChartImageLayout['legend'] = [];
  let chartTop = columnsTop;
  if (frame.legend?.length) {
    const key = layOutKey(frame.legend, family, measure, {
      top: chartTop,
      left: PADDING,
      width: CHART_COLUMN,
    });
    legend = key.legend;
    chartTop = key.lastRowTop + 28;
  }
  // Even sizes, so that the chart's canvas is a whole number of pixels at 1.5×.
  const even = (value: number) => 2 * Math.floor(value / 2);
  const chart = {
    left: PADDING,
    top: even(chartTop),
    width: CHART_COLUMN,
    height: even(
      Math.min(columnsBottom - chartTop, CHART_COLUMN / Math.min(definition.aspectRatio, 2)),
    ),
  };
  if (chart.height < 120) throw new Error(`the ${locale} card leaves the chart ${chart.height} px`);

  // Right: the caveats, the source line and any correction, as in the chart image.
  const left = PADDING + CHART_COLUMN + GUTTER;
  const width = WIDTH - PADDING - left;
  const sources = frame.sources.map((source) => sourceLabel(source, locale)).join('; ');
  const texts = [
    ...frame.notes,
    `${coreMessages[locale].source(frame.sources.length)} ${sources}`,
    ...correctionsFor(frame.figures ?? []).map((correction) => correctionLine(correction, locale)),
  ];
  const mark = lines.length;
  for (const size of NOTE_SIZES) {
    lines.length = mark;
    const lineHeight = Math.round(size * 1.35 * 10) / 10;
    let top = columnsTop;
    for (const text of texts) {
      top = paragraph(text, `400 ${size}px ${family}`, palette.muted, lineHeight, left, width, top);
      top += 5;
    }
    if (top - 5 <= columnsBottom) return { width: WIDTH, height: HEIGHT, chart, lines, legend };
  }
  throw new Error(`the ${locale} card's caveats and sources do not fit beside the chart`);
}

/** The card of `definition` in `locale`, light colours, as pixels (encoded by png.ts). */
export function drawSocialCard(definition: ChartDefinition, locale: Locale): ImageData {
  registerFonts();
  const frame = definition.frame(locale);
  const palette = imagePalette('light', JSON.stringify(IMAGE_FONT_FAMILY));
  const measure = createCanvas(1, 1).getContext('2d') as unknown as TextMeasurer;
  const layout = layOutSocialCard(definition, locale, palette, measure);
  const { chart } = layout;

  const card = createCanvas(CARD_WIDTH, CARD_HEIGHT);
  const context = card.getContext('2d');
  context.scale(SCALE, SCALE);
  drawImageFrame(
    context as unknown as CanvasRenderingContext2D,
    layout,
    palette,
    'light',
    nodeSetup.hatchPattern(palette.accent),
  );
  // A band of the charts' accent along the top edge: the card reads as ours among other previews.
  context.fillStyle = palette.accent;
  context.fillRect(0, 0, WIDTH, 5);
  context.setTransform(1, 0, 0, 1, 0, 0);
  const chartRaster = createCanvas(chart.width, chart.height);
  drawChart(definition, locale, frame, palette, chartRaster, SCALE, () =>
    context.drawImage(chartRaster, chart.left * SCALE, chart.top * SCALE),
  );
  return context.getImageData(0, 0, CARD_WIDTH, CARD_HEIGHT) as unknown as ImageData;
}
