import { expect } from '@open-wc/testing';
import {
  closePages,
  expectPageWorks,
  expectQuietPage,
  openPage,
  openRepublishDialog,
  settle,
} from './support.js';

describe('hostile page: aggressive global CSS, right to left (built dist/)', function () {
  this.timeout(60000);
  afterEach(closePages);

  it('renders every widget and draws both charts under `* { all: revert }`, flex divs, hidden canvases, 48px text on an 8px root', async () => {
    const win = await openPage('aggressive-css.html');
    // The page's stylesheet is really in force, on the page's own elements.
    const doc = win.document;
    expect(doc.documentElement.dir).to.equal('rtl');
    expect(win.getComputedStyle(doc.querySelector('.partner-canvas')!).display).to.equal('none');
    expect(win.getComputedStyle(doc.querySelector('.row')!).display).to.equal('flex');
    expect(win.getComputedStyle(doc.querySelector('article > p')!).fontSize).to.equal('48px');
    // `all: revert` beats the widgets' `:host { display: block }`: hosts outside the flex rows are
    // inline now (those inside them are flex items, which are blockified).
    for (const tag of ['violence-timeline', 'police-deaths-chart', 'republish-notice']) {
      expect(win.getComputedStyle(doc.querySelector(tag)!).display, `<${tag}>`).to.equal('inline');
    }
    for (const tag of ['asylum-stat', 'drug-killings-chart']) {
      expect(win.getComputedStyle(doc.querySelector(tag)!).display, `<${tag}>`).to.equal('block');
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
