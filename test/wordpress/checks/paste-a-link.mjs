// Issue 22, item 5: the address of the library's embed.html (the builder's iframe snippet's), alone
// on its line in a post or in an Embed block, is the graphic itself: the element with the link's
// checked attributes and its prerender, which upgrades in the reader's browser; the block editor's
// Embed block previews it. Only the library's own address is taken: another host, a look-alike
// path, credentials, or http: for an https: library are left to WordPress, whose oEmbed finds
// nothing there and leaves the address as written, plain text.
import assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { renderedWidgets } from '../browser.mjs';
import { comparableHtml, expectedEntry } from '../entries.mjs';
import { restoreOptions, storedOptions } from '../settings-page.mjs';

const cdn = 'https://cdn.example.org/refuge-widgets@0.1.0/dist/';
const classicTheme = 'refuge-classic-test';

/**
 * The library's embed.html with `query`, as the builder's iframe snippet wrote it in 0.1.0; or
 * the widget's share page, `embed-<tag>.<lang>.html`, as it writes it now.
 */
const embedLink = (base, query, page = 'embed.html') => `${base}${page}?${query}`;

/** An Embed block holding `url`, as the block editor saves it. */
const embedBlock = (url) =>
  [
    `<!-- wp:embed {"url":${JSON.stringify(url).replaceAll('&', '\\u0026')}} -->`,
    '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">',
    url.replaceAll('&', '&amp;'),
    '</div></figure>',
    '<!-- /wp:embed -->',
  ].join('\n');

/** The widget elements and the text of the page at `url`, as served (no script run). */
async function servedPage(url, tags) {
  const response = await fetch(url);
  assert.equal(response.status, 200, url);
  const { document } = new JSDOM(await response.text()).window;
  return {
    widgets: [...document.querySelectorAll(tags.join(', '))].map((element) => ({
      tag: element.localName,
      attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
    })),
    text: document.body.textContent,
  };
}

/** The keys of WordPress's oEmbed cache in a post's meta. */
const oembedCache = async (site, post) => JSON.parse(await site.php('oembed-cache.php', [post.id]));

/**
 * In the editor open in `page`, once `url` is in an Embed block: waits for the block's preview of
 * `tag` (WordPress's sandbox iframe, inside the block), prerendered or, if `upgraded`, upgraded,
 * or for the block's error. Resolves to what the preview shows.
 */
async function embedPreview(page, url, tag, { upgraded }) {
  const result = await page.waitForFunction(
    (url, tag, upgraded) => {
      const block = window.wp.data
        .select('core/block-editor')
        .getBlocks()
        .find((candidate) => candidate.name === 'core/embed' && candidate.attributes.url === url);
      // The editor draws blocks in its canvas iframe (6.8 on) or in the admin page (6.1).
      const canvas =
        document.querySelector('iframe[name="editor-canvas"]')?.contentDocument ?? document;
      const wrapper = block && canvas.querySelector(`[data-block="${block.clientId}"]`);
      if (!wrapper) return false;
      // The block shows "could not be embedded" before it has asked, too (no preview yet): it
      // is an answer only once the editor's request for the preview has finished.
      const core = window.wp.data.select('core');
      if (
        /could not be embedded/.test(wrapper.textContent) &&
        core.hasFinishedResolution('getEmbedPreview', [url])
      ) {
        return { error: wrapper.textContent.trim(), preview: core.getEmbedPreview(url) ?? null };
      }
      const sandbox = wrapper.querySelector('iframe.components-sandbox')?.contentDocument;
      const element = sandbox?.querySelector(tag);
      const isUpgraded = Boolean(element?.shadowRoot?.querySelector('[part~="base"]'));
      if (!element || (upgraded ? !isUpgraded : element.childElementCount === 0)) return false;
      return {
        attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
        upgraded: isUpgraded,
        value: element.shadowRoot?.querySelector('[part~="value"]')?.textContent.trim(),
        prerender: element.textContent.replace(/\s+/g, ' ').trim().slice(0, 80),
      };
    },
    { timeout: 60_000 },
    url,
    tag,
    upgraded,
  );
  return result.jsonValue();
}

/** Adds an Embed block holding `url`, as typing it in the block's field does. */
function insertEmbedBlock(url) {
  window.wp.data
    .dispatch('core/block-editor')
    .insertBlocks(window.wp.blocks.createBlock('core/embed', { url }));
}

/**
 * Pastes `url` as plain text into a new empty paragraph, through the paragraph's own paste
 * handler: WordPress makes an Embed block of an https: address pasted alone on an empty line.
 */
