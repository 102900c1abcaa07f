import { css, html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../data/types.js';
import { csvDataUrl, type CsvRow } from './csv.js';
import type { Locale } from './localize.js';
import { renderSourceLine } from './source-line.js';

/** Everything a news chart shows around its canvas, already in the widget's language. */
export interface ChartFrame {
  title: string;
  description: string;
  /** Read by screen readers in place of the canvas: the chart in words. */
  summary: string;
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
  csv: { filename: string; rows: readonly CsvRow[] };
}

export interface ChartFrameState {
  locale: Locale;
  showTable: boolean;
  /** Set when Chart.js could not be loaded or draw: the table is shown instead. */
  failure?: string;
}

/** Words every chart shares; each widget keeps its own in `<tag>.messages.ts`. */
export const chartMessages: Record<
  Locale,
  { downloadCsv: string; chartFailed: string; csvSource: string; csvNote: string }
> = {
  en: {
    downloadCsv: 'Download the data (CSV)',
    chartFailed: 'The chart could not be loaded. Its figures are in the table below.',
    csvSource: 'Source',
    csvNote: 'Note',
  },
  es: {
    downloadCsv: 'Descargar los datos (CSV)',
    chartFailed: 'No se pudo cargar el gráfico. Sus cifras están en la tabla de abajo.',
    csvSource: 'Fuente',
    csvNote: 'Nota',
  },
};

/** The colours the chart reads at draw time (see chart.ts readPalette). */
const swatches = ['accent', 'text', 'muted', 'grid'] as const;

/**
 * The frame every chart widget shares: title, description, the chart in a box that reserves its
 * final size before Chart.js arrives, a key, the notes, the source line, a CSV download and a real
 * table of the figures, always in the DOM for assistive technology and shown with `show-table`.
 */
export function renderChartFrame(frame: ChartFrame, state: ChartFrameState): TemplateResult {
  const words = chartMessages[state.locale];
  const tableVisible = state.showTable || state.failure !== undefined;
  const csvRows: CsvRow[] = [
    ...frame.csv.rows,
    [],
    [
      words.csvSource,
      frame.sources
        .map((source) => `${source.publisher}, ${source.published}, ${source.url}`)
        .join('; '),
    ],
    ...frame.notes.map((note) => [words.csvNote, note]),
  ];
  return html`<figure class="chart-frame">
    <figcaption>
      <p class="chart-title">${frame.title}</p>
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
      <canvas role="img" aria-label=${frame.summary}></canvas>
      ${state.failure ? html`<p class="chart-failed" role="status">${state.failure}</p>` : nothing}
    </div>
    <!-- A table cannot be narrower than its text, so the wrapper is what hides it visually. -->
    <div class=${tableVisible ? 'table-box' : 'table-box visually-hidden'}>
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
    ${renderSourceLine(frame.sources, state.locale)}
    <p class="download">
      <a part="download" href=${csvDataUrl(csvRows)} download=${frame.csv.filename}
        >${words.downloadCsv}</a
      >
    </p>
    <span class="swatches" aria-hidden="true">
      ${swatches.map((name) => html`<span data-swatch=${name}></span>`)}
      <span class="watch-text"></span><span class="watch-palette"></span>
    </span>
  </figure>`;
}

export const chartFrameStyles = css`
  .chart-frame {
    position: relative;
    margin: 0;
  }
  .chart-title {
    margin: 0;
    font-weight: 700;
    font-size: 1.05em;
  }
  .chart-description {
    margin: 0.15em 0 0.5em;
    color: var(--_muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
  }
  .legend-key {
    display: inline-block;
    inline-size: 0.9em;
    block-size: 0.9em;
    margin-inline-end: 0.4em;
    vertical-align: -0.1em;
    background: var(--_accent);
  }
  .legend-key.hatched {
    background: repeating-linear-gradient(-45deg, var(--_accent) 0 2px, transparent 2px 5px);
    outline: 1px solid var(--_accent);
    outline-offset: -1px;
  }
  /* The final size is reserved before Chart.js arrives, so nothing around the chart moves. */
  .chart-box {
    position: relative;
    inline-size: 100%;
    aspect-ratio: var(--_chart-ratio, 16 / 9);
  }
  .chart-box canvas {
    position: absolute;
    inset: 0;
  }
  .chart-failed {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    margin: 0;
    padding: 1em;
    text-align: center;
    border: 1px dashed var(--_border);
  }
  .data-table {
    inline-size: 100%;
    margin-block: 0.75em 0;
    border-collapse: collapse;
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  .data-table caption {
    margin-block-end: 0.25em;
    text-align: start;
    font-weight: 600;
  }
  .data-table th,
  .data-table td {
    padding: 0.25em 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }
  .data-table td,
  .data-table thead th:not(:first-child) {
    text-align: end;
  }
  .data-table tfoot td {
    border: 0;
    text-align: start;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .download {
    margin-block: 0.25em 0;
    font-size: 0.85em;
  }
  .swatches {
    position: absolute;
    inline-size: 0;
    block-size: 0;
    overflow: hidden;
  }
  /* Watchers: a 1 ms transition turns a change of the resolved colours into a transitionend
     event, which tells the chart to redraw (see chart.ts). */
  .watch-text {
    transition: color 1ms linear;
  }
  .watch-palette {
    color: var(--_accent);
    background-color: var(--_border);
    border: 0 solid var(--_muted);
    transition:
      color 1ms linear,
      background-color 1ms linear,
      border-color 1ms linear;
  }
  [data-swatch='accent'] {
    color: var(--_accent);
  }
  [data-swatch='muted'] {
    color: var(--_muted);
  }
  [data-swatch='grid'] {
    color: var(--_border);
  }
`;
