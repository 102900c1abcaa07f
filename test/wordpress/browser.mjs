// Chromium (Debian's, through puppeteer-core) and the WordPress pages the suite drives.
import puppeteer from 'puppeteer-core';
import { debianChromiumFlags } from '../support/chromium-flags.mjs';

export function launchChromium() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: debianChromiumFlags,
    defaultViewport: { width: 1280, height: 900 },
  });
}

/** A page in a browser context of its own, logged in as `user` when one is given. */
export async function userPage(browser, site, user) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  // Leaving the editor with unsaved changes asks "Leave site?"; a check that failed midway leaves.
  page.on('dialog', (dialog) => dialog.accept());
  if (user) {
    await page.goto(`${site.url}/wp-login.php`);
    // Set, not typed: the login page moves the focus to the user name 200 ms after it loads,
    // which would send the rest of a typed password there.
    await page.$eval('#user_login', (input, value) => (input.value = value), user);
    await page.$eval('#user_pass', (input, value) => (input.value = value), `${user}-password`);
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
    if (!(await page.$('#wpadminbar'))) {
      const error = await page.$eval('body', (body) => body.innerText.slice(0, 500));
      throw new Error(`${user} could not log in at ${page.url()}: ${error}`);
    }
  }
  return page;
}

/** The form control whose label reads `label`, inside `scope` (a CSS selector). */
export async function controlByLabel(page, scope, label) {
  const handle = await page.waitForFunction(
    (scope, label) => {
      for (const element of document.querySelectorAll(`${scope} label`)) {
        if (element.textContent.trim() === label) {
          return element.control ?? document.getElementById(element.htmlFor);
        }
      }
      return null;
    },
    {},
    scope,
    label,
  );
  return handle.asElement();
}

/**
 * What a reader's page holds once every widget of `tags` on it has rendered: each element, and
 * the page's module scripts other than WordPress's own.
 */
export async function renderedWidgets(page, tags) {
  const selector = tags.join(', ');
  await page.waitForFunction(
    (selector) =>
      [...document.querySelectorAll(selector)].every((element) =>
        element.shadowRoot?.querySelector('[part~="base"]'),
      ),
    {},
    selector,
  );
  const rendered = await page.evaluate(
    (selector) => ({
      widgets: [...document.querySelectorAll(selector)].map((element) => ({
        tag: element.localName,
        attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
        upgraded: Boolean(element.shadowRoot),
        text: element.shadowRoot?.textContent.replace(/\s+/g, ' ').trim() ?? '',
        value: element.shadowRoot
          ?.querySelector('[part~="value"]')
          ?.textContent.replace(/\s+/g, ' ')
          .trim(),
      })),
      moduleScripts: [...document.querySelectorAll('script[type="module"]')].map((script) => ({
        src: script.src,
        integrity: script.integrity,
        sourceUrl: script.text.match(/\/\/# sourceURL=(\S+)\s*$/)?.[1],
      })),
    }),
    selector,
  );
  rendered.moduleScripts = rendered.moduleScripts
    .filter((script) => !isWordPressOwn(script))
    .map(({ src, integrity }) => ({ src, integrity }));
  return rendered;
}

/**
 * The addresses of the page's module scripts that are not WordPress's own: from 6.5 on, block
 * themes print core's script modules (the navigation block's view.js), and 7.x its emoji loader
 * inline; none of them ours.
 */
export async function moduleScriptsNotWordPress(page) {
  const scripts = await page.$$eval('script[type="module"]', (scripts) =>
    scripts.map((script) => ({
      src: script.src,
      sourceUrl: script.text.match(/\/\/# sourceURL=(\S+)\s*$/)?.[1],
    })),
  );
  return scripts.filter((script) => !isWordPressOwn(script)).map(({ src }) => src);
}

/**
 * Whether a module script is one of WordPress's own files (wp-includes): by its address, or, for
 * one printed inline, by the `sourceURL` WordPress names it with. An inline one without is ours.
 */
function isWordPressOwn({ src, sourceUrl }) {
  const address = src || sourceUrl;
  return Boolean(address) && new URL(address).pathname.startsWith('/wp-includes/');
}
