// Deleting the plugin runs its uninstall.php, which removes its options.
import assert from 'node:assert/strict';
import { storedOptions } from '../settings-page.mjs';

export default {
  name: 'deleting the plugin removes its options',
  async run({ site }) {
    await site.php(
      'set-options.php',
      [],
      JSON.stringify({
        refuge_widgets_library_url: 'https://cdn.example.org/refuge-widgets@0.1.0/dist/',
        refuge_widgets_integrity: true,
      }),
    );
    assert.equal(Object.keys(await storedOptions(site)).length, 2);
    const result = JSON.parse(await site.php('delete-plugin.php'));
    assert.deepEqual(result, { folder_exists: false });
    assert.deepEqual(await storedOptions(site), {});
  },
};
