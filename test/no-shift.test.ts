import { expect } from '@open-wc/testing';
import { choose, openBuilder, snippetAfterCopy } from './support/builder.js';
import { frame } from './support/frames.js';
import { widgetTags } from './support/manifest.js';
import { frames, nextReady, waitFor } from './support/wait.js';

// The builder's script snippet, pasted between the paragraphs of an article: nothing on the page
// moves when the widget upgrades (issue #12: "No shift, ever"). The snippet's prerendered widget,
// styled by dist/<tag>.css, takes the box the widget takes once its script has run.

const articleStyle = `
  body { margin: 0; font: 17px/1.6 Georgia, serif; color: #222; }
  main { max-width: 640px; margin: 0 auto; padding: 0 16px; }
  p { margin: 0 0 1.2em; }
  a { color: #05c; text-decoration: underline; }
`;

const paragraphs = (count: number, id = '') =>
  Array.from(
    { length: count },
    (_, index) =>
      `<p${index === count - 1 && id ? ` id="${id}"` : ''}>Paragraph ${index + 1} of the story, long enough to wrap over two lines at a phone's width or more.</p>`,
  ).join('\n');

/** The snippet pasted into an article, its script held back so the page can be measured before it runs. */
async function articleWithout(script: string, snippet: string, width: number) {
  const iframe = await frame(
    {
      srcdoc: `<!doctype html><html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <style>${articleStyle}</style></head>
        <body><main><h1>A story</h1>${paragraphs(2)}\n${snippet.replace(script, '')}\n${paragraphs(3, 'after')}</main></body></html>`,
    },
    { width: `${width}px`, height: '900px', className: 'no-shift' },
  );
  // In view of the test page too (the builder's frame is above it): a chart out of view waits.
  iframe.scrollIntoView();
  return iframe.contentWindow!;
}

afterEach(() => document.querySelectorAll('iframe').forEach((node) => node.remove()));

describe('the builder’s script snippet, pasted into an article', function () {
  this.timeout(120_000);

  for (const lang of ['en', 'es']) {
    it(`moves nothing when each widget upgrades (${lang}; 390 and 800 px wide)`, async () => {
      const { builder, copied } = await openBuilder();
      for (const tag of widgetTags) {
        await choose(builder, '#widget', tag);
        await choose(builder, '#attribute-lang', lang);
        const snippet = await snippetAfterCopy(builder, 'script', tag, copied, lang);
        const script = /<script type="module" src="[^"]+"><\/script>/.exec(snippet)![0];
        expect(snippet, 'the widget’s stylesheet').to.match(
          /<link rel="stylesheet" href="[^"]+\.css">/,
        );
        for (const width of [390, 800]) {
          const where = `<${tag} lang="${lang}"> at ${width} px`;
          const win = await articleWithout(script, snippet, width);
          const widget = win.document.querySelector(tag)!;
          const after = win.document.getElementById('after')!;
          expect(win.customElements.get(tag), 'not defined yet').to.equal(undefined);
          const before = {
            top: after.getBoundingClientRect().top,
            height: widget.getBoundingClientRect().height,
          };
          expect(before.height, `${where}: the prerender has a size`).to.be.greaterThan(40);

          const shifts: number[] = [];
          const Observer = (win as unknown as typeof globalThis).PerformanceObserver;
          if (Observer.supportedEntryTypes.includes('layout-shift')) {
            new Observer((list) => {
              for (const entry of list.getEntries() as unknown as { value: number }[])
                shifts.push(entry.value);
            }).observe({ type: 'layout-shift' });
          }
          const ready = nextReady(widget, 15_000);
          // The snippet's own script, now: as an element (markup inserted later would not run).
          const element = win.document.createElement('script');
          element.type = 'module';
          element.src = /src="([^"]+)"/.exec(script)![1]!;
          win.document.head.append(element);
          await ready.catch((error: Error) => {
            throw new Error(`${where}: ${error.message}`);
          });
          await waitFor(() => widget.shadowRoot, `${where}: upgraded`);
          await frames(3, win);
          const now = {
            top: after.getBoundingClientRect().top,
            height: widget.getBoundingClientRect().height,
          };
          expect(now.height, `${where}: the widget's height`).to.be.closeTo(before.height, 0.5);
          expect(now.top, `${where}: the next paragraph`).to.be.closeTo(before.top, 0.5);
          expect(shifts, `${where}: layout shifts`).to.deep.equal([]);
          win.frameElement!.remove();
        }
      }
    });
  }
});
