// A correction in every built output (issue #23, item 5): tools/fallbacks/build.mjs is run with
// the test fixture (test/fixtures/corrections.ts) in place of src/data/corrections.ts, into a
// temporary folder; its fallbacks, prerenders, chart images and social cards, and embed.html's
// no-script content made from them, must all say "Corrected on …", and the shipped dist/ must not. Run after
// `npm run build` (the builder reads the manifest it wrote).
import { loadImage } from '@napi-rs/canvas';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { typescriptModule } from '../support/typescript-module.mjs';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist');
const EN = 'Corrected on December 6, 2026: TEST FIXTURE, not a real correction:';
const ES = 'Corregido el 6 de diciembre de 2026: DATO DE PRUEBA, no es una corrección real:';
/** What the fixture concerns (court-grants, police-2008), by widget and attributes. */
const corrected = (tag, attributes) =>
  (tag === 'asylum-stat' && attributes.metric === 'court-grants') ||
  tag === 'police-deaths-chart' ||
  tag === 'violence-timeline';

let out;
let fallbacks;
let prerendered;
before(() => {
  out = mkdtempSync(join(tmpdir(), 'refuge-corrections-'));
  copyFileSync(join(dist, 'custom-elements.json'), join(out, 'custom-elements.json'));
  const started = performance.now();
  const build = spawnSync('node', ['tools/fallbacks/build.mjs'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      CORRECTIONS_MODULE: 'test/fixtures/corrections.ts',
      FALLBACKS_OUT_DIR: out,
    },
  });
  assert.equal(build.status, 0, build.stderr || build.stdout);
  console.log(
    `the fallbacks with the fixture took ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  fallbacks = JSON.parse(readFileSync(join(out, 'fallbacks.json'), 'utf8'));
  prerendered = JSON.parse(readFileSync(join(out, 'prerendered.json'), 'utf8'));
});
after(() => rmSync(out, { recursive: true, force: true }));

/** The words of an HTML fragment, tags dropped and entities of the fixture's text decoded. */
const words = (html) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

for (const [output, read] of [
  ['fallbacks.json', () => fallbacks],
  ['prerendered.json', () => prerendered],
]) {
  test(`${output}: the correction under the source line of every corrected widget, only there`, () => {
    for (const [tag, entries] of Object.entries(read())) {
      for (const entry of entries) {
        const text = words(entry.html);
        const expected = entry.attributes.lang === 'es' ? ES : EN;
        const name = `<${tag}> ${JSON.stringify(entry.attributes)}`;
        if (corrected(tag, entry.attributes)) {
          assert.ok(text.includes(expected), `${name} has no correction: ${text.slice(-400)}`);
          // Under a source line: after one, in the same widget (the timeline has one per event).
          const at = text.indexOf(expected);
          const source = text.lastIndexOf(entry.attributes.lang === 'es' ? 'Fuente' : 'Source', at);
          assert.ok(source >= 0, `${name}: not under the source line`);
        } else {
          assert.ok(!/TEST FIXTURE|DATO DE PRUEBA/.test(text), `${name} shows the correction`);
        }
      }
    }
  });
}

test('the prerender styles the correction as the source line it follows (dist/<tag>.css)', () => {
  const [entry] = prerendered['asylum-stat'];
  assert.match(entry.html, /<p class="source">\s*Corrected on December 6, 2026:/);
});

/** The text of an SVG drawn by Skia: its `<text>` elements (a word or a run each), in order. */
const svgText = (file) =>
  [...readFileSync(file, 'utf8').matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)]
    .map((match) => match[1])
    .join(' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

test('the chart images: the corrected chart draws the line under its source, taller; the other is unchanged', async () => {
  for (const lang of ['en', 'es']) {
    for (const theme of ['light', 'dark']) {
      const name = `images/police-deaths-chart.${lang}.${theme}`;
      const text = svgText(join(out, `${name}.svg`));
      const expected = lang === 'es' ? ES : EN;
      assert.ok(text.includes(expected), `${name}.svg: ${text.slice(-300)}`);
      assert.ok(text.indexOf(lang === 'es' ? 'Fuente' : 'Source') < text.indexOf(expected));
      const image = await loadImage(readFileSync(join(out, `${name}.png`)));
      const shipped = await loadImage(readFileSync(join(dist, `${name}.png`)));
      assert.equal(image.width, shipped.width);
      assert.ok(image.height >= shipped.height + 2 * 17 * 2, `${name}.png is no taller`);
      const entry = fallbacks['police-deaths-chart'].find(
        (candidate) => candidate.attributes.lang === lang && candidate.attributes.theme === theme,
      );
      assert.equal(entry.image.height * 2, image.height, `${name}: the fallback's size`);

      const other = `images/drug-killings-chart.${lang}.${theme}`;
      assert.ok(!/FIXTURE|PRUEBA/.test(svgText(join(out, `${other}.svg`))));
      assert.deepEqual(
        readFileSync(join(out, `${other}.png`)),
        readFileSync(join(dist, `${other}.png`)),
        `${other}.png changed`,
      );
    }
  }
});

