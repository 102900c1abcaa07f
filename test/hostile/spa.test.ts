import { expect } from '@open-wc/testing';
import { expectQuietPage } from '../support/console.js';
import { closePages } from '../support/frames.js';
import { widgetTags } from '../support/manifest.js';
import { settle } from '../support/wait.js';
import type { Spa } from './pages/spa.js';
import {
  chartsAmong,
  expectChartsDrawn,
  expectPageWorks,
  expectRendered,
  openPage,
  readyAfterNow,
  widgetsIn,
} from './support.js';

interface ChartWidget extends HTMLElement {
  chartController: { chart: unknown };
}

/** Runs one step of the app's life; a failure says which step it was. */
async function step(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    (error as Error).message = `${name}: ${(error as Error).message}`;
    throw error;
  }
}

describe('hostile page: a single-page app inserts, moves, removes and replaces widgets (built dist/)', function () {
  this.timeout(60000);
  afterEach(closePages);

  it('renders and draws again after every step, with nothing in the console', async () => {
    const win = await openPage('spa.html', { width: '1000px' });
    const spa = (win as typeof win & { spa?: Spa }).spa!;
    expect(spa, 'window.spa, from spa.ts').to.be.an('object');
    let inArticle: HTMLElement[] = [];
    let inserted: HTMLElement[] = [];

    await step('the first article', async () => {
      inArticle = await expectPageWorks(win);
    });

    await step('insert', async () => {
      // The app builds one of each widget with createElement() and appends them.
      inserted = spa.insert();
      expect(inserted.map((element) => element.localName)).to.deep.equal([...widgetTags]);
      await expectRendered(inserted);
      await expectChartsDrawn(chartsAmong(inserted));
    });

    await step('move', async () => {
      // To the other column: each is disconnected (its chart destroyed) and connected again, and
      // must draw a new chart.
      const ready = readyAfterNow(chartsAmong(inserted));
      spa.move();
      expect(inserted.every((element) => element.parentElement!.id === 'right')).to.equal(true);
      await expectRendered(inserted);
      await expectChartsDrawn(chartsAmong(inserted), ready);
    });

    await step('remove and re-insert', async () => {
      // Out of the page for two frames, then back in the first column.
      const ready = readyAfterNow(chartsAmong(inserted));
      const back = await spa.removeAndReinsert();
      expect(back.every((element, index) => element === inserted[index])).to.equal(true);
      expect(inserted.every((element) => element.parentElement!.id === 'left')).to.equal(true);
      await expectRendered(inserted);
      await expectChartsDrawn(chartsAmong(inserted), ready);
    });

    await step('replace the article with innerHTML', async () => {
      // A route change: the old widgets are dropped, the new ones upgrade.
      const fresh = spa.replaceArticle();
      expect(fresh.map((element) => element.localName)).to.deep.equal([...widgetTags]);
      expect(inArticle.some((element) => element.isConnected)).to.equal(false);
      for (const element of fresh) {
        const definition = win.customElements.get(element.localName)!;
        expect(element instanceof definition, `the new <${element.localName}> upgraded`).to.equal(
          true,
        );
      }
      await expectRendered(fresh);
      await expectChartsDrawn(chartsAmong(fresh));
      // The dropped charts let go of their Chart.js instances. (A boolean: a failed assertion on
      // the instance itself would have the test runner serialize all of Chart.js, and hang.)
      for (const old of chartsAmong(inArticle) as ChartWidget[]) {
        expect(
          old.chartController.chart === undefined,
          `the dropped <${old.localName}> let go of its chart`,
        ).to.equal(true);
      }
      // On the page now: the app's widgets and the new article's, one of each.
      expect(widgetsIn(win.document)).to.have.length(2 * widgetTags.length);
    });

    await settle(win);
    expectQuietPage(win);
  });
});
