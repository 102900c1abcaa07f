import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { computeAccessibleDescription, computeAccessibleName } from 'dom-accessibility-api';
import { version } from '../src/core/version.js';
import { engine } from './support/engine.js';
import { axeViolations, frame } from './support/frames.js';
import { widgetTags } from './support/manifest.js';
import { foldedText, shadowText } from './support/shadow.js';
import { waitFor } from './support/wait.js';
import {
  choose,
  chooseGraphic,
  control,
  openBuilder,
  snippetAfterCopy,
} from './support/builder.js';

// Drives the built dist/builder.html as a CMS editor would (npm test builds first).

/** What test/support/chromium-commands.mjs reports of a page opened with JavaScript off. */
interface NoScriptPage {
  text: string;
  defined: boolean;
  images: { src: string; alt: string; naturalWidth: number; width: number; height: number }[];
  plots: { width: number; height: number; bars: number }[];
}

/** Loads a snippet into a blank page, as an editor pastes it into an article. */
async function paste(snippet: string): Promise<Window> {
  // One article at a time, at the top of the page: a lazy iframe far below would never load.
  document.querySelectorAll('iframe.pasted').forEach((previous) => previous.remove());
  const iframe = await frame(
    {
      srcdoc: `<!doctype html><html><head><meta charset="utf-8"></head><body>${snippet}</body></html>`,
    },
    { width: '800px', height: '900px', className: 'pasted' },
  );
  // Keep the pasted article in view: the iframe snippet is loading="lazy".
  iframe.scrollIntoView();
  return iframe.contentWindow!;
}

afterEach(() => document.querySelectorAll('body > iframe').forEach((node) => node.remove()));

