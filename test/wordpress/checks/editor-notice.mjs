// A block whose stored choice the server would drop (a value outside the list, an unknown widget,
// as a block pasted from elsewhere or edited in the code editor may hold) shows a clear notice in
// the editor, and the preview shows what readers will get, with nothing logged.
import assert from 'node:assert/strict';
import { blockNotices, openEditor, watchConsole } from '../block-editor.mjs';

const content = [
  '<!-- wp:refuge-widgets/graphic {"widget":"asylum-stat","values":{"metric":"deaths","lang":"es"}} /-->',
  '<!-- wp:refuge-widgets/graphic {"widget":"refugee-map","values":{}} /-->',
].join('\n');

export default {
  name: 'an invalid choice shows a notice in the editor',
  async run({ site, author }) {
    const post = await site.createPost({
      author: 'author',
      title: 'Invalid choices',
      content,
    });
    const logged = watchConsole(author);
    try {
      const canvas = await openEditor(
        author,
        `${site.url}/wp-admin/post.php?post=${post.id}&action=edit`,
      );
      const [invalidValue, unknownWidget] = await blockNotices(canvas, 2);
      // The option and its choices are named as the snippet builder names them.
      assert.match(
        invalidValue,
        /“deaths” is not a valid choice for “Figure” \(Asylum grants in immigration court, Requests at the border\)/,
      );
      assert.match(unknownWidget, /The graphic <refugee-map> is not one this plugin offers/);
      // The preview leaves the dropped value out, as the page will: the widget shows its default
      // figure rather than its error.
      const preview = await canvas.waitForFunction(() => {
        const stat = document.querySelector('.refuge-widgets-preview asylum-stat');
        return (
          stat?.shadowRoot?.querySelector('[part~="base"], [part~="error"]') && {
            lang: stat.getAttribute('lang'),
            metric: stat.metric,
            error: Boolean(stat.shadowRoot.querySelector('[part~="error"]')),
          }
        );
      });
      assert.deepEqual(await preview.jsonValue(), {
        lang: 'es',
        metric: 'court-grants',
        error: false,
      });
      assert.deepEqual(logged.problems, [], 'the editor logged errors or deprecations');
      return 'two notices';
    } finally {
      logged.stop();
      await site.php('delete-post.php', [String(post.id)]);
    }
  },
};
