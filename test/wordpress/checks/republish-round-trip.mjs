// Issue 16: the republished copy in a real WordPress. The demo article's <republish-notice> (served
// from dist/, as from a CDN) gives the HTML an editor copies; it is saved as a post the way an
// editor's paste arrives, once by the Author (filtered by kses, as WordPress filters everyone
// without unfiltered_html) and once by the Administrator (unfiltered). A reader then gets the
// story from each: the headline once, every paragraph and link, the credit, the tracking pixel,
// and the widgets, live for the Administrator and as their fallbacks for the Author. What kses
// took out is asserted exactly, so a WordPress that keeps or strips more is noticed.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { articleWidgets, chartWidgets, takeRepublishCopy } from '../republish-copy.mjs';
import { readRepublishedPage } from '../republished-page.mjs';
import { serveFolder } from '../static-server.mjs';
import { strippedMarkup } from '../stripped-markup.mjs';

const pixelSrc = 'https://pixel.example.org/count.gif';

/** Whether WordPress `version` (6.1.9, 7.1.4…) is `than` (6.3, 7.0…) or later. */
function atLeast(version, than) {
  const [major, minor] = version.split('.').map(Number);
  const [thanMajor, thanMinor] = than.split('.').map(Number);
  return major > thanMajor || (major === thanMajor && minor >= thanMinor);
}

// What kses removes from the copy for an Author, established by this check: our widgets (their
// fallbacks inside stay), the library's script, the canonical link, and the pixel's referrer
// policy; and, before 7.x, the timeline's dates in the demo's fallback (kses had no <time>; their
// text stays). 6.1 and 6.8 strip <time>, 7.1 keeps it.
const strippedForAuthors = (version) => [
  '<asylum-stat> ×2',
  '<drug-killings-chart>',
  '<link>',
  '<police-deaths-chart>',
  '<script>',
  ...(atLeast(version, '7.0') ? [] : ['<time> ×7']),
  '<violence-timeline>',
  'img[referrerpolicy]',
];

// WordPress leaves the first images of a post's content eager and makes the others lazy: the first
// one in 6.1, the first three from 6.3 (wp_omit_loading_attr_threshold).
const eagerImages = (version) => (atLeast(version, '6.3') ? 3 : 1);

/** How many times `part` occurs in `text`. */
const occurrences = (text, part) => text.split(part).length - 1;

/** The story's text, links, credit and pixel, as every republisher's readers must get them. */
function assertStory(page, { article, articleUrl, byline, version }, who) {
  assert.equal(
    occurrences(page.visibleText, article.headline),
    1,
    `${who}: the headline “${article.headline}” is shown once (${page.title}; ${page.headings})`,
  );
  assert.equal(page.headings.filter((heading) => heading === article.headline).length, 1);
  const paragraphs = new Set(page.paragraphs);
  for (const paragraph of [byline, ...article.paragraphs]) {
    assert.ok(paragraphs.has(paragraph), `${who}: the paragraph “${paragraph}” is on the page`);
  }
  const hrefs = page.links.map((link) => link.href);
  for (const href of article.links) assert.ok(hrefs.includes(href), `${who}: a link to ${href}`);
  assert.ok(
    page.links.some(
      (link) => link.href === articleUrl && /first published/.test(link.paragraph ?? ''),
    ),
    `${who}: the credit line links the original, ${articleUrl}`,
  );
  assert.ok(
    page.pixelRequests.some((url) => new URL(url).searchParams.get('url') === articleUrl),
    `${who}: the tracking pixel was requested with url=${articleUrl}: ${page.pixelRequests}`,
  );
  // WordPress adds loading="lazy" to a content image after the first ones: then the pixel counts
  // readers who scroll near the end of the story. The README says so.
  const pixelIndex = page.images.findIndex((image) => image.src.startsWith(pixelSrc));
  assert.ok(pixelIndex >= 0, `${who}: the pixel is on the page`);
  const lazy = pixelIndex >= eagerImages(version);
  assert.equal(
    page.images[pixelIndex].loading,
    lazy ? 'lazy' : null,
    `${who}: WordPress ${version} makes the pixel, image ${pixelIndex + 1} of the page, ${lazy ? 'lazy' : 'eager'}`,
  );
}

