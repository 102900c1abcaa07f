// The variants the benchmark compares, in the order they run within a round. Each group has one
// baseline: every figure of a variant is also given as a ratio to its group's baseline, measured
// in the same run.

export const groups = {
  chart: {
    title: 'The drug-killings bar chart',
    baseline: 'hand-written',
  },
  stat: {
    title: 'The asylum figure card',
    baseline: 'static-card',
  },
  // The builder's snippet pages (bench/snippets.mjs), one per widget: measured for layout shift,
  // compared with nothing.
  snippet: {
    title: "The builder's script snippet in an article",
    baseline: undefined,
  },
};

/**
 * `ours` pages load a file of dist/ by URL, as a partner would; `peer` pages are bundled by Vite
 * from a script in bench/pages/; a `static` page has no script at all. `many` marks the variants
 * also measured with many charts on a page.
 */
export const variants = [
  {
    id: 'ours-file',
    group: 'chart',
    label: '<drug-killings-chart> (dist/drug-killings-chart.js)',
    ours: { tag: 'drug-killings-chart', src: '/dist/drug-killings-chart.js' },
    many: true,
  },
  {
    id: 'ours-all',
    group: 'chart',
    label: '<drug-killings-chart> (dist/refuge-widgets.js)',
    ours: { tag: 'drug-killings-chart', src: '/dist/refuge-widgets.js' },
    many: true,
  },
  {
    id: 'hand-written',
    group: 'chart',
    label: 'Chart.js, hand-written, tree-shaken',
    peer: 'hand-written.js',
    many: true,
  },
  {
    id: 'chartjs-auto',
    group: 'chart',
    label: 'chart.js/auto',
    peer: 'chartjs-auto.js',
    many: true,
  },
  {
    id: 'vega-embed',
    group: 'chart',
    label: 'vega-embed, Vega-Lite, canvas renderer',
    peer: 'vega.js',
    many: true,
  },
  {
    id: 'plot',
    group: 'chart',
    label: 'Observable Plot, barY (SVG)',
    peer: 'plot.js',
    many: true,
  },
  {
    id: 'ours-stat',
    group: 'stat',
    label: '<asylum-stat> (dist/asylum-stat.js)',
    ours: { tag: 'asylum-stat', src: '/dist/asylum-stat.js' },
    many: false,
  },
  {
    id: 'static-card',
    group: 'stat',
    label: 'The same card, static HTML and CSS',
    // No script: counted as drawn at its first contentful paint.
    static: true,
    many: false,
  },
];

/** Whether the variant's page shows a bar chart, whose bars the bench waits to see. */
export function showsBars(variant) {
  return variant.group === 'chart' || Boolean(variant.chart);
}

/** How many charts the "many charts" page holds. */
export const manyCount = 20;
