import { expect } from '@open-wc/testing';
import { axeViolations, frame, loadScript } from './support/frames.js';
import { chartTags, widgetTags } from './support/manifest.js';
import { frames, pause, waitFor } from './support/wait.js';

// These tests load the built dist/ files (npm test builds first).

type Pym = {
  Parent: new (id: string, url: string, options: object) => { iframe: HTMLIFrameElement };
};

/** The pym.js parent from the pym.js npm package, loaded as partner pages load it. */
async function loadPym(): Promise<Pym> {
  const existing = (window as unknown as { pym?: Pym }).pym;
  if (existing) return existing;
  await loadScript(window, '/node_modules/pym.js/dist/pym.v1.js');
  return (window as unknown as { pym: Pym }).pym;
}

/** Our optional parent script, loaded once. */
async function loadEmbedParent(): Promise<void> {
  await import(/* @vite-ignore */ '/dist/embed-parent.js' as string);
}

/** The embedded page's content height, and the iframe's own height. */
function heights(iframe: HTMLIFrameElement) {
  const content = iframe.contentDocument!.body.getBoundingClientRect().height;
  return { content, frame: iframe.getBoundingClientRect().height };
}

async function settled(iframe: HTMLIFrameElement): Promise<{ content: number; frame: number }> {
  await waitFor(
    () => iframe.contentDocument?.querySelector('main')?.firstElementChild,
    'the widget',
  );
  return waitFor(
    () => {
      const now = heights(iframe);
      return now.content > 50 && Math.abs(now.frame - now.content) <= 8 ? now : undefined;
    },
    `iframe height to match content (${JSON.stringify(heights(iframe))})`,
  );
}

/** An iframe of dist/embed.html for `tag`, sized by our parent script, in `container`. */
function ourEmbed(container: HTMLElement, tag: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.setAttribute('data-refuge-embed', '');
  iframe.style.width = '100%';
  iframe.style.border = '0';
  iframe.src = `/dist/embed.html?widget=${tag}`;
  container.append(iframe);
  return iframe;
}

function host(width: number): HTMLElement {
  const container = document.createElement('div');
  container.id = `host-${Math.random().toString(36).slice(2)}`;
  container.style.width = `${width}px`;
  document.body.append(container);
  return container;
}

afterEach(() =>
  document.querySelectorAll('body > div, body > iframe').forEach((node) => node.remove()),
);

