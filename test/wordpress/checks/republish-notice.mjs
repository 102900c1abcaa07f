// Issue 22, item 4: the publisher's republish notice. An Author's post with the "Republish notice"
// block (kses filters it when saved) renders <republish-notice> with what only the site knows filled
// in (the post's address and title, the library's address, where the post's text is) and the
// site's defaults; a reader opens it and gets the post to copy. The settings refuse what they must,
// and append the notice to the posts of a chosen category, once, on their own page, in a block
// theme and a classic one, never in a feed. Hostile values in the block and the shortcode are
// dropped or escaped, with no PHP warning.
import assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { comparableHtml, expectedEntry } from '../entries.mjs';
import { debugLogEntries, debugLogLength, isWordPressDeprecation } from '../debug-log.mjs';
import { copyFromNotice } from '../republish-copy.mjs';
import {
  restoreOptions,
  storedOptions,
  submitSettings,
  submitSettingsValues,
} from '../settings-page.mjs';

const pixel = 'https://pixel.example.org/count.gif';
const publisher = 'Refuge Test Desk';
const siteLicense = 'cc-by-nc-nd-3.0';
const classicTheme = 'refuge-classic-test';
const hostileScript = '"><script>window.hostile=1</script>';
const hostileImage = '<img src=x onerror=window.hostile=1>';
const title = 'Partners may run this story';
const text = 'A paragraph written for the test, which the copy must carry.';

/**
 * The block as the editor saves it: its attributes' JSON with the characters that could end the
 * comment or read as markup escaped, as WordPress's serializer writes them (serializeAttributes).
 */
const block = (attributes) => {
  const json = JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
  return `<!-- wp:refuge-widgets/republish-notice ${json} /-->`;
};
const paragraph = (text) => `<!-- wp:paragraph --><p>${text}</p><!-- /wp:paragraph -->`;
const shortcode = (attributes) =>
  `<!-- wp:shortcode -->[refuge_republish_notice ${attributes}]<!-- /wp:shortcode -->`;
const blockPostContent = [paragraph(text), block({ license: 'cc-by-4.0', lang: 'en' })].join('\n');

/** The check's posts: `chosen` is the category the notice is appended to, `other` another. */
const posts = ({ chosen, other }) => ({
  byAuthor: { author: 'author', title, content: blockPostContent, categories: [other] },
  hostileBlock: {
    author: 'author',
    title: 'Hostile block',
    content: block({
      license: 'cc-by-99',
      author: `${hostileImage}Ana`,
      publisher: hostileScript,
      articleUrl: 'javascript:alert(1)',
      pixelSrc: 'http://pixel.example.org/insecure.gif',
      lang: 'xx',
    }),
    categories: [other],
  },
  // An Administrator's, whose content kses does not filter: the values reach the shortcode raw.
  shortcodes: {
    author: 'admin',
    title: 'Shortcodes',
    content: [
      shortcode(
        'license="cc0-1.0" lang="es" author="Ana & Luis" article-url="https://original.example.org/story/"',
      ),
      shortcode(
        `license='${hostileScript}' publisher="${hostileImage}" article-url="javascript:alert(1)" pixel-src="javascript:alert(1)//x.gif"`,
      ),
    ].join('\n'),
    categories: [other],
  },
  appended: { author: 'author', title: 'Appended', content: paragraph(text), categories: [chosen] },
  withBlock: {
    author: 'author',
    title: 'Already has one',
    content: blockPostContent,
    categories: [chosen],
  },
});

/** The page at `url` as served, parsed: what every reader and search engine gets. */
async function servedPage(url) {
  const response = await fetch(url);
  assert.equal(response.status, 200, url);
  return new JSDOM(await response.text()).window.document;
}

/** Each `<republish-notice>` of a served page: its attributes and what it holds. */
const noticesOf = (document) =>
  [...document.querySelectorAll('republish-notice')].map((notice) => ({
    attributes: Object.fromEntries([...notice.attributes].map((a) => [a.name, a.value])),
    html: notice.innerHTML,
  }));

/** How many times the head of a served page links `stylesheet`. */
const linkedInHead = (document, stylesheet) =>
  [...document.head.querySelectorAll('link[rel="stylesheet"]')].filter(
    (link) => link.href.split('?')[0] === stylesheet,
  ).length;

