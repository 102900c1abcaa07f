// A post with two blocks and a shortcode: all three render, with one module script; without
// JavaScript each element shows the widget prerendered, from prerendered.json.
import assert from 'node:assert/strict';
import { renderedWidgets } from '../browser.mjs';
import { comparableHtml, expectedEntry } from '../entries.mjs';

const block = (widget, values) =>
  `<!-- wp:refuge-widgets/graphic ${JSON.stringify({ widget, values })} /-->`;

const content = [
  '<!-- wp:paragraph --><p>Two blocks and a shortcode.</p><!-- /wp:paragraph -->',
  block('police-deaths-chart', { lang: 'es', 'show-table': true }),
  '<!-- wp:shortcode -->[refuge_widget widget="asylum-stat" metric="court-grants" lang="en"]<!-- /wp:shortcode -->',
  block('violence-timeline', { theme: 'dark' }),
].join('\n');

const expected = [
  { tag: 'police-deaths-chart', attributes: { lang: 'es', 'show-table': '' } },
  { tag: 'asylum-stat', attributes: { metric: 'court-grants', lang: 'en' } },
  { tag: 'violence-timeline', attributes: { theme: 'dark' } },
];

export default {
  name: 'two blocks and a shortcode render, with one module script and their prerenders',
  async run({ site, reader, plugin, tags }) {
    const post = await site.createPost({ author: 'author', title: 'Three graphics', content });
    await reader.goto(post.url);
    const page = await renderedWidgets(reader, tags);
    assert.deepEqual(
      page.widgets.map(({ tag, attributes, upgraded }) => ({ tag, attributes, upgraded })),
      expected.map((widget) => ({ ...widget, upgraded: true })),
    );
    assert.equal(page.moduleScripts.length, 1, JSON.stringify(page.moduleScripts));

    // A reader without JavaScript (a search engine) gets each widget prerendered, as the builder's
    // script snippet holds it (until issue 21 the plugin printed the short fallback here, which
    // feeds still get: checks/feed.mjs). All of it, SVG included, though the post is an Author's,
    // whose content kses filters: the post stores only the block's attributes and the shortcode,
    // and the element is rendered when the page is served, after kses.
    await reader.setJavaScriptEnabled(false);
    try {
      await reader.goto(post.url);
      const base = `${site.url}/wp-content/plugins/refuge-widgets/library/`;
      for (const { tag, attributes } of expected) {
        const served = await reader.$eval(tag, (element) => element.innerHTML);
        assert.equal(
          comparableHtml(served),
          comparableHtml(expectedEntry(plugin.prerendered, plugin.widgets, tag, attributes, base)),
          `<${tag}>'s prerender`,
        );
      }
    } finally {
      await reader.setJavaScriptEnabled(true);
    }
    return `${expected.map(({ tag }) => `<${tag}>`).join(', ')}; 1 script`;
  },
};
