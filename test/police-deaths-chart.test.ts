import { expect } from '@open-wc/testing';
import '../src/widgets/police-deaths-chart/police-deaths-chart.js';
import type { PoliceDeathsChart } from '../src/widgets/police-deaths-chart/police-deaths-chart.js';
import { article } from '../src/data/sources.js';
import {
  csvText,
  drawnPixels,
  pointAtBar,
  showChart,
  shownTooltip,
  tableRows,
} from './support/chart.js';
import { shadowText } from './support/shadow.js';

afterEach(() => document.querySelectorAll('body > div').forEach((holder) => holder.remove()));

describe('<police-deaths-chart>', () => {
  it('draws one bar of about 900 in two parts: nearly 500 in 2008 and about 400 calculated', async () => {
    const el = await showChart<PoliceDeathsChart>(
      '<police-deaths-chart lang="en"></police-deaths-chart>',
    );
    expect(drawnPixels(el)).to.be.greaterThan(1000);
    const chart = el.chartController.chart!;
    expect(chart.data.labels).to.deep.equal(['2007 to mid-2009']);
    expect(chart.data.datasets.map((set) => set.data)).to.deep.equal([[500], [400]]);
    expect(chart.options.indexAxis).to.equal('y');
    await pointAtBar(el, 0, 0);
    expect(shownTooltip(el)?.text).to.equal('2008: nearly 500');
    await pointAtBar(el, 1, 0);
    expect(shownTooltip(el)?.text).to.equal('2007 and 2009 up to mid-year: about 400 (calculated)');
  });

  it('keeps every qualifier in the table, summary and key, and never charts 2007 or 2009 alone', async () => {
    const el = await showChart<PoliceDeathsChart>('<police-deaths-chart></police-deaths-chart>');
    expect(tableRows(el)).to.deep.equal([
      '2007 to mid-2009 about 900',
      '2008 nearly 500',
      '2007 and 2009 up to mid-year about 900 minus nearly 500, calculated',
    ]);
    const summary = el.shadowRoot!.querySelector('canvas')!.getAttribute('aria-label')!;
    expect(summary).to.contain('About 900').and.contain('nearly 500').and.contain('about 400');
    expect(el.shadowRoot!.querySelector('canvas')!.getAttribute('role')).to.equal('img');
    const text = shadowText(el);
    expect(text).to.contain('2008: nearly 500').and.contain('(calculated)');
    expect(text).to.contain('vary a lot');
    expect(
      [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="source"] a')].map(
        (a) => a.href,
      ),
    ).to.deep.equal([article.url]);
  });

  it('offers the figures as CSV with qualifiers, source and caveat', async () => {
    const el = await showChart<PoliceDeathsChart>('<police-deaths-chart></police-deaths-chart>');
    const csv = csvText(el);
    expect(csv).to.contain('period,officers_killed,qualifier,confidence');
    expect(csv).to.contain('2007 to mid-2009,900,about,verified');
    expect(csv).to.contain('2008,500,nearly,verified');
    expect(csv).to.contain('2007 and 2009 up to mid-year,400,about,derived');
    expect(csv).to.contain(article.url);
    expect(csv).to.contain('vary a lot');
    expect(el.shadowRoot!.querySelector('[part="download"]')!.getAttribute('download')).to.match(
      /\.csv$/,
    );
  });

  it('speaks Spanish', async () => {
    const el = await showChart<PoliceDeathsChart>(
      '<police-deaths-chart lang="es"></police-deaths-chart>',
    );
    expect(tableRows(el)[1]).to.equal('2008 casi 500');
    expect(shadowText(el)).to.contain('Alrededor de 900 agentes');
    expect(el.chartController.chart!.data.labels).to.deep.equal(['De 2007 a mediados de 2009']);
    expect(csvText(el)).to.contain('periodo,agentes_asesinados');
  });

  it('shows the table for any value of show-table, and hides it visually otherwise', async () => {
    const hidden = await showChart<PoliceDeathsChart>(
      '<police-deaths-chart></police-deaths-chart>',
    );
    const shown = await showChart<PoliceDeathsChart>(
      '<police-deaths-chart show-table="no"></police-deaths-chart>',
    );
    const tableBox = (el: Element) => el.shadowRoot!.querySelector('.table-box')!;
    expect(tableBox(hidden).classList.contains('visually-hidden')).to.equal(true);
    expect(tableBox(shown).classList.contains('visually-hidden')).to.equal(false);
    expect(tableBox(shown).getBoundingClientRect().height).to.be.greaterThan(40);
    // Hidden, it must not widen the page (a table cannot be narrower than its text).
    expect(tableBox(hidden).getBoundingClientRect().width).to.be.at.most(1);
    expect(hidden.scrollWidth).to.be.at.most(hidden.clientWidth);
  });

  for (const markup of [
    '<police-deaths-chart></police-deaths-chart>',
    '<police-deaths-chart show-table lang="es" theme="dark"></police-deaths-chart>',
  ]) {
    it(`passes axe: ${markup}`, async () => {
      const el = await showChart<PoliceDeathsChart>(markup);
      await expect(el).to.be.accessible();
    });
  }
});
