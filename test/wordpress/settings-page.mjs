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
  return await saveSettings(page);
}

/**
 * Submits the settings form sending, for each name of `values`, the value given (a list for a
 * `name[]` field, such as a set of checkboxes) in place of what the form's controls hold: values
 * the controls could not send, as a scripted request could. Resolves to the notices then shown.
 */
export async function submitSettingsValues(page, site, values) {
  await page.goto(`${site.url}${settingsPath}`);
  await page.evaluate((values) => {
    const form = document.querySelector('form[action="options.php"]');
    for (const [name, value] of Object.entries(values)) {
      const field = Array.isArray(value) ? `${name}[]` : name;
      for (const control of form.querySelectorAll(`[name="${field}"]`)) control.remove();
      for (const one of [value].flat()) {
        form.append(
          Object.assign(document.createElement('input'), {
            type: 'hidden',
            name: field,
            value: one,
          }),
        );
      }
    }
  }, values);
  return await saveSettings(page);
}

/** Clicks "Save Changes"; resolves to the notices the page then shows. */
async function saveSettings(page) {
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
