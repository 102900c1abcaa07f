/**
 * The dialog's preview of the copy, made from the very nodes its HTML was serialized from (see
 * `BuiltCopy.story`), as the pasted story reads on a site that keeps no script (a WordPress
 * Author's post, most CMSs' defaults):
 *
 * - our widgets are unwrapped to what they hold (their fallback text and a chart's image). Left as
 *   elements they would upgrade here, in the page that registered them, and draw live widgets
 *   that such a site does not show;
 * - there is no script, canonical link or tracking image: they are not in the story's nodes, so
 *   opening the preview never counts a republication;
 * - images load lazily (`loading` is set before `src`), so nothing is fetched until the reader
 *   opens the preview and they come into view; what is fetched then, a pasted copy fetches too.
 *
 * @returns an element of `document`, to render once per copy.
 */
export function previewOf(story: Element, document: Document): Element {
  const copy = story.cloneNode(true) as Element;
  for (const element of copy.querySelectorAll('*')) {
    if (element.localName.includes('-')) element.replaceWith(...element.childNodes);
  }
  for (const image of copy.querySelectorAll('img')) {
    const src = image.getAttribute('src');
    image.removeAttribute('src');
    image.setAttribute('loading', 'lazy');
    if (src !== null) image.setAttribute('src', src);
  }
  return document.importNode(copy, true);
}
