// The zip installs through WordPress's own Plugins → Add New → Upload Plugin screen, as a site
// owner would install it, and activates.
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';

export default {
  name: 'the zip installs through “Upload Plugin” and activates',
  async run({ site, admin, zip, plugin }) {
    await admin.goto(`${site.url}/wp-admin/plugin-install.php`);
    await admin.click('.upload-view-toggle');
    const input = await admin.waitForSelector('#pluginzip');
    await input.uploadFile(zip);
    await Promise.all([admin.waitForNavigation(), admin.click('#install-plugin-submit')]);
    const report = await admin.$eval('.wrap', (wrap) => wrap.textContent);
    assert.match(report, /Plugin installed successfully/, report);
    await Promise.all([admin.waitForNavigation(), admin.click('.wrap a[href*="action=activate"]')]);
    const active = await admin.$('tr.active[data-plugin="refuge-widgets/refuge-widgets.php"]');
    assert.ok(active, 'the plugin is not listed as active');
    // Its files, and its limit, are printed by `npm run size` (test/size/plugin-zip.mjs).
    const bytes = statSync(zip).size.toLocaleString('en');
    return `${bytes} bytes, ${plugin.names.length} files, ${plugin.widgets.length} widgets`;
  },
};
