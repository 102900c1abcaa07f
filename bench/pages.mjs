// Writes one page per variant (and a many-charts page for the chart variants) and builds the
// peer pages with Vite's build() API as minified production bundles. Our pages are not bundled:
// they load the real dist/ files with <script type="module">, exactly as a partner's page does.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { manyCount, variants } from './variants.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const chartTitle = 'Killings linked to organized crime in Mexico, 2007–2010';

// One article style for every page. The font is the one Chart.js draws with by default; the peer
// scripts hand it to Vega and Plot too, and our widgets inherit it, so no variant wins on fonts.
const articleStyle = `
  body { margin: 0; font: 16px/1.5 'Helvetica Neue', Helvetica, Arial, sans-serif; color: #1b1d22; background: #fff; }
  main { max-width: 640px; margin: 0 auto; padding: 0 16px 24px; }
  h1 { font-size: 1.6em; line-height: 1.2; margin: 16px 0 12px; }
  figure { margin: 1.25em 0; }
  .chart-title { margin: 0 0 0.5em; font-weight: 700; font-size: 1.05em; }
  /* Every peer chart gets the box our widget reserves: full column width, 16:9, set before any
     script runs. A grid keeps the libraries' inline-block wrappers from adding a baseline gap. */
  .chart-box { position: relative; display: grid; inline-size: 100%; aspect-ratio: 16 / 9; }
`;

// The static card has to look like <asylum-stat>; these rules are written for this page alone.
const cardStyle = `
  .stat { margin: 0; padding-block: 0.75em; border-block: 1px solid #c9ccd3; line-height: 1.45; }
  .stat figcaption { margin: 0 0 0.25em; font-size: 0.85em; font-weight: 600; color: #4d5360; }
  .stat p { margin: 0.5em 0 0; }
  .stat .headline { margin: 0; font-size: 1.05em; }
  .stat strong { display: block; font-size: 2.6em; line-height: 1.1; color: #a3261d; font-variant-numeric: tabular-nums; }
  .stat .proportion { margin-block: 0.75em 0.25em; }
  .stat svg { display: block; inline-size: 100%; block-size: 1.25em; overflow: visible; }
  .stat .cases { fill: #e4e6ea; }
  .stat .beyond { stroke: #4d5360; stroke-width: 2; stroke-dasharray: 3 4; }
  .stat .granted { fill: #a3261d; }
  .stat .labels { display: flex; justify-content: space-between; gap: 1em; font-size: 0.8em; color: #4d5360; }
  .stat .small, .stat .derived { font-size: 0.8em; color: #4d5360; }
  .stat a { color: inherit; }
`;

const source =
  '<a href="https://revealnews.org/article/small-numbers-of-mexicans-fleeing-drug-violence-given-refuge/" target="_blank" rel="noopener">Andrew Becker, “Small numbers of Mexicans fleeing drug violence given refuge”, The Center for Investigative Reporting (Reveal), 2009</a>';

// The rendered text of <asylum-stat metric="court-grants"> in English, copied by hand.
const staticCard = `<figure class="stat">
  <figcaption>Asylum for Mexicans in U.S. immigration courts</figcaption>
  <p class="headline"><strong>71</strong> asylum grants in one year, out of more than 3,000 cases</p>
  <div class="proportion" aria-hidden="true">
    <svg focusable="false"><rect class="cases" width="90%" height="100%"></rect><line class="beyond" x1="91%" y1="50%" x2="100%" y2="50%"></line><rect class="granted" width="2.13%" height="100%"></rect></svg>
    <div class="labels"><span>71 granted</span> <span>more than 3,000 cases →</span></div>
  </div>
  <p>Fewer than 1 in 40 cases ended in asylum (under 2.4%). <span class="derived">(calculated)</span></p>
  <p>Most of these cases never reach a judge’s ruling: the applicants withdraw them or abandon them.</p>
  <p class="small">Both figures cover the same single year, which the article does not name.</p>
  <p class="small">Source: ${source}</p>
</figure>`;

/**
 * Our widget as the README and the builder tell partners to paste it: the widget's stylesheet and
 * the element holding its prerendered content (dist/prerendered.json, English, the default
 * metric), which reserve the box the widget takes once it upgrades. The script goes in the head.
 */