/** Without our script, each widget's fallback: the chart's image, the facts in sentences. */
function assertFallbacks(page, { article, dist }) {
  assert.deepEqual(
    page.scripts.filter((src) => src.startsWith(dist)),
    [],
    'the Author’s page loads none of our scripts',
  );
  assert.deepEqual(page.widgets, [], 'kses removed the widget elements');
  for (const tag of chartWidgets) {
    // The demo article is read in English on a light page: the chart offers that image.
    const src = `${dist}/images/${tag}.en.light.png`;
    const image = page.images.find((candidate) => candidate.src === src);
    assert.ok(image, `<${tag}>'s image ${src} is on the Author’s page`);
    assert.ok(image.naturalWidth > 0, `${src} loaded`);
    assert.ok(image.alt?.trim(), `${src} has alt text`);
  }
  // The sentences the demo article puts inside <asylum-stat> and <violence-timeline> (the
  // builder's fallbacks, their sources linked: assertStory checks every link) and the charts: the
  // copy keeps them as written.
  for (const { tag, fallback } of article.widgets) {
    assert.ok(fallback.length > 0, `the demo's <${tag}> has a fallback`);
    for (const sentence of fallback) {
      assert.ok(page.visibleText.includes(sentence), `<${tag}>'s fallback “${sentence}” is shown`);
    }
  }
}

/** With our script, every widget of the article, live. */
function assertLiveWidgets(page, { article, dist }) {
  assert.deepEqual(
    page.scripts.filter((src) => src === `${dist}/refuge-widgets.js`),
    [`${dist}/refuge-widgets.js`],
    'the Administrator’s page loads the library once',
  );
  assert.deepEqual(
    page.widgets.map(({ tag }) => tag),
    article.widgets.map(({ tag }) => tag),
  );
  for (const widget of page.widgets) {
    assert.ok(widget.defined && widget.shadowRoot, `<${widget.tag}> is upgraded`);
    if (chartWidgets.includes(widget.tag)) {
      assert.ok(widget.ready || widget.canvasDrawn, `<${widget.tag}> has drawn its chart`);
    }
  }
}

/** Publishes `content` as `author` with no title, and resolves to the post as stored. */
async function publish(site, author, content) {
  // No title: the copy's own <h1> is the story's headline, and a title would show it twice.
  return await site.createPost({ author, title: '', content });
}

export default {
  name: 'the republished copy, pasted by an Author and an Administrator, reads as the story',
  async run({ root, site, reader }) {
    const distServer = await serveFolder(join(root, 'dist'));
    const demoPage = await reader.browserContext().newPage();
    try {
      const dist = distServer.url;
      const { copy, article } = await takeRepublishCopy(demoPage, `${dist}/index.html`, pixelSrc);
      // The demo article has no canonical link: the page's own address is the original's.
      const articleUrl = `${dist}/index.html`;
      const copied = await demoPage.evaluate((copy) => {
        const doc = new DOMParser().parseFromString(copy, 'text/html');
        return {
          canonical: doc.querySelector('link[rel="canonical"]')?.href,
          byline: doc.querySelector('p')?.textContent.replace(/\s+/g, ' ').trim(),
          libraries: [...doc.querySelectorAll('script[type="module"]')].map((script) => script.src),
        };
      }, copy);
      assert.equal(copied.canonical, articleUrl, 'the copy’s canonical link');
      assert.match(copied.byline ?? '', /^By Andrew Becker\b/, 'the copy’s first paragraph');
      assert.deepEqual(copied.libraries, [`${dist}/refuge-widgets.js`], 'the copy’s one script');
      const story = { article, articleUrl, byline: copied.byline, dist, version: site.version };

      const byAuthor = await publish(site, 'author', copy);
      assert.doesNotMatch(byAuthor.content, /<script/i, 'kses removed the Author’s <script>');
      const stripped = strippedMarkup(copy, byAuthor.content);
      assert.deepEqual(
        stripped,
        strippedForAuthors(site.version),
        'what kses removed from the Author’s copy',
      );
      const byAdmin = await publish(site, 'admin', copy);
      assert.equal(byAdmin.content, copy, 'the Administrator’s copy is stored as pasted');

      const read = (post) =>
        readRepublishedPage(reader.browserContext(), post.url, {
          pixelOrigin: new URL(pixelSrc).origin,
          widgets: articleWidgets,
          charts: chartWidgets,
        });
      const authorPage = await read(byAuthor);
      assertStory(authorPage, story, 'Author');
      assertFallbacks(authorPage, story);
      const adminPage = await read(byAdmin);
      assertStory(adminPage, story, 'Administrator');
      assertLiveWidgets(adminPage, story);

      // WordPress prints a canonical link of its own, to the post itself, in the head; the copy's
      // stays in the body (as pasted, for the Administrator), where search engines ignore it. The
      // README tells partners how to point the head's at the original instead.
      const ownCanonical = (post) => ({ href: post.url, inHead: true });
      assert.deepEqual(authorPage.canonicals, [ownCanonical(byAuthor)], 'Author’s canonical links');
      assert.deepEqual(
        adminPage.canonicals,
        [ownCanonical(byAdmin), { href: articleUrl, inHead: false }],
        'Administrator’s canonical links',
      );

      return `kses stripped ${stripped.join(', ')} for the Author; the Administrator’s is live`;
    } finally {
      await demoPage.close();
      await distServer.close();
    }
  },
};
