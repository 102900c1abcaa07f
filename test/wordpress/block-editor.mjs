// The block editor as an Author drives it, in WordPress 6.1, whose canvas is the admin page itself,
// and in 6.8 and 7.x, whose canvas is an iframe (iframe[name="editor-canvas"], from 6.3 on when
// every block is of API version 3) and whose toolbar and sidebar were renamed. WordPress's own
// strings stay English in every check: the suite installs no core translation.

/** The header button that opens and closes the inserter: 6.1's class, then 6.6's and later. */
const inserterToggle =
  '.edit-post-header-toolbar__inserter-toggle, .editor-document-tools__inserter-toggle';
/** The selected block's settings, in the sidebar. */
export const blockInspector = '.block-editor-block-inspector';

/**
 * Opens the editor at `url` (a new post or post.php?…&action=edit) and resolves to the frame that
 * holds the blocks, the title and the plugin's preview: the page's main frame, or the canvas iframe.
 */
export async function openEditor(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.wp?.blocks?.getBlockType('refuge-widgets/graphic'));
  return editorCanvas(page);
}

/** The frame that holds the blocks, once the editor has drawn them. */
export async function editorCanvas(page) {
  const canvas = await page.waitForSelector(
    'iframe[name="editor-canvas"], .block-editor-block-list__layout.is-root-container',
  );
  const frame =
    (await canvas.evaluate((node) => node.localName)) === 'iframe'
      ? await canvas.contentFrame()
      : page.mainFrame();
  await frame.waitForSelector('.block-editor-block-list__layout.is-root-container');
  return frame;
}

/**
 * Every console error and warning of `page` (and of its frames, the canvas and the inserter's
 * previews) from now on, with every uncaught exception. WordPress reports a deprecated API or prop
 * (`wp.deprecated`) with console.warn and a block it cannot read with console.error, so a check
 * that ends with `problems` empty saw neither. `stop()` ends the watch.
 */
