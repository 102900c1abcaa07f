/**
 * The copied body as an editor wants to paste it: whitespace as a browser shows it (runs of
 * spaces, newlines and the page's indentation become one space; `<pre>` is kept as written), no
 * empty paragraphs, no first heading that repeats the headline above it (wherever it is), and one top-level block
 * per line. Works on the copy in its never-displayed document (see republish-html.ts).
 * @returns the body's top-level nodes, each to be one line of HTML: elements, and texts trimmed.
 */
export function tidyBody(body: Element, headline: string): (Element | Text)[] {
  collapseWhitespace(body);
  for (const paragraph of body.querySelectorAll('p')) {
    const empty = !paragraph.textContent?.trim() && !paragraph.querySelector(':not(br)');
    if (empty) paragraph.remove();
  }
  // The body's first heading, even after a kicker or a photo: a page's own headline, when the
  // copy's <h1> above already says it.
  const first = body.querySelector('h1, h2, h3, h4, h5, h6');
  if (first && sameText(first.textContent, headline)) first.remove();
  return [...body.childNodes].flatMap((node): (Element | Text)[] => {
    if (node instanceof Element) return [node];
    if (!(node instanceof Text)) return [];
    node.data = node.data.trim();
    return node.data ? [node] : [];
  });
}

const sameText = (a: string | null, b: string) =>
  (a ?? '').replace(/\s+/g, ' ').trim().toLowerCase() ===
  b.replace(/\s+/g, ' ').trim().toLowerCase();

/** What CSS `display` blocks an article's HTML uses: their edges need no space next to them. */
const blocks = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'figure',
  'figcaption',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'hr',
  'pre',
  'div',
]);

/**
 * Collapses each run of whitespace to one space, and drops it next to a block's edge (the start or
 * end of a block, or a neighbouring block or widget), where a browser would not show it either.
 */
function collapseWhitespace(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  const blockEdge = (node: Node | null) =>
    !node ||
    (node instanceof Element && (blocks.has(node.localName) || node.localName.includes('-')));
  for (const text of texts) {
    if (text.parentElement?.closest('pre')) continue;
    let value = text.data.replace(/\s+/g, ' ');
    if (blockEdge(text.previousSibling)) value = value.trimStart();
    if (blockEdge(text.nextSibling)) value = value.trimEnd();
    if (value) text.data = value;
    else text.remove();
  }
}
