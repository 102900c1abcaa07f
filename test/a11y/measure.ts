/**
 * Measurements for the Chartability audit (docs/chartability-audit.md, issue #24): each widget in
 * a page of its own, at a phone's width, with what a reader sees read back from the browser — the
 * size and colours of every piece of text, its marks, and what Chart.js writes on its canvas.
 */
import { composedChildren } from '../support/accessible-text.js';
import { contrast, rgb } from '../support/colour.js';
import { frame } from '../support/frames.js';
import { nextEvent, waitFor } from '../support/wait.js';

/** One widget's state to audit: its tag, its attributes, and what to do once it has rendered. */
export interface Case {
  tag: string;
  attributes: Record<string, string>;
  /** Opens the republish dialog once the notice has rendered. */
  openDialog?: boolean;
}

/** Every state a reader can see, per widget and language: both metrics, the dialog, a license. */
export function casesFor(tags: readonly string[], lang: 'en' | 'es'): Case[] {
  return tags.flatMap((tag): Case[] => {
    if (tag === 'asylum-stat')
      return ['court-grants', 'port-requests'].map((metric) => ({
        tag,
        attributes: { lang, metric },
      }));
    if (tag === 'republish-notice')
      return [
        { tag, attributes: { lang } },
        {
          tag,
          attributes: {
            lang,
            license: 'cc-by-nd-4.0',
            'article-url': 'https://news.example.org/2009/04/refuge/',
          },
          openDialog: true,
        },
      ];
    return [{ tag, attributes: { lang, 'show-table': '' } }];
  });
}

export const describeCase = ({ tag, attributes, openDialog }: Case): string =>
  `<${tag}${Object.entries(attributes)
    .map(([name, value]) => ` ${name}${value ? `="${value}"` : ''}`)
    .join('')}>${openDialog ? ' (dialog open)' : ''}`;

/** What Chart.js (and our value labels) wrote on a canvas: each text, its font size and colour. */
export interface CanvasText {
  text: string;
  px: number;
  colour: string;
}

export type AuditWindow = Window &
  typeof globalThis & { __canvasTexts: CanvasText[]; __pageStyle?: HTMLStyleElement };

/**
 * A page `width` px wide holding an article, our scripts from the sources (the build serves the
 * same code), and `fillText` recorded on every canvas: the sizes Chart.js really draws at.
 */
export async function auditPage(
  width: number,
  { pageStyle = '', htmlLang = 'en', stylesheet = '', script: withScript = true } = {},
): Promise<AuditWindow> {
  const iframe = await frame(
    {
      srcdoc: `<!doctype html><html lang="${htmlLang}"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Audit</title>${stylesheet ? `<link rel="stylesheet" href="${stylesheet}">` : ''}
        <style>body { margin: 0; font: 16px/1.5 sans-serif; } main { padding: 0 8px; } ${pageStyle}</style>
        </head><body><main><article><h1>A story</h1><p>The story's first paragraph.</p></article>
        <div id="story"></div></main></body></html>`,
    },
    { width: `${width}px`, height: '1000px', className: 'audit-page' },
  );
  const win = iframe.contentWindow as AuditWindow;
  win.__canvasTexts = [];
  const proto = win.CanvasRenderingContext2D.prototype;
  const fillText = proto.fillText;
  proto.fillText = function (this: CanvasRenderingContext2D, text: string, ...rest: number[]) {
    // The context's transform scales CSS pixels to the canvas's device pixels: the font is in CSS px.
    const px = Number(/(\d+(?:\.\d+)?)px/.exec(this.font)?.[1] ?? NaN);
    win.__canvasTexts.push({ text, px, colour: String(this.fillStyle) });
    return fillText.call(this, text, rest[0]!, rest[1]!, rest[2]);
  } as typeof proto.fillText;
  if (!withScript) return win;
  const script = win.document.createElement('script');
  script.type = 'module';
  script.src = '/src/refuge-widgets.ts';
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
  win.document.head.append(script);
  await loaded;
  return win;
}

export function closeAuditPages(): void {
  document.querySelectorAll('iframe.audit-page').forEach((node) => node.remove());
}

/** Adds the case's widget to the page and waits for it to have rendered (a chart: drawn). */
export async function showCase(win: AuditWindow, auditCase: Case): Promise<HTMLElement> {
  const element = win.document.createElement(auditCase.tag);
  for (const [name, value] of Object.entries(auditCase.attributes))
    element.setAttribute(name, value);
  const ready = nextEvent(element, ['refuge-ready', 'refuge-error'], 15000);
  win.document.getElementById('story')!.append(element);
  await ready;
  if (auditCase.openDialog) {
    const root = element.shadowRoot!;
    root.querySelector<HTMLElement>('[part~="button"]')!.click();
    await waitFor(
      () => root.querySelector('[part~="html"], [part~="dialog-error"]'),
      'the dialog content',
    );
    await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  }
  await frames2(win);
  return element;
}

const frames2 = (win: Window) =>
  new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));

/** One piece of text a reader sees: where it is, how big it is drawn, its colours. */
export interface ShownText {
  text: string;
  /** The text node (a textarea's value: the textarea). */
  node: Node;
  /** The element that styles it (the text node's parent). */
  element: Element;
  /** Font size as drawn, in CSS px (an SVG text's size times the scale its SVG is drawn at). */
  px: number;
  bold: boolean;
  colour: number[];
  background: number[];
}

