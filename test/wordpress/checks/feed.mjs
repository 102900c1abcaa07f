// The site's RSS feed, which a feed reader shows with none of our styles or scripts: each block's
// and shortcode's element holds the widget's short fallback from fallbacks.json (its image, its
// sentence or table, its source), as before issue 21, and not the prerender, which needs the
// widget's stylesheet; the feed links no stylesheet or script of ours.
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { comparableHtml, expectedEntry } from '../entries.mjs';

const block = (widget, values) =>
  `<!-- wp:refuge-widgets/graphic ${JSON.stringify({ widget, values })} /-->`;

const content = [
  '<!-- wp:paragraph --><p>Graphics in a feed.</p><!-- /wp:paragraph -->',
  block('drug-killings-chart', { lang: 'es' }),
  block('asylum-stat', { metric: 'port-requests' }),
  '<!-- wp:shortcode -->[refuge_widget widget="police-deaths-chart" theme="dark"]<!-- /wp:shortcode -->',
].join('\n');

const expected = [
  { tag: 'drug-killings-chart', attributes: { lang: 'es' } },
  { tag: 'asylum-stat', attributes: { metric: 'port-requests' } },
  { tag: 'police-deaths-chart', attributes: { theme: 'dark' } },
];

/** The `<content:encoded>` of the feed's item for `link`, parsed as HTML. */
async function feedItem(site, link) {
  const response = await fetch(`${site.url}/?feed=rss2`);
  assert.equal(response.status, 200);
  const feed = new JSDOM(await response.text(), { contentType: 'text/xml' }).window.document;
  const item = [...feed.querySelectorAll('item')].find(
    (candidate) => candidate.querySelector('link')?.textContent === link,
  );
  assert.ok(item, `the feed has an item for ${link}`);
  return JSDOM.fragment(item.getElementsByTagName('content:encoded')[0].textContent);
}

export default {
  name: 'the RSS feed holds each element with its short fallback, as before',
  async run({ site, plugin }) {
    const post = await site.createPost({ author: 'author', title: 'Graphics in a feed', content });
    const item = await feedItem(site, post.url);
    const base = `${site.url}/wp-content/plugins/refuge-widgets/library/`;
    const elements = [...item.querySelectorAll(expected.map(({ tag }) => tag).join(', '))];
    assert.deepEqual(
      elements.map((element) => element.localName),
      expected.map(({ tag }) => tag),
    );
    elements.forEach((element, index) => {
      const { tag, attributes } = expected[index];
      assert.equal(
        comparableHtml(element.innerHTML),
        comparableHtml(expectedEntry(plugin.fallbacks, plugin.widgets, tag, attributes, base)),
        `<${tag}>'s fallback in the feed`,
      );
    });
    assert.equal(item.querySelectorAll('svg, link, script, style').length, 0);
    return `${elements.length} elements, each with its fallback`;
  },
};
