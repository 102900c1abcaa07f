// A graphic with no language chosen speaks the page's: on a Spanish site (<html lang="es-ES">) the
// server prerenders it in Spanish, as the widget will speak once upgraded, so it neither changes
// language nor size when its script arrives (until now such a block was prerendered in English).
import assert from 'node:assert/strict';
import { comparableHtml, expectedEntry } from '../entries.mjs';
import { measureWidgets, openWithScriptHeld } from '../held-script.mjs';

const tags = ['police-deaths-chart', 'asylum-stat'];
const content = tags
  .map((widget) => `<!-- wp:refuge-widgets/graphic ${JSON.stringify({ widget, values: {} })} /-->`)
  .join('\n');

export default {
  name: 'on a Spanish site a graphic with no language is prerendered in Spanish and stays so',
  async run({ site, reader, plugin }) {
    const post = await site.createPost({ author: 'author', title: 'Sin idioma elegido', content });
    const before = await site.php('site-language.php', ['es_ES']);
    try {
      await reader.setJavaScriptEnabled(false);
      try {
        await reader.goto(post.url);
        assert.equal(await reader.$eval('html', (html) => html.lang), 'es-ES');
        const base = `${site.url}/wp-content/plugins/refuge-widgets/library/`;
        for (const tag of tags) {
          assert.equal(
            comparableHtml(await reader.$eval(tag, (element) => element.innerHTML)),
            comparableHtml(
              expectedEntry(plugin.prerendered, plugin.widgets, tag, { lang: 'es' }, base),
            ),
            `<${tag}>'s prerender is the Spanish one`,
          );
        }
      } finally {
        await reader.setJavaScriptEnabled(true);
      }

      const opened = await openWithScriptHeld(reader.browserContext(), post.url, 1280);
      try {
        const held = await measureWidgets(opened.page, tags);
        // The prerender's first line (its title or figure), Spanish as checked above, is in what
        // the widget shows once upgraded.
        const firstLine = await opened.page.$$eval(tags.join(', '), (elements) =>
          elements.map((element) =>
            element.querySelector('p, h2, h3')?.textContent.replace(/\s+/g, ' ').trim(),
          ),
        );
        await opened.release();
        await opened.page.waitForFunction(
          (selector) =>
            [...document.querySelectorAll(selector)].every((element) =>
              element.shadowRoot?.querySelector('[part~="base"]'),
            ),
          {},
          tags.join(', '),
        );
        const upgraded = await measureWidgets(opened.page, tags);
        const shown = await opened.page.$$eval(tags.join(', '), (elements) =>
          elements.map((element) => element.shadowRoot.textContent.replace(/\s+/g, ' ')),
        );
        firstLine.forEach((line, index) => {
          assert.ok(line, `<${tags[index]}>'s prerender has a first line`);
          assert.ok(shown[index].includes(line), `<${tags[index]}> upgraded still shows “${line}”`);
        });
        held.forEach((widget, index) =>
          assert.ok(
            Math.abs(upgraded[index].box.height - widget.box.height) <= 0.5,
            `<${widget.tag}>: ${widget.box.height} px prerendered, ${upgraded[index].box.height} px upgraded`,
          ),
        );
        return `html lang es-ES: “${firstLine.join('”, “')}”; ${held.map((widget) => `<${widget.tag}> ${Math.round(widget.box.height)} px`).join(', ')}, in Spanish before and after`;
      } finally {
        await opened.page.close();
      }
    } finally {
      await site.php('site-language.php', [before]);
    }
  },
};
