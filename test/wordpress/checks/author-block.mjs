// An Author (no unfiltered_html) finds each graphic in the inserter by its name (the block's
// variations), sees it previewed there without anything loaded, inserts <asylum-stat>, chooses its
// figure and Spanish in the sidebar, sees the real element in the editor and publishes; the editor
// then reloads the block as saved, and a reader gets the widget with one module script. The editor
// logs no error and no deprecation all along.
import assert from 'node:assert/strict';
import {
  blockCardTitle,
  blockInspector,
  editorBlocks,
  hoverPreview,
  inserterItem,
  insertFromInserter,
  openEditor,
  publish,
  searchInserter,
  showBlockSettings,
  toolbarTitle,
  variationTitles,
  watchConsole,
} from '../block-editor.mjs';
import { controlByLabel, renderedWidgets } from '../browser.mjs';

async function choose(page, label, value) {
  const select = await controlByLabel(page, blockInspector, label);
  await select.select(value);
}

/** The asylum-stat of the plugin's preview in `canvas`, once it shows Spanish: its figure. */
async function spanishPreview(canvas) {
  const preview = await canvas.waitForFunction(() => {
    const stat = document.querySelector('.refuge-widgets-preview asylum-stat');
    const value = stat?.shadowRoot?.querySelector('[part~="value"]')?.textContent;
    return stat?.getAttribute('lang') === 'es' && /Casi/.test(value ?? '') && value;
  });
  return preview.jsonValue();
}

export default {
  name: 'an Author finds the graphics by name in the inserter, inserts <asylum-stat> in Spanish, publishes, reloads',
  async run({ site, author, reader, tags, screenshot }) {
    const logged = watchConsole(author);
    try {
      const canvas = await openEditor(author, `${site.url}/wp-admin/post-new.php`);
      await canvas.type('.editor-post-title__input', 'Asylum at the border');

      // One variation per offered widget, each found by typing its name.
      const titles = await variationTitles(author);
      assert.deepEqual(Object.keys(titles).sort(), [...tags].sort());
      for (const title of Object.values(titles)) {
        await searchInserter(author, title);
        await inserterItem(author, title);
      }

      // Its inserter preview is the widget prerendered, drawn with nothing loaded.
      const title = titles['asylum-stat'];
      const example = await hoverPreview(author, site, title, 'asylum-stat');
      assert.equal(example.defined, false, 'the library was loaded into the inserter’s preview');
      assert.match(example.text, /^Asylum for Mexicans in U\.S\. immigration courts 71 asylum/);
      assert.ok(example.height > 100, `the prerender is laid out: ${example.height} px`);
      assert.deepEqual(example.requested, [], 'the preview loaded files of the plugin');

      await insertFromInserter(author, title);
      await showBlockSettings(author);
      assert.equal(await blockCardTitle(author), title, 'the sidebar names the variation');
      assert.equal(await toolbarTitle(author), title, 'the block toolbar names the variation');
      // The figures by what they show, as the snippet builder names them, the default marked.
      const figures = await controlByLabel(author, blockInspector, 'Figure');
      assert.deepEqual(
        await figures.evaluate((select) => [...select.options].map((option) => option.text)),
        ['Asylum grants in immigration court (default)', 'Requests at the border'],
      );
      await choose(author, 'Figure', 'port-requests');
      await choose(author, 'Language of the graphic', 'es');

      // The real element, previewed in the editor in the chosen language.
      assert.match(await spanishPreview(canvas), /200/);
      if (screenshot) {
        await canvas.click('.editor-post-title__input');
        await canvas.click('.refuge-widgets-preview');
        await author.screenshot({ path: screenshot });
      }

      const content = await author.evaluate(() =>
        window.wp.data.select('core/editor').getEditedPostContent(),
      );
      assert.match(
        content,
        /^<!-- wp:refuge-widgets\/graphic \{"widget":"asylum-stat","values":\{[^}]*\}\} \/-->$/,
        'the post stores only the block’s attributes',
      );
      const permalink = await publish(author);
      const postId = await author.evaluate(() =>
        window.wp.data.select('core/editor').getCurrentPostId(),
      );

      // Reloaded, the block is as saved: valid, its choice kept, its preview drawn again.
      const reloaded = await openEditor(
        author,
        `${site.url}/wp-admin/post.php?post=${postId}&action=edit`,
      );
      assert.deepEqual(await editorBlocks(author), [
        {
          name: 'refuge-widgets/graphic',
          isValid: true,
          attributes: {
            widget: 'asylum-stat',
            values: { metric: 'port-requests', lang: 'es' },
          },
        },
      ]);
      assert.match(await spanishPreview(reloaded), /200/);
      assert.equal(await reloaded.$('.block-editor-warning'), null, 'a block shows a warning');
      assert.deepEqual(logged.problems, [], 'the editor logged errors or deprecations');

      await reader.goto(permalink);
      const page = await renderedWidgets(reader, tags);
      assert.deepEqual(
        page.widgets.map(({ tag, attributes }) => ({ tag, attributes })),
        [{ tag: 'asylum-stat', attributes: { lang: 'es', metric: 'port-requests' } }],
      );
      const [stat] = page.widgets;
      assert.match(
        stat.value,
        /^Casi 200/,
        `the headline figure with its qualifier: ${stat.value}`,
      );
      assert.match(stat.text, /pidieron asilo en puertos de entrada/);
      assert.deepEqual(page.moduleScripts, [
        {
          src: `${site.url}/wp-content/plugins/refuge-widgets/library/refuge-widgets.js`,
          integrity: '',
        },
      ]);
      const where = canvas === author.mainFrame() ? 'in the page' : 'in its iframe';
      return `canvas ${where}; ${tags.length} variations found by name; “${stat.value}”, one module script`;
    } finally {
      logged.stop();
    }
  },
};
