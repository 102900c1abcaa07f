// The builder's own snippet pages (issue #12, item 4): for every widget, the script snippet that
// dist/builder.html gives an editor, pasted as it is between paragraphs of an article. The layout
// shift figure of these pages is what a partner's readers see.
//
// The snippets come from the real builder, driven in Chromium as an editor uses it (pick the
// widget, read the script snippet box; see test/builder.test.ts), once per server: the builder
// writes its own address into the snippet, so the script and the fallback image load from the
// server that is measured. The snippet, fallback included, is pasted exactly as the builder wrote it.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { snippetArticle } from './pages.mjs';

async function widgetDeclarations(distDir) {
  const manifest = JSON.parse(await readFile(join(distDir, 'custom-elements.json'), 'utf8'));
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);
}

/** Every widget tag of the built manifest (the one list: src/widgets/ → custom-elements.json). */
export async function manifestTags(distDir) {
  return (await widgetDeclarations(distDir)).map((declaration) => declaration.tagName).sort();
}

/**
 * The tags of the chart widgets: those whose box the manifest lists as the `chart` CSS part, which
 * every chart widget's frame has (src/core/chart/chart-frame.ts) and no other widget.
 */
export async function manifestChartTags(distDir) {
  return (await widgetDeclarations(distDir))
    .filter((declaration) => declaration.cssParts?.some((part) => part.name === 'chart'))
    .map((declaration) => declaration.tagName)
    .sort();
}

/**
 * The benchmark variants of the snippet pages, one per widget; they have no baseline. `chart`
 * marks the chart widgets, whose bars the bench waits to see.
 */
export function snippetVariants(tags, chartTags) {
  return tags.map((tag) => ({
    id: `snippet-${tag}`,
    group: 'snippet',
    label: `<${tag}> (the builder's script snippet)`,
    snippet: tag,
    chart: chartTags.includes(tag),
    many: false,
  }));
}

/** The script snippet the builder at `origin` offers for each of `tags`, with its defaults. */
async function builderSnippets(browser, origin, tags, timeoutMs) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/dist/builder.html`, { waitUntil: 'load', timeout: timeoutMs });
    await page.waitForFunction(
      () =>
        document
          .querySelector('refuge-snippet-builder')
          ?.shadowRoot?.querySelector('input[name="widget"]'),
      { timeout: timeoutMs },
    );
    // The gallery: one radio button per graphic.
    const offered = await page.evaluate(() =>
      [
        ...document
          .querySelector('refuge-snippet-builder')
          .shadowRoot.querySelectorAll('input[name="widget"]'),
      ].map((radio) => radio.value),
    );
    const snippets = {};
    for (const tag of tags) {
      if (!offered.includes(tag)) throw new Error(`the builder does not offer <${tag}>`);
      await page.evaluate(async (value) => {
        const builder = document.querySelector('refuge-snippet-builder');
        builder.shadowRoot.querySelector(`#widget-${value}`).click();
        await builder.updateComplete;
      }, tag);
      // The snippet follows the preview asynchronously, and is offered (Copy enabled) only once
      // the builder has read dist/fallbacks.json, so that it carries its fallback.
      const handle = await page.waitForFunction(
        (value) => {
          const root = document.querySelector('refuge-snippet-builder').shadowRoot;
          const area = root.querySelector('#script-snippet');
          const ready =
            !root.querySelector('#copy-script').disabled &&
            new RegExp(`<${value}[\\s>]`).test(area.value);
          return ready && area.value;
        },
        { timeout: timeoutMs },
        tag,
      );
      snippets[tag] = await handle.jsonValue();
    }
    if (errors.length > 0) throw new Error(`builder page errors: ${errors.join('; ')}`);
    return snippets;
  } finally {
    await context.close();
  }
}

/**
 * Drives the builder of each server and writes one article page per widget into `dirs[name]`
 * (served at the same path by that server). Returns the snippets, per server name and tag.
 */
export async function writeSnippetPages({ browser, servers, dirs, tags, timeoutMs }) {
  const all = {};
  for (const [name, server] of Object.entries(servers)) {
    const snippets = await builderSnippets(browser, server.origin, tags, timeoutMs);
    await mkdir(dirs[name], { recursive: true });
    for (const [tag, snippet] of Object.entries(snippets)) {
      if (!snippet.includes(`${server.origin}/dist/`)) {
        throw new Error(`the ${tag} snippet does not load from ${server.origin}/dist/: ${snippet}`);
      }
      await writeFile(join(dirs[name], `${tag}.html`), snippetArticle(tag, snippet));
    }
    all[name] = snippets;
  }
  return all;
}
