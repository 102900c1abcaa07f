import { expect } from '@open-wc/testing';
import '../../src/refuge-widgets.js';
import { accessibilityTree, treeNodes, type AxNode } from '../support/accessibility.js';
import { engine } from '../support/engine.js';
import { cleanUp, mount } from '../support/mount.js';
import { foldedText } from '../support/shadow.js';
import { widgetTags } from '../support/manifest.js';

// What a screen reader is told about each widget, read from Chromium's accessibility tree (the
// README's "Accessibility" says the same): every control, link, image, list and table has a name,
// and each widget exposes the structure it documents.

/** Roles a reader moves to or between, which are useless without a name. */
const named = ['link', 'button', 'listbox', 'option', 'image', 'table', 'list', 'figure', 'region'];

/** The structure each widget documents, in English, checked on its tree. */
const documented: Record<string, (tree: AxNode[], element: Element) => void> = {
  'asylum-stat': (tree, element) => {
    const title = foldedText(element.shadowRoot!.querySelector('[part~="title"]'));
    expect(tree.some((node) => node.role === 'figure' && node.name === title)).to.equal(true);
  },
  'violence-timeline': (tree, element) => {
    const title = foldedText(element.shadowRoot!.querySelector('[part~="title"]'));
    const list = tree.find((node) => node.role === 'list' && node.name === title);
    expect(list, 'an ordered list named by the title').to.exist;
    expect(treeNodes(list!).filter((node) => node.role === 'listitem')).to.have.length(6);
  },
  'police-deaths-chart': (tree) => expectChart(tree, 2),
  'drug-killings-chart': (tree) => expectChart(tree, 4),
  'republish-notice': (tree) => {
    expect(
      tree.some((node) => node.role === 'button' && node.name === 'Republish this story'),
    ).to.equal(true);
  },
};

/** A chart: an image named by its summary, its list of bars, and its table of figures. */
function expectChart(tree: AxNode[], bars: number): void {
  const image = tree.find((node) => node.role === 'image');
  expect(image?.name, 'the canvas is an image named by the summary').to.match(/^Bar chart\. /);
  const list = tree.find((node) => node.role === 'listbox');
  expect(list?.name).to.equal('The chart’s bars: use the arrow keys');
  expect(treeNodes(list!).filter((node) => node.role === 'option')).to.have.length(bars);
  expect(tree.some((node) => node.role === 'table' && node.name)).to.equal(true);
}

describe('every widget in the accessibility tree (Chromium)', function () {
  this.timeout(20000);
  before(function () {
    // The tree is Chromium's, read through the DevTools protocol.
    if (engine() !== 'chromium') this.skip();
  });
  afterEach(() => cleanUp(...widgetTags));

  it('covers every widget of the manifest', () => {
    for (const tag of widgetTags)
      expect(documented[tag], `documented structure of <${tag}>`).to.exist;
  });

  for (const tag of widgetTags) {
    it(`<${tag}>: everything a reader moves to has a name, and the documented structure is there`, async () => {
      const element = await mount<HTMLElement>(`<${tag} id="in-tree" lang="en"></${tag}>`);
      const tree = treeNodes(await accessibilityTree('in-tree'));
      const unnamed = tree.filter((node) => named.includes(node.role ?? '') && !node.name?.trim());
      expect(
        unnamed.map((node) => node.role),
        'nodes without a name',
      ).to.deep.equal([]);
      documented[tag]!(tree, element);
    });
  }
});
