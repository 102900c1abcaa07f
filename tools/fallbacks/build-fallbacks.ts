// What readers without JavaScript get, built into dist/ by `npm run build` (tools/fallbacks/build.mjs):
// - dist/images/<tag>.<lang>.<theme>.png|svg: every chart drawn by Chart.js in Node from its
//   widget's own definition (draw-images.ts);
// - dist/images/<tag>.<lang>.card.png: each chart's social card, 1200×630 (social-card.ts), the
//   `og:image` of its share page;
// - dist/prerendered.json and dist/<tag>.css: the same widgets as they look once upgraded, as light
//   DOM, and the widget's styles for it (prerender.ts): the builder's script snippet reserves the
//   widget's final box with them, so the page does not shift when it upgrades;
// - dist/fallbacks.json: for every widget, language, theme and content attribute, the HTML to put
//   inside the element as its fallback: the chart image, then the facts the widget's own template
//   marks with `data-fallback`, rendered on the server with Lit SSR. The builder's snippets, the
//   WordPress plugin, the republished copy and embed.html all take their fallbacks from it.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import createDOMPurify from 'dompurify';
import { JSDOM, type DOMWindow } from 'jsdom';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Package } from 'custom-elements-manifest/schema';
import type { ChartDefinition, PlotInsets } from '../../src/core/chart/chart-definition.js';
import {
  type FallbackEntry,
  type FallbackImage,
  type Fallbacks,
} from '../../src/core/fallback/fallbacks.js';
import type { Locale } from '../../src/core/localize.js';
import { describeWidgets, type WidgetDescription } from '../../src/embed/widget-catalog.js';
import { chartModule, chartWidgetTags } from '../widgets.mjs';
import type { ImageTheme } from './chart-image.js';
import { IMAGE_FONT_FAMILY, drawChartImage, fontFaces } from './draw-images.js';
import { chartImage, fallbackParts, type Purifier } from './fallback-html.js';
import { PRERENDER_RULES, prerenderedHtml } from './prerender.js';
import { prerenderStylesheet } from './prerender-css.js';
import { printRules, sourceAddresses } from './print-css.js';
import { encodePng, luminanceVariance } from './png.js';
import { CARD_HEIGHT, CARD_WIDTH, drawSocialCard } from './social-card.js';
import { drawStaticPlot, type StaticPlot } from './static-plot.js';
import { staticPlotRules } from './static-plot-css.js';
import { finishSvg } from './svg.js';

export const LOCALES: readonly Locale[] = ['en', 'es'];
export const IMAGE_THEMES: readonly ImageTheme[] = ['light', 'dark'];
const imageName = (tag: string, locale: Locale, theme: ImageTheme) =>
  `images/${tag}.${locale}.${theme}`;
/** The social card of a chart in a language, from dist/ (the share pages name it too). */
export const cardName = (tag: string, locale: Locale) => `images/${tag}.${locale}.card.png`;

async function chartDefinition(tag: string): Promise<ChartDefinition> {
  const module = (await import(/* @vite-ignore */ `/${chartModule(tag)}`)) as Record<
    string,
    unknown
  >;
  const definition = Object.values(module).find(
    (value): value is ChartDefinition =>
      typeof value === 'object' && value !== null && 'configuration' in value && 'frame' in value,
  );
  if (!definition) throw new Error(`${chartModule(tag)} exports no chart definition`);
  return definition;
}

/** Draws, checks and writes one chart's four images; fails the build, naming the widget, if one is blank. */
async function writeChartImages(
  tag: string,
  definition: ChartDefinition,
  outDir: string,
): Promise<Map<string, FallbackImage>> {
  const images = new Map<string, FallbackImage>();
  for (const locale of LOCALES) {
    for (const theme of IMAGE_THEMES) {
      const name = imageName(tag, locale, theme);
      let drawn;
      try {
        drawn = drawChartImage(definition, locale, theme);
      } catch (error) {
        throw new Error(
          `<${tag}>: the ${locale} ${theme} image could not be drawn: ${String(error)}`,
        );
      }
      if (luminanceVariance(drawn.pixels.data) < 1) {
        throw new Error(`<${tag}>: the ${locale} ${theme} image is blank; nothing was written`);
      }
      const png = encodePng(drawn.pixels);
      const svg = finishSvg(drawn.svg, `'${IMAGE_FONT_FAMILY}'`, [
        fontFaces.find((face) => face.weight === 400)!,
        fontFaces.find((face) => face.weight === 700)!,
      ]);
      if (!/<text\b/.test(svg)) throw new Error(`<${tag}>: the ${locale} ${theme} SVG has no text`);
      writeFileSync(join(outDir, `${name}.png`), png);
      writeFileSync(join(outDir, `${name}.svg`), svg);
      images.set(`${locale} ${theme}`, {
        png: `${name}.png`,
        svg: `${name}.svg`,
        width: drawn.layout.width,
        height: drawn.layout.height,
        alt: drawn.alt,
        chart: drawn.layout.chart,
      });
    }
  }
  return images;
}

