// What every peer page draws, so that the only thing that differs between them is the library.
// The figures, title and colours are those of <drug-killings-chart>; the box size comes from the
// page's CSS (the same box for every variant), never from these scripts.

/** The Mexican government's count of killings presumably related to organized crime. */
export const series = [
  { year: '2007', killings: 2826 },
  { year: '2008', killings: 6838 },
  { year: '2009', killings: 9614 },
  { year: '2010', killings: 15273 },
];

/** Our widget's light-theme accent, so every variant paints bars of the same colour. */
export const barColour = '#a3261d';

/** The article's font (see pages.mjs), given to every library so that text is drawn alike. */
export const font = "'Helvetica Neue', Helvetica, Arial, sans-serif";

/** Axis labels at Chart.js's default size, which Vega and Plot are set to as well. */
export const fontSize = 12;

/** The accessible name our widget gives its canvas, reused so every chart can be read aloud. */
export const summary =
  'Bar chart of killings presumably related to organized crime in Mexico: 2,826 in 2007, 6,838 in 2008, 9,614 in 2009, 15,273 in 2010.';

/** Every box on the page that should hold a chart: one on the single-chart page, twenty on the other. */
export function chartBoxes() {
  return [...document.querySelectorAll('[data-chart]')];
}

/**
 * Tells the harness (bench/harness.mjs) that the chart holding `element` (its box or its canvas)
 * is drawn. The harness marks the moment, as it does for our widgets' `refuge-ready`, and learns
 * which chart drew, so that the bars-visible probe counts each chart once. A page works the same
 * without the harness.
 */
export function markDrawn(element) {
  element.dispatchEvent(new Event('bench-drawn', { bubbles: true }));
}