describe('dist/embed.html in a partner page', () => {
  for (const width of [360, 1000]) {
    it(`sizes itself to its content at ${width} px for every widget, with the pym.js parent`, async () => {
      const pym = await loadPym();
      for (const tag of widgetTags) {
        const container = host(width);
        const parent = new pym.Parent(container.id, `/dist/embed.html?widget=${tag}&lang=es`, {});
        const sizes = await settled(parent.iframe);
        expect(sizes.frame, tag).to.be.closeTo(sizes.content, 8);
        container.remove();
      }
    });

    it(`sizes itself to its content at ${width} px for every widget, with our parent script`, async () => {
      await loadEmbedParent();
      for (const tag of widgetTags) {
        const container = host(width);
        const sizes = await settled(ourEmbed(container, tag));
        expect(sizes.frame, tag).to.be.closeTo(sizes.content, 8);
        container.remove();
      }
    });
  }

  it('resizes the iframe when the host page changes width', async () => {
    await loadEmbedParent();
    const container = host(1000);
    const iframe = ourEmbed(container, 'violence-timeline');
    const wide = await settled(iframe);
    container.style.width = '360px';
    const narrow = await waitFor(() => {
      const now = heights(iframe);
      return now.content > wide.content + 50 && Math.abs(now.frame - now.content) <= 8
        ? now
        : undefined;
    }, 'the iframe to grow as its content wraps');
    expect(narrow.frame).to.be.greaterThan(wide.frame);
  });

  it('ignores size messages from windows other than the iframe', async () => {
    await loadEmbedParent();
    const iframe = ourEmbed(host(800), 'asylum-stat');
    const before = await settled(iframe);
    window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 3000 }, '*');
    // Proves that the iframe does NOT take that size: a message is handled well within this time.
    await pause(200);
    expect(iframe.getBoundingClientRect().height).to.equal(before.frame);
  });

  it('takes only documented attributes, sets <html lang>, and passes axe', async () => {
    const iframe = await frame(
      '/dist/embed.html?widget=drug-killings-chart&lang=es&theme=dark&show-table&onclick=x&style=color:red',
    );
    const win = iframe.contentWindow!;
    const chart = await waitFor(
      () => win.document.querySelector('drug-killings-chart'),
      'the chart',
    );
    expect(win.document.documentElement.lang).to.equal('es');
    expect(chart.getAttributeNames().sort()).to.deep.equal(['lang', 'show-table', 'theme']);
    await waitFor(() => chart.shadowRoot?.textContent?.includes('Homicidios'), 'Spanish text');
    expect(await axeViolations(win)).to.deep.equal([]);
  });

  it('shows a clear error for an unknown widget', async () => {
    const iframe = await frame('/dist/embed.html?widget=bar-chart');
    const alert = await waitFor(
      () => iframe.contentDocument!.querySelector('[role="alert"]'),
      'the error',
    );
    expect(alert.textContent).to.contain('“bar-chart” is not a widget of this library');
    expect(alert.textContent).to.contain('asylum-stat');
  });

  it('never runs script from a hostile query string', async () => {
    const canary = window as unknown as { __embedCanary?: number };
    const payloads = [
      `widget=asylum-stat&metric=${encodeURIComponent('<img src=x onerror="parent.__embedCanary=1">')}`,
      `widget=asylum-stat&lang=${encodeURIComponent('"><script>parent.__embedCanary=1</script>')}`,
      `widget=${encodeURIComponent('javascript:parent.__embedCanary=1')}`,
      `widget=${encodeURIComponent('<svg onload="parent.__embedCanary=1">')}`,
      `widget=police-deaths-chart&theme=${'x'.repeat(10000)}`,
    ];
    for (const query of payloads) {
      const iframe = await frame(`/dist/embed.html?${query}`);
      await waitFor(() => iframe.contentDocument!.querySelector('main')!.firstElementChild, query);
      // Proves that no script runs from the query, even a little after the widget is in.
      await pause(100);
      expect(
        iframe.contentDocument!.querySelectorAll('main img, main script, main svg[onload]'),
      ).to.have.length(0);
      iframe.remove();
    }
    expect(canary.__embedCanary).to.equal(undefined);
  });
});

describe('dist/embed.html: static-first charts', () => {
  const tag = 'police-deaths-chart';
  const id = `fallback-${tag}-es-dark`;

  it('shows the chart its fragment names as a static plot before any script runs', async () => {
    // The page as served, its script left out, with the fragment the builder's snippet writes.
    const html = (await (await fetch('/dist/embed.html')).text()).replace(
      /<script type="module" src="\.\/embed\.js"><\/script>/,
      '',
    );
    expect(html).to.contain(`<link rel="stylesheet" href="./${tag}.css"`);
    const iframe = await frame(
      { srcdoc: html.replace('<head>', `<head><base href="${location.origin}/dist/">`) },
      { width: '600px', height: '700px' },
    );
    const win = iframe.contentWindow!;
    win.location.hash = id;
    await frames(2, win);
    const charts = [...win.document.querySelectorAll<HTMLElement>('.prerendered > *')];
    expect(charts.length, 'every chart prerendered in each language and theme').to.be.greaterThan(
      4,
    );
    for (const chart of charts) {
      const plot = chart.querySelector('.chart-box > svg.static-plot')!;
      expect(Boolean(plot), `${chart.id} has a static plot`).to.equal(true);
      const { width, height } = plot.getBoundingClientRect();
      expect(width > 300 && height > 40, `${chart.id} shown: ${width}×${height}`).to.equal(
        chart.id === id,
      );
    }
    iframe.remove();
  });

  it('makes that chart the widget, and leaves no other chart on the page', async () => {
    const iframe = await frame(`/dist/embed.html?widget=${tag}&lang=es&theme=dark#${id}`, {
      width: '600px',
      height: '700px',
    });
    const doc = iframe.contentDocument!;
    const widget = await waitFor(() => doc.querySelector(`main > ${tag}`), 'the widget');
    await waitFor(() => widget.shadowRoot?.querySelector('canvas'), 'the live chart');
    // The prerendered box was kept: its static plot came with it (slotted until Chart.js drew).
    expect(Boolean(widget.querySelector('svg.static-plot')), 'the prerender kept').to.equal(true);
    expect(doc.querySelector('.prerendered') === null, 'the other charts gone').to.equal(true);
    expect(doc.querySelectorAll('police-deaths-chart, drug-killings-chart')).to.have.length(1);
    expect(widget.getAttribute('lang')).to.equal('es');
    iframe.remove();
  });
});