test("embed.html: the iframe page's no-script fallback and prerendered chart carry it", async () => {
  copyFileSync(join(root, 'src/static/embed.html'), join(out, 'embed.html'));
  const { embedNoScript } = await typescriptModule('/tools/vite/embed-noscript-plugin.ts');
  embedNoScript().writeBundle({ dir: out });
  const page = readFileSync(join(out, 'embed.html'), 'utf8');
  const section = (id) => {
    const match = new RegExp(
      `<(section|police-deaths-chart) [^>]*id="${id}"[^>]*>([\\s\\S]*?)</\\1>`,
    ).exec(page);
    assert.ok(match, `embed.html has no ${id}`);
    return words(match[2]);
  };
  assert.ok(section('fallback-asylum-stat-en-light-court-grants').includes(EN));
  assert.ok(section('fallback-asylum-stat-es-dark-court-grants').includes(ES));
  assert.ok(!section('fallback-asylum-stat-en-light-port-requests').includes(EN));
  // The first is the no-script section, the second the prerendered chart the live widget replaces.
  assert.equal(page.split('id="fallback-police-deaths-chart-en-light"').length, 3);
  assert.ok(section('fallback-police-deaths-chart-en-light').includes(EN));
});

test('the shipped dist/ holds no test fixture', () => {
  const files = (folder) =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
  for (const file of files(dist).filter((path) => /\.(js|json|html|svg|css|php)$/.test(path))) {
    const text = readFileSync(file, 'utf8');
    assert.ok(!/TEST FIXTURE|DATO DE PRUEBA/.test(text), `${file} holds the test fixture`);
  }
});

// The CDN build ships the code that shows corrections only while there is one
// (tools/vite/corrections-shown-plugin.mjs): the size budgets of DESIGN.md hold with it left out.
test('the files partners load carry the code that shows corrections exactly when the list holds one', async () => {
  const { correctionsShown } = await import('../../tools/vite/corrections-shown-plugin.mjs');
  const fixture = [{ date: '2026-12-06', figures: ['court-grants'] }];
  const flagModule = '/repo/src/data/corrections-shown.ts';
  assert.equal(correctionsShown([]).load(flagModule), 'export const correctionsShown = false;\n');
  assert.equal(
    correctionsShown(fixture).load(flagModule),
    'export const correctionsShown = true;\n',
  );
  assert.equal(correctionsShown(fixture).load('/repo/src/data/corrections.ts'), undefined);

  const { corrections: shipped } = await import(join(dist, 'lib/data/corrections.js'));
  const scripts = [
    ...readdirSync(dist).filter((name) => name.endsWith('.js')),
    ...readdirSync(join(dist, 'chunks'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => `chunks/${name}`),
  ];
  const withWords = scripts.filter((name) =>
    readFileSync(join(dist, name), 'utf8').includes('Corrected on'),
  );
  if (shipped.length === 0)
    assert.deepEqual(withWords, [], 'code for corrections, with none to show');
  else assert.ok(withWords.length > 0, 'corrections to show, without the code that shows them');
});

test('the social cards: the corrected chart writes the line in its caveats column; the other is unchanged', async () => {
  const { createCanvas } = await import('@napi-rs/canvas');
  const pixels = async (file) => {
    const image = await loadImage(readFileSync(file));
    const context = createCanvas(image.width, image.height).getContext('2d');
    context.drawImage(image, 0, 0);
    return context.getImageData(0, 0, image.width, image.height);
  };
  for (const lang of ['en', 'es']) {
    const name = `images/police-deaths-chart.${lang}.card.png`;
    const [fixed, shipped] = [await pixels(join(out, name)), await pixels(join(dist, name))];
    assert.equal(`${fixed.width}×${fixed.height}`, '1200×630');
    // Where the two differ: the correction is written under the source line, in the column of
    // the caveats (right of x = 738, see tools/fallbacks/social-card.ts), and nowhere else. Each
    // card is reduced to its own 64 colours, so edges elsewhere shift a little: only a pixel
    // that changes by more than a quarter of the scale counts.
    let left = 0;
    let right = 0;
    for (let index = 0; index < fixed.data.length; index += 4) {
      const change = Math.max(
        ...[0, 1, 2].map((channel) =>
          Math.abs(fixed.data[index + channel] - shipped.data[index + channel]),
        ),
      );
      if (change <= 64) continue;
      if ((index / 4) % fixed.width >= 738) right += 1;
      else left += 1;
    }
    assert.ok(right > 500, `${name}: ${right} pixels differ in the caveats' column`);
    console.log(`  ${name}: ${right} pixels changed in the caveats' column, ${left} elsewhere`);
    assert.ok(left <= 100, `${name}: ${left} pixels differ in the chart's column`);

    const other = `images/drug-killings-chart.${lang}.card.png`;
    assert.deepEqual(readFileSync(join(out, other)), readFileSync(join(dist, other)), `${other}`);
  }
});
