import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/refuge-widgets.js';
import type { ChartSetup } from '../../src/core/chart/chart-controller.js';
import type { ChartWidgetElement } from '../../src/core/chart/chart-element.js';
import { showChart } from '../support/chart.js';
import { canvasPixel, systemColour } from '../support/colour.js';
import { engine } from '../support/engine.js';
import { axeViolations } from '../support/frames.js';
import { chartTags } from '../support/manifest.js';
import { nextReady } from '../support/wait.js';

// What a chart draws for readers who cannot hover or whose system repaints the page: a value on
// every bar, and the system colours under forced colours.

type Chart = ChartWidgetElement;

afterEach(() => {
  document.querySelectorAll('body > div').forEach((node) => node.remove());
});

describe('charts: values on the bars', function () {
  this.timeout(20000);

  for (const width of [320, 640]) {
    for (const tag of chartTags) {
      for (const lang of ['en', 'es'] as const) {
        it(`<${tag} lang="${lang}"> at ${width} px labels every point inside the chart area`, async () => {
          const holder = document.createElement('div');
          holder.style.width = `${width}px`;
          holder.innerHTML = `<${tag} lang="${lang}"></${tag}>`;
          const chart = holder.firstElementChild as Chart;
          const ready = nextReady(chart);
          document.body.append(holder);
          await ready;
          const { drawnLabels } =
            (await import('../../src/core/chart/chart-setup.js')) as ChartSetup;
          const chartJs = chart.chartController.chart!;
          const labels = drawnLabels.get(chartJs) ?? [];
          const expected = chart.chartPoints().map((point) => point.valueLabel.join(' '));
          expect(labels.map((label) => label.text)).to.deep.equal(expected);
          const area = chartJs.chartArea;
          for (const label of labels) {
            const inside =
              label.left >= area.left - 0.5 &&
              label.right <= area.right + 0.5 &&
              label.top >= area.top - 0.5 &&
              label.bottom <= area.bottom + 0.5;
            expect(inside, `"${label.text}" inside the chart area, off the axes`).to.equal(true);
          }
          for (const [index, label] of labels.entries()) {
            for (const other of labels.slice(index + 1)) {
              const apart =
                label.right <= other.left ||
                other.right <= label.left ||
                label.bottom <= other.top ||
                other.bottom <= label.top;
              expect(apart, `"${label.text}" and "${other.text}" do not overlap`).to.equal(true);
            }
          }
          if (tag === 'police-deaths-chart') {
            expect(expected.join(' ')).to.contain(lang === 'es' ? 'calculado' : 'calculated');
          }
        });
      }
    }
  }
});

describe('charts: forced colours (Chromium)', function () {
  this.timeout(20000);
  before(function () {
    // Forced-colours emulation is a DevTools protocol feature of Chromium's.
    if (engine() !== 'chromium') this.skip();
  });
  after(async () => {
    if (engine() === 'chromium')
      await executeServerCommand('emulate-forced-colors', { active: false });
  });

  it('draws the bars in the system Highlight colour and keeps the calculated part hatched', async () => {
    const drug = await showChart<Chart>('<drug-killings-chart></drug-killings-chart>');
    const policeChart = await showChart<Chart>('<police-deaths-chart></police-deaths-chart>');
    const redrawn = [nextReady(drug), nextReady(policeChart)];
    await executeServerCommand('emulate-forced-colors', { active: true });
    await Promise.all(redrawn);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);

    const highlight = systemColour('Highlight');
    const bar = drug.chartController.chart!.getDatasetMeta(0).data[3]!;
    const pixel = canvasPixel(drug, bar.x, (bar.y + (bar as unknown as { base: number }).base) / 2);
    // Within rounding: a translucent system colour is stored unpremultiplied.
    pixel.forEach((channel, index) =>
      expect(channel, `bar pixel ${pixel} is Highlight ${highlight}`).to.be.closeTo(
        highlight[index]!,
        3,
      ),
    );

    const datasets = policeChart.chartController.chart!.data.datasets;
    expect(datasets[1]!.backgroundColor, 'the calculated part is a pattern').to.be.instanceOf(
      CanvasPattern,
    );
    // axe judges the page: give the test page the title and language any article has.
    document.title = 'Forced colours';
    document.documentElement.lang = 'en';
    expect(await axeViolations(window)).to.deep.equal([]);
  });
});
