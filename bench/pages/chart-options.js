// The Chart.js configuration shared by the hand-written and chart.js/auto pages, so that they
// differ only in what they import. It mirrors our widget's options: static (no animation), sized
// by its box, no legend, the same tooltip.
import { barColour, font, fontSize, markDrawn, series } from './common.js';

export function barChartConfig() {
  let drawn = false;
  return {
    type: 'bar',
    data: {
      labels: series.map((point) => point.year),
      datasets: [
        {
          label: 'Killings',
          data: series.map((point) => point.killings),
          backgroundColor: barColour,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { ticks: { font: { family: font, size: fontSize } } },
        y: { ticks: { font: { family: font, size: fontSize } } },
      },
      plugins: {
        // chart.js/auto registers the legend and shows it by default; the hand-written page has none.
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => `${item.formattedValue} killings` } },
      },
    },
    // With animation off, Chart.js draws inside `new Chart()`; afterRender is the same hook our
    // widget uses for refuge-ready, so both are timed at the same point.
    plugins: [
      {
        id: 'benchDrawn',
        afterRender(chart) {
          if (drawn) return;
          drawn = true;
          markDrawn(chart.canvas);
        },
      },
    ],
  };
}

/** A canvas in `box`, named for assistive technology as our widget names its own. */
export function canvasIn(box, label) {
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', label);
  box.append(canvas);
  return canvas;
}
