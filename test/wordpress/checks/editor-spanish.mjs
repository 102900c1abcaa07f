// An Author whose language is Spanish (es_ES, as the profile's Language field sets it) gets the
// block's editor in Spanish from the plugin's own translation files: the suite installs no
// WordPress translation, so WordPress's own words stay English and every Spanish word checked
// here is the plugin's. The variations are found by typing their Spanish names; the block's title
// (block.json, through the plugin's .mo), the sidebar, the placeholder, the notices and the
// inserter's preview are Spanish.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import {
  blockCardTitle,
  blockInspector,
  blockNotices,
  closeInserter,
  hoverPreview,
  inserterItem,
  insertFromInserter,
  openEditor,
  searchInserter,
  showBlockSettings,
  variationTitles,
  watchConsole,
} from '../block-editor.mjs';
import { controlByLabel } from '../browser.mjs';

const content = [
  '<!-- wp:refuge-widgets/graphic {"widget":"asylum-stat","values":{"metric":"deaths","size":"big"}} /-->',
  '<!-- wp:refuge-widgets/graphic {"widget":"refugee-map","values":{}} /-->',
].join('\n');

/** The editor script's Spanish, as the plugin's zip ships it for WordPress: English → Spanish. */
function scriptSpanish(zip) {
  const file = 'refuge-widgets/languages/refuge-widgets-es_ES-refuge-widgets-editor.json';
  const jed = JSON.parse(
    strFromU8(unzipSync(readFileSync(zip), { filter: (f) => f.name === file })[file]),
  );
  return (english) => jed.locale_data.messages[english]?.[0];
}

/** The labels of the options of the sidebar's select labelled `label`. */
async function optionLabels(page, label) {
  const select = await controlByLabel(page, blockInspector, label);
  return select.evaluate((select) => [...select.options].map((option) => option.text));
}

export default {
  name: 'in Spanish (user locale es_ES) the block’s editor and its variations speak the plugin’s Spanish',
  async run({ site, admin, author, zip, tags }) {
    await openEditor(admin, `${site.url}/wp-admin/post-new.php`);
    const english = await variationTitles(admin);
    const spanish = scriptSpanish(zip);

    const before = await site.php('user-locale.php', ['author', 'es_ES']);
    const post = await site.createPost({ author: 'author', title: 'Elecciones', content });
    const logged = watchConsole(author);
    try {
      const canvas = await openEditor(
        author,
        `${site.url}/wp-admin/post.php?post=${post.id}&action=edit`,
      );
      assert.equal(await author.$eval('html', (html) => html.lang), 'es-ES');
      const [invalidValue, unknownAttribute, unknownWidget] = await blockNotices(canvas, 3);
      assert.match(
        invalidValue,
        /“deaths” no es una opción válida de “Cifra” \(Asilos concedidos en las cortes de inmigración, Solicitudes en la frontera\)/,
      );
      assert.match(unknownAttribute, /Este gráfico no tiene la opción “size”/);
      assert.match(
        unknownWidget,
        /El gráfico <refugee-map> no está entre los que ofrece este plugin/,
      );

      // Each variation is named in the plugin's Spanish and found by that name.
      const titles = await variationTitles(author);
      for (const tag of tags) {
        assert.ok(spanish(english[tag]), `the plugin has no Spanish for “${english[tag]}”`);
        assert.equal(titles[tag], spanish(english[tag]), `<${tag}>'s variation`);
        await searchInserter(author, titles[tag]);
        await inserterItem(author, titles[tag]);
      }
      const example = await hoverPreview(author, site, titles['asylum-stat'], 'asylum-stat');
      assert.match(example.text, /^Asilo para mexicanos en las cortes de inmigración de EE\. UU\./);
      assert.deepEqual(example.requested, [], 'the preview loaded files of the plugin');

      // The block's own title comes from block.json through the plugin's .mo.
      await searchInserter(author, 'Refuge');
      await insertFromInserter(author, 'Gráfico de Refuge');
      await closeInserter(author);
      const placeholder = await canvas.waitForSelector('.wp-block .components-placeholder');
      assert.match(
        await placeholder.evaluate((node) => node.textContent),
        /Gráfico de Refuge.*Elija un gráfico y luego sus opciones en la barra lateral\./,
      );

      await searchInserter(author, 'Cifra de asilo');
      await insertFromInserter(author, 'Cifra de asilo');
      await showBlockSettings(author);
      assert.equal(await blockCardTitle(author), 'Cifra de asilo');
      const sidebar = await author.$eval(blockInspector, (node) => node.innerText);
      assert.match(sidebar, /Opciones/);
      // The options and their choices in the snippet builder's words (each widget's
      // <tag>.editor.ts), the default marked as the builder marks it.
      assert.deepEqual(await optionLabels(author, 'Cifra'), [
        'Asilos concedidos en las cortes de inmigración (predeterminado)',
        'Solicitudes en la frontera',
      ]);
      assert.deepEqual(await optionLabels(author, 'Idioma del gráfico'), [
        'El idioma del artículo (predeterminado)',
        'Inglés',
        'Español',
      ]);
      assert.deepEqual(await optionLabels(author, 'Colores'), [
        'Igual que la página del artículo (predeterminado)',
        'Texto oscuro sobre fondo claro',
        'Texto claro sobre fondo oscuro',
        'Según el teléfono o la computadora de cada lector',
      ]);
      assert.ok(
        (await optionLabels(author, 'Gráfico')).includes('Cifra de asilo'),
        'the Graphic select names the graphics as the inserter does',
      );
      // Each option's hint is the builder's, in Spanish, not the attributes' documentation.
      const help = await author.$$eval(
        `${blockInspector} .components-base-control__help`,
        (nodes) => nodes.map((node) => node.textContent),
      );
      assert.ok(
        help.includes('El número que los lectores ven en grande, con su contexto y su fuente.'),
        `the sidebar's hints: ${help.join(' | ')}`,
      );
      assert.deepEqual(logged.problems, [], 'the editor logged errors or deprecations');
      return `${tags.map((tag) => `“${titles[tag]}”`).join(', ')}; notices, sidebar and title in Spanish`;
    } finally {
      logged.stop();
      await site.php('user-locale.php', ['author', before]);
      await site.php('delete-post.php', [String(post.id)]);
    }
  },
};
