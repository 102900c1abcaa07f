// The plugin's settings page, as an Administrator uses it, and the options as stored.

export const settingsPath = '/wp-admin/options-general.php?page=refuge-widgets';

/** The plugin's rows in the options table (name → value). */
export async function storedOptions(site) {
  return JSON.parse(await site.php('plugin-options.php'));
}

/**
 * Puts the plugin's options back as `before` (from storedOptions) had them, deleting those added
 * since: for a check's `finally`, so that a check failing midway leaves no setting to the next.
 */
export async function restoreOptions(site, before) {
  const now = await storedOptions(site);
  const added = Object.keys(now).filter((name) => !(name in before));
  const options = { ...Object.fromEntries(added.map((name) => [name, null])), ...before };
  await site.php('set-options.php', [], JSON.stringify(options));
}

/** Submits the settings form with `fields` changed; resolves to the notices the page then shows. */
export async function submitSettings(page, site, fields) {
  await page.goto(`${site.url}${settingsPath}`);
  await page.evaluate((fields) => {
    for (const [id, value] of Object.entries(fields)) {
      const input = document.getElementById(id);
      if (input.type === 'checkbox') input.checked = value;
      else input.value = value;
    }
  }, fields);
  await Promise.all([page.waitForNavigation(), page.click('#submit')]);
  return page.$$eval('.notice, .updated, .error', (notices) =>
    notices.map((notice) => notice.textContent.trim()),
  );
}

/** A post with one graphic, for checking the script tag the settings give. */
export async function postWithGraphic(site) {
  return await site.createPost({
    author: 'author',
    title: 'One graphic',
    content: '<!-- wp:refuge-widgets/graphic {"widget":"asylum-stat","values":{}} /-->',
  });
}
