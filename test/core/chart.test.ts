import { expect } from '@open-wc/testing';
import '../../src/widgets/drug-killings-chart/drug-killings-chart.js';
import type { DrugKillingsChart } from '../../src/widgets/drug-killings-chart/drug-killings-chart.js';
import type { ChartSetup } from '../../src/core/chart/chart-controller.js';
import { chartJsRequested, drawnPixels, showChart } from '../support/chart.js';
import { closePages, openPage } from '../support/frames.js';
import { nextReady, pause, waitFor } from '../support/wait.js';

// This file must not import Chart.js statically: the first test checks it is not requested.

afterEach(() => {
  closePages();
  document.querySelectorAll('body > div').forEach((holder) => holder.remove());
  window.scrollTo(0, 0);
});

describe('the chart mechanism (core/chart.ts)', () => {
  it('loads Chart.js and draws only when the chart nears the viewport', async () => {
    const holder = document.createElement('div');
    holder.innerHTML = `<div style="height: 4000px"></div><drug-killings-chart></drug-killings-chart>`;
    document.body.append(holder);
    const chart = holder.querySelector<DrugKillingsChart>('drug-killings-chart')!;
    await chart.updateComplete;
    // Proves that Chart.js is NOT requested, and nothing drawn, while the chart is far below.
    await pause(300);

    const box = chart.shadowRoot!.querySelector('[part="chart"]')!.getBoundingClientRect();
    expect(box.height, 'the box has its final size before Chart.js').to.be.greaterThan(100);
    expect(chartJsRequested(), 'Chart.js requested while far below the fold').to.equal(false);
    expect(drawnPixels(chart)).to.equal(0);

    const ready = nextReady(chart);
    chart.scrollIntoView();
    await ready;
    expect(chartJsRequested()).to.equal(true);
    expect(drawnPixels(chart), 'pixels drawn once in view').to.be.greaterThan(1000);
    const after = chart.shadowRoot!.querySelector('[part="chart"]')!.getBoundingClientRect();
    expect(after.height, 'drawing did not change the reserved size').to.equal(box.height);
  });

  it('leaves no Chart instance alive after 100 create/remove cycles', async () => {
    const { Chart } = (await import('../../src/core/chart/chart-setup.js')) as ChartSetup;
    for (let cycle = 0; cycle < 100; cycle += 1) {
      const chart = await showChart<DrugKillingsChart>(
        '<drug-killings-chart></drug-killings-chart>',
      );
      expect(chart.chartController.chart).to.exist;
      chart.parentElement!.remove();
    }
    expect(Object.keys(Chart.instances)).to.have.length(0);
  });

  it('draws again when a removed chart is attached again', async () => {
    const chart = await showChart<DrugKillingsChart>('<drug-killings-chart></drug-killings-chart>');
    const holder = chart.parentElement!;
    chart.remove();
    // Compared as a boolean: a failing assertion on a Chart instance would try to print all of it.
    expect(chart.chartController.chart === undefined, 'chart destroyed').to.equal(true);
    const ready = nextReady(chart);
    holder.append(chart);
    await ready;
    expect(chart.chartController.chart).to.exist;
    expect(drawnPixels(chart)).to.be.greaterThan(1000);
  });

  it('redraws in the new colours when the theme attribute changes', async () => {
    const chart = await showChart<DrugKillingsChart>(
      '<drug-killings-chart theme="light"></drug-killings-chart>',
    );
    const lightBars = chart.chartController.chart!.data.datasets[0]!.backgroundColor;
    const ready = nextReady(chart);
    chart.theme = 'dark';
    await ready;
    const darkBars = chart.chartController.chart!.data.datasets[0]!.backgroundColor;
    expect(darkBars).not.to.equal(lightBars);
    expect(darkBars).to.equal('rgb(255, 143, 128)');
  });

  it('redraws when the host page flips its color-scheme, with no attribute on the widget', async () => {
    // The page is light before the chart draws: no redraw to wait for (or to miss) before the flip.
    const page = document.documentElement;
    page.style.colorScheme = 'light';
    try {
      const chart = await showChart<DrugKillingsChart>(
        '<drug-killings-chart></drug-killings-chart>',
      );
      const before = chart.chartController.chart!.data.datasets[0]!.backgroundColor;
      const ready = nextReady(chart);
      page.style.colorScheme = 'dark';
      await ready;
      const after = chart.chartController.chart!.data.datasets[0]!.backgroundColor;
      expect(after).not.to.equal(before);
      expect(after).to.equal('rgb(255, 143, 128)');
    } finally {
      page.style.colorScheme = '';
    }
  });

  it('redraws in the new language', async () => {
    const chart = await showChart<DrugKillingsChart>(
      '<drug-killings-chart lang="en"></drug-killings-chart>',
    );
    const ready = nextReady(chart);
    chart.lang = 'es';
    await ready;
    const options = chart.chartController.chart!.options;
    expect(options.locale).to.equal('es-MX');
  });

  it('shows the table and a message instead of a blank box when Chart.js cannot load', async () => {
    // A real failed request: the test server answers 503 for Chart.js's chunk on this page.
    const win = await openPage('/test/pages/chart-offline.html');
    const chart = win.document.querySelector('drug-killings-chart')!;
    await waitFor(() => win.__refugeErrors!.length > 0, 'refuge-error from the chart');
    await waitFor(() => chart.shadowRoot!.querySelector('.chart-failed'), 'the failure message');

    expect(win.__refugeErrors).to.deep.equal(['chart-failed']);
    const tableBox = chart.shadowRoot!.querySelector('.table-box')!;
    expect(tableBox.classList.contains('visually-hidden'), 'table shown').to.equal(false);
    expect(chart.shadowRoot!.querySelector('.chart-failed')!.textContent).to.contain(
      'could not be loaded',
    );
    const uncaught = win.__consoleLog.filter((line) => !line.startsWith('warn: '));
    expect(uncaught, 'errors, uncaught errors and unhandled rejections').to.deep.equal([]);
    expect(win.__consoleLog.filter((line) => line.includes('chart-failed'))).to.have.length(1);
  });
});