/** The parent in the flat tree: the slot a node is assigned to, or a shadow root's host. */
function flatParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode() as ShadowRoot;
  return root.host ?? null;
}

/** `top` over `bottom`, both [r, g, b, alpha 0–1]: the colour a reader sees. */
function over(top: number[], bottom: number[]): number[] {
  const alpha = top[3] ?? 1;
  return [0, 1, 2].map((i) => top[i]! * alpha + bottom[i]! * (1 - alpha)).concat(1);
}

/**
 * The colour behind `element`: its own background or its nearest painted ancestor's in the flat
 * tree, composed over the page's canvas colour (`Canvas` of the page's scheme).
 */
export function backgroundOf(element: Element): number[] {
  const win = element.ownerDocument.defaultView!;
  const layers: number[][] = [];
  for (let node: Element | null = element; node; node = flatParent(node)) {
    const colour = rgb(win.getComputedStyle(node).backgroundColor);
    if (colour[3]! > 0) layers.push(colour);
    if (colour[3] === 1) break;
  }
  let colour = canvasColour(win);
  for (const layer of layers.reverse()) colour = over(layer, colour);
  return colour;
}

/** The page's own `Canvas` colour (white in light, the dark surface in dark, the system's when forced). */
export function canvasColour(win: Window): number[] {
  const probe = win.document.createElement('span');
  probe.style.cssText = 'color: Canvas';
  win.document.body.append(probe);
  const colour = rgb(win.getComputedStyle(probe).color);
  probe.remove();
  return colour;
}

/** Is `element` hidden from sight (not laid out, invisible, or the visually-hidden pattern)? */
function unseen(element: Element): boolean {
  const win = element.ownerDocument.defaultView!;
  // Also catches the content of a closed <details>, which engines skip without display: none.
  if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return true;
  for (let node: Element | null = element; node; node = flatParent(node)) {
    const style = win.getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0')
      return true;
    if (node.classList.contains('visually-hidden') || node.classList.contains('swatches'))
      return true;
    if (node.localName === 'dialog' && !(node as HTMLDialogElement).open) return true;
  }
  return false;
}

/**
 * Every piece of text `widget` shows on screen: an upgraded widget's shadow tree, slotted content
 * and dialog; a widget not upgraded (no JavaScript), its prerendered light DOM.
 */
export function shownTexts(widget: Element): ShownText[] {
  const win = widget.ownerDocument.defaultView!;
  const texts: ShownText[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      const parent = node.parentElement;
      if (!text || !parent || unseen(parent)) return;
      const range = win.document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return;
      const style = win.getComputedStyle(parent);
      let px = parseFloat(style.fontSize);
      const svg = (parent as unknown as Partial<SVGGraphicsElement>).getScreenCTM?.();
      // An SVG's text is drawn at its font size times the scale of its user space.
      if (svg) px *= Math.hypot(svg.a, svg.b);
      texts.push({
        text,
        node,
        element: parent,
        px,
        bold: Number(style.fontWeight) >= 700,
        colour: rgb(svg ? style.fill : style.color),
        background: backgroundOf(parent),
      });
      return;
    }
    if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
      node.childNodes.forEach(visit);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (['style', 'script', 'template', 'textarea'].includes(element.localName)) return;
    composedChildren(element).forEach(visit);
  };
  if (!widget.shadowRoot) {
    widget.childNodes.forEach(visit);
    return texts;
  }
  visit(widget.shadowRoot);
  // The HTML to copy is text a reader reads too: a <textarea>'s own value, in its own font.
  for (const area of widget.shadowRoot!.querySelectorAll('textarea')) {
    if (unseen(area)) continue;
    const style = win.getComputedStyle(area);
    texts.push({
      text: area.value.slice(0, 40),
      node: area,
      element: area,
      px: parseFloat(style.fontSize),
      bold: false,
      colour: rgb(style.color),
      background: backgroundOf(area),
    });
  }
  return texts;
}

/** WCAG 1.4.3: large text (24 px, or 18.66 px bold) needs 3:1, other text 4.5:1. */
export const requiredContrast = ({ px, bold }: Pick<ShownText, 'px' | 'bold'>): number =>
  px >= 24 || (bold && px >= 18.66) ? 3 : 4.5;

export const ratio = (one: number[], two: number[]): number =>
  Math.round(contrast(one, two) * 100) / 100;

/** A CSS colour string (any syntax the engine resolves) as [r, g, b, a] in `win`. */
export function resolveColour(win: Window, colour: string): number[] {
  const probe = win.document.createElement('span');
  // Not repainted by forced colours: the colour itself, not the system's text colour.
  probe.style.forcedColorAdjust = 'none';
  probe.style.color = colour;
  win.document.body.append(probe);
  const value = rgb(win.getComputedStyle(probe).color);
  probe.remove();
  return value;
}

/** A short name for an element in messages: `<p class="source">`. */
export const nameOf = (element: Element): string =>
  `<${element.localName}${element.getAttribute('class') ? ` class="${element.getAttribute('class')}"` : ''}>`;
