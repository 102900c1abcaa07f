// The static plot (issue #21): each chart's bars, grid, ticks and value labels as a small inline
// SVG for the widget's prerendered box, on screen at first paint and until Chart.js has drawn.
//
// Nothing here lays a chart out: Chart.js does, in Node, from the widget's own definition. The
// definition's plot insets keep the plot area at a fixed distance from the box's edges at every
// width (chart-setup.ts barOptions), and within that area Chart.js's layout is proportional. So
// the chart is drawn at two widths, every coordinate is fitted as "a share of the plot area plus
// some pixels", and the fit is checked against Chart.js at other widths: the SVG, placed by the
// stylesheet on the plot area, then shows what Chart.js will draw at any width in that range.
import { createCanvas } from '@napi-rs/canvas';
import type { CartesianScaleOptions, Chart, Scale } from 'chart.js';
import type { ChartDefinition } from '../../src/core/chart/chart-definition.js';
import type { Locale } from '../../src/core/localize.js';
import { imageConfiguration, imagePalette } from './chart-image.js';
import { IMAGE_FONT_FAMILY, nodeSetup, registerFonts } from './draw-images.js';

/** The two widths the plot is fitted on, and those the fit must match Chart.js at (CSS px). */
const FIT_WIDTHS = [576, 1152] as const;
export const CHECKED_WIDTHS = [280, 300, 320, 390, 480, 640, 800, 1000, 1200] as const;
/** From this box width up the static plot must be exactly Chart.js's (a phone's column and up). */
export const EXACT_FROM = 320;
/** How far the SVG may lie from Chart.js: Chart.js aligns lines to whole pixels. */
const TOLERANCE_PX = 1;

/** A coordinate along one axis of the plot area: `share` of its length plus `px` pixels. */
interface Fit {
  share: number;
  px: number;
}

type Axis = 'x' | 'y';
/** One number of a mark, and the axis it runs along. */
type Coordinate = [axis: Axis, value: number];

/** Something the plot draws, with its coordinates relative to the plot area's top left corner. */
type Mark =
  | { kind: 'line'; className: string; points: Coordinate[] }
  | { kind: 'rect'; className: string; points: Coordinate[] }
  | {
      kind: 'text';
      className: string;
      anchor: 'start' | 'middle' | 'end';
      lines: readonly string[];
      points: Coordinate[];
    }
  | { kind: 'label'; lines: readonly string[]; lineHeight: number; points: Coordinate[] };

/** Chart.js's private grid items (4.x, pinned): the lines drawGrid() strokes. */
interface GridItem {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  tx1: number;
  ty1: number;
  tx2: number;
  ty2: number;
}

const textAnchors = { left: 'start', center: 'middle', right: 'end' } as const;

