import { expect } from '@open-wc/testing';
import { closePages } from '../support/frames.js';
import { widgetTags } from '../support/manifest.js';
import { expectPageWorks, openPage, widgetsIn } from './support.js';

describe('hostile page: the library twice from two URLs, mixed with per-widget files (built dist/)', function () {
  this.timeout(60000);
  afterEach(closePages);

  it('defines each tag once, renders every widget, draws every chart, with nothing in the console', async () => {
    const win = await openPage('two-urls.html');
    const page = win as typeof win & { __defineCalls: string[]; litElementVersions: string[] };

    await expectPageWorks(win);

    // All four scripts really loaded: /dist-copy/ is a second copy of every module, with its Lit.
    const loaded = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname);
    expect(loaded).to.include.members([
      '/dist/refuge-widgets.js',
      '/dist-copy/refuge-widgets.js',
      '/dist/police-deaths-chart.js',
      '/dist-copy/asylum-stat.js',
    ]);
    expect(page.litElementVersions, 'the two copies of Lit that ran').to.have.length(2);

    // customElements.define() was called once per tag, and never threw: the second copy saw the
    // tag taken and stood down (record-defines.js records every call).
    expect([...page.__defineCalls].sort()).to.deep.equal([...widgetTags].sort());
    for (const element of widgetsIn(win.document)) {
      const definition = win.customElements.get(element.localName)!;
      expect(element instanceof definition, `<${element.localName}> upgraded`).to.equal(true);
    }
  });
});
