import { expect } from '@open-wc/testing';
import { isInaccessible } from 'dom-accessibility-api';
import { articleWithout, runScript, snippetScript, upgrade } from './support/article.js';
import { choose, chooseGraphic, openBuilder, snippetAfterCopy } from './support/builder.js';
import { chartTags } from './support/manifest.js';
import { frames, nextReady, pause, waitFor } from './support/wait.js';

// Static-first charts (issue #21): the builder's script snippet holds each chart's plot as an
// inline SVG, on screen at first paint with the page's scripts held; the widget upgrades in place,
// keeps the plot until Chart.js has drawn over it, then shows no static plot at all (it keeps the
// plot hidden in its slot, for print: test/print.test.ts). With
// Save-Data, Chart.js is not requested until the reader asks.

afterEach(() => document.querySelectorAll('iframe').forEach((node) => node.remove()));

/** Whether `element` takes up room on screen (laid out, not hidden). */
const shown = (element: Element) => {
  const { width, height } = element.getBoundingClientRect();
  return width > 0 && height > 0 && getComputedStyle(element).visibility === 'visible';
};

/** Requests for Chart.js's chunk (dist/chunks/chart-setup-*.js) the page has made. */
const chartJsRequests = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.includes('chart-setup'));

/** The static plot the widget's chart box shows: the element its slot holds, if any. */
const slottedPlot = (widget: Element) =>
  widget
    .shadowRoot!.querySelector<HTMLSlotElement>('slot[name="static-plot"]')!
    .assignedElements()[0];

/** The bars of the static plot, each painted where the page says it is. */
function expectBarsOnScreen(win: Window, plot: Element, where: string): void {
  const bars = [...plot.querySelectorAll('rect.bar')];
  expect(bars.length, `${where}: bars`).to.be.greaterThan(0);
  for (const bar of bars) {
    const box = bar.getBoundingClientRect();
    expect(box.width * box.height, `${where}: a bar has an area`).to.be.greaterThan(20);
    // Hit testing reaches the bar itself just inside its corner (its value label may be over its
    // middle): it is painted there, and nothing covers it.
    const hit = win.document.elementFromPoint(box.x + 3, box.y + 3);
    expect(hit === bar, `${where}: the bar is what is inside its corner`).to.equal(true);
  }
}

