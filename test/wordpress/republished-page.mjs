// A republished story as a reader's Chromium shows it: the page read down to its end (so lazy
// images and charts load), with the tracking pixel's requests answered here and recorded, since
// this machine has no outside network.

// The smallest GIF: one transparent pixel.
const pixelGif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/**
 * Opens `url` in a new page of `browserContext`, answering every request to `pixelOrigin` with a
 * 1×1 GIF, and reads what the page shows once every image has loaded and every widget of `widgets`
 * that is defined has rendered (each chart of `charts` once it has drawn, `refuge-ready`). The page
 * is closed before this resolves, or rejects.
 */
export async function readRepublishedPage(browserContext, url, { pixelOrigin, widgets, charts }) {
  const page = await browserContext.newPage();
  try {
    page.setDefaultTimeout(30_000);
    const pixelRequests = [];
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      if (!request.url().startsWith(pixelOrigin)) return void request.continue();
      pixelRequests.push(request.url());
      request.respond({ status: 200, contentType: 'image/gif', body: pixelGif });
    });
    // refuge-ready may fire before the page is read: each widget that sends it is remembered.
    await page.evaluateOnNewDocument(() => {
      const ready = new WeakSet();
      Object.defineProperty(window, 'refugeReadyWidgets', { value: ready });
      document.addEventListener('refuge-ready', (event) => ready.add(event.target), true);
    });
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response.ok()) throw new Error(`${url} answered ${response.status()}`);

    // A reader's way down the page: each image and widget comes into view in turn, for a frame
    // or two, long enough for the lazy-loading and the charts' intersection observers to see it.
    const selector = ['img', ...widgets].join(', ');
    for (const element of await page.$$(selector)) {
      await element.evaluate(async (node) => {
        node.scrollIntoView({ block: 'center' });
        for (let frame = 0; frame < 2; frame += 1) await new Promise(requestAnimationFrame);
      });
      await element.dispose();
    }
    const pending = (widgets, charts) => [
      ...[...document.images].filter((image) => !image.complete).map((image) => image.src),
      ...[...document.querySelectorAll(widgets.join(', '))]
        .filter((element) => customElements.get(element.localName))
        .filter((element) =>
          charts.includes(element.localName)
            ? !window.refugeReadyWidgets.has(element)
            : !element.shadowRoot?.querySelector('[part~="base"]'),
        )
        .map((element) => `<${element.localName}>`),
    ];
    await page
      .waitForFunction(`(${pending})(...${JSON.stringify([widgets, charts])}).length === 0`)
      .catch(async (error) => {
        const waiting = await page.evaluate(pending, widgets, charts);
        throw new Error(`${url}: still waiting for ${waiting.join(', ')}`, { cause: error });
      });

    const shown = await page.evaluate((widgets) => {
      const text = (node) => node.textContent.replace(/\s+/g, ' ').trim();
      return {
        title: document.title,
        visibleText: document.body.innerText.replace(/\s+/g, ' '),
        headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
          .filter((heading) => heading.checkVisibility())
          .map(text),
        paragraphs: [...document.querySelectorAll('p, li')].map(text),
        links: [...document.querySelectorAll('a[href]')].map((link) => ({
          href: link.href,
          paragraph: link.closest('p') && text(link.closest('p')),
        })),
        images: [...document.images].map((image) => ({
          src: image.src,
          alt: image.getAttribute('alt'),
          loading: image.getAttribute('loading'),
          naturalWidth: image.naturalWidth,
        })),
        scripts: [...document.scripts].map((script) => script.src).filter(Boolean),
        canonicals: [...document.querySelectorAll('link[rel~="canonical" i]')].map((link) => ({
          href: link.href,
          inHead: Boolean(link.closest('head')),
        })),
        widgets: [...document.querySelectorAll(widgets.join(', '))].map((element) => ({
          tag: element.localName,
          defined: Boolean(customElements.get(element.localName)),
          shadowRoot: Boolean(element.shadowRoot),
          ready: window.refugeReadyWidgets.has(element),
          canvasDrawn: Boolean(element.shadowRoot?.querySelector('canvas')?.width),
        })),
      };
    }, widgets);
    return { ...shown, pixelRequests };
  } finally {
    await page.close();
  }
}
