// The "Republish notice" block in an Author's editor: the real notice previewed in the canvas, in
// the license the block names; its options in the sidebar in editors' words (the licenses by their
// names, what an empty option gives); a warning for a tracking image the server would drop.
import assert from 'node:assert/strict';
import { controlByLabel } from '../browser.mjs';

const content =
  '<!-- wp:refuge-widgets/republish-notice {"license":"cc-by-nc-nd-3.0","pixelSrc":"http://pixel.example.org/count.gif"} /-->';

/** The frame the blocks are drawn in: an iframe from WordPress 6.3 on, for some editors. */
const canvasOf = (page) =>
  page.frames().find((frame) => frame.name() === 'editor-canvas') ?? page.mainFrame();

export default {
  name: 'the republish notice block in the editor: its preview, options and warning',
  async run({ site, author }) {
    const post = await site.createPost({
      author: 'author',
      title: 'Notice in the editor',
      content,
    });
    try {
      await author.goto(`${site.url}/wp-admin/post.php?post=${post.id}&action=edit`);
      await author.waitForFunction(
        () => window.wp?.data?.select('core/block-editor').getBlocks()[0],
      );
      const canvas = canvasOf(author);
      const license = await canvas.waitForFunction(() =>
        document
          .querySelector('.refuge-widgets-preview republish-notice')
          ?.shadowRoot?.querySelector('[part~="license"]')
          ?.textContent.replace(/\s+/g, ' ')
          .trim(),
      );
      assert.match(await license.jsonValue(), /Attribution-NonCommercial-NoDerivs 3\.0/);
      const warning = await canvas.waitForFunction(() =>
        [...document.querySelectorAll('.wp-block .components-notice')]
          .map((notice) => notice.textContent.trim())
          .join(' | '),
      );
      assert.match(await warning.jsonValue(), /The tracking image address must start with https/);

      // The block selected, the sidebar on its tab.
      await author.evaluate(() => {
        const { select, dispatch } = window.wp.data;
        const [block] = select('core/block-editor').getBlocks();
        dispatch('core/block-editor').selectBlock(block.clientId);
        dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
      });
      const inspector = '.block-editor-block-inspector';
      const select = await controlByLabel(author, inspector, 'License');
      const options = await select.evaluate((element) =>
        [...element.options].map((option) => [option.value, option.textContent]),
      );
      assert.deepEqual(options[0], ['', 'The site’s default: none named']);
      assert.ok(
        options.some(
          ([value, label]) =>
            value === 'cc-by-nc-nd-3.0' &&
            label.startsWith('Creative Commons Attribution-NonCommercial-NoDerivs 3.0'),
        ),
        JSON.stringify(options),
      );
      assert.equal(await select.evaluate((element) => element.value), 'cc-by-nc-nd-3.0');
      for (const label of ['Author', 'Publisher', 'Original address', 'Tracking image address']) {
        await controlByLabel(author, inspector, label);
      }
      return `${options.length - 1} licenses by name, a warning`;
    } finally {
      await site.php('delete-content.php', [], JSON.stringify({ posts: [post.id] }));
    }
  },
};
