// The chart images `npm run build` draws into dist/images/ (tools/fallbacks): every chart widget ×
// {en, es} × {light, dark}, as PNG and SVG, each decoded, within its byte budget, not blank, and
// different between languages and themes; each listed in fallbacks.json and integrity.json with
// its true hash. Run after `npm run build`.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { test } from 'node:test';
import { decodePng, differingShare } from '../support/decoded-png.mjs';
import { chartWidgetTags } from '../../tools/widgets.mjs';

const dist = new URL('../../dist/', import.meta.url);
const read = (file) => readFileSync(new URL(file, dist));
const fallbacks = JSON.parse(read('fallbacks.json'));
const integrity = JSON.parse(read('integrity.json'));
const PNG_BUDGET = 80 * 1024;
const SVG_BUDGET = 120 * 1024;

const decode = (file) => decodePng(read(file));

function luminanceVariance(data) {
  let sum = 0;
  let squares = 0;
  for (let index = 0; index < data.length; index += 4) {
    const luminance = 0.2126 * data[index] + 0.7152 * data[index + 1] + 0.0722 * data[index + 2];
    sum += luminance;
    squares += luminance * luminance;
  }
  const pixels = data.length / 4;
  return squares / pixels - (sum / pixels) ** 2;
}

const tags = chartWidgetTags();

test('there are chart widgets to draw', () => {
  assert.deepEqual(tags, ['drug-killings-chart', 'police-deaths-chart']);
});

for (const tag of tags) {
  for (const theme of ['light', 'dark']) {
    test(`${tag} ${theme}: PNG and SVG in both languages, within budget, not blank, different`, async () => {
      const decoded = {};
      for (const lang of ['en', 'es']) {
        const entry = fallbacks[tag].find(
          ({ attributes }) => attributes.lang === lang && attributes.theme === theme,
        );
        assert.ok(entry?.image, `fallbacks.json lists the ${lang} ${theme} image of ${tag}`);
        const { png, svg, width, height, alt } = entry.image;
        assert.equal(png, `images/${tag}.${lang}.${theme}.png`);
        assert.ok(entry.html.includes(`src="{{base}}${png}"`), 'the fallback shows the image');
        assert.ok(alt.length > 40, 'the image has a real alt text');

        const pngSize = statSync(new URL(png, dist)).size;
        const svgSize = statSync(new URL(svg, dist)).size;
        assert.ok(pngSize <= PNG_BUDGET, `${png}: ${pngSize} B > ${PNG_BUDGET} B`);
        assert.ok(svgSize <= SVG_BUDGET, `${svg}: ${svgSize} B > ${SVG_BUDGET} B`);
        console.log(
          `  ${png} ${(pngSize / 1024).toFixed(1)} KB, ${svg} ${(svgSize / 1024).toFixed(1)} KB`,
        );

        const image = await decode(png);
        assert.equal(image.width, width * 2, 'the PNG is drawn at 2×');
        assert.equal(image.height, height * 2);
        assert.ok(luminanceVariance(image.data) > 100, `${png} is blank`);
        decoded[lang] = image;

        // The SVG decodes too (Skia reads SVG), keeps its words as text, and embeds its font.
        const vector = await decode(svg);
        assert.equal(vector.width, width);
        assert.ok(luminanceVariance(vector.data) > 100, `${svg} is blank`);
        const markup = read(svg).toString('utf8');
        assert.match(markup, /<text\b[^>]*>[^<]*\w/);
        assert.match(
          markup,
          /@font-face\{font-family:'Source Sans 3';font-weight:700;src:url\(data:font\/woff2;base64,/,
        );

        for (const file of [png, svg]) {
          const hash = `sha384-${createHash('sha384').update(read(file)).digest('base64')}`;
          assert.equal(integrity[file], hash, `integrity.json lists ${file}`);
        }
      }
      assert.ok(
        differingShare(decoded.en, decoded.es) > 0.001,
        'English and Spanish images differ',
      );
    });
  }
}

test('light and dark images differ', async () => {
  for (const tag of tags) {
    const light = await decode(`images/${tag}.en.light.png`);
    const dark = await decode(`images/${tag}.en.dark.png`);
    assert.ok(differingShare(light, dark) > 0.5, `${tag}: dark is not light`);
  }
});
