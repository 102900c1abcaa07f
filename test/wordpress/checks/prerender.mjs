// Issue 21: the block and the shortcode print each widget prerendered, as the builder's script
// snippet does, and the page links each widget's stylesheet once, in its head, however many of its
// graphics it holds, with a block theme (which renders the content before the head) and a classic
// one (which renders it after). A chart's prerendered box shows its static plot (inline SVG bars)
// with JavaScript off and with the library's script held back; once the script runs, every widget
// upgrades in the box its prerender took.
import assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { measureWidgets, openWithScriptHeld } from '../held-script.mjs';

const block = (widget, values) =>
  `<!-- wp:refuge-widgets/graphic ${JSON.stringify({ widget, values })} /-->`;
const shortcode = (attributes) =>
  `<!-- wp:shortcode -->[refuge_widget ${attributes}]<!-- /wp:shortcode -->`;
const paragraph = (text) => `<!-- wp:paragraph --><p>${text}</p><!-- /wp:paragraph -->`;

// Two blocks of one chart (its stylesheet linked once), a chart by shortcode, and the two other
// widgets, one in a group, between paragraphs that would move if a widget's box changed.
const content = [
  paragraph('Before the graphics.'),
  block('police-deaths-chart', { lang: 'en' }),
  paragraph('Between two charts.'),
  shortcode('widget="drug-killings-chart" lang="es" theme="dark"'),
  // In a group: a classic theme's page finds it among the inner blocks.
  '<!-- wp:group --><div class="wp-block-group">',
  block('asylum-stat', { metric: 'port-requests', lang: 'es' }),
  '</div><!-- /wp:group -->',
  block('police-deaths-chart', { lang: 'es', theme: 'dark' }),
  shortcode('widget="violence-timeline"'),
  paragraph('After the graphics.'),
].join('\n');
const onPage = [
  'police-deaths-chart',
  'drug-killings-chart',
  'asylum-stat',
  'police-deaths-chart',
  'violence-timeline',
];
const charts = ['police-deaths-chart', 'drug-killings-chart'];

// The release's default block theme (twentytwentythree in 6.1, twentytwentyfive from 6.7), then
// the suite's classic one (test/wordpress/classic-theme/).
const classicTheme = 'refuge-classic-test';
const layouts = (blockTheme) => [
  { theme: blockTheme, widths: [1280, 390] },
  { theme: classicTheme, widths: [1280] },
];

/** Every chart's static plot is in its chart box, on screen, with bars of some area. */
function assertPlotsShown(widgets, where) {
  for (const [index, widget] of widgets.entries()) {
    if (!charts.includes(widget.tag)) continue;
    const name = `${where}: <${widget.tag}> #${index + 1}`;
    assert.ok(widget.plot, `${name} has .chart-box > svg.static-plot`);
    assert.ok(widget.plot.shown, `${name}: its static plot is shown`);
    assert.ok(
      widget.plot.width > 100 && widget.plot.height > 50,
      `${name}: ${widget.plot.width}×${widget.plot.height}`,
    );
    assert.ok(widget.plot.bars.length > 0, `${name}: the plot has bars`);
    for (const area of widget.plot.bars) assert.ok(area > 20, `${name}: a bar of ${area} px²`);
    assert.equal(
      widget.imageShown,
      false,
      `${name}: the chart image is for readers without the stylesheet`,
    );
  }
}

/** Each widget's box (and a chart's chart box) in `after` is where it was in `before`, ±0.5 px. */
function assertSameBoxes(before, after, where) {
  assert.deepEqual(
    after.map(({ tag }) => tag),
    before.map(({ tag }) => tag),
  );
  before.forEach((widget, index) => {
    const name = `${where}: <${widget.tag}> #${index + 1}`;
    const pairs = [['box', widget.box, after[index].box]];
    if (widget.chartBox) pairs.push(['chart box', widget.chartBox, after[index].chartBox]);
    for (const [part, was, is] of pairs) {
      for (const side of ['left', 'top', 'width', 'height']) {
        assert.ok(
          Math.abs(is[side] - was[side]) <= 0.5,
          `${name}'s ${part} ${side}: ${was[side]} before, ${is[side]} after`,
        );
      }
    }
  });
}

/**
 * With `post` open at `width` px: the widgets' stylesheets in the head, once each; the static plots
 * shown with the script held; the same boxes once the widgets upgrade and the charts draw; no
 * layout shift. Resolves to the widgets' heights.
 */
