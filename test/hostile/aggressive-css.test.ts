import { expect } from '@open-wc/testing';
import { expectQuietPage } from '../support/console.js';
import { closePages } from '../support/frames.js';
import { widgetTags } from '../support/manifest.js';
import { settle } from '../support/wait.js';
import { expectPageWorks, openPage, openRepublishDialog, widgetsIn } from './support.js';

describe('hostile page: aggressive global CSS, right to left (built dist/)', function () {
  this.timeout(60000);
  afterEach(closePages);

  it('renders every widget and draws every chart under `* { all: revert }`, flex divs, hidden canvases, 48px text on an 8px root', async () => {
    const win = await openPage('aggressive-css.html');
    // The page's stylesheet is really in force, on the page's own elements.
    const doc = win.document;
    expect(doc.documentElement.dir).to.equal('rtl');
    expect(win.getComputedStyle(doc.querySelector('.partner-canvas')!).display).to.equal('none');
    expect(win.getComputedStyle(doc.querySelector('.row')!).display).to.equal('flex');
    expect(win.getComputedStyle(doc.querySelector('article > p')!).fontSize).to.equal('48px');
    // Every widget is on the page twice. `all: revert` beats the widgets' `:host { display:
    // block }`: hosts in the flow of the article are inline now, while those alone in a div (a
    // flex row) are flex items, which are blockified.
    const inFlow = widgetsIn(doc.querySelector('.in-flow')!);
    const inRows = widgetsIn(doc.querySelector('.in-rows')!);
    expect(inFlow.map((element) => element.localName)).to.deep.equal(widgetTags);
    expect(inRows.map((element) => element.localName)).to.deep.equal(widgetTags);
    for (const element of inFlow) {
      expect(win.getComputedStyle(element).display, `<${element.localName}>`).to.equal('inline');
    }
    for (const element of inRows) {
      const row = win.getComputedStyle(element.parentElement!).display;
      expect(row, `<${element.localName}>'s div`).to.equal('flex');
      expect(win.getComputedStyle(element).display, `<${element.localName}>`).to.equal('block');
    }

    const widgets = await expectPageWorks(win);
    for (const element of widgets) {
      expect(win.getComputedStyle(element).direction, `<${element.localName}>`).to.equal('rtl');
    }

    // The republish dialog opens on screen and gets the article, stripped buttons and all.
    const area = await openRepublishDialog(win);
    expect(area.value).to.contain('The partner');
    await settle(win);
    expectQuietPage(win);
  });
});
