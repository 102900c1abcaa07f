import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { Fallbacks } from '../src/core/fallback/fallbacks.js';
import { engine } from './support/engine.js';
import { frame } from './support/frames.js';
import { differingShare, pixels } from './support/pixels.js';
import { waitFor } from './support/wait.js';

// The chart images of dist/images/, drawn at build time by Chart.js in Node from each widget's own
// chart definition (tools/fallbacks), against the live widget of dist/ in a real browser.

const charts = ['police-deaths-chart', 'drug-killings-chart'] as const;
const fontFaces = [400, 600, 700]
  .map(
    (weight) =>
      `@font-face{font-family:'Source Sans 3';font-weight:${weight};src:url(/node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff2)}`,
  )
  .join('');

const fallbacks = (await (await fetch('/dist/fallbacks.json')).json()) as Fallbacks;

/** A partner page of dist/refuge-widgets.js, in the images' font, with its fonts loaded. */
async function partnerPage(extraStyle = ''): Promise<Window> {
  const iframe = await frame(
    {
      srcdoc: `<!doctype html><html lang="en"><head><meta charset="utf-8">
        <style>${fontFaces} body{margin:0;font:16px 'Source Sans 3'} ${extraStyle}</style>
        <script type="module" src="/dist/refuge-widgets.js"></script></head><body></body></html>`,
    },
    { width: '700px', height: '900px', className: 'chart-images' },
  );
  const win = iframe.contentWindow!;
  await Promise.all(
    [400, 600, 700].map((weight) => win.document.fonts.load(`${weight} 16px "Source Sans 3"`)),
  );
  // The library's script has run by the load event; it loads each widget as it is inserted.
  if (win.document.readyState !== 'complete') {
    await new Promise((resolve) => win.addEventListener('load', resolve, { once: true }));
  }
  return win;
}

async function drawn(win: Window, markup: string): Promise<HTMLElement> {
  win.document.body.insertAdjacentHTML('beforeend', markup);
  const widget = win.document.body.lastElementChild as HTMLElement;
  await new Promise((resolve) => widget.addEventListener('refuge-ready', resolve, { once: true }));
  return widget;
}

afterEach(() => document.querySelectorAll('iframe.chart-images').forEach((node) => node.remove()));

describe('chart images of dist/images/', () => {
  it('are offered for download in the language of the widget and and the theme it is shown in', async () => {
    const win = await partnerPage('html.dark{color-scheme:dark}');
    for (const tag of charts) {
      const spanishDark = await drawn(win, `<${tag} lang="es" theme="dark"></${tag}>`);
      const link = spanishDark.shadowRoot!.querySelector<HTMLAnchorElement>(
        '[part~="download-image"]',
      )!;
      expect(link.textContent!.trim()).to.equal('Descargar la imagen (PNG)');
      expect(link.href).to.equal(`${location.origin}/dist/images/${tag}.es.dark.png`);
      expect(link.download).to.match(/\.png$/);
      const served = await fetch(link.href);
      expect(served.headers.get('content-type')).to.contain('image/png');
      const bytes = new Uint8Array(await served.arrayBuffer());
      expect([...bytes.slice(1, 4)].map((code) => String.fromCharCode(code)).join('')).to.equal(
        'PNG',
      );

      spanishDark.remove();

      // No theme attribute: the host page's scheme decides, and flipping it changes the image.
      const following = await drawn(win, `<${tag} lang="en"></${tag}>`);
      const followingLink = () =>
        following.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="download-image"]')!.href;
      expect(followingLink()).to.match(new RegExp(`/${tag}\\.en\\.light\\.png$`));
      win.document.documentElement.classList.add('dark');
      await waitFor(
        () => followingLink().endsWith('.en.dark.png'),
        'the dark image after the page went dark',
      );
      win.document.documentElement.classList.remove('dark');
      following.remove();
    }
  });

  it('draw the same chart as the live widget at the same size', async function () {
    // Device pixel ratio 2, as the PNGs are drawn, set through Puppeteer.
    if (engine() !== 'chromium') this.skip();
    await executeServerCommand('device-scale-factor', { factor: 2 });
    try {
      const win = await partnerPage();
      for (const tag of charts) {
        for (const theme of ['light', 'dark'] as const) {
          const entry = fallbacks[tag]!.find(
            (candidate) =>
              candidate.attributes.lang === 'en' && candidate.attributes.theme === theme,
          )!;
          const box = entry.image!.chart;
          // The widget's own padding is 0.75em on each side: its chart box gets the image's width.
          const widget = await drawn(
            win,
            `<${tag} lang="en" theme="${theme}" style="display:block;width:${box.width + 24}px"></${tag}>`,
          );
          const canvas = widget.shadowRoot!.querySelector('canvas')!;
          expect(canvas.getBoundingClientRect().width, `${tag} chart box`).to.equal(box.width);
          expect(canvas.width).to.equal(box.width * 2);
          expect(canvas.height).to.equal(box.height * 2);

          const image = new Image();
          image.src = `/dist/${entry.image!.png}`;
          await image.decode();
          const built = await pixels(
            await createImageBitmap(
              image,
              box.left * 2,
              box.top * 2,
              box.width * 2,
              box.height * 2,
            ),
            box.width * 2,
            box.height * 2,
          );
          const background = theme === 'light' ? '#ffffff' : '#16181d';
          const live = await pixels(canvas, canvas.width, canvas.height, background);
          const share = differingShare(built, live, canvas.width);
          // Measured: 0.05–0.45% of CSS pixels differ (quantization and anti-aliasing, most in dark);
          // a chart change the image misses differs by more: the x grid hidden, 0.83–1.66%.
          expect(share, `${tag} ${theme}`).to.be.below(0.0065);
          widget.remove();
        }
      }
    } finally {
      await executeServerCommand('device-scale-factor', { factor: 1 });
    }
  });
});