function ourFigures(tag, count) {
  const file = join(here, '..', 'dist', 'prerendered.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  const [entry] = JSON.parse(readFileSync(file, 'utf8'))[tag];
  const element = `<${tag}>\n${entry.html.replaceAll('{{base}}', '/dist/')}\n</${tag}>`;
  return [
    `<link rel="stylesheet" href="/dist/${tag}.css">`,
    ...Array.from({ length: count }, () => element),
  ].join('\n');
}

function article({ title, head, heading, figures }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<style>${articleStyle}</style>
${head}
</head>
<body>
<main>
<h1>${heading}</h1>
<p>This page is part of the refuge-widgets benchmark. The paragraph you are reading sits above
the graphic, and the text below it moves if the graphic changes size after the page first paints.</p>
${figures}
<p>This paragraph follows the graphic. A graphic that reserves its space before it draws leaves
this text where the reader first saw it, which is what the layout shift figure checks.</p>
<p>Every variant of this page shows the same figures in a box of the same size, so that the only
difference between them is the code that draws it.</p>
</main>
</body>
</html>
`;
}

/**
 * An article with an editor's snippet pasted as it is between its paragraphs: a heading and two
 * short paragraphs above, so the widget starts in the first screen on a phone, and paragraphs
 * below, which move if the widget changes size once it has painted. No other script or style of
 * the bench: only what an article has and what the snippet brings.
 */
export function snippetArticle(tag, snippet) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Benchmark: the builder's snippet for &lt;${tag}&gt;</title>
<link rel="icon" href="data:,">
<style>${articleStyle}</style>
</head>
<body>
<main>
<h1>A snippet from the builder</h1>
<p>This article holds the script snippet the builder gives editors, pasted below as it is.</p>
<p>The text after the widget moves if the widget changes size once the page has painted.</p>
${snippet}
<p>This paragraph follows the widget. Where it is first painted is where it should stay, while the
widget's script loads, when the element upgrades and after it has drawn.</p>
<p>A second paragraph below the widget, a third and a fourth, so that a shift anywhere above them
moves text that a reader is looking at.</p>
<p>Readers on a phone see the widget and these paragraphs in their first screen.</p>
<p>The end of the article.</p>
</main>
</body>
</html>
`;
}

function figuresFor(variant, count) {
  if (variant.static) return staticCard;
  if (variant.ours) return ourFigures(variant.ours.tag, count);
  const one = `<figure><p class="chart-title">${chartTitle}</p><div class="chart-box" data-chart></div></figure>`;
  return Array.from({ length: count }, () => one).join('\n');
}

function headFor(variant, htmlDir) {
  if (variant.ours) return `<script type="module" src="${variant.ours.src}"></script>`;
  if (variant.static) return `<style>${cardStyle}</style>`;
  // A path relative to the page, so Vite bundles the script (and the packages it imports, which
  // resolve from the repository's node_modules) into the page's own chunks.
  const script = relative(htmlDir, join(here, 'pages', variant.peer))
    .split('\\')
    .join('/');
  return `<script type="module" src="${script}"></script>`;
}

/** The pages of one variant: `single` always, `many` for the chart variants. */
function pagesOf(variant, dir) {
  const pages = [['index.html', `${variant.label}`, 'One graphic in an article', 1]];
  if (variant.many) {
    pages.push([
      'many.html',
      `${variant.label}, many charts`,
      'Many charts on one page',
      manyCount,
    ]);
  }
  return pages.map(([file, title, heading, count]) => ({
    file,
    html: article({
      title: `Benchmark: ${escapeHtml(title)}`,
      head: headFor(variant, dir),
      heading,
      figures: figuresFor(variant, count),
    }),
  }));
}

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Writes and builds every page under `workDir` (outside the repository) and returns, per variant,
 * the URL paths of its pages under `mountPath`, plus how long each peer build took.
 */
export async function buildPages({ workDir, mountPath }) {
  const sourceDir = join(workDir, 'src');
  const outDir = join(workDir, 'out');
  await rm(workDir, { recursive: true, force: true });
  const urls = {};
  const buildSeconds = {};
  for (const variant of variants) {
    const dir = join(variant.ours ? outDir : sourceDir, variant.id);
    await mkdir(dir, { recursive: true });
    const pages = pagesOf(variant, dir);
    for (const page of pages) await writeFile(join(dir, page.file), page.html);
    urls[variant.id] = Object.fromEntries(
      pages.map((page) => [
        page.file === 'index.html' ? 'single' : 'many',
        `${mountPath}${variant.id}/${page.file}`,
      ]),
    );
    if (variant.ours) continue;
    const started = performance.now();
    await build({
      configFile: false,
      root: dir,
      base: './',
      logLevel: 'warn',
      publicDir: false,
      build: {
        outDir: join(outDir, variant.id),
        emptyOutDir: true,
        // What our dist/ is built for, so syntax lowering favours no one.
        target: 'es2022',
        // The modulepreload polyfill is the page's cost, not the chart library's; our pages do not
        // have it either.
        modulePreload: { polyfill: false },
        reportCompressedSize: false,
        // Vega's bundle is far over Vite's 500 kB warning by nature; the benchmark reports sizes itself.
        chunkSizeWarningLimit: 10_000,
        rolldownOptions: {
          input: Object.fromEntries(pages.map((page) => [page.file, join(dir, page.file)])),
        },
      },
    });
    buildSeconds[variant.id] = (performance.now() - started) / 1000;
  }
  return { urls, outDir, buildSeconds };
}
