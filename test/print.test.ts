import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { choose, chooseGraphic, openBuilder, snippetAfterCopy } from './support/builder.js';
import { snippetScript } from './support/article.js';
import { engine } from './support/engine.js';
import { chartTags, widgetTags } from './support/manifest.js';
import { frames, nextReady } from './support/wait.js';

// Print (issue #25): an article holding every widget as the builder's script snippets paste them,
// upgraded and drawn, printed by Chromium to PDF (test/support/chromium-commands.mjs, read with
// poppler-utils). The charts print as vectors (their static plots: text and paths, no bitmap), in
// the light scheme; the controls and the dialog do not print; the source addresses do.

interface Printed {
  /** `pdftotext -layout`: pages separated by form feeds. */
  text: string;
  /** Every bitmap the PDF draws. */
  images: { page: number; type: string; width: number; height: number }[];
  /** Each page as a PNG, base64. */
  pages: string[];
}

/** Text without its white space: a line the PDF wraps (a long address) still matches. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

/**
 * How many pixels of the pages' PNGs are within 24 of `colour` in every channel: a mark's own
 * colour, not the blends of another colour with white at its edges.
 */
async function countColour(pages: readonly string[], colour: readonly number[]): Promise<number> {
  let count = 0;
  for (const page of pages) {
    const bitmap = await createImageBitmap(
      await (await fetch(`data:image/png;base64,${page}`)).blob(),
    );
    const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    for (let i = 0; i < data.length; i += 4) {
      if ([0, 1, 2].every((channel) => Math.abs(data[i + channel]! - colour[channel]!) <= 24))
        count += 1;
    }
  }
  return count;
}

const paragraph = (text: string) => `<p>${text}</p>`;

