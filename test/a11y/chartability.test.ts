import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { accessibleText } from '../support/accessible-text.js';
import { contrast } from '../support/colour.js';
import { engine } from '../support/engine.js';
import { chartTags, widgetTags } from '../support/manifest.js';
import { frames } from '../support/wait.js';
import {
  auditPage,
  backgroundOf,
  casesFor,
  closeAuditPages,
  describeCase,
  nameOf,
  ratio,
  requiredContrast,
  resolveColour,
  shownTexts,
  showCase,
  type AuditWindow,
  type Case,
} from './measure.js';

// The measured half of the Chartability audit (docs/chartability-audit.md, issue #24): text size at
// a phone's width, contrast of text and marks in light, dark and forced colours, no motion, and
// nothing lost at 200 % zoom, with WCAG text spacing or with forced colours. Each figure is printed
// (`chartability:` lines in the browser log) for the audit's table.

const chromium = engine() === 'chromium';
const figures: Record<string, number> = {};
/** Keeps the smallest value seen under `key`, and prints it at the end. */
const record = (key: string, value: number) => {
  figures[key] = Math.min(figures[key] ?? Infinity, Math.round(value * 100) / 100);
};
after(() => console.log(`chartability: ${JSON.stringify(figures)}`));
afterEach(closeAuditPages);

type ChartLike = HTMLElement & {
  chartController: {
    chart?: {
      options: { animation: unknown };
      data: { datasets: { backgroundColor: unknown }[] };
      width: number;
      canvas: HTMLCanvasElement;
    };
  };
};
const chartOf = (element: Element) => (element as ChartLike).chartController?.chart;

const allCases = [...casesFor(widgetTags, 'en'), ...casesFor(widgetTags, 'es')];

describe('Chartability: text size (≥ 12 px at 320 px)', function () {
  this.timeout(60000);

  for (const auditCase of allCases) {
    it(`${describeCase(auditCase)}: every text shown, and every text on its canvas, is at least 12 px`, async () => {
      const win = await auditPage(320);
      const widget = await showCase(win, auditCase);
      const texts = shownTexts(widget);
      expect(texts.length, 'texts shown').to.be.greaterThan(0);
      for (const text of texts) {
        record(`minTextPx ${auditCase.tag}`, text.px);
        expect(text.px, `"${text.text}" in ${nameOf(text.element)}: px`).to.be.at.least(12);
      }
      if (chartTags.includes(auditCase.tag)) {
        const drawn = win.__canvasTexts;
        expect(drawn.length, 'texts Chart.js drew').to.be.greaterThan(2);
        for (const text of drawn) {
          record(`minCanvasPx ${auditCase.tag}`, text.px);
          expect(text.px, `canvas text "${text.text}": px`).to.be.at.least(12);
        }
      }
    });
  }

  // Readers without JavaScript, and every reader until the script runs, see the prerender: the
  // chart's static plot is an inline SVG whose text must be as large.
  for (const tag of widgetTags) {
    for (const lang of ['en', 'es']) {
      it(`<${tag} lang="${lang}"> prerendered, without JavaScript: every text, the static plot's too, is at least 12 px`, async () => {
        const prerendered = (await (await fetch('/dist/prerendered.json')).json()) as Record<
          string,
          { attributes: Record<string, string>; html: string }[]
        >;
        const entry = prerendered[tag]!.find(
          (candidate) =>
            candidate.attributes.lang === lang && candidate.attributes.theme !== 'dark',
        )!;
        // No script: the prerender as the snippet's stylesheet lays it out.
        const win = await auditPage(320, { stylesheet: `/dist/${tag}.css`, script: false });
        const story = win.document.getElementById('story')!;
        story.innerHTML = `<${tag} lang="${lang}">${entry.html}</${tag}>`;
        await frames(2, win);
        const texts = shownTexts(story.firstElementChild!);
        expect(texts.length, 'texts shown').to.be.greaterThan(0);
        for (const text of texts) {
          record(`minPrerenderPx ${tag}`, text.px);
          expect(text.px, `"${text.text}" in ${nameOf(text.element)}: px`).to.be.at.least(12);
        }
      });
    }
  }
});

/** The colour a widget's shadow tree resolves for one of its chart swatches (`accent`, `surface`…). */
const swatch = (widget: Element, name: string): number[] =>
  resolveColour(
    widget.ownerDocument.defaultView!,
    getComputedStyle(widget.shadowRoot!.querySelector(`[data-swatch="${name}"]`)!).color,
  );

