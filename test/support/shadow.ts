/** A node's text, whitespace folded, as a reader (or screen reader) gets it. */
export function foldedText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The widget's rendered text: its shadow root's, whitespace folded. */
export function shadowText(element: Element): string {
  return foldedText(element.shadowRoot);
}