/** Every mark Chart.js drew, in drawing order, relative to the plot area. */
function marksOf(chart: Chart<'bar'>): Mark[] {
  const area = chart.chartArea;
  const x = (value: number): Coordinate => ['x', value - area.left];
  const y = (value: number): Coordinate => ['y', value - area.top];
  const marks: Mark[] = [];
  const scales = Object.values(chart.scales) as Scale<CartesianScaleOptions>[];

  for (const scale of scales) {
    const { grid, border } = scale.options;
    if (grid.display) {
      const items = (
        scale as unknown as { _computeGridLineItems(area: unknown): GridItem[] }
      )._computeGridLineItems(area);
      for (const item of items) {
        if (grid.drawOnChartArea) {
          marks.push({
            kind: 'line',
            className: 'grid',
            points: [x(item.x1), y(item.y1), x(item.x2), y(item.y2)],
          });
        }
        if (grid.drawTicks) {
          marks.push({
            kind: 'line',
            className: 'grid',
            points: [x(item.tx1), y(item.ty1), x(item.tx2), y(item.ty2)],
          });
        }
      }
    }
    // The axis line, along the plot area's edge (Chart.js's drawBorder).
    if (border.display) {
      const points =
        scale.position === 'bottom'
          ? [x(area.left), y(area.bottom), x(area.right), y(area.bottom)]
          : scale.position === 'left'
            ? [x(area.left), y(area.top), x(area.left), y(area.bottom)]
            : undefined;
      if (!points) throw new Error(`a ${scale.position} axis is not supported`);
      marks.push({ kind: 'line', className: 'grid', points });
    }
  }

  chart.data.datasets.forEach((dataset, datasetIndex) => {
    const hatched = typeof dataset.backgroundColor !== 'string';
    for (const bar of chart.getDatasetMeta(datasetIndex).data) {
      const {
        x: barX,
        y: barY,
        base,
        horizontal,
        width,
        height,
      } = bar.getProps(
        ['x', 'y', 'base', 'horizontal', 'width', 'height'],
        true,
      ) as unknown as Record<'x' | 'y' | 'base' | 'width' | 'height', number> & {
        horizontal: boolean;
      };
      const [left, right] = horizontal
        ? [Math.min(barX, base), Math.max(barX, base)]
        : [barX - width / 2, barX + width / 2];
      const [top, bottom] = horizontal
        ? [barY - height / 2, barY + height / 2]
        : [Math.min(barY, base), Math.max(barY, base)];
      marks.push({
        kind: 'rect',
        className: hatched ? 'bar hatched' : 'bar',
        points: [x(left), y(top), x(right), y(bottom)],
      });
    }
  });

  for (const scale of scales) {
    if (!scale.options.ticks.display) continue;
    for (const item of scale.getLabelItems()) {
      const { translation, rotation, textAlign, textBaseline } = item.options as {
        translation: [number, number];
        rotation: number;
        textAlign: keyof typeof textAnchors;
        textBaseline: 'top' | 'middle' | 'bottom';
      };
      if (rotation) throw new Error('rotated tick labels are not supported');
      const font = item.font as { size: number; lineHeight: number };
      const lines = ([] as string[]).concat(item.label as string | string[]);
      // Every line is written centred on its middle: SVG's `central` baseline, canvas's `middle`.
      const shift = { top: font.size / 2, middle: 0, bottom: -font.size / 2 }[textBaseline];
      marks.push({
        kind: 'text',
        className: 'tick',
        anchor: textAnchors[textAlign],
        lines,
        points: [x(translation[0]), y(translation[1] + item.textOffset + shift)],
      });
    }
  }

  for (const label of nodeSetup.drawnLabels.get(chart) ?? []) {
    marks.push({
      kind: 'label',
      lines: label.lines,
      lineHeight: label.lineHeight,
      points: [x(label.left), y(label.top), x(label.right), y(label.bottom)],
    });
  }
  return marks;
}

/** Chart.js's plot of `definition` at `width` (the box's width, CSS px), and its plot area. */
function layOut(definition: ChartDefinition, locale: Locale, width: number) {
  const palette = imagePalette('light', JSON.stringify(IMAGE_FONT_FAMILY));
  const frame = definition.frame(locale);
  const canvas = createCanvas(width, Math.round(width / definition.aspectRatio));
  const configuration = imageConfiguration(definition, locale, frame, palette, nodeSetup, 1);
  const chart = new nodeSetup.Chart(
    canvas as unknown as HTMLCanvasElement,
    configuration,
  ) as Chart<'bar'>;
  try {
    const { left, top, right, bottom } = chart.chartArea;
    const insets = definition.plotInsets;
    const found = { top, right: width - right, bottom: canvas.height - bottom, left };
    for (const side of ['top', 'right', 'bottom', 'left'] as const) {
      if (Math.abs(found[side] - insets[side]) > 0.01) {
        throw new Error(
          `at ${width} px Chart.js put the plot ${found[side]} px from the ${side}, not the ${insets[side]} px of its plotInsets`,
        );
      }
    }
    return {
      marks: marksOf(chart),
      size: { x: right - left, y: bottom - top },
    };
  } finally {
    chart.destroy();
  }
}

/** The same marks in the same order, with the same words: the layouts can be compared point by point. */
function sameShape(a: Mark[], b: Mark[]): boolean {
  const shape = (marks: Mark[]) =>
    JSON.stringify(marks.map((mark) => ({ ...mark, points: mark.points.map(([axis]) => axis) })));
  return shape(a) === shape(b);
}