async function checkLayout({ reader, post, library, where, width }) {
  const opened = await openWithScriptHeld(reader.browserContext(), post.url, width);
  const { page } = opened;
  try {
    // One stylesheet per widget on the page, in the head, which browsers wait for before they paint
    // (a stylesheet at the end of the body is not waited for), from the plugin's own copy.
    const stylesheets = await page.$$eval('link[rel="stylesheet"]', (links) =>
      links.map((link) => ({
        href: link.href.split('?')[0],
        inHead: Boolean(link.closest('head')),
      })),
    );
    const ours = stylesheets.filter(({ href }) => href.startsWith(library));
    assert.deepEqual(
      ours.sort((a, b) => a.href.localeCompare(b.href)),
      [...new Set(onPage)].sort().map((tag) => ({ href: `${library}${tag}.css`, inHead: true })),
      `${where}: the widgets' stylesheets`,
    );

    // Held: every prerender laid out, each chart's bars on screen.
    const held = await measureWidgets(page, onPage);
    assert.ok(
      held.every((widget) => !widget.defined),
      `${where}: a widget was defined`,
    );
    assertPlotsShown(held, `${where}, script held`);

    // The script runs: each widget upgrades in its box ...
    await opened.release();
    await page.waitForFunction(
      (selector) =>
        [...document.querySelectorAll(selector)].every((element) =>
          element.shadowRoot?.querySelector('[part~="base"]'),
        ),
      {},
      onPage.join(', '),
    );
    const upgraded = await measureWidgets(page, onPage);
    assertSameBoxes(held, upgraded, `${where}, upgraded`);

    // ... and keeps it once each chart, brought into view, has drawn.
    for (const element of await page.$$(charts.join(', '))) {
      await element.evaluate((node) => node.scrollIntoView({ block: 'center' }));
      await page.waitForFunction((node) => window.refugeReadyWidgets.has(node), {}, element);
      await element.dispose();
    }
    const drawn = await measureWidgets(page, onPage);
    assertSameBoxes(held, drawn, `${where}, charts drawn`);
    for (const widget of drawn.filter(({ tag }) => charts.includes(tag))) {
      // Dropped from the light DOM, or left there unslotted.
      assert.ok(!widget.plot?.shown, `${where}: <${widget.tag}>'s plot gave way`);
    }
    // No layout shift from the moment the script arrives: not when the widgets upgrade, nor when
    // the charts draw. Before it, the page is static HTML and the stylesheets are in the head; what
    // moves then is the theme's (Twenty Twenty-Five's web font swapping into its header moves
    // the page under it by a few pixels, prerenders included): reported with what moved.
    const shifts = await page.evaluate(() => window.layoutShifts);
    const afterScript = shifts.filter((shift) => shift.at >= opened.releasedAt);
    assert.deepEqual(afterScript, [], `${where}: layout shifts once the script arrived`);
    const before = shifts.filter((shift) => shift.at < opened.releasedAt);
    const themeShift = before.reduce((sum, shift) => sum + shift.value, 0);
    const theme =
      themeShift > 0 ? ` (the theme's own shift before it: ${themeShift.toPrecision(2)})` : '';
    return `${where}: ${held.map((w) => Math.round(w.box.height)).join('/')}${theme}`;
  } finally {
    await page.close();
  }
}

export default {
  name: 'each widget prerendered, its stylesheet linked once; static plots shown before the script, same boxes after',
  async run({ root, site, reader, release }) {
    const post = await site.createPost({
      author: 'author',
      title: 'Graphics, prerendered',
      content,
    });
    // An Author's post, filtered by kses when saved: it stores the blocks and shortcodes as
    // written, and the SVG of the prerender, printed when the page is served, is never filtered.
    assert.equal(post.content, content, 'what kses kept of the Author’s post');
    const library = `${site.url}/wp-content/plugins/refuge-widgets/library/`;

    // JavaScript off: the prerenders, styled.
    await reader.setJavaScriptEnabled(false);
    let withoutScripts;
    try {
      await reader.goto(post.url);
      withoutScripts = await measureWidgets(reader, onPage);
    } finally {
      await reader.setJavaScriptEnabled(true);
    }
    assert.deepEqual(
      withoutScripts.map(({ tag, defined }) => ({ tag, defined })),
      onPage.map((tag) => ({ tag, defined: false })),
    );
    assertPlotsShown(withoutScripts, 'JavaScript off');

    const themes = join(site.root, 'wp-content/themes');
    cpSync(join(root, 'test/wordpress/classic-theme'), join(themes, classicTheme), {
      recursive: true,
    });
    const heights = [];
    const themeBefore = await site.php('switch-theme.php');
    try {
      for (const { theme, widths } of layouts(release.theme)) {
        assert.equal(await site.php('switch-theme.php', [theme]), theme);
        for (const width of widths) {
          heights.push(
            await checkLayout({
              reader,
              post,
              library,
              where: `${theme}, ${width} px wide`,
              width,
            }),
          );
        }
      }
    } finally {
      await site.php('switch-theme.php', [themeBefore]);
    }
    return `heights ${heights.join('; ')} px, unchanged on upgrade, no layout shift once the script arrived`;
  },
};
