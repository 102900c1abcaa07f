// With integrity on, the one script tag carries the entry's SHA-384 from integrity.json, and the
// browser, which checks it, still runs the widgets.
import assert from 'node:assert/strict';
import { renderedWidgets } from '../browser.mjs';
import {
  postWithGraphic,
  restoreOptions,
  storedOptions,
  submitSettings,
} from '../settings-page.mjs';

export default {
  name: 'integrity on: the script carries the entry’s SHA-384 and still runs',
  async run({ site, admin, reader, plugin, tags }) {
    const before = await storedOptions(site);
    await submitSettings(admin, site, { refuge_widgets_integrity: true });
    try {
      const post = await postWithGraphic(site);
      await reader.goto(post.url);
      const page = await renderedWidgets(reader, tags);
      assert.deepEqual(page.moduleScripts, [
        {
          src: `${site.url}/wp-content/plugins/refuge-widgets/library/refuge-widgets.js`,
          integrity: plugin.integrity['refuge-widgets.js'],
        },
      ]);
      assert.ok(page.widgets.every((widget) => widget.upgraded));
      assert.equal(
        await reader.$eval(
          'script[type="module"][src$="/refuge-widgets.js"]',
          (script) => script.crossOrigin,
        ),
        'anonymous',
      );
    } finally {
      await restoreOptions(site, before);
    }
    return plugin.integrity['refuge-widgets.js'].slice(0, 20) + '…';
  },
};
