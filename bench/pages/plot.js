// The same chart with Observable Plot: Plot.plot() returns a detached <svg>, which is appended
// to the box; the chart counts as drawn at the next animation frame after the append, when the
// browser is about to lay it out and paint it.
import { barY, plot, ruleY } from '@observablehq/plot';
import { barColour, chartBoxes, font, fontSize, markDrawn, series } from './common.js';

for (const box of chartBoxes()) {
  box.append(
    plot({
      width: box.clientWidth,
      height: box.clientHeight,
      style: { fontFamily: font, fontSize: `${fontSize}px` },
      // Room for the widest tick label ("16,000") at this font size; Plot's default is narrower.
      marginLeft: 50,
      // The years are categories, as in the other variants (and Plot warns otherwise).
      x: { type: 'band', label: null },
      y: { label: null, grid: true, nice: true },
      marks: [barY(series, { x: 'year', y: 'killings', fill: barColour, tip: true }), ruleY([0])],
    }),
  );
}
requestAnimationFrame(() => chartBoxes().forEach(markDrawn));
