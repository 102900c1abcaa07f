// Issue #21's budgets for what the builder's script snippet carries: each chart's static plot, the
// inline SVG of its prerender, ≤ 4 KB gzip per chart per language (enforced), and the bytes of each
// widget's prerendered box per language (reported: they are the HTML a partner pastes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1000;
export const STATIC_PLOT_LIMIT = 4 * KB;

/** The outer `<svg class="static-plot">…</svg>` of `html` (its nested <svg>s counted), if any. */
export function staticPlotOf(html) {
  const start = html.indexOf('<svg class="static-plot"');
  if (start < 0) return undefined;
  const tags = /<svg\b|<\/svg>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let match; (match = tags.exec(html));) {
    depth += match[0] === '</svg>' ? -1 : 1;
    if (depth === 0) return html.slice(start, tags.lastIndex);
  }
  throw new Error('a static plot is not closed');
}

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** Prints the static plots and prerenders of dist/prerendered.json; returns false if a plot is over. */
export function checkStaticPlots(dist) {
  const prerendered = JSON.parse(readFileSync(join(dist, 'prerendered.json'), 'utf8'));
  let ok = true;
  console.log(`\nEach chart's static plot (inline SVG), gzip, limit ${STATIC_PLOT_LIMIT / KB} KB`);
  const boxes = [];
  for (const [tag, entries] of Object.entries(prerendered)) {
    for (const lang of ['en', 'es']) {
      // The default variant in the light theme: the builder's snippet with its defaults.
      const entry = entries.find(
        (e) => e.attributes.lang === lang && e.attributes.theme === 'light',
      );
      if (!entry) throw new Error(`prerendered.json has no ${lang} light entry for <${tag}>`);
      boxes.push(
        `  <${tag}> ${lang}`.padEnd(32) + `${entry.html.length} B, ${gzip(entry.html)} B gzip`,
      );
      const plot = staticPlotOf(entry.html);
      if (!plot) continue;
      const bytes = gzip(plot);
      const verdict = bytes <= STATIC_PLOT_LIMIT ? 'ok' : 'OVER LIMIT';
      console.log(
        `  <${tag}> ${lang}`.padEnd(32) + `${plot.length} B, ${bytes} B gzip: ${verdict}`,
      );
      if (bytes > STATIC_PLOT_LIMIT) ok = false;
    }
  }
  console.log(
    "\nEach widget's prerendered box (the HTML inside the builder's snippet), default options",
  );
  for (const line of boxes) console.log(line);
  return ok;
}
