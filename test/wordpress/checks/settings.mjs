// The settings page: a library address must be https: and end in "/" (anything else is refused
// with a notice); a valid one moves the script; a request with a bad nonce, or from an Author,
// changes nothing.
import assert from 'node:assert/strict';
import { moduleScriptsNotWordPress } from '../browser.mjs';
import {
  postWithGraphic,
  restoreOptions,
  settingsPath,
  storedOptions,
  submitSettings,
} from '../settings-page.mjs';

const refused = /The library address was not changed/;

/** POSTs the settings form's fields to options.php from `page`'s session, with `nonce`. */
async function forgedSave(page, site, nonce) {
  return page.evaluate(
    async (url, nonce) => {
      const body = new URLSearchParams({
        option_page: 'refuge-widgets',
        action: 'update',
        _wpnonce: nonce,
        refuge_widgets_library_url: 'https://attacker.example/',
        refuge_widgets_integrity: '1',
      });
      return (await fetch(url, { method: 'POST', body })).status;
    },
    `${site.url}/wp-admin/options.php`,
    nonce,
  );
}

export default {
  name: 'the settings page refuses bad addresses, bad nonces and Authors',
  async run({ site, admin, author, reader }) {
    const before = await storedOptions(site);
    for (const address of ['javascript:alert(1)//', 'http://cdn.example.org/refuge-widgets/']) {
      const notices = await submitSettings(admin, site, { refuge_widgets_library_url: address });
      assert.ok(
        notices.some((text) => refused.test(text)),
        `${address}: ${notices.join(' | ')}`,
      );
      assert.deepEqual(await storedOptions(site), before, `${address} was stored`);
    }

    const cdn = 'https://cdn.example.org/refuge-widgets@0.1.0/dist/';
    try {
      const saved = await submitSettings(admin, site, { refuge_widgets_library_url: cdn });
      assert.ok(!saved.some((text) => refused.test(text)), saved.join(' | '));
      assert.equal((await storedOptions(site)).refuge_widgets_library_url, cdn);
      const post = await postWithGraphic(site);
      await reader.goto(post.url);
      assert.deepEqual(await moduleScriptsNotWordPress(reader), [`${cdn}refuge-widgets.js`]);
    } finally {
      // The address is unreachable here: left in place, every later check's widgets would fail.
      await restoreOptions(site, before);
    }
    const stored = await storedOptions(site);
    assert.deepEqual(stored, before, 'the options were not restored');

    // The Administrator's session with a nonce that is not WordPress's.
    assert.equal(await forgedSave(admin, site, 'not-a-nonce'), 403);
    assert.deepEqual(await storedOptions(site), stored, 'a bad nonce changed the options');

    // An Author may not open the page, nor save it (options.php checks manage_options first).
    const response = await author.goto(`${site.url}${settingsPath}`);
    assert.equal(response.status(), 403);
    assert.equal(await author.$('#refuge_widgets_library_url'), null);
    assert.equal(await forgedSave(author, site, ''), 403);
    assert.deepEqual(await storedOptions(site), stored, 'an Author changed the options');
    return 'javascript: and http: refused, https: saved, forged requests refused';
  },
};
