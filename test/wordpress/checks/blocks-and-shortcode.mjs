// A post with two blocks and a shortcode: all three render, with one module script; without
// JavaScript each element shows its fallback from fallbacks.json.
import assert from 'node:assert/strict';
import { renderedWidgets } from '../browser.mjs';
import { expectedFallback } from '../fallbacks.mjs';

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
  name: 'two blocks and a shortcode render, with one module script and their fallbacks',
  async run({ site, reader, plugin, tags }) {
    const post = JSON.parse(
      await site.php(
        'create-post.php',
        [],
        JSON.stringify({ author: 'author', title: 'Three graphics', content }),
      ),
    );
    await reader.goto(post.url);
    const page = await renderedWidgets(reader, tags);
    assert.deepEqual(
      page.widgets.map(({ tag, attributes, upgraded }) => ({ tag, attributes, upgraded })),
      expected.map((widget) => ({ ...widget, upgraded: true })),
    );
    assert.equal(page.moduleScripts.length, 1, JSON.stringify(page.moduleScripts));

    // A reader without JavaScript (a feed reader, a search engine) gets the fallbacks.
    await reader.setJavaScriptEnabled(false);
    try {
      await reader.goto(post.url);
      const base = `${site.url}/wp-content/plugins/refuge-widgets/library/`;
      for (const { tag, attributes } of expected) {
        const html = expectedFallback(plugin, tag, attributes, base);
        const [served, wanted] = await reader.$eval(
          tag,
          (element, html) => {
            const template = document.createElement('template');
            template.innerHTML = html;
            // WordPress adds these to every image in a post's content (ours has `loading` of its
            // own): compared without them on both sides.
            for (const image of [
              ...element.querySelectorAll('img'),
              ...template.content.querySelectorAll('img'),
            ]) {
              image.removeAttribute('loading');
              image.removeAttribute('decoding');
            }
            return [element.innerHTML.trim(), template.innerHTML.trim()];
          },
          html,
        );
        assert.equal(served, wanted, `<${tag}>'s fallback`);
      }
    } finally {
      await reader.setJavaScriptEnabled(true);
    }
    return `${expected.map(({ tag }) => `<${tag}>`).join(', ')}; 1 script`;
  },
};