/** The marks a widget draws that carry its figures, each with the colour it is painted in. */
function marksOf(widget: Element): { name: string; colour: number[]; against: Element }[] {
  const root = widget.shadowRoot!;
  const win = widget.ownerDocument.defaultView!;
  if (chartTags.includes(widget.localName)) {
    const canvas = root.querySelector('canvas')!;
    // The bars (and the calculated part's hatching) are drawn in the accent swatch's colour.
    return [{ name: 'bars', colour: swatch(widget, 'accent'), against: canvas }];
  }
  const marks: { name: string; colour: number[]; against: Element }[] = [];
  for (const selector of ['.granted', '.cases', '.beyond']) {
    const mark = root.querySelector(selector);
    if (!mark) continue;
    const style = win.getComputedStyle(mark);
    // A mark is seen by its fill or by its outline, whichever stands out more.
    const paints = [style.fill, style.stroke]
      .filter((paint) => paint !== 'none')
      .map((paint) => resolveColour(win, paint));
    const against = backgroundOf(mark.closest('svg')!);
    const colour = paints.sort((a, b) => contrast(b, against) - contrast(a, against))[0]!;
    marks.push({ name: selector, colour, against: mark.closest('svg')! });
  }
  for (const event of root.querySelectorAll('.event')) {
    const colour = resolveColour(win, win.getComputedStyle(event, '::before').backgroundColor);
    marks.push({ name: 'timeline marker', colour, against: event });
    break;
  }
  return marks;
}

interface Scheme {
  name: string;
  theme?: string;
  pageStyle?: string;
  forced?: boolean;
  colorScheme?: 'dark' | 'light';
}
const schemes: Scheme[] = [
  { name: 'light', theme: 'light' },
  { name: 'dark', theme: 'dark' },
  // No theme: the widget follows a page whose dark mode sets color-scheme.
  { name: 'page dark', pageStyle: ':root { color-scheme: dark; }' },
  { name: 'auto, reader prefers dark', theme: 'auto', colorScheme: 'dark' },
  { name: 'forced colours', forced: true },
];

