// The floor the <police-deaths-chart> budget is measured against: what a newsroom developer would
// write by hand to draw the same chart with tree-shaken Chart.js (same bars, hatching, tooltips,
// axis formatting, in English). Built and measured by check-size.mjs; never shipped.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const accent = '#a3261d';
const tile = document.createElement('canvas');
tile.width = tile.height = 8;
const context = tile.getContext('2d');
context.strokeStyle = accent;
context.lineWidth = 2;
context.beginPath();
context.moveTo(0, 8);
context.lineTo(8, 0);
context.stroke();

const sentences = ['2008: nearly 500', '2007 and 2009 up to mid-year: about 400 (calculated)'];
new Chart(document.querySelector('#police-chart'), {
  type: 'bar',
  data: {
    labels: ['2007 to mid-2009'],
    datasets: [
      { label: sentences[0], data: [500], backgroundColor: accent },
      {
        label: sentences[1],
        data: [400],
        backgroundColor: context.createPattern(tile, 'repeat'),
        borderColor: accent,
        borderWidth: 1,
      },
    ],
  },
  options: {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    locale: 'en-US',
    indexAxis: 'y',
    scales: { x: { stacked: true, beginAtZero: true }, y: { stacked: true } },
    plugins: { tooltip: { callbacks: { label: (item) => sentences[item.datasetIndex] } } },
  },
});
