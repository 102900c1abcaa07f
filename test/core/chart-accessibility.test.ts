import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/refuge-widgets.js';
import type { ChartSetup } from '../../src/core/chart/chart-controller.js';
import type { ChartWidgetElement } from '../../src/core/chart/chart-element.js';
import { formatNumber, type Locale } from '../../src/core/localize.js';
import { killings, police } from '../../src/data/index.js';
import { showChart } from '../support/chart.js';
import { axeViolations, frame } from '../support/frames.js';
import { engine } from '../support/engine.js';
import { chartTags, widgetTags } from '../support/manifest.js';
import { frames, nextReady } from '../support/wait.js';

// Charts a reader can explore without a mouse or without sight (issue "Charts a reader can
// explore"): keyboard walk, what the accessibility tree says, forced colours, values on the bars,
// reflow at 320 px and text spacing.

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
          expect(chartJs.tooltip!.opacity, 'the tooltip is shown').to.be.greaterThan(0);
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
        expect(chart.chartController.chart!.getActiveElements(), 'tooltip hidden').to.have.length(
          0,
        );
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
      const tree = (await executeServerCommand('accessibility-tree', {
        selector: 'pierce/#explored',
      })) as AxNode;
      const image = findNode(tree, (node) => node.role === 'image');
      expect(image?.name, 'the canvas is an image named by the summary').to.contain(
        formatNumber(killings.years[3].value, lang),
      );
      const list = findNode(tree, (node) => node.role === 'listbox');
      expect(list?.name).to.equal(
        lang === 'es'
          ? 'Las barras del gráfico: use las flechas'
          : 'The chart’s bars: use the arrow keys',
      );
      const chosen = findNode(tree, (node) => node.role === 'option' && node.selected === true);
      expect(chosen?.name).to.equal(expectedPoints['drug-killings-chart']!(lang)[1]);
    });
  }
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

describe('every widget: reflow at 320 px and text spacing', function () {
  this.timeout(30000);

  it('covers every widget of the manifest', () => {
    expect(widgetTags.length).to.be.at.least(5);
  });

  for (const tag of widgetTags) {
    it(`<${tag}> at 320 px: nothing wider than the page but the table's own scroll region; no clipped text with WCAG text spacing`, async () => {
      // A 320 px wide frame is a 320 px viewport in every engine (WebDriver cannot resize one).
      const iframe = await frame('/test/pages/phone.html', { width: '320px', height: '800px' });
      const win = iframe.contentWindow!;
      const element = win.document.createElement(tag) as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      element.setAttribute('show-table', '');
      win.document.getElementById('story')!.append(element);
      await win.customElements.whenDefined(tag);
      await element.updateComplete;
      await frames(2, win);
      const root = element.shadowRoot!;
      // WCAG 1.4.12's overrides, applied inside the shadow root as a reader's style sheet would be.
      const spacing = new (win as unknown as typeof globalThis).CSSStyleSheet();
      spacing.replaceSync(
        `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
         p { margin-block-end: 2em !important; }`,
      );
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacing];
      await frames(2, win);

      // 320 px, less a classic scrollbar where the engine draws one (Firefox: 308).
      const viewport = win.document.documentElement.clientWidth;
      expect(viewport).to.be.within(300, 320);
      expect(
        win.document.documentElement.scrollWidth,
        'the page does not scroll sideways',
      ).to.be.at.most(viewport);
      const table = root.querySelector('.table-box');
      if (table) {
        expect(table.getAttribute('role')).to.equal('region');
        expect(table.getAttribute('aria-label')).to.not.equal(null);
        expect(table.getAttribute('tabindex')).to.equal('0');
      }
      for (const box of root.querySelectorAll<HTMLElement>('*')) {
        if (table?.contains(box) || box.closest('.visually-hidden, .swatches, svg, canvas, dialog'))
          continue;
        const rect = box.getBoundingClientRect();
        if (rect.width === 0) continue;
        expect(rect.right, `${nameOf(box)} within the page`).to.be.at.most(viewport + 0.5);
        const style = win.getComputedStyle(box);
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
          expect(box.scrollWidth, `${nameOf(box)} is not clipped`).to.be.at.most(
            box.clientWidth + 1,
          );
          expect(box.scrollHeight, `${nameOf(box)} is not clipped`).to.be.at.most(
            box.clientHeight + 1,
          );
        }
      }
      iframe.remove();
    });
  }
});

interface AxNode {
  role?: string;
  name?: string;
  selected?: boolean;
  children?: AxNode[];
}

function findNode(node: AxNode, matches: (node: AxNode) => boolean): AxNode | undefined {
  if (matches(node)) return node;
  for (const child of node.children ?? []) {
    const found = findNode(child, matches);
    if (found) return found;
  }
  return undefined;
}

function nameOf(element: Element): string {
  return `<${element.localName}${element.className ? ` class="${element.className}"` : ''}>`;
}

/** `rgb()` / `rgba()` as numbers. */
function rgb(colour: string): number[] {
  const [red = 0, green = 0, blue = 0, alpha = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return [red, green, blue, alpha];
}

function contrast(one: number[], two: number[]): number {
  const luminance = ([red = 0, green = 0, blue = 0]: number[]) => {
    const [r, g, b] = [red, green, blue].map((channel) => {
      const value = channel / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(one), luminance(two)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

/** A system colour as a canvas stores it: [r, g, b, alpha 0–255]. */
function systemColour(name: string): number[] {
  const probe = document.createElement('span');
  probe.style.cssText = `color: ${name}; forced-color-adjust: none;`;
  document.body.append(probe);
  const [red = 0, green = 0, blue = 0, alpha = 1] = rgb(getComputedStyle(probe).color);
  probe.remove();
  return [red, green, blue, Math.round(alpha * 255)];
}

/** The RGBA of the chart's canvas at CSS pixel (x, y). */
function canvasPixel(chart: Chart, x: number, y: number): number[] {
  const canvas = chart.shadowRoot!.querySelector('canvas')!;
  const scale = canvas.width / canvas.getBoundingClientRect().width;
  const data = canvas
    .getContext('2d')!
    .getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data;
  return [...data];
}