describe('static-first charts: the builder’s script snippet', function () {
  this.timeout(120_000);

  for (const lang of ['en', 'es']) {
    it(`shows the bars as inline SVG before any script runs, then upgrades in place (${lang})`, async () => {
      const { builder, copied } = await openBuilder();
      for (const tag of chartTags) {
        await chooseGraphic(builder, tag);
        await choose(builder, '#attribute-lang', lang);
        const snippet = await snippetAfterCopy(builder, 'script', tag, copied, lang);
        const script = snippetScript(snippet);
        for (const width of [390, 800]) {
          const where = `<${tag} lang="${lang}"> at ${width} px`;
          const win = await articleWithout(script, snippet, width);
          const widget = win.document.querySelector(tag)!;
          expect(win.customElements.get(tag), `${where}: not defined yet`).to.equal(undefined);

          // Scripts held: the plot is in the HTML, on screen, and hidden from assistive technology.
          const plot = widget.querySelector('.chart-box > svg.static-plot')!;
          expect(Boolean(plot), `${where}: the static plot`).to.equal(true);
          expect(shown(plot), `${where}: the static plot is shown`).to.equal(true);
          expectBarsOnScreen(win, plot, where);
          expect(plot.getAttribute('aria-hidden'), `${where}: aria-hidden`).to.equal('true');
          for (const node of [plot, ...plot.querySelectorAll('*')]) {
            expect(isInaccessible(node), `${where}: <${node.localName}> inaccessible`).to.equal(
              true,
            );
          }
          const box = plot.closest('.chart-box')!.getBoundingClientRect();

          // The scripts arrive: the chart upgrades in place, with no shift.
          const shifts = await upgrade(win, script, widget, where, 2);
          const liveBox = widget.shadowRoot!.querySelector('.chart-box')!.getBoundingClientRect();
          for (const side of ['x', 'y', 'width', 'height'] as const) {
            expect(liveBox[side], `${where}: the chart box's ${side}`).to.be.closeTo(
              box[side],
              0.5,
            );
          }
          expect(shifts, `${where}: layout shifts`).to.deep.equal([]);
          // Chart.js has drawn: no static plot is left on screen, in the shadow root or the light
          // DOM. The plot stays in its slot, hidden, for print (issue #25, test/print.test.ts).
          expect(slottedPlot(widget) === plot, `${where}: the plot kept in its slot`).to.equal(
            true,
          );
          expect(plot.hasAttribute('hidden'), `${where}: the plot hidden`).to.equal(true);
          expect(
            [...widget.querySelectorAll('svg.static-plot')].some(shown),
            `${where}: a static plot still shown`,
          ).to.equal(false);
          expect(
            widget.shadowRoot!.querySelector('svg') === null,
            `${where}: no SVG in the shadow root`,
          ).to.equal(true);
          win.frameElement!.remove();
        }
      }
    });
  }

  it('keeps a chart static for a reader who saves data, until the reader asks', async () => {
    const { builder, copied } = await openBuilder();
    for (const tag of chartTags) {
      await chooseGraphic(builder, tag);
      await choose(builder, '#attribute-lang', 'en');
      const snippet = await snippetAfterCopy(builder, 'script', tag, copied, 'en');
      const script = snippetScript(snippet);
      for (const ask of ['button', 'focus'] as const) {
        const where = `<${tag}>, asked by ${ask}`;
        const win = await articleWithout(script, snippet, 390);
        // What Chromium reports with its Save-Data setting on (the other engines have no such
        // setting), set before any script of ours runs.
        Object.defineProperty(win.navigator, 'connection', {
          configurable: true,
          value: { saveData: true },
        });
        const widget = win.document.querySelector(tag)!;
        runScript(win, script);
        await waitFor(() => widget.shadowRoot?.querySelector('.chart-box'), `${where}: upgraded`);
        // Proving that Chart.js does not come on its own: it would within this time otherwise.
        await pause(1500);
        expect(
          chartJsRequests(win),
          `${where}: Chart.js requested before the reader asked`,
        ).to.deep.equal([]);
        // Meanwhile the chart box shows the static plot, and the figures stay in reach.
        const plot = slottedPlot(widget)!;
        expect(Boolean(plot), `${where}: the static plot is slotted`).to.equal(true);
        expect(shown(plot), `${where}: the static plot is shown`).to.equal(true);
        expect(widget.shadowRoot!.querySelector('table')!.textContent).to.match(/\d/);
        expect(
          widget.shadowRoot!.querySelector('[part~="download"]')!.getAttribute('href'),
        ).to.match(/^data:text\/csv/);
        const button =
          widget.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="explore"]')!;
        expect(button.textContent!.trim()).to.equal('Explore the chart');
        expect(shown(button), `${where}: the button is shown`).to.equal(true);

        const ready = nextReady(widget, 15_000);
        if (ask === 'button') button.click();
        else widget.shadowRoot!.querySelector<HTMLElement>('.points')!.focus();
        await ready;
        expect(chartJsRequests(win).length, `${where}: Chart.js requested`).to.be.greaterThan(0);
        await frames(2, win);
        expect(shown(plot), `${where}: the plot gave way to the chart`).to.equal(false);
        expect(
          widget.shadowRoot!.querySelector('button[part~="explore"]') === null,
          `${where}: button gone`,
        ).to.equal(true);
        // The keyboard is on the chart's bars, ready to walk them.
        expect(widget.shadowRoot!.activeElement?.className, `${where}: focus`).to.equal('points');
        win.frameElement!.remove();
      }
    }
  });

  it('shows no static plot whose figures are not the widget’s own (another language)', async () => {
    // A chart whose value labels have words, which differ between the languages.
    const prerendered = (await (await fetch('/dist/prerendered.json')).json()) as Record<
      string,
      { attributes: Record<string, string>; html: string }[]
    >;
    const values = (tag: string, lang: string) =>
      /data-values="([^"]*)"/.exec(
        prerendered[tag]!.find((entry) => entry.attributes.lang === lang)!.html,
      )?.[1];
    const tag = chartTags.find((chart) => values(chart, 'en') !== values(chart, 'es'))!;
    const { builder, copied } = await openBuilder();
    await chooseGraphic(builder, tag);
    await choose(builder, '#attribute-lang', 'en');
    const snippet = await snippetAfterCopy(builder, 'script', tag, copied, 'en');
    const script = snippetScript(snippet);
    // The page switches the widget to Spanish before it upgrades: the English plot must not stay.
    const win = await articleWithout(script, snippet.replace(`lang="en"`, 'lang="es"'), 390);
    Object.defineProperty(win.navigator, 'connection', {
      configurable: true,
      value: { saveData: true },
    });
    const widget = win.document.querySelector(tag)!;
    runScript(win, script);
    await waitFor(() => widget.shadowRoot?.querySelector('.chart-box'), 'upgraded');
    await frames(2, win);
    expect(
      widget.shadowRoot!.querySelector('button[part~="explore"]')!.textContent!.trim(),
    ).to.equal('Explorar el gráfico');
    expect(slottedPlot(widget) === undefined, 'the English plot is not shown').to.equal(true);
  });
});
