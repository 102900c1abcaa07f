import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/refuge-widgets.js';
import type { ChartWidgetElement } from '../../src/core/chart/chart-element.js';
import { formatNumber, type Locale } from '../../src/core/localize.js';
import { killings, police } from '../../src/data/index.js';
import { accessibilityTree, treeNodes } from '../support/accessibility.js';
import { showChart, shownTooltip } from '../support/chart.js';
import { contrast, rgb } from '../support/colour.js';
import { engine } from '../support/engine.js';
import { chartTags } from '../support/manifest.js';
import { frames } from '../support/wait.js';

// Charts a reader can explore without a mouse or without sight: the keyboard walk over the bars,
// and what Chromium's accessibility tree tells a screen reader as it goes.

type Chart = ChartWidgetElement;

/** What a reader must hear at each point, in order, built from the data modules. */
const expectedPoints: Record<string, (locale: Locale) => string[]> = {
  'drug-killings-chart': (locale) =>
    killings.years.map(
      (year) =>
        `${year.period}: ${formatNumber(year.value, locale)} ${locale === 'es' ? 'homicidios' : 'killings'}`,
    ),
  'police-deaths-chart': (locale) =>
    locale === 'es'
      ? [
          `2008: casi ${police.in2008.value}`,
          `2007 y 2009 hasta mediados de año: alrededor de ${police.other.value} (calculado)`,
        ]
      : [
          `2008: nearly ${police.in2008.value}`,
          `2007 and 2009 up to mid-year: about ${police.other.value} (calculated)`,
        ],
};

const points = (chart: Chart) => chart.shadowRoot!.querySelector<HTMLElement>('.points')!;
const options = (chart: Chart) => [...points(chart).querySelectorAll('[role="option"]')];
const text = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();

/** The focused element, looking into shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The focused element as `tag.class`: comparing names keeps chai from printing whole elements. */
function focusName(): string {
  const active = deepActiveElement();
  return active ? `${active.localName}.${active.classList[0] ?? ''}` : 'nothing';
}

/** The option the list points at, or undefined. */
function activeOption(chart: Chart): Element | undefined {
  const id = points(chart).getAttribute('aria-activedescendant');
  return id ? (chart.shadowRoot!.getElementById(id) ?? undefined) : undefined;
}

/** A chart between two buttons, so that Tab has somewhere to come from and to go to. */
async function chartBetweenButtons(tag: string, lang: Locale) {
  const before = document.createElement('button');
  before.className = before.textContent = 'before';
  const after = document.createElement('button');
  after.className = after.textContent = 'after';
  const chart = await showChart<Chart>(`<${tag} lang="${lang}"></${tag}>`);
  chart.before(before);
  chart.after(after);
  return { before, chart, after };
}

afterEach(() => {
  document.querySelectorAll('body > div, body > button').forEach((node) => node.remove());
});

