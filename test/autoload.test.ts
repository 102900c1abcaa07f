import { expect } from '@open-wc/testing';
import { drawnPixels, requestedFiles } from './support/chart.js';
import { expectQuietPage } from './support/console.js';
import { closePages, openPage, type PageWindow } from './support/frames.js';
import { shadowText } from './support/shadow.js';
import { waitFor } from './support/wait.js';

// dist/refuge-widgets.js loads only the widgets a page uses (DESIGN.md, "Files in dist/"), and a
// chart in the first screen requests Chart.js with its own code, not after its first render.

/** The built files `win` requested, by their name without the hash: `chunks/core`, `asylum-stat`. */
function requestedNames(win: Window): string[] {
  return requestedFiles(win)
    .filter((file) => !file.includes('/') || file.startsWith('chunks/'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => file.replace(/^(chunks\/.+)-[\w-]{8}\.js$/, '$1').replace(/\.js$/, ''));
}

/** The resource timing entry of the built file whose name (without hash) is `name`. */
function timing(win: Window, name: string): PerformanceResourceTiming {
  const entry = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find(
    (candidate) => new RegExp(`/dist/${name}(-[\\w-]{8})?\\.js$`).test(candidate.name),
  );
  expect(entry, `${name} was requested`).to.exist;
  return entry!;
}

const renders = (element: Element | null | undefined) =>
  waitFor(
    () => element?.shadowRoot && shadowText(element) !== '',
    `<${element?.localName}> to render`,
  );

describe('dist/refuge-widgets.js loads what the page uses', () => {
  afterEach(closePages);

  it('a page with one <asylum-stat> requests that widget and the core, nothing else', async () => {
    const win = await openPage('/test/pages/one-stat.html');
    await renders(win.document.querySelector('asylum-stat'));
    expect(requestedNames(win).sort()).to.deep.equal([
      'asylum-stat',
      'chunks/core',
      'refuge-widgets',
    ]);
    expectQuietPage(win);
  });

  it('loads a widget added later, and one inside the open shadow root of an added element', async () => {
    const win = await openPage('/test/pages/one-stat.html');
    await renders(win.document.querySelector('asylum-stat'));

    const timeline = win.document.createElement('violence-timeline');
    win.document.body.append(timeline);
    await renders(timeline);

    // A component of the page's own, with our chart in its shadow root, as a single-page app has.
    const host = win.document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    win.document.body.prepend(host);
    await new Promise((resolve) => win.setTimeout(resolve, 50));
    const chart = win.document.createElement('police-deaths-chart');
    root.append(chart);
    await waitFor(
      () => chart.shadowRoot && drawnPixels(chart) > 1000,
      'the chart in a shadow root to draw',
    );

    const names = requestedNames(win);
    expect(names).to.include.members(['violence-timeline', 'chunks/police-deaths-chart']);
    expect(names, 'never loaded: no such tag on the page').not.to.include('republish-notice');
    expect(names).not.to.include('chunks/drug-killings-chart');
    expectQuietPage(win as PageWindow);
  });
});

describe('a chart in the first screen', () => {
  afterEach(closePages);

  for (const page of ['chart-first-screen.html', 'one-stat.html']) {
    const script = page === 'one-stat.html' ? 'refuge-widgets.js' : 'police-deaths-chart.js';
    it(`with ${script}: requests Chart.js and its chunks before its own code has even arrived`, async () => {
      const win = await openPage(`/test/pages/${page}`);
      if (page === 'one-stat.html') {
        win.document.body.prepend(win.document.createElement('police-deaths-chart'));
      }
      const chart = win.document.querySelector('police-deaths-chart')!;
      await waitFor(() => chart.shadowRoot && drawnPixels(chart) > 1000, 'the chart to draw');
      const chartJs = timing(win, 'chunks/chart-setup');
      const widget = timing(win, 'chunks/police-deaths-chart');
      // Before the widget's code has even arrived (timers are coarse in Firefox and WebKit: at the
      // same millisecond at most); the old chain asked for it only after the widget's first render.
      expect(
        chartJs.startTime,
        'Chart.js requested by the time the widget code arrived',
      ).to.be.at.most(widget.responseEnd);
      // The chunks the widget's code imports are requested with it, not found once it arrives.
      for (const chunk of ['chunks/core', 'chunks/chart-element']) {
        expect(timing(win, chunk).startTime, `${chunk} requested with the widget`).to.be.at.most(
          widget.responseEnd,
        );
      }
      expectQuietPage(win);
    });
  }
});