/** The `<content:encoded>` of every item of the site's RSS feed, joined. */
async function feedContent(site) {
  const response = await fetch(`${site.url}/?feed=rss2`);
  const feed = new JSDOM(await response.text(), { contentType: 'text/xml' }).window.document;
  return [...feed.getElementsByTagName('content:encoded')].map((item) => item.textContent).join();
}

/**
 * The settings page: bad values refused, each with its notice, once, and none stored; then the
 * site's choices saved through the form's own controls.
 */
async function saveSettings(site, admin, before, { chosen }) {
  const notices = await submitSettingsValues(admin, site, {
    refuge_widgets_republish_categories: [String(chosen), '999999'],
    refuge_widgets_republish_license: 'cc-by-99',
    refuge_widgets_republish_author: '<b>Ana</b> Ruiz',
    refuge_widgets_republish_publisher: hostileScript,
    refuge_widgets_republish_pixel: 'http://pixel.example.org/count.gif',
  });
  for (const what of ['categories were', 'license was', 'author was', 'publisher was']) {
    const shown = notices.filter((notice) => notice.startsWith(`The ${what} not changed`));
    assert.equal(shown.length, 1, `“The ${what} not changed” once: ${notices.join(' | ')}`);
  }
  const pixelRefused = notices.filter((notice) => /^The tracking image was not/.test(notice));
  assert.equal(pixelRefused.length, 1, `an http: tracking image: ${notices.join(' | ')}`);
  assert.deepEqual(await storedOptions(site), before, 'a refused value was stored');

  const saved = await submitSettings(admin, site, {
    [`refuge_widgets_republish_categories_${chosen}`]: true,
    refuge_widgets_republish_license: siteLicense,
    refuge_widgets_republish_publisher: publisher,
    refuge_widgets_republish_pixel: pixel,
  });
  assert.ok(!saved.some((notice) => /not changed/.test(notice)), saved.join(' | '));
  assert.deepEqual(await storedOptions(site), {
    ...before,
    refuge_widgets_republish_categories: `a:1:{i:0;i:${chosen};}`,
    refuge_widgets_republish_license: siteLicense,
    refuge_widgets_republish_publisher: publisher,
    refuge_widgets_republish_pixel: pixel,
  });
}