describe('a page holding every widget, printed', function () {
  this.timeout(180_000);

  // page.pdf() is Chromium's (Puppeteer); the print rules are plain CSS the other engines apply too.
  if (engine() !== 'chromium') return;

  let printed: Printed;
  const expected: Record<string, { title: string; addresses: string[]; values: string[] }> = {};

  before(async () => {
    const { builder, copied } = await openBuilder();
    const snippets: string[] = [];
    for (const tag of widgetTags) {
      await chooseGraphic(builder, tag);
      await choose(builder, '#attribute-lang', 'en');
      snippets.push(await snippetAfterCopy(builder, 'script', tag, copied, 'en'));
    }
    document.querySelectorAll('iframe').forEach((node) => node.remove());

    // The article: the snippets between paragraphs, their scripts held back until all is in place.
    const scripts = [...new Set(snippets.map(snippetScript))];
    const main = document.createElement('main');
    main.style.cssText = 'max-width: 640px; margin: 0 auto; font: 16px/1.5 Georgia, serif';
    main.innerHTML = [
      '<h1>A story</h1>',
      ...snippets.map(
        (snippet, index) =>
          paragraph(`Paragraph ${index + 1} of the story.`) +
          scripts.reduce((html, script) => html.replace(script, ''), snippet),
      ),
    ].join('\n');
    document.body.append(main);
    await Promise.all(
      [...main.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) =>
        link.sheet ? undefined : new Promise((resolve) => link.addEventListener('load', resolve)),
      ),
    );
    // A dark widget prints in the light scheme all the same.
    main.querySelector(chartTags[0]!)!.setAttribute('theme', 'dark');

    const widgets = widgetTags.map((tag) => main.querySelector(tag)!);
    const ready = widgets.map((widget) => nextReady(widget, 30_000));
    for (const script of scripts) {
      const element = document.createElement('script');
      element.type = 'module';
      element.src = /src="([^"]+)"/.exec(script)![1]!;
      document.head.append(element);
    }
    // A chart draws once near the viewport: each is brought into view in turn.
    for (const [index, widget] of widgets.entries()) {
      widget.scrollIntoView();
      await ready[index];
    }
    await frames(3);

    for (const widget of widgets) {
      const root = widget.shadowRoot!;
      expected[widget.localName] = {
        title: root.querySelector('[part~="title"]')?.textContent?.trim() ?? '',
        addresses: [...root.querySelectorAll('[part~="source"] a[href]')].map((link) =>
          link.getAttribute('href')!,
        ),
        values: [...widget.querySelectorAll('.static-plot .value text')].map(
          (text) => text.textContent!,
        ),
      };
    }
    printed = (await executeServerCommand('print-pdf', { dpi: 40 })) as Printed;
  });

  after(() => document.querySelector('main')?.remove());

  it('has drawn each chart on screen first, its static plot hidden in its slot', async () => {
    for (const tag of chartTags) {
      const widget = document.querySelector(tag)!;
      const plot = widget.querySelector('svg.static-plot')!;
      const slot = widget.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="static-plot"]')!;
      expect(slot.assignedElements()[0] === plot, `<${tag}>: the plot in its slot`).to.equal(true);
      expect(plot.getBoundingClientRect().height, `<${tag}>: the plot on screen`).to.equal(0);
      expect(
        Boolean(widget.shadowRoot!.querySelector('canvas')!.getAttribute('width')),
        `<${tag}>: the canvas drawn`,
      ).to.equal(true);
      expect(expected[tag]!.values.length, `<${tag}>: value labels`).to.be.greaterThan(0);
    }
  });

  it('prints every chart as vectors: no bitmap in the PDF, the plots’ labels as text', () => {
    expect(printed.pages.length, 'pages').to.be.greaterThan(0);
    expect(
      printed.images.map((image) => `page ${image.page}: ${image.width}×${image.height}`),
      'bitmaps (a canvas prints as one)',
    ).to.deep.equal([]);
    const text = squeezed(printed.text);
    for (const tag of chartTags) {
      for (const value of expected[tag]!.values) {
        expect(text.includes(squeezed(value)), `<${tag}>: the label "${value}"`).to.equal(true);
      }
    }
  });

  it('prints the charts’ bars in the light scheme, even from a dark widget', async () => {
    // The light accent (the bars) is on paper; the dark scheme's is not.
    expect(await countColour(printed.pages, [0xa3, 0x26, 0x1d]), 'light accent').to.be.greaterThan(
      200,
    );
    expect(await countColour(printed.pages, [0xff, 0x8f, 0x80]), 'dark accent').to.be.lessThan(5);
  });

  it('prints each chart’s key in its colours (a background, left off paper by default)', async () => {
    await emulateMedia({ media: 'print' });
    try {
      // The police chart's key tells the counted bar from the calculated one; the other has none.
      const keys = chartTags.flatMap((tag) => [
        ...document.querySelector(tag)!.shadowRoot!.querySelectorAll('.legend-key'),
      ]);
      expect(keys.length, 'the keys').to.be.greaterThan(1);
      for (const tag of chartTags) {
        for (const key of document.querySelector(tag)!.shadowRoot!.querySelectorAll('.legend-key'))
          expect(getComputedStyle(key).printColorAdjust, `<${tag}>`).to.equal('exact');
      }
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('prints no control and no dialog', () => {
    const text = squeezed(printed.text);
    for (const control of ['Download the data (CSV)', 'Download the image', 'Republish this story'])
      expect(text.includes(squeezed(control)), `"${control}" printed`).to.equal(false);
    expect(text.includes(squeezed('Copy HTML')), 'the dialog printed').to.equal(false);
    // The notice's sentence prints: it tells readers the story may be republished.
    const notice = document
      .querySelector('republish-notice')!
      .shadowRoot!.querySelector('[part~="notice"]')!
      .textContent!.trim();
    expect(text.includes(squeezed(notice)), `the notice "${notice}"`).to.equal(true);
  });

  it('prints each source’s address', () => {
    const text = squeezed(printed.text);
    for (const tag of widgetTags) {
      for (const address of expected[tag]!.addresses) {
        expect(text.includes(address), `<${tag}>: ${address}`).to.equal(true);
      }
    }
  });

  it('keeps each widget on one page: its title and its last address on the same page', () => {
    const pages = printed.text.split('\f').map(squeezed);
    for (const tag of widgetTags) {
      const { title, addresses } = expected[tag]!;
      const last = addresses.at(-1);
      if (!title || !last) continue;
      const page = pages.findIndex((page) => page.includes(squeezed(title)));
      expect(page, `<${tag}>: its title printed`).to.be.at.least(0);
      expect(pages[page]!.includes(last), `<${tag}>: on page ${page + 1} with its title`).to.equal(
        true,
      );
    }
  });
});
