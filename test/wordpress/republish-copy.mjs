// The copy an editor takes from the demo article's <republish-notice>, and the facts of the article
// it was made from, both read in Chromium from dist/index.html.

/** Every widget of the demo article that the copy carries (the notice itself is not copied). */
export const articleWidgets = [
  'asylum-stat',
  'violence-timeline',
  'police-deaths-chart',
  'drug-killings-chart',
];
export const chartWidgets = ['police-deaths-chart', 'drug-killings-chart'];

/**
 * Opens `demoUrl` in `page`, gives the notice a tracking pixel (`pixelSrc`), opens its dialog as a
 * reader does and resolves to the text area's value (`copy`) and what the article says
 * (`article`): its headline, paragraphs and list items outside the notice, its links, and the
 * fallback text inside each widget, all with whitespace collapsed.
 */
export async function takeRepublishCopy(page, demoUrl, pixelSrc) {
  await page.goto(demoUrl);
  // Every widget rendered first: a chart's image in the copy is the one its live widget offers.
  await page.waitForFunction(
    (selector) =>
      [...document.querySelectorAll(selector)].every((element) =>
        element.shadowRoot?.querySelector('[part~="base"], [part~="button"]'),
      ),
    {},
    [...articleWidgets, 'republish-notice'].join(', '),
  );
  // Set before the dialog first opens: the copy is made when it opens.
  await page.$eval(
    'republish-notice',
    (notice, src) => notice.setAttribute('pixel-src', src),
    pixelSrc,
  );
  const copy = await copyFromNotice(page);
  const article = await page.evaluate((widgets) => {
    const text = (node) => node.textContent.replace(/\s+/g, ' ').trim();
    const article = document.querySelector('article');
    const outsideNotice = (node) => !node.closest('republish-notice');
    const all = (selector) => [...article.querySelectorAll(selector)].filter(outsideNotice);
    return {
      headline: text(article.querySelector('h1')),
      paragraphs: all('p, li').map(text),
      links: all('a[href]').map((link) => link.href),
      widgets: all(widgets.join(', ')).map((element) => ({
        tag: element.localName,
        fallback: [...element.querySelectorAll('p, li')].map(text),
      })),
    };
  }, articleWidgets);
  return { copy, article };
}

/**
 * Opens the dialog of the page's first `<republish-notice>`, once it has rendered, as a reader
 * does; resolves to the HTML its text area offers, or fails with the dialog's error (a selector
 * that finds nothing, say).
 */
export async function copyFromNotice(page) {
  const button = await page.waitForFunction(() =>
    document.querySelector('republish-notice')?.shadowRoot?.querySelector('[part~="button"]'),
  );
  await button.evaluate((element) => element.click());
  const outcome = await page.waitForFunction(() => {
    const root = document.querySelector('republish-notice').shadowRoot;
    const copy = root.querySelector('[part~="html"]')?.value;
    const error = root.querySelector('[part~="dialog-error"]')?.textContent.trim();
    return (copy && { copy }) || (error && { error });
  });
  const { copy, error } = await outcome.jsonValue();
  if (error) throw new Error(`the notice’s dialog: ${error}`);
  return copy;
}
