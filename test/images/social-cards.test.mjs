// The social cards and share pages `npm run build` writes (issue 25, item 3): every chart's card
// per language, dist/images/<tag>.<lang>.card.png, exactly 1200×630, within 150 KB, not blank,
// different between languages; every widget's share page per language, dist/embed-<tag>.<lang>.html,
// embed.html with its language and link-preview tags, a chart's `og:image` an absolute address of
// its card in this build. Run after `npm run build`.
import { JSDOM } from 'jsdom';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { test } from 'node:test';
import { decodePng, differingShare } from '../support/decoded-png.mjs';
import { publicUrl } from '../../tools/public-url.mjs';
import { chartWidgetTags, widgetTags } from '../../tools/widgets.mjs';

const dist = new URL('../../dist/', import.meta.url);
const read = (file) => readFileSync(new URL(file, dist));
const integrity = JSON.parse(read('integrity.json'));
const prerendered = JSON.parse(read('prerendered.json'));
const CARD_BUDGET = 150 * 1024;
const LANGUAGES = ['en', 'es'];
const charts = chartWidgetTags();

const decode = (file) => decodePng(read(file));

/** The number of distinct colours: a card of text and a chart has many, a blank one one. */
function colours(data) {
  const seen = new Set();
  for (let index = 0; index < data.length; index += 4) {
    seen.add((data[index] << 16) | (data[index + 1] << 8) | data[index + 2]);
  }
  return seen.size;
}

/** The share page's document, and the content of one of its meta tags. */
function sharePage(tag, lang) {
  const file = `embed-${tag}.${lang}.html`;
  assert.ok(existsSync(new URL(file, dist)), `dist/${file} exists`);
  const html = read(file).toString('utf8');
  const { document } = new JSDOM(html).window;
  const meta = (key, name) =>
    document.querySelector(`meta[${key}="${name}"]`)?.getAttribute('content') ?? undefined;
  return { file, html, document, meta };
}

/** The text of `selector` in the widget's own prerender in `lang` (the same words as the widget). */
function prerenderedText(tag, lang, selector) {
  const entry = prerendered[tag].find(
    ({ attributes }) => attributes.lang === lang && attributes.theme === 'light',
  );
  const { document } = new JSDOM(entry.html).window;
  return document.querySelector(selector).textContent.replace(/\s+/g, ' ').trim();
}

test('the charts have social cards', () => {
  assert.deepEqual(charts, ['drug-killings-chart', 'police-deaths-chart']);
});

for (const tag of charts) {
  test(`${tag}: a 1200×630 card per language, within 150 KB, not blank, languages differ`, async () => {
    const decoded = {};
    for (const lang of LANGUAGES) {
      const file = `images/${tag}.${lang}.card.png`;
      assert.ok(existsSync(new URL(file, dist)), `dist/${file} exists`);
      const bytes = statSync(new URL(file, dist)).size;
      console.log(`  ${file} ${bytes} B (${(bytes / 1024).toFixed(1)} KB)`);
      assert.ok(bytes <= CARD_BUDGET, `${file}: ${bytes} B > ${CARD_BUDGET} B`);
      const image = await decode(file);
      assert.equal(`${image.width}×${image.height}`, '1200×630', `${file}'s size in pixels`);
      assert.ok(colours(image.data) > 8, `${file} is blank`);
      const hash = `sha384-${createHash('sha384').update(read(file)).digest('base64')}`;
      assert.equal(integrity[file], hash, `integrity.json lists ${file}`);
      decoded[lang] = image;
    }
    const share = differingShare(decoded.en, decoded.es);
    assert.ok(share > 0.005, `the English and Spanish cards differ in ${share} of their pixels`);
  });
}

for (const tag of widgetTags()) {
  test(`${tag}: a share page per language with its link-preview tags`, () => {
    const pages = {};
    for (const lang of LANGUAGES) {
      const { file, html, document, meta } = sharePage(tag, lang);
      pages[lang] = { title: meta('property', 'og:title'), meta };
      assert.equal(document.documentElement.lang, lang, `${file}: <html lang>`);
      assert.equal(meta('property', 'og:locale'), { en: 'en_US', es: 'es_MX' }[lang]);
      for (const property of ['og:title', 'og:description']) {
        assert.ok(meta('property', property)?.length > 10, `${file} has ${property}`);
      }
      assert.equal(document.title, meta('property', 'og:title'), `${file}: <title> is og:title`);
      assert.equal(meta('name', 'description'), meta('property', 'og:description'));

      // Only its head differs from embed.html: it renders the widget as embed.html does.
      const body = (page) => page.slice(page.indexOf('</head>'));
      assert.ok(body(html) === body(read('embed.html').toString('utf8')), `${file}'s body differs`);

      if (charts.includes(tag)) {
        assert.equal(meta('name', 'twitter:card'), 'summary_large_image');
        assert.equal(meta('property', 'og:title'), prerenderedText(tag, lang, '.chart-title'));
        assert.equal(
          meta('property', 'og:description'),
          prerenderedText(tag, lang, '.chart-description'),
        );
        const image = meta('property', 'og:image');
        assert.match(image, /^https?:\/\//, `${file}: og:image is an absolute address`);
        assert.ok(image.startsWith(publicUrl()), `${image} is under ${publicUrl()}`);
        const inBuild = image.slice(publicUrl().length);
        assert.equal(inBuild, `images/${tag}.${lang}.card.png`);
        assert.ok(existsSync(new URL(inBuild, dist)), `${image} is a file of this build`);
        assert.equal(meta('property', 'og:image:width'), '1200');
        assert.equal(meta('property', 'og:image:height'), '630');
        assert.ok(meta('property', 'og:image:alt')?.length > 40, `${file}: the card's alt text`);
      } else {
        // No card: named by the story it belongs to, in the page's language.
        assert.equal(meta('name', 'twitter:card'), 'summary');
        assert.equal(meta('property', 'og:image'), undefined);
        assert.match(
          meta('property', 'og:title'),
          { en: /^A graphic for “/, es: /^Gráfico del reportaje «/ }[lang],
        );
      }
    }
    assert.notEqual(pages.en.title, pages.es.title, 'the English and Spanish titles differ');
    assert.notEqual(
      pages.en.meta('property', 'og:description'),
      pages.es.meta('property', 'og:description'),
    );
  });
}

test('embed.html itself keeps its head: no link-preview tags, English', () => {
  const html = read('embed.html').toString('utf8');
  assert.match(html, /<html lang="en">/);
  assert.match(html, /<title>refuge-widgets<\/title>/);
  assert.doesNotMatch(html, /og:/);
});

test('the public address: REFUGE_PUBLIC_URL or jsDelivr, an absolute http(s) folder', () => {
  assert.equal(
    publicUrl('https://cdn.example.org/refuge-widgets/0'),
    'https://cdn.example.org/refuge-widgets/0/',
  );
  assert.match(publicUrl(''), /^https:\/\/cdn\.jsdelivr\.net\/npm\/refuge-widgets@\d+\/dist\/$/);
  assert.throws(() => publicUrl('/refuge-widgets/0/'), /not an absolute address/);
  assert.throws(() => publicUrl('javascript:alert(1)//'), /http\(s\) folder/);
});
