// Drives a built test app in Chromium. Every app renders the same page (see react/src/App.tsx,
// vue/src/App.vue, svelte/src/App.svelte): buttons that change framework state, outputs written by
// the framework's event handlers, <asylum-stat>, <drug-killings-chart>, <violence-timeline> and
// <republish-notice>. Returns the names of the checks made; throws on the first that fails.

const articleUrl = 'https://example.org/2009/mexicans-fleeing-drug-violence';
const timeout = 15000;

/** Runs in the page: the text of `selector` in the shadow root of `#id`, spaces folded. */
function shadowText(id, selector) {
  const node = document.getElementById(id)?.shadowRoot?.querySelector(selector);
  return node ? node.textContent.replace(/\s+/g, ' ').trim() : null;
}

/** Runs in the page: how many `selector` there are in the document and every shadow root in it. */
function deepCount(selector, root = document) {
  let count = root.querySelectorAll(selector).length;
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) count += deepCount(selector, element.shadowRoot);
  }
  return count;
}

export async function drive(browser, url) {
  const context = await browser.createBrowserContext();
  const problems = [];
  const checks = [];
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1000, height: 1600 });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (/^(error|warn|warning|assert)$/.test(message.type())) {
        problems.push(`console.${message.type()}: ${message.text()}`);
      }
    });
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    // The copy button writes to the clipboard, which a headless page may not be allowed to.
    await page.evaluateOnNewDocument(() => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text) => void (window.__clipboard = text) },
      });
    });
    await page.evaluateOnNewDocument(
      `window.shadowText = ${shadowText}; window.deepCount = ${deepCount};`,
    );

    const readyCount = () => page.$eval('#ready-count', (output) => Number(output.textContent));
    const waitFor = async (what, fn, ...args) => {
      try {
        await page.waitForFunction(fn, { timeout, polling: 50 }, ...args);
      } catch (error) {
        throw new Error(`${what}: not seen within ${timeout / 1000} s (${error.message})`);
      }
    };
    const check = async (name, body) => {
      await body();
      checks.push(name);
    };

    await page.goto(url, { waitUntil: 'load' });

    await check('refuge-ready reaches the framework handler', async () => {
      await waitFor(
        'the ready count of <asylum-stat>',
        () => Number(document.querySelector('#ready-count')?.textContent) >= 1,
      );
      await waitFor('the figure "71"', () => shadowText('stat', '[part="value"]') === '71');
    });

    await check(
      'metric from state re-renders, and refuge-ready reaches the handler again',
      async () => {
        const before = await readyCount();
        await page.click('#toggle-metric');
        await waitFor(
          'the figure "Almost 200" and a new refuge-ready',
          (count) =>
            shadowText('stat', '[part="value"]') === 'Almost 200' &&
            Number(document.querySelector('#ready-count').textContent) > count,
          before,
        );
      },
    );

    await check('chart drawn by Chart.js', async () => {
      await waitFor(
        'a Chart.js chart in <drug-killings-chart>',
        () => document.getElementById('chart')?.chartController?.chart?.canvas?.width > 0,
      );
    });

    await check('lang from state re-renders every widget in Spanish', async () => {
      const before = await readyCount();
      await page.click('#toggle-lang');
      await waitFor(
        'Spanish text in every widget',
        (count) =>
          shadowText('stat', '[part="value"]') === 'Casi 200' &&
          shadowText('stat', '[part="title"]') === 'Pedir asilo en la frontera' &&
          shadowText('chart', '[part="title"]') ===
            'Homicidios vinculados al crimen organizado en México, 2007–2010' &&
          shadowText('timeline', '[part="title"]') ===
            'La violencia del narcotráfico en México y la huida al norte, 2006–2009' &&
          document.getElementById('notice').shadowRoot.querySelector('[part="button"]') &&
          document.getElementById('notice').getAttribute('lang') === 'es' &&
          Number(document.querySelector('#ready-count').textContent) > count,
        before,
      );
    });

    await check('republish-copy reaches the framework handler', async () => {
      await page.evaluate(() =>
        document.getElementById('notice').shadowRoot.querySelector('[part="button"]').click(),
      );
      await waitFor('the HTML to copy', () => {
        const area = document.getElementById('notice').shadowRoot.querySelector('[part="html"]');
        return area && area.value.includes('<link rel="canonical"');
      });
      await page.evaluate(() =>
        document.getElementById('notice').shadowRoot.querySelector('[part="copy-button"]').click(),
      );
      await waitFor(
        'the URL of republish-copy in the page',
        (expected) =>
          document.querySelector('#copied').textContent === expected &&
          window.__clipboard?.includes(expected),
        articleUrl,
      );
      await page.evaluate(() =>
        document.getElementById('notice').shadowRoot.querySelector('[part="close-button"]').click(),
      );
    });

    await check('unmounting <drug-killings-chart> destroys its chart', async () => {
      await waitFor(
        'a live chart before unmounting',
        () => document.getElementById('chart')?.chartController?.chart?.canvas,
      );
      await page.evaluate(() => {
        window.__removedChart = document.getElementById('chart').chartController.chart;
      });
      await page.click('#toggle-chart');
      await waitFor(
        '<drug-killings-chart> removed',
        () => !document.querySelector('drug-killings-chart'),
      );
      const left = await page.evaluate(() => ({
        canvases: deepCount('canvas'),
        destroyed: window.__removedChart.canvas === null && window.__removedChart.ctx === null,
        instances: Object.keys(window.__removedChart.constructor.instances).length,
      }));
      if (left.canvases || !left.destroyed || left.instances) {
        throw new Error(
          `after unmounting: ${left.canvases} canvas(es) in the page, chart destroyed: ` +
            `${left.destroyed}, Chart.js instances: ${left.instances}`,
        );
      }
    });

    await check('mounting it again draws a new chart', async () => {
      await page.click('#toggle-chart');
      await waitFor('a new chart', () => {
        const chart = document.getElementById('chart')?.chartController?.chart;
        return (
          chart &&
          chart !== window.__removedChart &&
          chart.canvas?.width > 0 &&
          Object.keys(chart.constructor.instances).length === 1 &&
          deepCount('canvas') === 1
        );
      });
    });

    await check('no refuge-error, console error or warning, or failed request', async () => {
      const errors = await page.$eval('#errors', (output) => output.textContent.trim());
      if (errors) problems.unshift(`refuge-error: ${errors}`);
      if (problems.length) throw new Error(problems.splice(0).join('\n'));
    });
    return checks;
  } catch (error) {
    const done = checks.length ? `passed: ${checks.join('; ')}\n` : '';
    const seen = problems.length ? `\nalso seen: ${problems.join('\n')}` : '';
    throw new Error(`${done}${error.message}${seen}`);
  } finally {
    await context.close();
  }
}
