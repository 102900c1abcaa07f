// What a filter (WordPress's kses) took out of some HTML: the elements it removed, and on the
// elements it kept, the attributes it removed or changed. Both sides are parsed by jsdom, so
// differences in quoting, entities or whitespace do not count.
import { JSDOM } from 'jsdom';

/** Each element by tag, in document order. */
function elementsByTag(html) {
  const byTag = new Map();
  for (const element of JSDOM.fragment(html).querySelectorAll('*')) {
    byTag.set(element.localName, [...(byTag.get(element.localName) ?? []), element]);
  }
  return byTag;
}

/**
 * Sorted descriptions of what `before` had and `after` lost: `<link>` for a removed element (with
 * ` ×N` when it was removed N times), `img[referrerpolicy]` for a removed attribute,
 * `a[href] changed` for one whose value differs. Elements of a tag are paired in order, so a tag
 * kept only in part is reported as removed and its attributes are not compared.
 */
export function strippedMarkup(before, after) {
  const kept = elementsByTag(after);
  const lost = [];
  for (const [tag, elements] of elementsByTag(before)) {
    const survivors = kept.get(tag) ?? [];
    if (survivors.length < elements.length) {
      const removed = elements.length - survivors.length;
      lost.push(`<${tag}>${removed > 1 ? ` ×${removed}` : ''}`);
      continue;
    }
    const attributes = new Set();
    elements.forEach((element, index) => {
      for (const { name, value } of element.attributes) {
        const survivor = survivors[index].getAttribute(name);
        if (survivor === null) attributes.add(`${tag}[${name}]`);
        else if (survivor !== value) attributes.add(`${tag}[${name}] changed`);
      }
    });
    lost.push(...attributes);
  }
  return lost.sort();
}
