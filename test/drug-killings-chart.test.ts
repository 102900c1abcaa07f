import { expect } from '@open-wc/testing';
import '../src/widgets/drug-killings-chart/drug-killings-chart.js';
import type { DrugKillingsChart } from '../src/widgets/drug-killings-chart/drug-killings-chart.js';
import {
  csvText,
  drawnPixels,
  pointAtBar,
  showChart,
  shownTooltip,
  tableRows,
} from './support/chart.js';
import { shadowText } from './support/shadow.js';
import { frames } from './support/wait.js';

afterEach(() => document.querySelectorAll('body > div').forEach((holder) => holder.remove()));

describe('<drug-killings-chart>', () => {
  it('draws the government series 2007–2010 as bars', async () => {
    const el = await showChart<DrugKillingsChart>(
      '<drug-killings-chart lang="en"></drug-killings-chart>',
    );
    expect(drawnPixels(el)).to.be.greaterThan(1000);
    const chart = el.chartController.chart!;
    expect(chart.data.labels).to.deep.equal(['2007', '2008', '2009', '2010']);
    expect(chart.data.datasets[0]!.data).to.deep.equal([2826, 6838, 9614, 15273]);
    expect(shownTooltip(el), 'no tooltip before the pointer comes').to.equal(undefined);
    await pointAtBar(el, 0, 2);
    expect(shownTooltip(el)?.text).to.equal('2009: 9,614 killings');
    const { sendMouse } = await import('@web/test-runner-commands');
    await sendMouse({ type: 'move', position: [0, 0] });
    await frames(2); // Chart.js handles pointer events in the next animation frame.
    expect(shownTooltip(el), 'the pointer left: no tooltip').to.equal(undefined);
  });

  it('has every figure in the table, December 2006 in its note, and the caveats', async () => {
    const el = await showChart<DrugKillingsChart>('<drug-killings-chart></drug-killings-chart>');
    expect(tableRows(el)).to.deep.equal(['2007 2,826', '2008 6,838', '2009 9,614', '2010 15,273']);
    const note = el.shadowRoot!.querySelector('[part="table"] tfoot')!.textContent!;
    expect(note)
      .to.contain('December 2006')
      .and.contain('61')
      .and.contain('62')
      .and.contain('34,612');
    const text = shadowText(el);
    expect(text).to.contain('Reforma counted 6,587 in 2009');
    expect(text).to.contain('nearly 11,000');
    expect(text).to.contain('not part of this series');
    const summary = el.shadowRoot!.querySelector('canvas')!.getAttribute('aria-label')!;
    expect(summary).to.contain('2,826 in 2007, 6,838 in 2008, 9,614 in 2009, 15,273 in 2010');
  });

  it('keeps the article’s nearly 11,000 out of the series', async () => {
    const el = await showChart<DrugKillingsChart>('<drug-killings-chart></drug-killings-chart>');
    expect(el.chartController.chart!.data.datasets[0]!.data).not.to.include(11000);
    expect(csvText(el)).not.to.match(/^[^,]*,11000,/m);
  });

  it('offers the series as CSV with the source and caveat', async () => {
    const el = await showChart<DrugKillingsChart>('<drug-killings-chart></drug-killings-chart>');
    const csv = csvText(el);
    for (const line of [
      'year,killings,qualifier,confidence',
      '2006-12,61,exact,reported',
      '2007,2826,exact,reported',
      '2010,15273,exact,reported',
    ]) {
      expect(csv).to.contain(line);
    }
    expect(csv).to.contain('24-horas.mx').and.contain('english.elpais.com');
    expect(csv).to.contain('only a part of all homicides');
  });

  it('speaks Spanish with es-MX numbers', async () => {
    const el = await showChart<DrugKillingsChart>(
      '<drug-killings-chart lang="es"></drug-killings-chart>',
    );
    const text = shadowText(el);
    expect(text).to.contain('Homicidios vinculados al crimen organizado');
    expect(text).to.contain('15,273');
    expect(text).to.contain('Descargar los datos (CSV)');
    expect(el.chartController.chart!.options.locale).to.equal('es-MX');
  });

  for (const markup of [
    '<drug-killings-chart></drug-killings-chart>',
    '<drug-killings-chart show-table lang="es" theme="dark"></drug-killings-chart>',
  ]) {
    it(`passes axe: ${markup}`, async () => {
      const el = await showChart<DrugKillingsChart>(markup);
      await expect(el).to.be.accessible();
    });
  }
});
