import { expect } from '@open-wc/testing';

/** Loads a page from test/pages in an iframe, as a partner's article, and waits for it. */
async function loadPage(path: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow!;
}

async function rendered(win: Window, tag: string): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const text = win.document.querySelector(tag)?.shadowRoot?.textContent?.replace(/\s+/g, ' ');
    if (text && text.trim()) return text;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`<${tag}> never rendered`);
}

describe('the built dist/ files, loaded as partners load them', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('render when the library is loaded twice from two URLs beside a per-widget file, with nothing in the console', async () => {
    const win = await loadPage('/test/pages/loaded-twice.html');
    expect(await rendered(win, 'asylum-stat')).to.contain('Almost 200');
    expect(await rendered(win, 'violence-timeline')).to.contain('20 de febrero de 2009');
    const page = win as unknown as { __consoleLog: string[]; litElementVersions: string[] };
    expect(
      page.litElementVersions,
      'two copies of the library (each with its Lit) ran',
    ).to.have.length(2);
    expect(page.__consoleLog).to.deep.equal([]);
  });
});
