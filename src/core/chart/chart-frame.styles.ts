import { css } from 'lit';

/** The layout of the news chart frame (see chart-frame.ts), shared by every chart widget. */
export const chartFrameStyles = css`
  .chart-frame {
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
  /* How to walk the bars, shown while the keyboard is on them: the list's name, which screen
     readers already say (so the shown copy is hidden from them: "/ ''"). */
  .points:focus-visible::before {
    content: attr(aria-label) / '';
    color: CanvasText;
    background: Canvas;
  }
  /* For a reader who saves data: over the static plot's top corner, so the box keeps its size. */
  .explore {
    position: absolute;
    top: 0;
    right: 0;
    font: inherit;
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
  /* The watcher: its colours (the text's, inherited, and the accent, grid and muted ones) have a
     1 ms transition, so a change of any of them fires transitionend, which tells the chart to
     redraw (chart-drawing.ts). */
  .watch {
    background-color: var(--_accent);
    border: 0 solid var(--_border);
    outline: 0 solid var(--_muted);
    transition: 1ms;
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
    .legend-key {
      forced-color-adjust: none;
      --_accent: Highlight;
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
