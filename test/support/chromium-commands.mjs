import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Test-runner commands that reach Chromium through Puppeteer, for what @web/test-runner's own
 * commands do not offer:
 * - `executeServerCommand('emulate-forced-colors', { active })` turns forced-colours emulation
 *   (Windows High Contrast) on or off; the runner's emulateMedia does not pass `forced-colors` on.
 * - `executeServerCommand('accessibility-tree', { selector })` returns the whole accessibility
 *   subtree under `selector` (Puppeteer's `pierce/` prefix reaches into shadow roots), not only the
 *   "interesting" nodes: the options of a listbox are kept.
 * - `executeServerCommand('device-scale-factor', { factor })` sets the test page's device pixel
 *   ratio (2 draws canvases as on a phone or a Retina screen).
 * - `executeServerCommand('screenshot', { clip })` returns a PNG (base64) of the test page's
 *   rectangle `clip` (CSS pixels of the top page) at the page's device pixel ratio: what is on
 *   screen there, SVG and canvas alike.
 * - `executeServerCommand('open-without-javascript', { html | url, origin, tag })` opens `html` (or
 *   the page at `url`) in a new tab
 *   with JavaScript disabled, as a reader with scripts off or a feed reader gets it, waits for its
 *   images, and returns each image (alt, natural width, rendered size), each static plot (rendered
 *   size, bars), the page's text and whether `tag` got defined.
 * - `executeServerCommand('print-pdf', { dpi })` prints the test page as Chromium prints it to PDF
 *   (`page.pdf()`: print media, A4, no backgrounds), and reads the PDF with Debian's poppler-utils
 *   (tools/setup-and-test.sh installs them): its text (`pdftotext`), its bitmaps per page
 *   (`pdfimages -list`; a canvas prints as one, an SVG or text as none) and each page as a PNG
 *   (base64, `pdftoppm` at `dpi`).
 */
const run = promisify(execFile);

export function chromiumCommands() {
  return {
    name: 'refuge-chromium-commands',
    async executeCommand({ command, payload, session }) {
      const commands = [
        'emulate-forced-colors',
        'accessibility-tree',
        'device-scale-factor',
        'open-without-javascript',
        'screenshot',
        'print-pdf',
      ];
      if (!commands.includes(command)) return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`${command} needs Puppeteer, not ${session.browser.type}`);
      }
      const page = session.browser.getPage(session.id);
      if (command === 'emulate-forced-colors') {
        const value = payload?.active ? 'active' : 'none';
        await page.emulateMediaFeatures([{ name: 'forced-colors', value }]);
        return true;
      }
      if (command === 'device-scale-factor') {
        const { width, height } = page.viewport() ?? { width: 800, height: 600 };
        await page.setViewport({ width, height, deviceScaleFactor: payload.factor });
        return true;
      }
      if (command === 'open-without-javascript') return openWithoutJavaScript(page, payload);
      if (command === 'print-pdf') return printPdf(page, payload);
      if (command === 'screenshot') {
        return page.screenshot({ clip: payload.clip, encoding: 'base64', type: 'png' });
      }
      const root = await page.$(payload.selector);
      if (!root) throw new Error(`nothing matches ${payload.selector}`);
      return page.accessibility.snapshot({ root, interestingOnly: false });
    },
  };
}

async function openWithoutJavaScript(testPage, { html, url, origin, tag }) {
  const page = await testPage.browser().newPage();
  try {
    await page.setJavaScriptEnabled(false);
    // A page of the test server's origin first, so the snippet's URLs load as on a partner page.
    await page.goto(url ?? origin, { waitUntil: 'load' });
    if (html) await page.setContent(html, { waitUntil: 'load' });
    // DevTools evaluation still runs with the page's scripts disabled.
    return await page.evaluate(
      (tag) => ({
        text: document.body.innerText,
        defined: Boolean(customElements.get(tag)),
        // Static plots of chart prerenders (issue #21), with the size they are shown at.
        plots: [...document.querySelectorAll('svg.static-plot')].map((plot) => ({
          width: plot.getBoundingClientRect().width,
          height: plot.getBoundingClientRect().height,
          bars: plot.querySelectorAll('rect.bar').length,
        })),
        images: [...document.images].map((image) => ({
          src: image.currentSrc,
          alt: image.alt,
          naturalWidth: image.naturalWidth,
          width: image.getBoundingClientRect().width,
          height: image.getBoundingClientRect().height,
        })),
      }),
      tag,
    );
  } finally {
    await page.close();
  }
}

async function printPdf(page, { dpi = 50 } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'refuge-print-'));
  try {
    const pdf = join(dir, 'page.pdf');
    await writeFile(pdf, await page.pdf({ format: 'A4' }));
    const { stdout: text } = await run('pdftotext', ['-layout', pdf, '-']);
    // "page num type width height …": one row per image drawn, under two header lines.
    const { stdout: list } = await run('pdfimages', ['-list', pdf]);
    const images = list
      .split('\n')
      .slice(2)
      .filter((row) => row.trim())
      .map((row) => {
        const [pageNumber, , type, width, height] = row.trim().split(/\s+/);
        return { page: Number(pageNumber), type, width: Number(width), height: Number(height) };
      });
    await run('pdftoppm', ['-png', '-r', String(dpi), pdf, join(dir, 'page')]);
    const names = (await readdir(dir)).filter((name) => name.endsWith('.png')).sort();
    const pages = await Promise.all(
      names.map(async (name) => (await readFile(join(dir, name))).toString('base64')),
    );
    return { text, images, pages };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
