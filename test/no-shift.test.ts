import { expect } from '@open-wc/testing';
import { choose, chooseGraphic, openBuilder, snippetAfterCopy } from './support/builder.js';
import { articleWithout, snippetScript, upgrade } from './support/article.js';
import { widgetTags } from './support/manifest.js';

// The builder's script snippet, pasted between the paragraphs of an article: nothing on the page
// moves when the widget upgrades (issue #12: "No shift, ever"). The snippet's prerendered widget,
// styled by dist/<tag>.css, takes the box the widget takes once its script has run.

afterEach(() => document.querySelectorAll('iframe').forEach((node) => node.remove()));

describe('the builder’s script snippet, pasted into an article', function () {
  this.timeout(120_000);

  for (const lang of ['en', 'es']) {
    it(`moves nothing when each widget upgrades (${lang}; 390 and 800 px wide)`, async () => {
      const { builder, copied } = await openBuilder();
      for (const tag of widgetTags) {
        await chooseGraphic(builder, tag);
        await choose(builder, '#attribute-lang', lang);
        const snippet = await snippetAfterCopy(builder, 'script', tag, copied, lang);
        const script = snippetScript(snippet);
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

          const shifts = await upgrade(win, script, widget, where);
          expect(Boolean(widget.shadowRoot), `${where}: upgraded`).to.equal(true);
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
