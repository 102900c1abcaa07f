// Deleting the plugin runs its uninstall.php, which removes every option and transient whose name
// starts with `refuge_widgets_`: the settings, and any another part of the plugin adds.
import assert from 'node:assert/strict';
import { storedOptions } from '../settings-page.mjs';

export default {
  name: 'deleting the plugin removes its options and transients',
  async run({ site }) {
    await site.php(
      'set-options.php',
      [],
      JSON.stringify({
        refuge_widgets_library_url: 'https://cdn.example.org/refuge-widgets@0.1.0/dist/',
        refuge_widgets_integrity: true,
        // Named as another part of the plugin would name its own: uninstall.php keeps no list.
        refuge_widgets_added_later: 'a value',
      }),
    );
    await site.php('set-transient.php', ['refuge_widgets_cached', '3600']);
    const before = JSON.parse(await site.php('plugin-leftovers.php'));
    assert.ok(Object.keys(await storedOptions(site)).length >= 3);
    assert.ok(before.includes('_transient_refuge_widgets_cached'), before.join(', '));
    const result = JSON.parse(await site.php('delete-plugin.php'));
    assert.deepEqual(result, { folder_exists: false });
    assert.deepEqual(JSON.parse(await site.php('plugin-leftovers.php')), []);
    return `removed ${before.join(', ')}`;
  },
};
