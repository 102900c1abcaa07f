import { expect } from '@open-wc/testing';
import { corrections as shipped, correctionsFor, dataLastUpdated } from '../src/data/index.js';
import { corrections as fixture } from './fixtures/corrections.js';
import { csvText } from './support/chart.js';
import { closePages, openPage } from './support/frames.js';
import { copiedHtml, parse } from './republish-notice/support.js';
import type { RepublishNotice } from '../src/widgets/republish-notice/republish-notice.component.js';

// Issue #23, item 5: a correction is shown under the source line of every widget showing a figure
// it concerns. The shipped list is empty, so the live widgets are checked with the test fixture,
// swapped in for src/data/corrections.ts by test/pages/corrected.html's import map.
const EN = 'Corrected on December 6, 2026: TEST FIXTURE, not a real correction:';
const ES = 'Corregido el 6 de diciembre de 2026: DATO DE PRUEBA, no es una corrección real:';

describe('corrections: which concern which figures', () => {
  it('correctionsFor() picks the corrections naming any of the figures, in the list’s order', () => {
    const older = {
      ...fixture[0]!,
      date: '2026-11-01' as const,
      figures: ['port-requests'] as const,
    };
    const list = [fixture[0]!, older];
    expect(correctionsFor(['court-grants'], list)).to.deep.equal([fixture[0]]);
    expect(correctionsFor(['port-requests', 'police-2008'], list)).to.deep.equal(list);
    expect(correctionsFor(['killings-2008'], list)).to.deep.equal([]);
    expect(dataLastUpdated(list)).to.equal('2026-12-06');
    expect(dataLastUpdated([])).to.equal(undefined);
  });

  it('the shipped list shows nothing: no figure has been corrected', () => {
    expect(shipped.length).to.equal(0);
    expect(correctionsFor(['court-grants'])).to.deep.equal([]);
  });
});

describe('corrections in the live widgets (test/pages/corrected.html)', () => {
  let win: Window;
  const widget = (id: string) =>
    win.document.getElementById(id) as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
  /** The text of each correction the widget shows, whitespace collapsed. */
  const shown = (id: string) =>
    [...widget(id).shadowRoot!.querySelectorAll('[part~="correction"]')].map((line) =>
      line.textContent!.replace(/\s+/g, ' ').trim(),
    );
  /** Whether the element before the widget's first correction is a source line. */
  const underSource = (id: string) =>
    widget(id)
      .shadowRoot!.querySelector('[part~="correction"]')
      ?.previousElementSibling?.matches('[part~="source"]') ?? false;

  before(async () => {
    win = await openPage('/test/pages/corrected.html', { height: '4000px' });
    await win.customElements.whenDefined('violence-timeline');
    for (const element of win.document.body.children) {
      await (element as HTMLElement & { updateComplete?: Promise<boolean> }).updateComplete;
    }
  });
  after(() => closePages());

  it('<asylum-stat metric="court-grants">: under the source line, in English and Spanish', () => {
    expect(shown('grants')).to.have.length(1);
    expect(shown('grants')[0]!.startsWith(EN)).to.equal(true);
    expect(underSource('grants')).to.equal(true);
    expect(shown('grants-es')[0]!.startsWith(ES)).to.equal(true);
  });

  it('the sentence is text, never markup', () => {
    const line = widget('grants').shadowRoot!.querySelector('[part~="correction"]')!;
    expect(line.children.length).to.equal(0);
    expect(line.textContent!.includes(fixture[0]!.text.en)).to.equal(true);
  });

  it('<asylum-stat metric="port-requests"> and <drug-killings-chart>: none, their figures are not concerned', () => {
    expect(shown('ports')).to.deep.equal([]);
    expect(shown('killings')).to.deep.equal([]);
    expect(csvText(widget('killings')).includes('TEST FIXTURE')).to.equal(false);
  });

  it('<police-deaths-chart>: under the source line, and in the CSV with the data’s last update', () => {
    expect(shown('police')).to.have.length(1);
    expect(shown('police')[0]!.startsWith(EN)).to.equal(true);
    expect(underSource('police')).to.equal(true);
    const csv = csvText(widget('police'));
    expect(csv.includes(`Correction,"${EN}`)).to.equal(true);
    expect(csv.includes('Data last updated,2026-12-06')).to.equal(true);
    const csvEs = csvText(widget('police-es'));
    expect(csvEs.includes(`Corrección,"${ES}`)).to.equal(true);
    expect(csvEs.includes('Última actualización de los datos,2026-12-06')).to.equal(true);
  });

  it('<violence-timeline>: under the source line of the event stating the figure only', () => {
    const events = [...widget('timeline').shadowRoot!.querySelectorAll('[data-event]')];
    const withCorrection = events
      .filter((event) => event.querySelector('[part~="correction"]'))
      .map((event) => (event as HTMLElement).dataset.event);
    expect(withCorrection).to.deep.equal(['police-2008']);
    expect(shown('timeline')[0]!.startsWith(EN)).to.equal(true);
    expect(underSource('timeline')).to.equal(true);
  });

  it('<republish-notice> shows none: it shows no figure', () => {
    expect(shown('notice')).to.deep.equal([]);
  });

  it('the republished copy carries it, in the graphic’s fallback', async () => {
    // The widget in the story holds its fallback as a builder snippet does: the build collects
    // it from the same `data-fallback` elements the live widget renders.
    const live = widget('grants');
    const inStory = win.document.getElementById('story-grants')!;
    inStory.replaceChildren(
      ...[...live.shadowRoot!.querySelectorAll('[data-fallback]')].map((node) =>
        node.cloneNode(true),
      ),
    );
    const copied = await copiedHtml(widget('notice') as unknown as RepublishNotice);
    const copy = parse(copied);
    const lines = [...copy.querySelectorAll('asylum-stat p')].map((p) =>
      p.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(
      lines.some((line) => line.startsWith(EN)),
      copied,
    ).to.equal(true);
  });
});