const round = (value: number, digits: number) => {
  const rounded = Number(value.toFixed(digits));
  return Object.is(rounded, -0) ? 0 : rounded;
};

/**
 * Fits each coordinate of the two layouts as `share × length + px`, and checks the fit against
 * Chart.js at every checked width. Throws, saying where, when Chart.js's layout is not of that form.
 */
function fitMarks(
  definition: ChartDefinition,
  locale: Locale,
): { marks: Mark[]; fits: Fit[][]; notes: string[] } {
  const [small, large] = FIT_WIDTHS.map((width) => layOut(definition, locale, width)) as [
    ReturnType<typeof layOut>,
    ReturnType<typeof layOut>,
  ];
  if (!sameShape(small.marks, large.marks)) {
    throw new Error(`Chart.js draws other marks at ${FIT_WIDTHS.join(' and ')} px`);
  }
  const fits = small.marks.map((mark, index) =>
    mark.points.map(([axis, value], point): Fit => {
      const other = large.marks[index]!.points[point]![1];
      const share = (other - value) / (large.size[axis] - small.size[axis]);
      return { share: round(share, 5), px: round(value - share * small.size[axis], 2) };
    }),
  );
  const notes: string[] = [];
  for (const width of CHECKED_WIDTHS) {
    const checked = layOut(definition, locale, width);
    if (!sameShape(small.marks, checked.marks)) {
      // A value label that Chart.js wraps onto more lines in a narrow box is the one difference
      // allowed (the static plot keeps the wider box's lines); any other is an error.
      const unwrapped = checked.marks.map((mark, index) =>
        mark.kind === 'label'
          ? { ...mark, lines: (small.marks[index] as typeof mark).lines }
          : mark,
      );
      const words = (marks: Mark[]) =>
        marks.flatMap((mark) => ('lines' in mark ? [mark.lines.join(' ')] : [mark.kind])).join('|');
      if (!sameShape(small.marks, unwrapped) || width >= EXACT_FROM) {
        throw new Error(
          `at ${width} px Chart.js draws other marks: ${words(checked.marks)}, not ${words(small.marks)}`,
        );
      }
      notes.push(
        `at ${width} px Chart.js wraps a value label that the static plot writes unwrapped`,
      );
      continue;
    }
    checked.marks.forEach((mark, index) =>
      mark.points.forEach(([axis, value], point) => {
        const fit = fits[index]![point]!;
        const expected = fit.share * checked.size[axis] + fit.px;
        if (Math.abs(expected - value) > TOLERANCE_PX) {
          throw new Error(
            `at ${width} px a ${mark.kind} (${'lines' in mark ? mark.lines.join(' ') : mark.className}) is at ${value.toFixed(1)} px on ${axis}, the static plot puts it at ${expected.toFixed(1)}`,
          );
        }
      }),
    );
  }
  return { marks: small.marks, fits, notes };
}

// Written as an HTML parser serializes SVG in HTML (explicit end tags), so that the prerender can
// check that the sanitizer left it as it is.
const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const percent = (share: number) => `${round(share * 100, 3)}%`;
const px = (value: number) => `${round(value, 1)}`;

/**
 * A mark's coordinates as SVG attributes. Most marks are shares of the plot area alone (bars, grid
 * lines): they are written in percentages. Marks offset by pixels from a point of the area (tick
 * labels, tick marks, value labels) are written in pixels inside a nested <svg> placed at that
 * point in percentages: SVG attributes cannot add a percentage and a length.
 */
function placed(mark: Mark, fits: Fit[]): { anchor?: [string, string]; at: (i: number) => string } {
  // Words are written from a point, line under line: always placed in pixels from an anchor.
  const words = mark.kind === 'text' || mark.kind === 'label';
  if (!words && fits.every((fit) => Math.abs(fit.px) <= TOLERANCE_PX)) {
    return { at: (index) => percent(fits[index]!.share) };
  }
  const shareOf = (axis: Axis) => {
    const shares = fits.filter((_, index) => mark.points[index]![0] === axis).map((f) => f.share);
    if (shares.some((share) => Math.abs(share - shares[0]!) > 1e-4)) {
      throw new Error(`a ${mark.kind} mixes shares of the plot area and pixels on ${axis}`);
    }
    return shares[0] ?? 0;
  };
  const anchor = { x: shareOf('x'), y: shareOf('y') };
  return {
    anchor: [percent(anchor.x), percent(anchor.y)],
    at: (index) => px(fits[index]!.px),
  };
}