describe('dist/embed-<tag>.<lang>.html: the share pages the builder points at', () => {
  /** The widget a page renders from `query` and fragment: its language, text and box. */
  async function rendered(page: string, tag: string, query: string) {
    const iframe = await frame(`/dist/${page}?${query}#fallback-${tag}-es-light`, {
      width: '600px',
      height: '900px',
    });
    const doc = iframe.contentDocument!;
    const widget = await waitFor(() => doc.querySelector(`main > ${tag}`), `${page}: ${tag}`);
    await waitFor(
      () => widget.shadowRoot?.textContent?.includes('Fuente') && widget.shadowRoot,
      `${page}: ${tag} rendered in Spanish`,
    );
    if (chartTags.includes(tag)) {
      await waitFor(() => widget.shadowRoot!.querySelector('canvas'), `${page}: the live chart`);
    }
    await frames(2, iframe.contentWindow!);
    const result = {
      lang: doc.documentElement.lang,
      text: widget.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim(),
      height: Math.round(widget.getBoundingClientRect().height),
      others: doc.querySelectorAll('police-deaths-chart, drug-killings-chart').length,
      preview: doc.querySelector('meta[name="twitter:card"]')?.getAttribute('content') ?? '',
    };
    iframe.remove();
    return result;
  }

  for (const tag of widgetTags.filter((name) => name !== 'republish-notice')) {
    it(`renders <${tag}> as embed.html does, with its link-preview tags`, async () => {
      const query = `widget=${tag}&lang=es`;
      const share = await rendered(`embed-${tag}.es.html`, tag, query);
      const plain = await rendered('embed.html', tag, query);
      expect(share.lang).to.equal('es');
      expect(share.text, 'the same text').to.equal(plain.text);
      expect(share.height, 'the same height').to.equal(plain.height);
      expect(share.others, 'no other chart left').to.equal(plain.others);
      expect(plain.preview, 'embed.html has no preview tags').to.equal('');
      expect(share.preview).to.equal(chartTags.includes(tag) ? 'summary_large_image' : 'summary');
    });
  }
});

describe('dist/integrity.json', () => {
  it('holds the SHA-384 of every stable dist/ file, as recomputed here', async () => {
    const integrity = (await (await fetch('/dist/integrity.json')).json()) as Record<
      string,
      string
    >;
    expect(Object.keys(integrity)).to.include.members([
      'refuge-widgets.js',
      'asylum-stat.js',
      'embed-parent.js',
    ]);
    for (const [file, expected] of Object.entries(integrity)) {
      const bytes = await (await fetch(`/dist/${file}`)).arrayBuffer();
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
      const actual = `sha384-${btoa(String.fromCharCode(...digest))}`;
      expect(actual, file).to.equal(expected);
    }
  });
});