describe('charts: keyboard exploration', function () {
  this.timeout(30000);

  it('covers every chart of the manifest', () => {
    expect(chartTags.length).to.be.at.least(2);
    for (const tag of chartTags)
      expect(expectedPoints[tag], `expected points of <${tag}>`).to.exist;
  });

  for (const tag of chartTags) {
    for (const lang of ['en', 'es'] as const) {
      it(`<${tag} lang="${lang}">: Tab reaches the chart, arrows walk every point with its tooltip, Escape leaves, Tab moves on`, async () => {
        const { before, chart } = await chartBetweenButtons(tag, lang);
        const expected = expectedPoints[tag]!(lang);
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(focusName(), 'Tab reaches the chart').to.equal('ul.points');
        expect(points(chart).getAttribute('role')).to.equal('listbox');
        expect(activeOption(chart) === undefined, 'no point before an arrow key').to.equal(true);

        const heard: string[] = [];
        for (let index = 0; index < expected.length; index += 1) {
          await sendKeys({ press: 'ArrowRight' });
          const option = activeOption(chart);
          expect(option !== undefined, `point ${index + 1}`).to.equal(true);
          expect(option!.getAttribute('aria-selected')).to.equal('true');
          heard.push(text(option!));
          const chartJs = chart.chartController.chart!;
          const tooltip = shownTooltip(chart);
          expect(tooltip?.text, 'the tooltip says the point').to.equal(expected[index]);
          const box = chart.shadowRoot!.querySelector('.chart-box')!.getBoundingClientRect();
          expect(tooltip!.box.left, 'inside the chart').to.be.at.least(box.left - 0.5);
          expect(tooltip!.box.right, 'inside the chart').to.be.at.most(box.right + 0.5);
          expect(chartJs.getActiveElements()).to.have.length(1);
        }
        expect(heard).to.deep.equal(expected);
        const selected = options(chart).filter(
          (option) => option.getAttribute('aria-selected') === 'true',
        );
        expect(selected, 'one point selected at a time').to.have.length(1);

        await sendKeys({ press: 'ArrowRight' });
        expect(text(activeOption(chart)!), 'stays on the last point').to.equal(expected.at(-1));
        await sendKeys({ press: 'Home' });
        expect(text(activeOption(chart)!)).to.equal(expected[0]);
        await sendKeys({ press: 'End' });
        expect(text(activeOption(chart)!)).to.equal(expected.at(-1));
        await sendKeys({ press: 'ArrowLeft' });
        expect(text(activeOption(chart)!)).to.equal(expected.at(-2));

        await sendKeys({ press: 'Escape' });
        expect(activeOption(chart) === undefined, 'Escape leaves the points').to.equal(true);
        expect(chart.chartController.chart!.getActiveElements(), 'bar unmarked').to.have.length(0);
        expect(shownTooltip(chart), 'tooltip hidden').to.equal(undefined);
        expect(focusName(), 'focus stays on the chart').to.equal('ul.points');

        // On to the next control (the widget's own source link): the list is no trap.
        await sendKeys({ press: 'Tab' });
        expect(focusName(), 'Tab moves on: no trap').to.equal('a.');
      });
    }
  }

  it('moving between points is not a new rendering: no refuge-ready', async () => {
    const chart = await showChart<Chart>('<drug-killings-chart></drug-killings-chart>');
    let readies = 0;
    chart.addEventListener('refuge-ready', () => (readies += 1));
    points(chart).focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await frames(2);
    expect(readies).to.equal(0);
  });

  for (const lang of ['en', 'es'] as const) {
    it(`shows how to walk the bars while the keyboard is on them, and only then (${lang})`, async () => {
      const { before, chart } = await chartBetweenButtons('police-deaths-chart', lang);
      const shown = () => getComputedStyle(points(chart), '::before');
      expect(shown().content, 'before the keyboard reaches the chart').to.be.oneOf([
        'none',
        'normal',
      ]);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(focusName()).to.equal('ul.points');
      // The list's own name, shown: the words a screen reader says as it reaches the bars.
      const name = points(chart).getAttribute('aria-label')!;
      expect(name).to.match(lang === 'es' ? /use las flechas/ : /use the arrow keys/);
      const content = shown().content;
      expect(content === `"${name}" / ""` || /^attr\(aria-label\)/.test(content), content).to.equal(
        true,
      );
      const style = shown();
      expect(contrast(rgb(style.color), rgb(style.backgroundColor))).to.be.at.least(4.5);
      expect(parseFloat(style.fontSize)).to.be.at.least(12);
      // Shown over the plot, inside the chart's box: nothing around the chart moves.
      const box = chart.shadowRoot!.querySelector('.chart-box')!.getBoundingClientRect();
      const height = box.height;
      await sendKeys({ press: 'Tab' });
      expect(focusName(), 'the keyboard moved on').not.to.equal('ul.points');
      expect(shown().content, 'once the keyboard has left').to.be.oneOf(['none', 'normal']);
      expect(
        chart.shadowRoot!.querySelector('.chart-box')!.getBoundingClientRect().height,
      ).to.equal(height);
    });
  }

  it('shows a focus indicator of at least 3:1 against the page', async () => {
    const { before, chart } = await chartBetweenButtons('drug-killings-chart', 'en');
    before.focus();
    await sendKeys({ press: 'Tab' });
    const style = getComputedStyle(points(chart));
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    const outline = rgb(style.outlineColor);
    const page = rgb(getComputedStyle(document.body).backgroundColor);
    const background = page[3] === 0 ? [255, 255, 255, 1] : page;
    expect(contrast(outline, background)).to.be.at.least(3);
  });
});

describe('charts: the accessibility tree (Chromium)', function () {
  this.timeout(20000);
  before(function () {
    // The tree is Chromium's, read through the DevTools protocol.
    if (engine() !== 'chromium') this.skip();
  });

  for (const lang of ['en', 'es'] as const) {
    it(`names the chart, its list of bars and the point reached (${lang})`, async () => {
      const chart = await showChart<Chart>(
        `<drug-killings-chart lang="${lang}"></drug-killings-chart>`,
      );
      points(chart).focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      chart.id = 'explored';
      const tree = treeNodes(await accessibilityTree('explored'));
      const image = tree.find((node) => node.role === 'image');
      expect(image?.name, 'the canvas is an image named by the summary').to.contain(
        formatNumber(killings.years[3].value, lang),
      );
      const list = tree.find((node) => node.role === 'listbox');
      expect(list?.name).to.equal(
        lang === 'es'
          ? 'Las barras del gráfico: use las flechas'
          : 'The chart’s bars: use the arrow keys',
      );
      const chosen = tree.find((node) => node.role === 'option' && node.selected === true);
      expect(chosen?.name).to.equal(expectedPoints['drug-killings-chart']!(lang)[1]);
    });
  }
});
