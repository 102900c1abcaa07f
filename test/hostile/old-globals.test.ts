import { expect } from '@open-wc/testing';
import { drawnPixels } from '../support/chart.js';
import { expectQuietPage } from '../support/console.js';
import { closePages } from '../support/frames.js';
import { settle } from '../support/wait.js';
import { expectPageWorks, openPage } from './support.js';

/** What Chart.js 2.9.4's UMD build puts on window: 2.x has no `Chart.version` (3.0 added it). */
interface ChartJs2 {
  defaults: { global?: unknown };
  instances: Record<string, { canvas: HTMLCanvasElement }>;
  version?: string;
}

interface OldGlobals {
  Chart: ChartJs2;
  partnerChart: { canvas: HTMLCanvasElement };
  reactiveElementVersions: string[];
}

/**
 * The test server resolves the bare imports inside lit-v2 with the `development` export condition,
 * so the page's own Lit 2 runs in dev mode and says so once. That line is the page's, not ours.
 */
const lit2DevMode = /^warn: Lit is in dev mode\./;

describe('hostile page: an old Chart.js 2 global and another Lit (built dist/)', function () {
  this.timeout(60000);
  afterEach(closePages);

  it('renders and draws beside a global Chart.js 2.9.4 and a Lit 2 element, and leaves both working', async () => {
    const win = await openPage('old-globals.html');
    const page = win as typeof win & OldGlobals;
    const chartJs2 = page.Chart;
    // Chart.js 2 has `Chart.defaults.global`; Chart.js 3 and 4 do not.
    expect(chartJs2.defaults.global, 'window.Chart is Chart.js 2').to.be.an('object');
    expect(chartJs2.version, 'window.Chart is Chart.js 2').to.equal(undefined);

    await expectPageWorks(win, { except: lit2DevMode });

    // window.Chart is still the page's Chart.js 2, and its chart still exists and is drawn.
    expect(page.Chart, 'window.Chart after our charts drew').to.equal(chartJs2);
    expect(page.Chart.defaults.global).to.be.an('object');
    const ownCanvas = win.document.querySelector<HTMLCanvasElement>('#partner-chart')!;
    const instances = Object.values(page.Chart.instances);
    expect(instances, 'Chart.js 2 charts').to.have.length(1);
    // Compared as booleans: on failure the test runner would serialize a whole Chart instance.
    expect(instances[0] === page.partnerChart, 'it is the page’s chart').to.equal(true);
    expect(instances[0].canvas === ownCanvas, 'on the page’s canvas').to.equal(true);
    expect(drawnPixels(ownCanvas), 'pixels of the page’s own chart').to.be.greaterThan(1000);

    // Two Lits ran: the page's Lit 2 (ReactiveElement 1.x) and ours (Lit 3, ReactiveElement 2.x).
    expect(page.reactiveElementVersions.some((v) => v.startsWith('1.'))).to.equal(true);
    expect(page.reactiveElementVersions.some((v) => v.startsWith('2.'))).to.equal(true);

    // The page's Lit 2 element still renders and still updates.
    const greeting = win.document.querySelector('partner-greeting') as HTMLElement & {
      name: string;
      updateComplete: Promise<boolean>;
    };
    expect(greeting.shadowRoot!.textContent).to.contain('Hello, reader, from Lit 2.');
    greeting.name = 'partner';
    await greeting.updateComplete;
    expect(greeting.shadowRoot!.textContent).to.contain('Hello, partner, from Lit 2.');

    await settle(win);
    expectQuietPage(win, { except: lit2DevMode });
    expect(
      win.__consoleLog.filter((line) => lit2DevMode.test(line)),
      'only the one dev-mode line of the page’s Lit 2',
    ).to.have.length(1);
  });
});