describe('Chartability: contrast of text and marks (light, dark, forced colours)', function () {
  this.timeout(60000);
  afterEach(async () => {
    if (!chromium) return;
    await executeServerCommand('emulate-forced-colors', { active: false });
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const scheme of schemes) {
    for (const base of casesFor(widgetTags, 'en')) {
      const auditCase: Case = {
        ...base,
        attributes: { ...base.attributes, ...(scheme.theme && { theme: scheme.theme }) },
      };
      it(`${describeCase(auditCase)} in ${scheme.name}: text ≥ 4.5:1 (large 3:1), marks ≥ 3:1`, async function () {
        // Emulating the reader's colour scheme or forced colours takes the DevTools protocol.
        if ((scheme.forced || scheme.colorScheme) && !chromium) this.skip();
        if (scheme.forced) await executeServerCommand('emulate-forced-colors', { active: true });
        if (scheme.colorScheme) await emulateMedia({ colorScheme: scheme.colorScheme });
        const win = await auditPage(320, { pageStyle: scheme.pageStyle ?? '' });
        const widget = await showCase(win, auditCase);
        const key = `${scheme.name} ${auditCase.tag}`;
        for (const text of shownTexts(widget)) {
          const value = ratio(text.colour, text.background);
          record(`text ${key}`, value);
          expect(value, `"${text.text}" in ${nameOf(text.element)}`).to.be.at.least(
            requiredContrast(text),
          );
        }
        for (const mark of marksOf(widget)) {
          const value = ratio(mark.colour, backgroundOf(mark.against));
          record(`mark ${key}`, value);
          expect(value, `${mark.name} against the background`).to.be.at.least(3);
        }
        if (chartTags.includes(auditCase.tag)) {
          const canvas = widget.shadowRoot!.querySelector('canvas')!;
          const behind = backgroundOf(canvas);
          const surface = swatch(widget, 'surface');
          expect(win.__canvasTexts.length, 'texts Chart.js drew').to.be.greaterThan(2);
          for (const text of win.__canvasTexts) {
            const colour = resolveColour(win, text.colour);
            // Tick labels sit on the chart's background, value labels on a plate of the surface
            // colour (transparent swatch: the palette's white or near-black): both must read.
            const plate = surface[3] === 0 ? behind : surface;
            const value = Math.min(ratio(colour, behind), ratio(colour, plate));
            record(`canvas text ${key}`, value);
            expect(value, `canvas text "${text.text}"`).to.be.at.least(4.5);
          }
        }
      });
    }
  }
});

describe('Chartability: no motion (prefers-reduced-motion, and by default)', function () {
  this.timeout(60000);
  after(async () => {
    if (chromium) await emulateMedia({ reducedMotion: 'no-preference' });
  });

  for (const reduced of [false, true]) {
    for (const auditCase of casesFor(widgetTags, 'en')) {
      it(`${describeCase(auditCase)}${reduced ? ' with prefers-reduced-motion: reduce' : ''}: no animation, no transition a reader sees`, async function () {
        if (reduced && !chromium) this.skip();
        if (reduced) await emulateMedia({ reducedMotion: 'reduce' });
        const win = await auditPage(320);
        if (reduced)
          expect(win.matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
        const widget = await showCase(win, auditCase);
        const chart = chartOf(widget);
        if (chartTags.includes(auditCase.tag)) {
          expect(Boolean(chart), 'the chart is drawn').to.equal(true);
          expect(chart!.options.animation, 'Chart.js animation').to.equal(false);
        }
        // Every element the reader sees: no CSS animation, no transition longer than a frame
        // (the colour watchers' 1 ms transitions are on the hidden swatches).
        const moving: string[] = [];
        for (const text of shownTexts(widget)) {
          for (const element of [text.element, text.element.parentElement].filter(Boolean)) {
            const style = win.getComputedStyle(element!);
            const longest = Math.max(
              ...style.transitionDuration.split(',').map((part) => parseFloat(part) || 0),
            );
            if (
              style.animationName !== 'none' ||
              longest > 0.016 ||
              style.scrollBehavior === 'smooth'
            )
              moving.push(
                `${nameOf(element!)}: ${style.animationName} ${style.transitionDuration}`,
              );
          }
        }
        expect(moving, 'moving elements').to.deep.equal([]);
        const running = win.document
          .getAnimations()
          .filter((animation) => Number(animation.effect?.getTiming().duration ?? 0) > 16);
        expect(running.length, 'animations running in the page').to.equal(0);
      });
    }
  }
});

/**
 * WCAG 1.4.12's overrides, applied to the page and inside every shadow root, as a reader's style
 * sheet or bookmarklet applied into the widget would.
 */
async function applyTextSpacing(win: AuditWindow, widget: Element): Promise<void> {
  const rules = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
     p, li, dd, figcaption { margin-block-end: 2em !important; }`;
  const sheet = new (win as unknown as typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(rules);
  const roots: (Document | ShadowRoot)[] = [win.document];
  const collect = (root: ParentNode) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        roots.push(element.shadowRoot);
        collect(element.shadowRoot);
      }
    }
  };
  collect(widget.parentElement!);
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  await frames(3, win);
}

/** What is wrong with the layout: clipped text, text boxes overlapping, the page scrolling sideways. */
function layoutProblems(win: AuditWindow, widget: Element): string[] {
  const problems: string[] = [];
  const viewport = win.document.documentElement.clientWidth;
  if (win.document.documentElement.scrollWidth > viewport)
    problems.push(
      `the page scrolls sideways (${win.document.documentElement.scrollWidth} > ${viewport})`,
    );
  // Behind an open modal dialog the page is inert and covered: only the dialog is read.
  const dialog = widget.shadowRoot!.querySelector('dialog[open]');
  const texts = shownTexts(widget).filter(
    (text) => text.element.localName !== 'textarea' && (!dialog || dialog.contains(text.element)),
  );
  const boxes: { text: string; rects: DOMRect[] }[] = [];
  for (const text of texts) {
    const element = text.element;
    // Inside the table's own scroll region (shown with show-table), text may scroll sideways.
    const region = element.closest('.table-box');
    for (let node: Element | null = element; node && node !== region; node = node.parentElement) {
      const style = win.getComputedStyle(node);
      const hides = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
      // A box that hides its overflow loses what does not fit; one that scrolls (the dialog, up
      // and down) keeps it in reach, but must not scroll sideways (WCAG 1.4.10).
      if (node.scrollWidth > node.clientWidth + 1 && style.overflowX !== 'visible')
        problems.push(`${nameOf(node)} clips or scrolls "${text.text}" sideways`);
      if (node.scrollHeight > node.clientHeight + 1 && hides(style.overflowY))
        problems.push(`${nameOf(node)} clips "${text.text}"`);
    }
    const range = win.document.createRange();
    range.selectNodeContents(text.node);
    const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
    if (!region)
      for (const rect of rects)
        if (rect.right > viewport + 0.5 || rect.left < -0.5)
          problems.push(`"${text.text}" is off the page`);
    boxes.push({ text: text.text, rects });
  }
  // Two texts overlap when a line box of one crosses a line box of the other by more than a pixel.
  for (const [index, one] of boxes.entries()) {
    for (const other of boxes.slice(index + 1)) {
      const crossing = one.rects.some((a) =>
        other.rects.some(
          (b) =>
            Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
            Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1,
        ),
      );
      if (crossing) problems.push(`"${one.text}" overlaps "${other.text}"`);
    }
  }
  return [...new Set(problems)];
}

interface Variant {
  name: string;
  width: number;
  textSpacing?: boolean;
  forced?: boolean;
  /** Browser zoom: a narrower layout viewport drawn at a higher device pixel ratio. */
  zoom?: number;
}
const variants: Variant[] = [
  // 200 % of a 1280 px window: 640 CSS px at a device pixel ratio of 2; 400 % is 320 px.
  { name: 'zoom 200 %', width: 640, zoom: 2 },
  { name: 'zoom 400 %', width: 320, zoom: 4 },
  { name: 'text spacing at 640 px', width: 640, textSpacing: true },
  { name: 'text spacing at 320 px', width: 320, textSpacing: true },
  { name: 'forced colours at 320 px', width: 320, forced: true },
];

describe('Chartability: zoom, text spacing and forced colours lose nothing', function () {
  this.timeout(60000);
  afterEach(async () => {
    if (!chromium) return;
    await executeServerCommand('emulate-forced-colors', { active: false });
    await executeServerCommand('device-scale-factor', { factor: 1 });
  });

  for (const lang of ['en', 'es'] as const) {
    for (const auditCase of casesFor(widgetTags, lang)) {
      it(`${describeCase(auditCase)}: the same content, nothing clipped or overlapping, at ${variants.map((variant) => variant.name).join(', ')}`, async () => {
        const baselineWin = await auditPage(1280);
        const baseline = accessibleText(await showCase(baselineWin, auditCase));
        expect(
          layoutProblems(baselineWin, baselineWin.document.querySelector(auditCase.tag)!).join(
            '\n',
          ),
        ).to.equal('');
        closeAuditPages();
        for (const variant of variants) {
          if ((variant.forced || variant.zoom) && !chromium && variant.forced) continue;
          if (variant.forced) await executeServerCommand('emulate-forced-colors', { active: true });
          if (variant.zoom && chromium)
            await executeServerCommand('device-scale-factor', { factor: variant.zoom });
          const win = await auditPage(variant.width);
          const widget = await showCase(win, auditCase);
          if (variant.textSpacing) await applyTextSpacing(win, widget);
          expect(accessibleText(widget), `${variant.name}: all content still there`).to.equal(
            baseline,
          );
          expect(`${variant.name}: ${layoutProblems(win, widget).join('\n')}`).to.equal(
            `${variant.name}: `,
          );
          const chart = chartOf(widget);
          if (chart && variant.zoom && chromium) {
            // Chart.js draws for the zoomed pixels: as sharp as the text around it.
            expect(chart.canvas.width / chart.width, `${variant.name}: canvas pixels`).to.equal(
              variant.zoom,
            );
          }
          closeAuditPages();
          if (variant.forced)
            await executeServerCommand('emulate-forced-colors', { active: false });
          if (variant.zoom && chromium)
            await executeServerCommand('device-scale-factor', { factor: 1 });
        }
      });
    }
  }
});

describe('Chartability: a reader’s own styles reach the widget', function () {
  this.timeout(60000);

  // A reader's style sheet (a browser setting or an extension) styles the page: its font, size and
  // spacing are inherited into the widget; the widget's own rules must not undo them.
  const readerStyle =
    'body { font-family: serif; font-size: 20px; letter-spacing: 0.12em; word-spacing: 0.16em; }';
  for (const auditCase of casesFor(widgetTags, 'en')) {
    it(`${describeCase(auditCase)}: follows the page's font family, size and spacing`, async () => {
      const win = await auditPage(640, { pageStyle: readerStyle });
      const widget = await showCase(win, auditCase);
      const problems: string[] = [];
      // Letter and word spacing inherited from the body are its lengths: 0.12 × 20 and 0.16 × 20 px.
      const near = (value: string, want: number) => Math.abs(parseFloat(value) - want) <= 0.05;
      for (const text of shownTexts(widget)) {
        // A page's own buttons and text areas do not inherit these either (browsers reset them on
        // form controls); the HTML to copy is code, in a monospace font.
        if (text.element.closest('svg, button, textarea')) continue;
        const style = win.getComputedStyle(text.element);
        if (!/serif/.test(style.fontFamily)) problems.push(`"${text.text}": ${style.fontFamily}`);
        if (!near(style.letterSpacing, 2.4))
          problems.push(`"${text.text}": letter-spacing ${style.letterSpacing}`);
        if (!near(style.wordSpacing, 3.2))
          problems.push(`"${text.text}": word-spacing ${style.wordSpacing}`);
      }
      expect([...new Set(problems)].slice(0, 5).join('\n')).to.equal('');
      // Sizes follow the page's: the smallest text grows with it (16 px → 20 px: 12.8 → 16).
      const smallest = Math.min(...shownTexts(widget).map((text) => text.px));
      expect(smallest, 'smallest text at a 20 px page').to.be.at.least(15);
    });
  }
});