/** One mark as SVG. */
function markSvg(mark: Mark, fits: Fit[]): string {
  const { anchor, at } = placed(mark, fits);
  let body: string;
  switch (mark.kind) {
    case 'line':
      body = `<line x1="${at(0)}" y1="${at(1)}" x2="${at(2)}" y2="${at(3)}"></line>`;
      break;
    case 'rect': {
      // A width is a difference of two coordinates: in the same unit, it is theirs.
      const [x1, y1, x2, y2] = fits;
      const size = (a: Fit, b: Fit) => (anchor ? px(b.px - a.px) : percent(b.share - a.share));
      body = `<rect x="${at(0)}" y="${at(1)}" width="${size(x1!, x2!)}" height="${size(y1!, y2!)}"></rect>`;
      break;
    }
    case 'text': {
      const lineHeight = 14.4; // Chart.js's default tick font: 12 px, line height 1.2
      body = mark.lines
        .map(
          (line, index) =>
            `<text x="${at(0)}" y="${px(Number(at(1)) + index * lineHeight)}">${escapeText(line)}</text>`,
        )
        .join('');
      break;
    }
    case 'label': {
      const [left, top, right, bottom] = fits.map((fit) => fit.px);
      const centre = px((left! + right!) / 2);
      body =
        `<rect x="${px(left!)}" y="${px(top!)}" width="${px(right! - left!)}" height="${px(bottom! - top!)}" rx="3"></rect>` +
        mark.lines
          .map(
            (line, index) =>
              `<text x="${centre}" y="${px(top! + 1 + mark.lineHeight * (index + 0.5))}">${escapeText(line)}</text>`,
          )
          .join('');
      break;
    }
  }
  const className = mark.kind === 'label' ? 'value' : mark.className;
  const anchorText =
    mark.kind === 'text' && mark.anchor !== 'start' ? ` text-anchor="${mark.anchor}"` : '';
  if (!anchor) return body.replace(/^<(\w+)/, `<$1 class="${className}"${anchorText}`);
  return `<svg class="${className}" x="${anchor[0]}" y="${anchor[1]}"${anchorText}>${body}</svg>`;
}

export interface StaticPlot {
  /** The <svg>, to put in the chart box of the prerender: placed and coloured by the stylesheet. */
  svg: string;
  /** The value labels, as the widget checks them before it shows a prerendered plot. */
  values: string[];
  /** Where, below EXACT_FROM, the plot differs from Chart.js's (a value label's line breaks). */
  notes: string[];
}

/**
 * The static plot of `definition` in `locale`. It is hidden from assistive technology: the
 * figure's summary, table and text say what it shows. Its hatching is a pattern whose tiles start
 * where the canvas's do (the box's corner), as Chart.js's do.
 */
export function drawStaticPlot(definition: ChartDefinition, locale: Locale): StaticPlot {
  registerFonts();
  const { marks, fits, notes } = fitMarks(definition, locale);
  const { left, top } = definition.plotInsets;
  const hatched = marks.some((mark) => mark.kind === 'rect' && mark.className.includes('hatched'));
  const pattern = hatched
    ? `<defs><pattern id="static-plot-hatch" width="8" height="8" x="${-left}" y="${-top}" patternUnits="userSpaceOnUse"><path d="M0 8 8 0M-2 2 2-2M6 10l4-4"></path></pattern></defs>`
    : '';
  const body = marks.map((mark, index) => markSvg(mark, fits[index]!)).join('');
  const values = marks.flatMap((mark) => (mark.kind === 'label' ? [mark.lines.join(' ')] : []));
  // The value labels, listed: the widget shows the plot only if they are the ones it will draw.
  const listed = escapeText(values.join('|')).replace(/"/g, '&quot;');
  return {
    svg: `<svg class="static-plot" aria-hidden="true" focusable="false" width="0" height="0" data-values="${listed}">${pattern}${body}</svg>`,
    values,
    notes,
  };
}
