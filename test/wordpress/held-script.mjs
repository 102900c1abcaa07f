// A reader's page with the library's script held back, as a slow connection holds it: the page is
// parsed and styled, its widgets not yet defined, until the test lets the script through. Measured
// at each step, in page coordinates.

/**
 * Opens `url` in a new page of `browserContext` (`width` px wide), answering every request but the
 * library's entry (`…/refuge-widgets.js`), which waits for `release()`. Resolves once the page is
 * parsed and every stylesheet has loaded. The page records each widget's `refuge-ready` and the
 * layout shifts it sees (`window.layoutShifts`: each one's value, time and what moved).
 */
export async function openWithScriptHeld(browserContext, url, width) {
  const page = await browserContext.newPage();
  page.setDefaultTimeout(30_000);
  await page.setViewport({ width, height: 900 });
  let held;
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (!held && new URL(request.url()).pathname.endsWith('/refuge-widgets.js')) held = request;
    else request.continue();
  });
  await page.evaluateOnNewDocument(() => {
    const ready = new WeakSet();
    const shifts = [];
    Object.defineProperties(window, {
      refugeReadyWidgets: { value: ready },
      layoutShifts: { value: shifts },
    });
    document.addEventListener('refuge-ready', (event) => ready.add(event.target), true);
    // Each shift with when it happened and what moved, so that a failure says which element and
    // by how much.
    const describe = (node) =>
      node instanceof Element
        ? `${node.localName}${[...node.classList].map((name) => `.${name}`).join('')}`
        : `${node?.nodeName} in ${node?.parentElement?.localName}`;
    const rect = ({ x, y, width, height }) => [x, y, width, height].map(Math.round).join(',');
    new PerformanceObserver((list) =>
      shifts.push(
        ...list.getEntries().map((entry) => ({
          value: entry.value,
          at: entry.startTime,
          moved: entry.sources
            .map(
              ({ node, previousRect, currentRect }) =>
                `${describe(node)} ${rect(previousRect)} → ${rect(currentRect)}`,
            )
            .join('; '),
        })),
      ),
    ).observe({ type: 'layout-shift', buffered: true });
  });
  // Not awaited: the load event waits for the held script.
  const loaded = page.goto(url, { waitUntil: 'load' });
  loaded.catch(() => undefined);
  await page.waitForFunction(
    () =>
      document.readyState !== 'loading' &&
      [...document.querySelectorAll('link[rel="stylesheet"]')].every((link) => link.sheet),
  );
  return {
    page,
    /** Lets the library's script through, and resolves once the page has loaded. */
    async release() {
      if (!held) throw new Error(`${url} asked for no refuge-widgets.js`);
      this.releasedAt = await page.evaluate(() => performance.now());
      await held.continue();
      await loaded;
    },
    /** When the script was let through, in the page's performance time. */
    releasedAt: undefined,
  };
}

/**
 * Each element of `tags` on `page`, as the reader sees it now: whether it is defined, its box, and
 * for a chart its box and static plot (the one prerendered in its light DOM, before it upgrades;
 * after, the shadow root's chart box and the plot slotted into it, if any).
 */
export function measureWidgets(page, tags) {
  return page.evaluate((selector) => {
    const rect = (element) => {
      const { left, top, width, height } = element.getBoundingClientRect();
      return { left, top: top + window.scrollY, width, height };
    };
    return [...document.querySelectorAll(selector)].map((element) => {
      const defined = Boolean(customElements.get(element.localName));
      const chartBox = (defined ? element.shadowRoot : element)?.querySelector('.chart-box');
      const plot = element.querySelector('.chart-box > svg.static-plot');
      return {
        tag: element.localName,
        defined,
        upgraded: Boolean(element.shadowRoot?.querySelector('[part~="base"]')),
        ready: window.refugeReadyWidgets?.has(element) ?? false,
        box: rect(element),
        chartBox: chartBox && rect(chartBox),
        plot: plot && {
          ...rect(plot),
          shown: plot.checkVisibility({ visibilityProperty: true }),
          slotted: Boolean(plot.assignedSlot),
          bars: [...plot.querySelectorAll('rect.bar')].map((bar) => {
            const { width, height } = bar.getBoundingClientRect();
            return width * height;
          }),
        },
        imageShown: element.querySelector('img.prerendered-chart')?.checkVisibility() ?? null,
      };
    });
  }, tags.join(', '));
}