export function watchConsole(page) {
  const problems = [];
  const onConsole = (message) => {
    if (!['error', 'warn', 'warning', 'assert'].includes(message.type())) return;
    const { url = '' } = message.location() ?? {};
    if (isWordPressNoise(message.text(), url)) return;
    problems.push(`console.${message.type()}: ${message.text()}${url ? ` (${url})` : ''}`);
  };
  const onError = (error) => problems.push(`uncaught: ${error.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  return {
    problems,
    stop() {
      page.off('console', onConsole);
      page.off('pageerror', onError);
    },
  };
}

/**
 * What WordPress logs about itself whatever plugin is active, which a check must not take for the
 * plugin's: each is matched by its text and, for a failed request, its address, none of which is
 * the plugin's, with where it comes from.
 */
const wordPressNoise = [
  // The editor asks the REST API for what only Editors and Administrators may read (categories
  // and tags in the edit context, the site's settings, the theme's templates), and the Author is
  // refused. Core routes, wp/v2: the plugin has no REST route.
  {
    text: /^Failed to load resource: the server responded with a status of 403/,
    url: /[?&]rest_route=%2Fwp%2Fv2%2F/,
  },
  // 7.x shows the post author's Gravatar in the editor, and the suite's machine has no outside
  // network.
  {
    text: /^Failed to load resource: net::ERR_NAME_NOT_RESOLVED$/,
    url: /^https:\/\/secure\.gravatar\.com\/avatar\//,
  },
  // 7.x warns about a style core itself adds to the editor on enqueue_block_editor_assets:
  // wp_enqueue_global_styles_css_custom_properties(), in wp-includes/script-loader.php.
  { text: /^global-styles-css-custom-properties-inline-css was added to the iframe incorrectly\./ },
];

function isWordPressNoise(text, url) {
  return wordPressNoise.some(
    (noise) => noise.text.test(text) && (!noise.url || noise.url.test(url)),
  );
}

/** The block's variations the inserter lists: tag (the variation's name) → title. */
export async function variationTitles(page) {
  return Object.fromEntries(
    await page.evaluate(() =>
      window.wp.blocks
        .getBlockVariations('refuge-widgets/graphic', 'inserter')
        .map(({ name, title }) => [name, title]),
    ),
  );
}

/** Whether the header button of the inserter is pressed (the inserter is open). */
const inserterOpen = (page) =>
  page.$eval(inserterToggle, (button) =>
    ['aria-pressed', 'aria-expanded'].some((name) => button.getAttribute(name) === 'true'),
  );

/** Opens the inserter from the header (it takes the sidebar's place in 6.1) and searches `text`. */
export async function searchInserter(page, text) {
  await page.waitForSelector(inserterToggle);
  if (!(await inserterOpen(page))) await page.click(inserterToggle);
  const search = await page.waitForSelector('.block-editor-inserter__search input');
  // Whatever an earlier search left, then the new one, as typed.
  await search.click({ count: 3 });
  await search.press('Backspace');
  await search.type(text);
}

/** The inserter's item titled `title` among the results of the search under way. */
export async function inserterItem(page, title) {
  const item = await page.waitForFunction(
    (title) =>
      [...document.querySelectorAll('.block-editor-block-types-list__item')].find(
        (item) =>
          item.querySelector('.block-editor-block-types-list__item-title')?.textContent.trim() ===
          title,
      ),
    {},
    title,
  );
  return item.asElement();
}

/**
 * Does `action` with the inserter's item titled `title`, found again if the results were drawn
 * anew meanwhile (they are while a search settles, 6.8 and later searching patterns too).
 */
async function withInserterItem(page, title, action) {
  for (let tries = 1; ; tries += 1) {
    try {
      return await action(await inserterItem(page, title));
    } catch (error) {
      if (tries === 5 || !/detached/i.test(error.message)) throw error;
    }
  }
}

/** Inserts the block or variation titled `title` from the results of the search under way. */
export async function insertFromInserter(page, title) {
  const before = await page.evaluate(() =>
    window.wp.data.select('core/block-editor').getClientIdsWithDescendants(),
  );
  // Clicked as an element, not at its place on screen: while a search settles the results are
  // drawn anew, and a click at the item's place once landed on another item (7.1 and 6.8 under
  // load inserted the block itself instead of the variation searched for).
  await withInserterItem(page, title, async (item) => {
    const clicked = await item.evaluate((element) => {
      if (!element.isConnected) return false;
      element.click();
      return true;
    });
    if (!clicked) throw new Error('the item was detached before its click');
  });
  // The editor inserts and selects the block some frames later; until then its sidebar still
  // shows the block selected before (seen once on 7.1 under load: the last block's title read).
  await page.waitForFunction(
    (before) => {
      const selected = window.wp.data.select('core/block-editor').getSelectedBlockClientId();
      return Boolean(selected) && !before.includes(selected);
    },
    {},
    before,
  );
}

/** Closes the inserter, if open. */
export async function closeInserter(page) {
  if (await inserterOpen(page)) await page.click(inserterToggle);
}

/**
 * Shows the selected block's settings: opens the sidebar if the inserter closed it, and turns it
 * to its "Block" tab (6.1's tab buttons, 6.8's and later's `role="tab"`).
 */
export async function showBlockSettings(page) {
  await closeInserter(page);
  if (await page.$(blockInspector)) return;
  const settings = await page.$(
    '.interface-pinned-items button[aria-label="Settings"]:not([aria-pressed="true"]):not([aria-expanded="true"])',
  );
  await settings?.click();
  await page.waitForSelector('.interface-complementary-area');
  if (!(await page.$(blockInspector))) {
    const tab = await page.waitForFunction(() =>
      [
        ...document.querySelectorAll(
          '.interface-complementary-area [role="tab"], .edit-post-sidebar__panel-tab',
        ),
      ].find((tab) => tab.textContent.trim() === 'Block'),
    );
    await tab.asElement().click();
  }
  await page.waitForSelector(blockInspector);
}

/** The title the selected block's card shows in the sidebar: its variation's, if one is active. */
export async function blockCardTitle(page) {
  const selector = `${blockInspector} .block-editor-block-card__title`;
  await page.waitForSelector(selector);
  // Read once the sidebar has drawn the selected block: the same text over two frames.
  return page.evaluate(async (selector) => {
    const read = () => document.querySelector(selector)?.textContent.trim();
    const frame = () => new Promise(requestAnimationFrame);
    for (let last = read(); ;) {
      await frame();
      await frame();
      const now = read();
      if (now === last) return now;
      last = now;
    }
  }, selector);
}

/**
 * What the inserter's preview shows of the element `selector` (its BlockPreview is an iframe of
 * its own in every version checked), or null if it shows none within `milliseconds`. A preview
 * drawn anew meanwhile has a new frame, and the old one is skipped.
 */
async function previewShows(page, selector, milliseconds) {
  for (let waited = 0; waited < milliseconds; waited += 100) {
    for (const frame of page.frames()) {
      try {
        const element = await frame.$(selector);
        if (!element) continue;
        return await element.evaluate((element) => ({
          defined: Boolean(customElements.get(element.localName)),
          text: element.textContent.replace(/\s+/g, ' ').trim(),
          height: Math.round(element.getBoundingClientRect().height),
        }));
      } catch {
        // Detached since page.frames() listed it.
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

/**
 * Hovers the inserter's item titled `title` and resolves to what its preview shows of <tag>, and
 * to the addresses of the plugin's files requested meanwhile (the library, its images).
 */
export async function hoverPreview(page, site, title, tag) {
  const plugin = `${site.url}/wp-content/plugins/refuge-widgets/`;
  const requested = [];
  const onRequest = (request) => {
    if (request.url().startsWith(plugin)) requested.push(request.url());
  };
  page.on('request', onRequest);
  try {
    await searchInserter(page, title);
    const selector = `.refuge-widgets-example ${tag}`;
    let shown = null;
    // The results are drawn again while the search settles (6.8 and later also search patterns),
    // which can drop a hover made meanwhile: hovered again, from outside, until the preview shows.
    for (let tries = 0; !shown && tries < 5; tries += 1) {
      await page.mouse.move(0, 0);
      await withInserterItem(page, title, (item) => item.hover());
      shown = await previewShows(page, selector, 3000);
    }
    if (!shown) throw new Error(`The inserter's preview of “${title}” never showed ${selector}.`);
    return { ...shown, requested };
  } finally {
    page.off('request', onRequest);
  }
}

