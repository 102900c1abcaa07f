import { html, nothing, type TemplateResult } from 'lit';
import type { FigureId, Source } from '../../data/types.js';
import type { Locale } from '../localize.js';
import { correctionRows } from '../corrections.js';
import { renderSourceLine } from '../source-line.js';
import { chartMessages } from './chart-frame.messages.js';
import type { ChartPoint } from './chart-point.js';
import { csvDataUrl, type CsvRow } from './csv.js';

/** Everything a news chart shows around its canvas, already in the widget's language. */
export interface ChartFrame {
  title: string;
  description: string;
  /** Read by screen readers in place of the canvas: the chart in words. */
  summary: string;
  /** Every bar, in reading order: walked with the arrow keys and labelled on the chart. */
  points: readonly ChartPoint[];
  /** A key for charts with more than one series; `pattern` marks a hatched (calculated) series. */
  legend?: readonly { label: string; pattern?: boolean }[];
  table: {
    caption: string;
    head: readonly string[];
    /** The first cell of each row is its header. */
    rows: readonly (readonly string[])[];
    note?: string;
  };
  /** Caveats, one paragraph each. */
  notes: readonly string[];
  sources: readonly Source[];
  /**
   * The figures the chart shows (ids of `definitions`): a correction to one is shown with it.
   * Left out where corrections are not shown (`...(correctionsShown && { figures })`: the build
   * then drops the list).
   */
  figures?: readonly FigureId[];
  csv: { filename: string; rows: readonly CsvRow[] };
}

export interface ChartFrameState {
  locale: Locale;
  showTable: boolean;
  /** Set when Chart.js could not be loaded or draw: the table is shown instead. */
  failure?: string;
  /** The chart's image drawn at build time, for the "Download the image" link, if it can be found. */
  imageHref?: string | undefined;
  /** Set while Chart.js waits for a reader who saves data: the button that loads it. */
  onExplore?: (() => void) | undefined;
}

/** Elements whose resolved colours the chart is drawn in (read by chart-palette.ts). */
const swatchNames = ['accent', 'text', 'muted', 'grid', 'surface'] as const;

/**
 * The bars as a listbox over the chart: one Tab stop, whose options (visually hidden) are the
 * points in reading order. The chart's keyboard controller moves `aria-activedescendant` and
 * `aria-selected` over them, so a screen reader says each point once as it is reached.
 */
function renderPoints(points: readonly ChartPoint[], label: string): TemplateResult {
  return html`<ul class="points" role="listbox" tabindex="0" aria-label=${label}>
    ${points.map(
      (point, index) =>
        html`<li class="visually-hidden" role="option" id="point-${index}" aria-selected="false">
          ${point.announcement}
        </li>`,
    )}
  </ul>`;
}

/**
 * The frame every chart widget shares: title, description, the chart in a box that reserves its
 * final size before Chart.js arrives, a key, the notes, the source line, a CSV download and a real
 * table of the figures, always in the DOM for assistive technology and shown with `show-table`.
 */
/**
 * The figures, then the sources and notes, and when a figure was corrected, the corrections and the
 * date the data last changed, as a `data:` URL of CSV.
 */
function csvUrl(frame: ChartFrame, locale: Locale): string {
  const words = chartMessages[locale];
  const rows: CsvRow[] = [
    ...frame.csv.rows,
    [],
    [
      words.csvSource,
      frame.sources
        .map((source) => `${source.publisher}, ${source.published}, ${source.url}`)
        .join('; '),
    ],
    ...frame.notes.map((note) => [words.csvNote, note]),
    ...correctionRows(frame.figures, locale),
  ];
  return csvDataUrl(rows);
}

export function renderChartFrame(frame: ChartFrame, state: ChartFrameState): TemplateResult {
  const words = chartMessages[state.locale];
  const tableVisible = state.showTable || state.failure !== undefined;
  return html`<figure class="chart-frame" aria-labelledby="chart-title">
    <figcaption>
      <p class="chart-title" part="title" id="chart-title">${frame.title}</p>
      <p class="chart-description">${frame.description}</p>
    </figcaption>
    ${
      frame.legend
        ? html`<ul class="legend" aria-hidden="true">
            ${frame.legend.map(
              (item) =>
                html`<li>
                  <span class=${item.pattern ? 'legend-key hatched' : 'legend-key'}></span
                  >${item.label}
                </li>`,
            )}
          </ul>`
        : nothing
    }
    <div class="chart-box" part="chart">
      <!-- The prerender's static plot, until Chart.js has drawn over it (chart-element.ts). -->
      <slot name="static-plot"></slot>
      <canvas role="img" aria-label=${frame.summary}></canvas>
      ${
        state.failure
          ? html`<p class="chart-failed" role="status">${state.failure}</p>`
          : renderPoints(frame.points, words.pointsLabel)
      }
      ${
        state.onExplore
          ? html`<button class="explore" part="explore" @click=${state.onExplore}>
              ${words.exploreChart}
            </button>`
          : nothing
      }
    </div>
    <!-- A table cannot be narrower than its text, so the wrapper is what hides it visually; shown,
         it scrolls sideways on its own, as a labelled region the keyboard can reach. -->
    <div
      class=${tableVisible ? 'table-box' : 'table-box visually-hidden'}
      role=${tableVisible ? 'region' : nothing}
      aria-label=${tableVisible ? frame.table.caption : nothing}
      tabindex=${tableVisible ? '0' : nothing}
    >
      <table class="data-table" part="table" data-fallback>
        <caption>
          ${frame.table.caption}
        </caption>
        <thead>
          <tr>
            ${frame.table.head.map((cell) => html`<th scope="col">${cell}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${frame.table.rows.map(
            ([header, ...cells]) =>
              html`<tr>
                <th scope="row">${header}</th>
                ${cells.map((cell) => html`<td>${cell}</td>`)}
              </tr>`,
          )}
        </tbody>
        ${
          frame.table.note
            ? html`<tfoot>
                <tr>
                  <td colspan=${frame.table.head.length}>${frame.table.note}</td>
                </tr>
              </tfoot>`
            : nothing
        }
      </table>
    </div>
    ${frame.notes.map((note) => html`<p class="caveat" part="caveat">${note}</p>`)}
    ${renderSourceLine(frame.sources, state.locale, frame.figures)}
    <p class="download">
      <a part="download" href=${csvUrl(frame, state.locale)} download=${frame.csv.filename}
        >${words.downloadCsv}</a
      >${
        state.imageHref
          ? html` ·
              <a
                part="download-image"
                href=${state.imageHref}
                download=${frame.csv.filename.replace(/\.csv$/, '.png')}
                >${words.downloadImage}</a
              >`
          : nothing
      }
    </p>
    <span class="swatches visually-hidden" aria-hidden="true">
      ${swatchNames.map((name) => html`<span data-swatch=${name}></span>`)}
      <span class="watch"></span>
    </span>
  </figure>`;
}
