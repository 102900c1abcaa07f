import { computeAccessibleName } from 'dom-accessibility-api';

/**
 * What is rendered inside `element`, in order: the nodes slotted into a `<slot>`, a shadow host's
 * shadow root, or else its children. Walking this visits the page as it is drawn.
 */
export function composedChildren(element: Element): readonly Node[] {
  if (element.localName === 'slot')
    return (element as HTMLSlotElement).assignedNodes({ flatten: true });
  return element.shadowRoot ? [element.shadowRoot] : [...element.childNodes];
}

/**
 * The text a screen reader gets from a rendered widget, in document order, in any engine: its
 * shadow tree's text and what is slotted into it, without what is hidden from assistive technology
 * (`aria-hidden`, `hidden`, `display: none`, `visibility: hidden`), images and other `role="img"`
 * elements by their accessible names. Whitespace folded. Nodes may belong to another window (an
 * iframe): they are told apart by `nodeType`, not `instanceof`.
 */
export function accessibleText(widget: Element): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
      node.childNodes.forEach(visit);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (['style', 'script', 'template', 'link'].includes(element.localName)) return;
    if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden')) return;
    const style = element.ownerDocument.defaultView!.getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden') return;
    parts.push(' ');
    if (element.getAttribute('role') === 'img' || element.localName === 'img') {
      parts.push(computeAccessibleName(element));
    } else {
      composedChildren(element).forEach(visit);
    }
    parts.push(' ');
  };
  visit(widget.shadowRoot ?? widget);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Every number in `text` as written (`3,000`, `2.4`, `1.200`): the figures a reader is given. */
export const figuresIn = (text: string): string[] =>
  text.match(/\d+(?:[.,\u00a0\u202f]\d+)*/g) ?? [];