/** The blocks of the post being edited, as the editor holds them. */
export function editorBlocks(page) {
  return page.evaluate(() =>
    window.wp.data
      .select('core/block-editor')
      .getBlocks()
      .map(({ name, isValid, attributes }) => ({ name, isValid, attributes })),
  );
}

/** The texts of the notices the blocks in `canvas` show, once there are `count`. */
export async function blockNotices(canvas, count) {
  const notices = await canvas.waitForFunction(
    (count) => {
      const texts = [...document.querySelectorAll('.wp-block .components-notice')].map((notice) =>
        notice.textContent.trim(),
      );
      return texts.length === count && texts;
    },
    {},
    count,
  );
  return notices.jsonValue();
}

/**
 * Publishes the post through the header's button and its panel; resolves to its address. The
 * panel slides in (7.x animates it): a locator clicks its button once it holds still.
 */
export async function publish(page) {
  await page.locator('.editor-post-publish-panel__toggle').click();
  await page.locator('.editor-post-publish-panel .editor-post-publish-button').click();
  await page.waitForSelector('.post-publish-panel__postpublish');
  return page.evaluate(() => window.wp.data.select('core/editor').getPermalink());
}

/**
 * The name the selected block's toolbar gives it, on its first button (the block switcher, whose
 * label is the block's title, or its variation's).
 */
export async function toolbarTitle(page) {
  const toolbar = await page.waitForSelector('.block-editor-block-toolbar');
  return toolbar.evaluate(
    (toolbar) =>
      toolbar
        .querySelector(
          '.block-editor-block-switcher button, .block-editor-block-switcher__no-switcher-icon, button',
        )
        ?.getAttribute('aria-label') ?? '',
  );
}
