import { css } from 'lit';

/** The layout of the news chart frame (see chart-frame.ts), shared by every chart widget. */
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
  /* The static plot (drawn at build time from Chart.js's layout, in shares of the plot area):
     laid on the plot area, in the widget's font and colours, under the canvas until Chart.js has
     drawn. Without this stylesheet it has no size (a feed shows the chart's image instead). */
  .static-plot {
    position: absolute;
    top: var(--_plot-top);
    left: var(--_plot-left);
    width: calc(100% - var(--_plot-left) - var(--_plot-right));
    height: calc(100% - var(--_plot-top) - var(--_plot-bottom));
    overflow: visible;
    /* Chart.js's tick labels: 12 px in the widget's font and text colour. */
    font-size: 12px;
    fill: currentColor;
  }
  .static-plot svg {
    overflow: visible;
  }
  .static-plot text {
    dominant-baseline: central;
  }
  .static-plot .grid {
    stroke: var(--_border);
    stroke-width: 1px;
    shape-rendering: crispEdges;
  }
  .static-plot .bar {
    fill: var(--_accent);
  }
  .static-plot .hatched {
    fill: url(#static-plot-hatch);
    stroke: var(--_accent);
    stroke-width: 1px;
  }
  .static-plot pattern path {
    stroke: var(--_accent);
    stroke-width: 2px;
  }
  /* Value labels: 600 12 px on a plate of the surface, as chart-value-labels.ts draws them. */
  .static-plot .value rect {
    fill: var(--refuge-bg, light-dark(#ffffff, #16181d));
  }
  .static-plot .value text {
    font-weight: 600;
    text-anchor: middle;
  }
  /* The bars as a list for the keyboard: one Tab stop over the chart, read through
     aria-activedescendant; the mouse goes through it to the canvas. */
  .points {
    position: absolute;
    inset: 0;
    margin: 0;
    padding: 0;
    list-style: none;
    pointer-events: none;
  }
  .points:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  /* For a reader who saves data: over the static plot's top corner, so the box keeps its size. */
  .explore {
    position: absolute;
    inset-block-start: 0;
    inset-inline-end: 0;
    padding: 0.3em 0.7em;
    font: inherit;
    font-size: 0.85em;
    color: inherit;
    background: var(--refuge-bg, light-dark(#ffffff, #16181d));
    border: 1px solid var(--_accent);
    border-radius: 3px;
    cursor: pointer;
  }
  .explore:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
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
  /* At 320 px the table may be wider than the page: it scrolls in its own labelled region. */
  .table-box:not(.visually-hidden) {
    overflow-x: auto;
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
     event, which tells the chart to redraw (see chart-controller.ts). */
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
  [data-swatch='surface'] {
    color: transparent;
  }
  /* Forced colours (Windows High Contrast): the canvas is not repainted by the system, so the
     swatches keep the system colours they are given and the chart is drawn in them. */
  @media (forced-colors: active) {
    .swatches,
    .legend-key,
    .static-plot {
      forced-color-adjust: none;
      --_accent: Highlight;
    }
    .static-plot {
      fill: CanvasText;
    }
    .static-plot .grid {
      stroke: GrayText;
    }
    .static-plot .value rect {
      fill: Canvas;
    }
    [data-swatch='text'] {
      color: CanvasText;
    }
    [data-swatch='muted'],
    [data-swatch='grid'] {
      color: GrayText;
    }
    [data-swatch='surface'] {
      color: Canvas;
    }
  }
`;
