import { expect } from '@open-wc/testing';
import { engine } from './support/engine.js';

/** Loads a page from test/pages in an iframe, as a partner's article, and waits for it. */
async function loadPage(path: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.style.border = '0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow!;
}

async function rendered(win: Window, tag: string): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const text = win.document.querySelector(tag)?.shadowRoot?.textContent?.replace(/\s+/g, ' ');
    if (text && text.trim()) return text;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`<${tag}> never rendered`);
}

describe('the built dist/ files, loaded as partners load them', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('render when the library is loaded twice from two URLs beside a per-widget file, with nothing in the console', async () => {
    const win = await loadPage('/test/pages/loaded-twice.html');
    expect(await rendered(win, 'asylum-stat')).to.contain('Almost 200');
    expect(await rendered(win, 'violence-timeline')).to.contain('20 de febrero de 2009');
    const page = win as unknown as { __consoleLog: string[]; litElementVersions: string[] };
    expect(
      page.litElementVersions,
      'two copies of the library (each with its Lit) ran',
    ).to.have.length(2);
    expect(page.__consoleLog).to.deep.equal([]);
  });

  it('load no Chart.js before a chart nears the viewport, and shift nothing when charts draw while scrolling', async () => {
    const win = await loadPage('/test/pages/charts-in-article.html');
    await rendered(win, 'asylum-stat');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const requested = () =>
      win.performance
        .getEntriesByType('resource')
        .map((entry) => entry.name.replace(/^.*\/dist\//, ''));
    expect(
      requested().some((name) => /chart-setup/.test(name)),
      requested().join(', '),
    ).to.equal(false);
    expect(requested().some((name) => /^refuge-widgets\.js|^asylum-stat\.js/.test(name))).to.equal(
      true,
    );

    // Layout-shift entries exist in Chromium only; Firefox and WebKit still run the lazy-loading
    // part of this test, and the shift is measured where the platform can measure it.
    const PerformanceObserverInFrame = (win as unknown as typeof globalThis).PerformanceObserver;
    const canMeasureShift = PerformanceObserverInFrame.supportedEntryTypes.includes('layout-shift');
    let shift = 0;
    if (canMeasureShift)
      new PerformanceObserverInFrame((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number;
          hadRecentInput: boolean;
        }[]) {
          if (!entry.hadRecentInput) shift += entry.value;
        }
      }).observe({ type: 'layout-shift' });

    for (const tag of ['drug-killings-chart', 'police-deaths-chart']) {
      const chart = win.document.querySelector(tag)!;
      const ready = new Promise((resolve) =>
        chart.addEventListener('refuge-ready', resolve, { once: true }),
      );
      chart.scrollIntoView({ block: 'center' });
      await ready;
      await new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve, 100)));
    }
    expect(requested().some((name) => /chart-setup/.test(name))).to.equal(true);
    if (canMeasureShift) {
      expect(shift, 'cumulative layout shift while scrolling').to.equal(0);
    } else {
      expect(engine(), 'only Chromium measures layout shifts').not.to.equal('chromium');
    }
    expect((win as unknown as { __consoleLog: string[] }).__consoleLog).to.deep.equal([]);
  });
});
