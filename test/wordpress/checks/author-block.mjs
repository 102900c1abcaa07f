// An Author (no unfiltered_html) inserts the block through the inserter, chooses the graphic and
// its options in the sidebar, sees the real element in the editor, publishes; a reader then gets
// the widget with one module script.
import assert from 'node:assert/strict';
import { controlByLabel, renderedWidgets } from '../browser.mjs';

const inspector = '.block-editor-block-inspector';

async function choose(page, label, value) {
  const select = await controlByLabel(page, inspector, label);
  await select.select(value);
}

export default {
  name: 'an Author inserts the block, chooses <asylum-stat> in Spanish, publishes',
  async run({ site, author, reader, tags, screenshot }) {
    await author.goto(`${site.url}/wp-admin/post-new.php`);
    await author.waitForSelector('.edit-post-header-toolbar__inserter-toggle');
    await author.type('.editor-post-title__input', 'Asylum at the border');

    await author.click('.edit-post-header-toolbar__inserter-toggle');
    await author.type('.block-editor-inserter__menu input[type="search"]', 'Refuge');
    await author.click('.block-editor-block-types-list__item ::-p-text(Refuge graphic)');
    // The inserter took the sidebar's place: close it and open the settings, on the block's tab.
    await author.click('.edit-post-header-toolbar__inserter-toggle');
    const settings = await author.$('.interface-pinned-items button[aria-pressed="false"]');
    await settings?.click();
    await choose(author, 'Graphic', 'asylum-stat');
    await choose(author, 'Figure', 'port-requests');
    await choose(author, 'Language of the graphic', 'es');

    // The real element, previewed in the editor in the chosen language.
    const preview = await author.waitForFunction(() => {
      const stat = document.querySelector('.refuge-widgets-preview asylum-stat');
      const value = stat?.shadowRoot?.querySelector('[part~="value"]')?.textContent;
      return stat?.getAttribute('lang') === 'es' && /Casi/.test(value ?? '') && value;
    });
    assert.match(await preview.jsonValue(), /200/);
    if (screenshot) {
      await author.click('.editor-post-title__input');
      await author.click('.refuge-widgets-preview');
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

    await author.click('.editor-post-publish-panel__toggle');
    await author.click('.editor-post-publish-panel .editor-post-publish-button');
    await author.waitForSelector('.post-publish-panel__postpublish');
    const permalink = await author.evaluate(() =>
      window.wp.data.select('core/editor').getPermalink(),
    );

    await reader.goto(permalink);
    const page = await renderedWidgets(reader, tags);
    assert.deepEqual(
      page.widgets.map(({ tag, attributes }) => ({ tag, attributes })),
      [{ tag: 'asylum-stat', attributes: { lang: 'es', metric: 'port-requests' } }],
    );
    const [stat] = page.widgets;
    assert.match(stat.value, /^Casi 200/, `the headline figure with its qualifier: ${stat.value}`);
    assert.match(stat.text, /pidieron asilo en puertos de entrada/);
    assert.deepEqual(page.moduleScripts, [
      {
        src: `${site.url}/wp-content/plugins/refuge-widgets/library/refuge-widgets.js`,
        integrity: '',
      },
    ]);
    return `“${stat.value}”, one module script`;
  },
};