describe('dist/builder.html, driven like an editor', () => {
  it('offers every widget of the manifest', async () => {
    const { builder } = await openBuilder();
    const offered = [
      ...builder.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="widget"]'),
    ].map((radio) => radio.value);
    expect(offered.sort()).to.deep.equal([...widgetTags].sort());
  });

  it('makes a script snippet per widget that renders the widget in Spanish on a blank page', async () => {
    const { builder, copied } = await openBuilder();
    for (const tag of widgetTags) {
      await chooseGraphic(builder, tag);
      await choose(builder, '#attribute-lang', 'es');
      const snippet = await snippetAfterCopy(builder, 'script', tag, copied);
      expect(snippet).to.match(
        new RegExp(
          `^<link rel="stylesheet" href="http://[^"]+/dist/${tag}\\.css">\n` +
            '<script type="module" src="http://[^"]+/dist/refuge-widgets\\.js"></script>\n',
        ),
      );
      const page = await paste(snippet);
      const widget = await waitFor(() => page.document.querySelector(tag), tag);
      const text = await waitFor(() => shadowText(widget), `${tag} rendered`);
      expect(text, tag).to.match(/Fuentes?:|Republicar/);
      expect(widget.getAttribute('lang')).to.equal('es');
      // A widget that shows facts carries them into the fallback, with a link to the source.
      if (widget.shadowRoot!.querySelector('[data-fallback]')) {
        expect(widget.querySelector('a[href^="https://"]'), `${tag} fallback link`).to.exist;
      }
    }
  });

  it('gives a chart script snippet its static plot without JavaScript, and its image without styles', async function () {
    // Turning JavaScript off for one tab goes through Puppeteer (test/support/chromium-commands.mjs).
    if (engine() !== 'chromium') this.skip();
    const { builder, copied } = await openBuilder();
    const tag = 'police-deaths-chart';
    await chooseGraphic(builder, tag);
    await choose(builder, '#attribute-lang', 'es');
    await choose(builder, '#attribute-theme', 'dark');
    const snippet = await snippetAfterCopy(builder, 'script', tag, copied);
    const image = `${location.origin}/dist/images/${tag}.es.dark.png`;
    expect(snippet).to.contain(`<img class="prerendered-chart" src="${image}" width="624"`);

    // Scripts off, as pasted: the chart's box shows the static plot; the image is not shown.
    const withoutScript = (await executeServerCommand('open-without-javascript', {
      html: `<!doctype html><html lang="en"><body>${snippet}</body></html>`,
      origin: location.origin,
      tag,
    })) as NoScriptPage;
    expect(withoutScript.defined, 'scripts were off').to.equal(false);
    expect(withoutScript.plots).to.have.length(1);
    expect(withoutScript.plots[0]!.width, 'the static plot fills the box').to.be.greaterThan(300);
    expect(withoutScript.plots[0]!.height).to.be.greaterThan(40);
    expect(withoutScript.plots[0]!.bars).to.equal(2);
    expect(withoutScript.images.map((shown) => shown.width)).to.deep.equal([0]);
    expect(withoutScript.text).to.contain('Fuente:');

    // Without its stylesheet too (a feed reader, a newsletter): the image, not the plot.
    const stylesheet = /<link rel="stylesheet" href="[^"]+">/.exec(snippet)![0];
    const unstyled = (await executeServerCommand('open-without-javascript', {
      html: `<!doctype html><html lang="en"><body>${snippet.replace(stylesheet, '')}</body></html>`,
      origin: location.origin,
      tag,
    })) as NoScriptPage;
    expect(unstyled.plots.map((plot) => plot.width * plot.height)).to.deep.equal([0]);
    expect(unstyled.images).to.have.length(1);
    const [shown] = unstyled.images;
    expect(shown!.src).to.equal(image);
    expect(shown!.naturalWidth, 'the PNG is drawn at 2×').to.equal(1248);
    expect(shown!.width).to.be.greaterThan(300);
    expect(shown!.alt).to.match(/^Gráfico de barras\. Alrededor de 900 policías/);

    const page = await paste(snippet);
    const widget = await waitFor(() => page.document.querySelector(tag), tag);
    await waitFor(() => widget.shadowRoot?.querySelector('canvas'), 'the live chart');

    // The iframe snippet names the same fallback in its URL: embed.html shows it, and it alone,
    // without JavaScript.
    const iframeSnippet = await snippetAfterCopy(builder, 'iframe', tag, copied);
    const embedUrl = /<iframe src="([^"]+)"/.exec(iframeSnippet)![1]!.replaceAll('&amp;', '&');
    expect(new URL(embedUrl).hash).to.equal(`#fallback-${tag}-es-dark`);
    const embedded = (await executeServerCommand('open-without-javascript', {
      url: embedUrl,
      origin: location.origin,
      tag,
    })) as NoScriptPage;
    const shownInEmbed = embedded.images.filter((candidate) => candidate.width > 0);
    expect(shownInEmbed.map((candidate) => candidate.src)).to.deep.equal([image]);
    expect(shownInEmbed[0]!.naturalWidth).to.equal(1248);
    expect(embedded.text).to.contain('Fuente:').and.not.contain('needs JavaScript');
    const img = widget.querySelector('img')!;
    expect(img.checkVisibility(), 'the fallback image is not shown').to.equal(false);
  });

  it('makes an iframe snippet per widget that renders the widget in Spanish', async () => {
    const { builder, copied } = await openBuilder();
    for (const tag of widgetTags) {
      await chooseGraphic(builder, tag);
      await choose(builder, '#attribute-lang', 'es');
      const snippet = await snippetAfterCopy(builder, 'iframe', tag, copied);
      // The widget's share page in its language: embed.html with the graphic's link-preview tags.
      expect(snippet).to.contain(`/dist/embed-${tag}.es.html?widget=${tag}&amp;`);
      expect(snippet)
        .to.match(/ title="[^"]+"/)
        .and.match(/ loading="lazy"/)
        .and.match(/ height="\d+"/);
      const page = await paste(snippet);
      const embedded = await waitFor(
        // The widget is in <main> (before embed.js runs, prerendered charts are further down).
        () =>
          page.document.querySelector('iframe')?.contentDocument?.querySelector(`main > ${tag}`),
        tag,
      );
      expect(embedded.ownerDocument.documentElement.lang).to.equal('es');
      const text = await waitFor(() => shadowText(embedded), `${tag} rendered`);
      expect(text, tag).to.match(/Fuentes?:|Republicar/);
      // The iframe is named in the widget's language: after the title the widget shows.
      const title = embedded.shadowRoot!.querySelector('[part~="title"]');
      expect(title, `${tag} has a title part`).to.exist;
      expect(page.document.querySelector('iframe')!.title, tag).to.equal(foldedText(title));
    }
  });

  it('names each control by its label alone, and describes it by its help text', async () => {
    const { builder } = await openBuilder();
    for (const tag of widgetTags) {
      await chooseGraphic(builder, tag);
      const root = builder.shadowRoot!;
      const controls = [...root.querySelectorAll<HTMLElement>('select, input')];
      expect(controls.length, tag).to.be.greaterThan(2);
      for (const control of controls) {
        const label = root.querySelector(`label[for="${control.id}"]`) ?? control.closest('label');
        expect(label, `#${control.id} has a label`).to.exist;
        const name = computeAccessibleName(control);
        expect(name, `#${control.id}'s name is its label`).to.equal(foldedText(label));
        const help = control.getAttribute('aria-describedby');
        if (help) {
          expect(computeAccessibleDescription(control), `#${control.id}'s description`).to.equal(
            foldedText(root.getElementById(help)),
          );
          expect(name, `#${control.id}'s name leaves out its help`).not.to.contain(
            foldedText(root.getElementById(help)),
          );
        }
      }
    }
  });

  it('loads the current version by default, and says that an address without a version has no pinned one', async () => {
    const { builder } = await openBuilder();
    expect(control<HTMLInputElement>(builder, '#channel-current').checked).to.equal(true);
    expect(control<HTMLInputElement>(builder, '#channel-pinned').checked).to.equal(false);
    const area = control<HTMLTextAreaElement>(builder, '#script-snippet');
    await waitFor(() => area.value.includes('refuge-widgets.js'), 'the script snippet');
    expect(area.value).not.to.contain('integrity=');
    // The builder is served from dist/ itself here: no version in its address.
    const fieldset = control(builder, '#channel-current').closest('fieldset')!;
    expect(computeAccessibleDescription(fieldset)).to.contain('names no version');
  });

  const major = version.split('.')[0]!;
  for (const [published, current, pinned] of [
    [
      `https://cdn.example.org/refuge-widgets/${version}/`,
      `https://cdn.example.org/refuge-widgets/${major}/`,
      `https://cdn.example.org/refuge-widgets/${version}/`,
    ],
    [
      `https://cdn.jsdelivr.net/npm/refuge-widgets@${major}/dist/`,
      `https://cdn.jsdelivr.net/npm/refuge-widgets@${major}/dist/`,
      `https://cdn.jsdelivr.net/npm/refuge-widgets@${version}/dist/`,
    ],
  ]) {
    it(`offers current and pinned snippets for a library at ${published}`, async () => {
      const { builder } = await openBuilder();
      const integrity = (await (await fetch('/dist/integrity.json')).json()) as Record<
        string,
        string
      >;
      const address = control<HTMLInputElement>(builder, '#base-url');
      address.value = published;
      address.dispatchEvent(new Event('change', { bubbles: true }));
      await builder.updateComplete;
      const fieldset = control(builder, '#channel-current').closest('fieldset')!;
      expect(computeAccessibleDescription(fieldset)).to.equal('');
      const script = control<HTMLTextAreaElement>(builder, '#script-snippet');
      const iframe = control<HTMLTextAreaElement>(builder, '#iframe-snippet');

      // Current: the major version's moving address, no integrity (it would break at the next
      // release), for the script, the stylesheet, the prerender's images and the iframe.
      await waitFor(() => script.value.includes(`${current}refuge-widgets.js`), 'current script');
      expect(script.value).not.to.contain('integrity=');
      expect(
        script.value.match(/https:\/\/cdn[^"\s)]+/g)!.every((url) => url.startsWith(current)),
      ).to.equal(true, script.value);
      await waitFor(
        () => new RegExp(`src="${current}embed-[a-z-]+\\.en\\.html\\?`).test(iframe.value),
        'current iframe',
      );

      control<HTMLInputElement>(builder, '#channel-pinned').click();
      await builder.updateComplete;
      await waitFor(() => script.value.includes(`${pinned}refuge-widgets.js`), 'pinned script');
      expect(script.value).to.contain(`integrity="${integrity['refuge-widgets.js']}"`);
      expect(script.value).to.contain('crossorigin="anonymous"');
      await waitFor(
        () => new RegExp(`src="${pinned}embed-[a-z-]+\\.en\\.html\\?`).test(iframe.value),
        'pinned iframe',
      );
      // Each choice is described by what it means for the article.
      expect(computeAccessibleDescription(control(builder, '#channel-pinned'))).to.contain(
        'will not receive corrections',
      );
      expect(computeAccessibleDescription(control(builder, '#channel-current'))).to.contain(
        'with no change to the code',
      );
    });
  }

  it('falls back to selecting the text when the clipboard is refused, and says so', async () => {
    const { win, builder } = await openBuilder();
    Object.defineProperty(win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    // Copy is offered once the snippet is there (with its fallback from dist/fallbacks.json).
    const copy = control<HTMLButtonElement>(builder, '#copy-script');
    await waitFor(() => !copy.disabled, 'the copy button to be enabled');
    copy.click();
    const status = await waitFor(
      () => control(builder, '#script-status').textContent!.trim(),
      'the hint',
    );
    expect(status).to.contain('Ctrl+C');
    const area = control<HTMLTextAreaElement>(builder, '#script-snippet');
    expect(area.selectionEnd - area.selectionStart).to.equal(area.value.length);
  });

  it('speaks Spanish and passes axe in both languages', async () => {
    const { win, builder } = await openBuilder();
    expect(await axeViolations(win)).to.deep.equal([]);
    await choose(builder, '#ui-language', 'es');
    expect(builder.shadowRoot!.querySelector('h1')!.textContent).to.equal('Insertar un gráfico');
    expect(win.document.documentElement.lang).to.equal('es');
    expect(await axeViolations(win)).to.deep.equal([]);
  });
});
