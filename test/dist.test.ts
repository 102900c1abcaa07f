import { expect } from '@open-wc/testing';
import { chartJsRequested, requestedFiles } from './support/chart.js';
import { expectQuietPage } from './support/console.js';
import { closePages, openPage, type PageWindow } from './support/frames.js';
import { engine } from './support/engine.js';
import { chartTags } from './support/manifest.js';
import { shadowText } from './support/shadow.js';
import { frames, nextReady, pause, waitFor } from './support/wait.js';

/** Waits until the page's `<tag>` shows text, and returns it. */
function rendered(win: Window, tag: string): Promise<string> {
  return waitFor(() => {
    const element = win.document.querySelector(tag);
    return element && shadowText(element);
  }, `<${tag}> to render`);
}

describe('the built dist/ files, loaded as partners load them', () => {
  afterEach(closePages);

  it('render when the library is loaded twice from two URLs beside a per-widget file, with nothing in the console', async () => {
    const win = await openPage('/test/pages/loaded-twice.html');
    expect(await rendered(win, 'asylum-stat')).to.contain('Almost 200');
    expect(await rendered(win, 'violence-timeline')).to.contain('20 de febrero de 2009');
    const page = win as PageWindow & { litElementVersions?: string[] };
    // Each copy loads a widget's code when it finds its tag, so the second may still be loading.
    await waitFor(
      () => page.litElementVersions?.length === 2,
      'two copies of the library (each with its Lit) to run',
    );
    expect(page.litElementVersions, 'no third copy').to.have.length(2);
    expectQuietPage(win);
  });

  it('load no Chart.js before a chart nears the viewport, and shift nothing when charts draw while scrolling', async () => {
    const win = await openPage('/test/pages/charts-in-article.html');
    await rendered(win, 'asylum-stat');
    // Proves that Chart.js is NOT requested while every chart is far below the fold.
    await pause(500);
    expect(chartJsRequested(win), requestedFiles(win).join(', ')).to.equal(false);
    expect(
      requestedFiles(win).some((name) => /^refuge-widgets\.js|^asylum-stat\.js/.test(name)),
    ).to.equal(true);

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

    const charts = [...win.document.querySelectorAll(chartTags.join(','))];
    expect(
      charts.map((chart) => chart.localName),
      'every chart of the manifest is on the page',
    ).to.deep.equal(chartTags);
    for (const chart of charts) {
      const ready = nextReady(chart, 8000);
      chart.scrollIntoView({ block: 'center' });
      await ready;
      // Proves that nothing shifts once the chart has drawn: the shift would be reported a frame
      // later, within this time.
      await frames(1, win);
      await pause(100);
    }
    expect(chartJsRequested(win)).to.equal(true);
    if (canMeasureShift) {
      expect(shift, 'cumulative layout shift while scrolling').to.equal(0);
    } else {
      expect(engine(), 'only Chromium measures layout shifts').not.to.equal('chromium');
    }
    expectQuietPage(win);
  });
});