export default {
  name: 'the republish notice: an Author’s block, its copy, the settings and the automatic append',
  async run({ root, site, admin, reader, plugin }) {
    const logBefore = debugLogLength(site);
    const [optionsBefore, themeBefore] = await Promise.all([
      storedOptions(site),
      site.php('switch-theme.php'),
    ]);
    const created = { posts: [], categories: [] };
    try {
      const names = ['Republishable', 'Not for republication'];
      created.categories = JSON.parse(
        await site.php('create-categories.php', [], JSON.stringify(names)),
      );
      const [chosen, other] = created.categories;
      const [published] = await Promise.all([
        Promise.all(
          Object.entries(posts({ chosen, other })).map(async ([name, post]) => {
            const made = await site.createPost(post);
            created.posts.push(made.id);
            return [name, made];
          }),
        ).then(Object.fromEntries),
        saveSettings(site, admin, optionsBefore, { chosen }),
      ]);
      const { byAuthor, hostileBlock, shortcodes, appended, withBlock } = published;
      assert.equal(byAuthor.content, blockPostContent, 'kses kept the Author’s block as written');

      // Served: the element with the post's own values and the site's defaults, prerendered.
      const library = `${site.url}/wp-content/plugins/refuge-widgets/library/`;
      const stylesheet = `${library}republish-notice.css`;
      const page = await servedPage(byAuthor.url);
      const notices = noticesOf(page);
      assert.equal(notices.length, 1, 'one notice, none appended in another category');
      const [notice] = notices;
      assert.deepEqual(notice.attributes, {
        lang: 'en',
        license: 'cc-by-4.0',
        'article-url': byAuthor.url,
        'article-title': title,
        author: 'author',
        publisher,
        'pixel-src': pixel,
        'library-src': `${library}refuge-widgets.js`,
        'article-selector': '.wp-block-post-content',
      });
      const entry = expectedEntry(
        plugin.prerendered,
        [plugin.notice],
        'republish-notice',
        notice.attributes,
        library,
      );
      assert.equal(comparableHtml(notice.html), comparableHtml(entry), 'the notice’s prerender');
      assert.equal(linkedInHead(page, stylesheet), 1, 'the notice’s stylesheet, in the head');

      // A reader opens it and gets the post: its title and text, credited to its address.
      await reader.goto(byAuthor.url);
      const copy = await copyFromNotice(reader);
      for (const part of [`<h1>${title}</h1>`, `<p>${text}</p>`, byAuthor.url, publisher, pixel]) {
        assert.ok(copy.includes(part), `the copy holds ${part}:\n${copy}`);
      }

      // Hostile values, dropped for the site's default or the post's own value, or escaped: the
      // served pages hold no element or handler of theirs, so no browser can run one.
      const [blockPage, shortcodePage] = await Promise.all(
        [hostileBlock, shortcodes].map((post) => servedPage(post.url)),
      );
      for (const served of [blockPage, shortcodePage]) {
        assert.equal(served.querySelectorAll('[onerror], [onclick]').length, 0);
        const scripts = [...served.querySelectorAll('script')];
        assert.ok(!scripts.some((script) => /hostile/.test(script.textContent)), 'a script');
      }
      const sitesOwn = (post) => ({
        license: siteLicense,
        'article-url': post.url,
        'pixel-src': pixel,
        'library-src': `${library}refuge-widgets.js`,
        'article-selector': '.wp-block-post-content',
      });
      const [fromBlock] = noticesOf(blockPage);
      // kses took the script element out when the Author saved; what it left is text.
      assert.doesNotMatch(fromBlock.attributes.publisher, /</);
      assert.deepEqual(fromBlock.attributes, {
        ...sitesOwn(hostileBlock),
        'article-title': 'Hostile block',
        author: 'Ana',
        publisher: fromBlock.attributes.publisher,
      });
      const [fromShortcode, hostileShortcode] = noticesOf(shortcodePage);
      assert.deepEqual(fromShortcode.attributes, {
        ...sitesOwn(shortcodes),
        lang: 'es',
        license: 'cc0-1.0',
        'article-url': 'https://original.example.org/story/',
        'article-title': 'Shortcodes',
        author: 'Ana & Luis',
        publisher,
      });
      assert.deepEqual(hostileShortcode.attributes, {
        ...sitesOwn(shortcodes),
        'article-title': 'Shortcodes',
        author: 'admin',
        publisher,
      });

      // Appended to the chosen category's posts on their own page, once; not in the feed.
      const [appendedPage, withBlockPage] = await Promise.all(
        [appended, withBlock].map((post) => servedPage(post.url)),
      );
      assert.equal(noticesOf(appendedPage).length, 1, 'appended to the chosen category’s post');
      assert.equal(noticesOf(withBlockPage).length, 1, 'not appended beside the post’s own');
      assert.doesNotMatch(await feedContent(site), /republish-notice/, 'a notice in the feed');

      // In a classic theme: the stylesheet in the head, the copy taken from .entry-content.
      const themes = join(site.root, 'wp-content/themes');
      cpSync(join(root, 'test/wordpress/classic-theme'), join(themes, classicTheme), {
        recursive: true,
      });
      await site.php('switch-theme.php', [classicTheme]);
      const classic = await servedPage(appended.url);
      assert.equal(noticesOf(classic)[0]?.attributes['article-selector'], '.entry-content');
      assert.equal(linkedInHead(classic, stylesheet), 1, 'the stylesheet, in a classic head');
      await reader.goto(appended.url);
      const classicCopy = await copyFromNotice(reader);
      for (const part of ['<h1>Appended</h1>', `<p>${text}</p>`]) {
        assert.ok(classicCopy.includes(part), `the classic theme's copy holds ${part}`);
      }

      assert.deepEqual(
        debugLogEntries(site, logBefore).filter((entry) => !isWordPressDeprecation(entry)),
        [],
        'PHP logged warnings',
      );
      return 'a block, 2 shortcodes, appended once in a block and a classic theme';
    } finally {
      await Promise.all([
        site.php('switch-theme.php', [themeBefore]),
        restoreOptions(site, optionsBefore),
        site.php('delete-content.php', [], JSON.stringify(created)),
      ]);
    }
  },
};