/** The budget of a social card: what link previews fetch, and X takes up to 5 MB. */
export const CARD_BUDGET = 150 * 1024;

/** Draws, checks and writes one chart's social card per language; fails the build, naming the widget. */
function writeSocialCards(tag: string, definition: ChartDefinition, outDir: string): number {
  for (const locale of LOCALES) {
    let pixels;
    try {
      pixels = drawSocialCard(definition, locale);
    } catch (error) {
      throw new Error(`<${tag}>: the ${locale} social card could not be drawn: ${String(error)}`);
    }
    if (pixels.width !== CARD_WIDTH || pixels.height !== CARD_HEIGHT) {
      throw new Error(`<${tag}>: the ${locale} social card is ${pixels.width}×${pixels.height}`);
    }
    if (luminanceVariance(pixels.data) < 1) {
      throw new Error(`<${tag}>: the ${locale} social card is blank; nothing was written`);
    }
    const png = encodePng(pixels);
    if (png.length > CARD_BUDGET) {
      throw new Error(
        `<${tag}>: the ${locale} social card is ${png.length} B, over ${CARD_BUDGET} B`,
      );
    }
    writeFileSync(join(outDir, cardName(tag, locale)), png);
  }
  return LOCALES.length;
}

/** Every combination of a widget's attributes that changes its fallback: language, theme, and its own enums. */
function fallbackVariants(widget: WidgetDescription): Record<string, string>[] {
  let variants: Record<string, string>[] = [{}];
  const choices: [string, readonly string[]][] = [
    ['lang', LOCALES],
    ['theme', IMAGE_THEMES],
    ...widget.attributes
      .filter(
        (attribute) => attribute.kind === 'enum' && !['lang', 'theme'].includes(attribute.name),
      )
      // The default first: pickFallback() falls back to the first entry's value. An attribute
      // with no default may be left out (''), which is then the first value.
      .map((attribute): [string, readonly string[]] => [
        attribute.name,
        attribute.default === undefined
          ? ['', ...attribute.values]
          : [...attribute.values].sort(
              (a, b) => Number(b === attribute.default) - Number(a === attribute.default),
            ),
      ]),
  ];
  for (const [name, values] of choices) {
    variants = variants.flatMap((variant) =>
      values.map((value) => ({ ...variant, [name]: value })),
    );
  }
  return variants;
}

/** The widget rendered by its own template on the server (Lit SSR), as a shadow root to read. */
function serverRender(
  window: DOMWindow,
  tag: string,
  attributes: Record<string, string>,
): ParentNode {
  const element = window.document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== '') element.setAttribute(name, value);
  }
  const markup = collectResultSync(render(staticHtml`${unsafeStatic(element.outerHTML)}`));
  const container = window.document.createElement('div');
  container.innerHTML = markup;
  const template = container.querySelector('template');
  if (!template) throw new Error(`<${tag}> rendered no shadow root on the server`);
  return template.content;
}

/** The names of the CSS parts the manifest documents for `tag`. */
function documentedParts(manifest: Package, tag: string): string[] {
  const declaration = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => 'tagName' in declaration && declaration.tagName === tag);
  return declaration && 'cssParts' in declaration
    ? (declaration.cssParts ?? []).map((part) => part.name)
    : [];
}

function imageHtml(window: DOMWindow, image: FallbackImage): string {
  const paragraph = window.document.createElement('p');
  paragraph.append(chartImage(window, image));
  return paragraph.outerHTML;
}

export interface BuildReport {
  /** Each chart's static plot per language, and where it differs from Chart.js in narrow boxes. */
  plots: { name: string; bytes: number; notes: string[] }[];
  /** How long the static plots took (Chart.js laid out at 11 widths each). */
  plotMilliseconds: number;
  /** How long the social cards took to draw and encode. */
  cardMilliseconds: number;
  images: number;
  cards: number;
  fallbacks: number;
  milliseconds: number;
}

