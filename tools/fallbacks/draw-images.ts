// Draws every chart widget's image with Chart.js in Node, on @napi-rs/canvas (Skia, shipped
// inside npm packages), from the widget's own chart definition. Run by tools/images/build.mjs
// through Vite's module runner, which reads the TypeScript sources as the browser build does.
import {
  Canvas,
  GlobalFonts,
  SvgExportFlag,
  createCanvas,
  type SKRSContext2D,
  type SvgCanvas,
} from '@napi-rs/canvas';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ChartDefinition } from '../../src/core/chart/chart-definition.js';
import * as chartSetup from '../../src/core/chart/chart-setup.js';
import type { ChartSetup } from '../../src/core/chart/chart-controller.js';
import type { Locale } from '../../src/core/localize.js';
import type { ChartFrame } from '../../src/core/chart/chart-frame.js';
import type { ChartPalette } from '../../src/core/chart/chart-palette.js';
import {
  drawImageFrame,
  imageConfiguration,
  imagePalette,
  layOutChartImage,
  type ChartImageLayout,
  type TextMeasurer,
  type ImageTheme,
} from './chart-image.js';

/**
 * The font of the images: Source Sans 3 (SIL Open Font License), from @fontsource/source-sans-3,
 * so a machine with no system fonts draws the same image. A plain, open, widely used news sans
 * with the accents Spanish needs; the browser test loads the same files to compare.
 */
export const IMAGE_FONT_FAMILY = 'Source Sans 3';
const fontFolder = join(
  dirname(createRequire(import.meta.url).resolve('@fontsource/source-sans-3/package.json')),
  'files',
);
/** The faces the images use: text 400, value labels 600, the title 700. */
export const fontFaces = [400, 600, 700].map((weight) => ({
  weight,
  file: join(fontFolder, `source-sans-3-latin-${weight}-normal.woff2`),
}));

let fontsRegistered = false;
/** Makes the images' font known to the canvas library (once). */
export function registerFonts(): void {
  if (fontsRegistered) return;
  for (const { file } of fontFaces) {
    if (!GlobalFonts.registerFromPath(file, IMAGE_FONT_FAMILY)) {
      throw new Error(`could not load the image font ${file}`);
    }
  }
  fontsRegistered = true;
}

export const PNG_SCALE = 2;

/** Chart.js's option builders, with hatching drawn on a canvas of this library, not the DOM's. */
export const nodeSetup: ChartSetup = {
  ...chartSetup,
  hatchPattern: (colour) =>
    chartSetup.hatchPattern(colour, createCanvas(8, 8) as unknown as HTMLCanvasElement),
};

export interface DrawnImage {
  layout: ChartImageLayout;
  /** The text summary of the chart: the canvas label of the widget, the image's alt text. */
  alt: string;
  /** The PNG's pixels, drawn at 2×, full colour (encoded, with fewer colours, by png.ts). */
  pixels: ImageData;
  /** Straight from Skia (fonts named and embedded later). */
  svg: string;
}

/**
 * Draws the chart alone with Chart.js on `canvas` (the chart box's size) and returns what `read`
 * takes from it, before Chart.js (which clears its canvas) is destroyed.
 */
export function drawChart<T>(
  definition: ChartDefinition,
  locale: Locale,
  frame: ChartFrame,
  palette: ChartPalette,
  canvas: Canvas | SvgCanvas,
  devicePixelRatio: number,
  read: () => T,
): T {
  const configuration = imageConfiguration(
    definition,
    locale,
    frame,
    palette,
    nodeSetup,
    devicePixelRatio,
  );
  const chart = new chartSetup.Chart(canvas as unknown as HTMLCanvasElement, configuration);
  try {
    return read();
  } finally {
    chart.destroy();
  }
}

/** A canvas that records SVG (the constructor makes one when given an export flag). */
const svgCanvas = (width: number, height: number) =>
  new Canvas(width, height, SvgExportFlag.NoPrettyXML) as unknown as SvgCanvas;

/**
 * An SVG canvas's context that writes no ligatures: Skia writes a ligature's glyph (the "ffi" of
 * "officers") as text with no character, so "officers" would read "o icers" in the SVG.
 */
function withoutLigatures(canvas: SvgCanvas): SKRSContext2D {
  const context = canvas.getContext('2d');
  context.fontVariantLigatures = 'none';
  return context;
}

/** The chart of `definition` in `locale` and `theme`, as PNG (2×) and SVG (text kept as text). */
export function drawChartImage(
  definition: ChartDefinition,
  locale: Locale,
  theme: ImageTheme,
): DrawnImage {
  registerFonts();
  const frame = definition.frame(locale);
  const palette = imagePalette(theme, JSON.stringify(IMAGE_FONT_FAMILY));
  const measure = createCanvas(1, 1).getContext('2d') as unknown as TextMeasurer;
  const layout = layOutChartImage(definition, frame, locale, palette, measure);
  const { chart } = layout;
  const hatch = () => nodeSetup.hatchPattern(palette.accent);

  // PNG: the frame at 2×, and over it the chart drawn at 2× on a canvas of the chart box's size.
  const raster = createCanvas(layout.width * PNG_SCALE, layout.height * PNG_SCALE);
  const context = raster.getContext('2d');
  context.scale(PNG_SCALE, PNG_SCALE);
  drawImageFrame(context as unknown as CanvasRenderingContext2D, layout, palette, theme, hatch());
  context.setTransform(1, 0, 0, 1, 0, 0);
  const chartRaster = createCanvas(chart.width, chart.height);
  drawChart(definition, locale, frame, palette, chartRaster, PNG_SCALE, () =>
    context.drawImage(chartRaster, chart.left * PNG_SCALE, chart.top * PNG_SCALE),
  );
  const pixels = context.getImageData(0, 0, raster.width, raster.height) as unknown as ImageData;

  // SVG: the same two drawings, the chart's nested in the frame's at the chart box.
  const frameVector = svgCanvas(layout.width, layout.height);
  drawImageFrame(
    withoutLigatures(frameVector) as unknown as CanvasRenderingContext2D,
    layout,
    palette,
    theme,
    hatch(),
  );
  const chartVector = svgCanvas(chart.width, chart.height);
  withoutLigatures(chartVector);
  const chartSvg = drawChart(definition, locale, frame, palette, chartVector, 1, () =>
    chartVector.getContent().toString('utf8'),
  );
  const nested = chartSvg
    .replace(/^<\?xml[^>]*>\s*/, '')
    .replace(/^<svg\b/, `<svg x="${chart.left}" y="${chart.top}"`);
  const svg = frameVector
    .getContent()
    .toString('utf8')
    .replace(/<\/svg>\s*$/, `${nested}</svg>`);

  return { layout, alt: frame.summary, pixels, svg };
}