async function pasteInNewParagraph(url) {
  const block = window.wp.blocks.createBlock('core/paragraph');
  window.wp.data.dispatch('core/block-editor').insertBlocks(block);
  const canvas =
    document.querySelector('iframe[name="editor-canvas"]')?.contentDocument ?? document;
  let paragraph;
  while (!(paragraph = canvas.querySelector(`[data-block="${block.clientId}"]`))) {
    await new Promise(requestAnimationFrame);
  }
  paragraph.focus();
  const editor = window.wp.data.select('core/block-editor');
  // The paragraph listens for pastes once React has run its effects, some frames after it is
  // drawn; until then a paste is ignored, and is tried again while the paragraph is empty.
  const empty = () => {
    const paragraphBlock = editor.getBlock(block.clientId);
    // A string in 6.1, rich text data from 6.5 on.
    return Boolean(paragraphBlock) && String(paragraphBlock.attributes.content ?? '') === '';
  };
  for (let frame = 0; empty() && frame < 300; frame += 1) {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', url);
    paragraph.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
    );
    await new Promise(requestAnimationFrame);
  }
}

export default {
  name: 'a link to the library’s embed.html or share page is the graphic, in a post and an Embed block; other addresses stay WordPress’s',
  async run({ root, site, author, reader, plugin, tags }) {
    const base = `${site.url}/wp-content/plugins/refuge-widgets/library/`;
    const { host } = new URL(site.url);
    const path = '/wp-content/plugins/refuge-widgets/library/embed.html';

    // A classic post: the link alone on its line, between paragraphs that wpautop wraps, with
    // the fragment the builder adds; and a link to a widget the plugin does not offer.
    const statLink = `${embedLink(base, 'widget=asylum-stat&metric=port-requests&lang=es')}#asylum-stat-port-requests-es`;
    const stat = { tag: 'asylum-stat', attributes: { metric: 'port-requests', lang: 'es' } };
    const unknownLink = embedLink(base, 'widget=refugee-map&lang=es');
    const classic = await site.createPost({
      author: 'author',
      title: 'A graphic pasted as a link',
      content: ['Before the graphic.', statLink, unknownLink, 'After the graphic.'].join('\n\n'),
    });
    await reader.goto(classic.url);
    const classicPage = await renderedWidgets(reader, tags);
    assert.deepEqual(
      classicPage.widgets.map(({ tag, attributes }) => ({ tag, attributes })),
      [stat],
    );
    assert.match(classicPage.widgets[0].value, /^Casi 200/, classicPage.widgets[0].value);
    assert.equal(classicPage.moduleScripts.length, 1, JSON.stringify(classicPage.moduleScripts));
    const layout = await reader.evaluate(() => ({
      inParagraph: Boolean(document.querySelector('asylum-stat').closest('p')),
      paragraphs: [...document.querySelectorAll('p')]
        .map((p) => p.textContent.trim())
        .filter((text) => text.endsWith('the graphic.')),
      unknown: document.body.innerHTML.includes('refugee-map'),
    }));
    assert.deepEqual(layout, {
      inParagraph: false,
      paragraphs: ['Before the graphic.', 'After the graphic.'],
      unknown: false,
    });
    // Without JavaScript, the whole prerender: wpautop did not cut it into paragraphs.
    await reader.setJavaScriptEnabled(false);
    try {
      await reader.goto(classic.url);
      const served = await reader.$eval('asylum-stat', (element) => element.innerHTML);
      assert.equal(
        comparableHtml(served),
        comparableHtml(
          expectedEntry(plugin.prerendered, plugin.widgets, stat.tag, stat.attributes, base),
        ),
        'the prerender of the pasted link',
      );
    } finally {
      await reader.setJavaScriptEnabled(true);
    }

    // An Embed block, with values embed.html would ignore or the widget does not list.
    const chartLink = embedLink(
      base,
      'widget=police-deaths-chart&show-table&lang=es&theme=purple&onclick=alert(1)',
      'embed-police-deaths-chart.es.html',
    );
    const chart = { tag: 'police-deaths-chart', attributes: { 'show-table': '', lang: 'es' } };
    const inBlock = await site.createPost({
      author: 'author',
      title: 'A graphic in an Embed block',
      content: embedBlock(chartLink),
    });
    await reader.goto(inBlock.url);
    const blockPage = await renderedWidgets(reader, tags);
    assert.deepEqual(
      blockPage.widgets.map(({ tag, attributes }) => ({ tag, attributes })),
      [chart],
    );
    assert.ok(
      await reader.$('figure.wp-block-embed police-deaths-chart'),
      'the chart is in the Embed block',
    );
    assert.equal(blockPage.moduleScripts.length, 1, JSON.stringify(blockPage.moduleScripts));

    // A classic theme prints the head before the content: the pasted graphic's stylesheet is
    // found in the post beforehand and linked there, as a block's is.
    const themes = join(site.root, 'wp-content/themes');
    cpSync(join(root, 'test/wordpress/classic-theme'), join(themes, classicTheme), {
      recursive: true,
    });
    const themeBefore = await site.php('switch-theme.php');
    try {
      assert.equal(await site.php('switch-theme.php', [classicTheme]), classicTheme);
      for (const [post, tag] of [
        [classic, stat.tag],
        [inBlock, chart.tag],
      ]) {
        await reader.goto(post.url);
        const inHead = await reader.$$eval(
          'head link[rel="stylesheet"]',
          (links, file) => links.filter((link) => link.href.split('?')[0].endsWith(file)).length,
          `/library/${tag}.css`,
        );
        assert.equal(inHead, 1, `${classicTheme}: <${tag}>'s stylesheet in the head`);
      }
    } finally {
      await site.php('switch-theme.php', [themeBefore]);
    }

    // WordPress's oEmbed keeps nothing for these posts: the plugin's handler answered first.
    assert.deepEqual(await oembedCache(site, classic), []);
    assert.deepEqual(await oembedCache(site, inBlock), []);

    // Addresses like the library's that are not it: each stays as written, WordPress's way.
    const query = '?widget=asylum-stat&lang=es';
    const lookAlikes = [
      `https://elsewhere.example${path}${query}`,
      `http://user:secret@${host}${path}${query}`,
      `http://${host}@elsewhere.example${path}${query}`,
      `${base}embed.html.evil${query}`,
      `${base}embed-asylum-stat.es.html.evil${query}`,
      `${base}embed-asylum-stat.es.htm${query}`,
      `${base}copy/embed.html${query}`,
      `${base}embed.html/${query}`,
      `${site.url}/wp-content/plugins/refuge-widgets/library-copy/embed.html${query}`,
    ];
    const others = await site.createPost({
      author: 'author',
      title: 'Links like the library’s',
      content: [lookAlikes.join('\n\n'), embedBlock(lookAlikes[0])].join('\n\n'),
    });
    const othersPage = await servedPage(others.url, tags);
    assert.deepEqual(othersPage.widgets, [], 'a look-alike became a graphic');
    for (const link of lookAlikes) {
      assert.ok(othersPage.text.includes(link), `${link} is shown as written`);
    }
    const cached = (await oembedCache(site, others)).length;
    assert.ok(cached > 0, 'WordPress’s oEmbed tried the look-alikes');

    // In the block editor, as the Author: an Embed block with the link previews the live graphic.
    await author.goto(`${site.url}/wp-admin/post-new.php`);
    await author.waitForFunction(() => window.wp?.blocks?.getBlockType?.('core/embed'));
    await author.evaluate(insertEmbedBlock, statLink);
    const preview = await embedPreview(author, statLink, stat.tag, { upgraded: true });
    assert.deepEqual(preview.attributes, stat.attributes, JSON.stringify(preview));
    assert.ok(preview.upgraded, `the preview upgraded: ${JSON.stringify(preview)}`);
    assert.match(preview.value, /^Casi 200/);
    // The REST oEmbed proxy the preview asks, as the Author: WordPress's 404 for a look-alike.
    const proxied = await author.evaluate(
      (url) =>
        window.wp.apiFetch({ path: `/oembed/1.0/proxy?url=${encodeURIComponent(url)}` }).then(
          () => 'embedded',
          (error) => error.code,
        ),
      lookAlikes[3],
    );
    assert.equal(proxied, 'oembed_invalid_url');

    // With the library on an https: CDN: its address is taken, pasted too, and nothing else is.
    const optionsBefore = await storedOptions(site);
    let pasted;
    try {
      await site.php('set-options.php', [], JSON.stringify({ refuge_widgets_library_url: cdn }));
      const cdnLink = embedLink(cdn, 'widget=asylum-stat&lang=es');
      const insecure = cdnLink.replace(/^https:/, 'http:');
      const onCdn = await site.createPost({
        author: 'author',
        title: 'Links to a library on a CDN',
        content: [cdnLink, insecure, statLink].join('\n\n'),
      });
      const cdnPage = await servedPage(onCdn.url, tags);
      assert.deepEqual(cdnPage.widgets, [{ tag: 'asylum-stat', attributes: { lang: 'es' } }]);
      for (const link of [insecure, statLink]) {
        assert.ok(cdnPage.text.includes(link), `${link} is shown as written`);
      }
      // The CDN is unreachable here: the preview shows the prerender, without the error.
      await author.evaluate(pasteInNewParagraph, cdnLink);
      pasted = await embedPreview(author, cdnLink, 'asylum-stat', { upgraded: false });
      assert.deepEqual(pasted.attributes, { lang: 'es' }, JSON.stringify(pasted));
      assert.match(pasted.prerender, /\b71\b/);
    } finally {
      await restoreOptions(site, optionsBefore);
    }
    assert.deepEqual(await storedOptions(site), optionsBefore, 'the options were not restored');

    return [
      `<asylum-stat> “${classicPage.widgets[0].value}” from a classic post`,
      '<police-deaths-chart show-table lang="es"> from an Embed block',
      `${lookAlikes.length} look-alikes left to WordPress (${cached} oEmbed cache entries, its own)`,
      `editor preview “${preview.value}”, pasted https: link previewed`,
    ].join('; ');
  },
};