/** Writes dist/images/ and dist/fallbacks.json. */
export async function buildFallbacks(outDir: string): Promise<BuildReport> {
  const started = performance.now();
  mkdirSync(join(outDir, 'images'), { recursive: true });
  const charts = new Map<string, Map<string, FallbackImage>>();
  const plots = new Map<string, StaticPlot>();
  const insets = new Map<string, PlotInsets>();
  let plotMilliseconds = 0;
  let cards = 0;
  let cardMilliseconds = 0;
  for (const tag of chartWidgetTags()) {
    const definition = await chartDefinition(tag);
    charts.set(tag, await writeChartImages(tag, definition, outDir));
    const cardsStarted = performance.now();
    cards += writeSocialCards(tag, definition, outDir);
    cardMilliseconds += performance.now() - cardsStarted;
    insets.set(tag, definition.plotInsets);
    for (const locale of LOCALES) {
      try {
        const started = performance.now();
        plots.set(`${tag} ${locale}`, drawStaticPlot(definition, locale));
        plotMilliseconds += performance.now() - started;
      } catch (error) {
        throw new Error(`<${tag}>: the ${locale} static plot: ${String(error)}`);
      }
    }
  }

  // Every widget registered in Node (Lit's server build), then each rendered to HTML.
  await import('../../src/refuge-widgets.js');
  const { window } = new JSDOM('');
  const purifier: Purifier = createDOMPurify(window);
  const manifest = JSON.parse(
    readFileSync(join(outDir, 'custom-elements.json'), 'utf8'),
  ) as Package;
  const fallbacks: Fallbacks = {};
  const prerendered: Fallbacks = {};
  for (const widget of describeWidgets(manifest)) {
    const entries: FallbackEntry[] = [];
    const prerenders: FallbackEntry[] = [];
    let shadowCss = '';
    const sources: { attributes: Record<string, string>; urls: string[]; lines: number }[] = [];
    for (const attributes of fallbackVariants(widget)) {
      const shadow = serverRender(window, widget.tag, attributes);
      const links = shadow.querySelectorAll('[part~="source"] a[href]');
      sources.push({
        attributes,
        urls: [...links].map((link) => link.getAttribute('href')!),
        lines: shadow.querySelectorAll('[part~="source"]').length,
      });
      shadowCss ||= [...shadow.querySelectorAll('style')]
        .map((style) => style.textContent)
        .join('\n');
      const image = charts.get(widget.tag)?.get(`${attributes.lang} ${attributes.theme}`);
      const plot = plots.get(`${widget.tag} ${attributes.lang}`);
      const prerender = prerenderedHtml(window, shadow, image, purifier, plot?.svg);
      prerenders.push(
        image ? { attributes, html: prerender, image } : { attributes, html: prerender },
      );
      const parts = fallbackParts(shadow, purifier);
      if (parts.length === 0) continue; // a widget with no facts to show (the republish notice)
      const html = [...(image ? [imageHtml(window, image)] : []), ...parts].join('\n');
      entries.push(image ? { attributes, html, image } : { attributes, html });
    }
    if (entries.length > 0) fallbacks[widget.tag] = entries;
    prerendered[widget.tag] = prerenders;
    if (!shadowCss) throw new Error(`<${widget.tag}> rendered no styles on the server`);
    const contentAttributes = widget.attributes.filter(
      (attribute) => attribute.kind === 'enum' && !['lang', 'theme'].includes(attribute.name),
    );
    writeFileSync(
      join(outDir, `${widget.tag}.css`),
      prerenderStylesheet(
        widget.tag,
        shadowCss,
        insets.has(widget.tag)
          ? `${PRERENDER_RULES}\n${staticPlotRules(widget.tag, insets.get(widget.tag)!)}`
          : PRERENDER_RULES,
      ) +
        printRules(widget.tag, sourceAddresses(widget.tag, sources, contentAttributes), {
          chart: insets.has(widget.tag),
          parts: documentedParts(manifest, widget.tag),
        }),
    );
  }
  writeFileSync(join(outDir, 'fallbacks.json'), `${JSON.stringify(fallbacks, null, 2)}\n`);
  writeFileSync(join(outDir, 'prerendered.json'), `${JSON.stringify(prerendered, null, 2)}\n`);
  window.close();
  return {
    plots: [...plots].map(([name, plot]) => ({ name, bytes: plot.svg.length, notes: plot.notes })),
    plotMilliseconds: Math.round(plotMilliseconds),
    images: [...charts.values()].reduce((count, images) => count + images.size * 2, 0),
    cards,
    cardMilliseconds: Math.round(cardMilliseconds),
    fallbacks: Object.values(fallbacks).reduce((count, entries) => count + entries.length, 0),
    milliseconds: Math.round(performance.now() - started),
  };
}
