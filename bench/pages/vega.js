// The same chart as a Vega-Lite spec through vega-embed, drawn on a canvas like Chart.js (the
// canvas renderer; Vega's SVG renderer is in the bundle either way). The data is inline and the
// action menu is off, so nothing is fetched; no $schema URL either, the mode is given instead.
import embed from 'vega-embed';
import { barColour, chartBoxes, font, fontSize, markDrawn, series } from './common.js';

function spec(box) {
  return {
    width: box.clientWidth,
    height: box.clientHeight,
    // The whole chart, axes included, fits the box, as Chart.js fits its canvas.
    autosize: { type: 'fit', contains: 'padding' },
    data: { values: series },
    mark: { type: 'bar', color: barColour, tooltip: true },
    encoding: {
      x: { field: 'year', type: 'ordinal', axis: { title: null, labelAngle: 0 } },
      y: { field: 'killings', type: 'quantitative', axis: { title: null } },
    },
    config: {
      font,
      axis: { labelFontSize: fontSize },
      view: { stroke: null },
    },
  };
}

const drawn = chartBoxes().map((box) =>
  // embed() resolves once the view has run its dataflow and rendered to the canvas.
  embed(box, spec(box), { mode: 'vega-lite', renderer: 'canvas', actions: false }).then(() =>
    markDrawn(box),
  ),
);
// A chart that fails must fail the measurement loudly rather than time out quietly.
Promise.all(drawn).catch((error) => console.error('vega-embed failed', error));
