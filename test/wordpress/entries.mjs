// The entry a server render must put inside an element, picked from one of the build's files
// (fallbacks.json, prerendered.json) by the rule the library's build documents: its language (`es`
// or else `en`), its theme (`dark` or else `light`), and any other attribute an entry lists equal
// to the chosen value or the default, '' for one without a default (the notice's license).
import { JSDOM } from 'jsdom';

/**
 * The HTML of the entry of `entries` (one of the plugin's files, read) for `tag` with
 * `attributes`, the library's address in place of `{{base}}`.
 */
export function expectedEntry(entries, widgets, tag, attributes, base) {
  const widget = widgets.find((candidate) => candidate.tag === tag);
  const wanted = {
    lang: attributes.lang === 'es' ? 'es' : 'en',
    theme: attributes.theme === 'dark' ? 'dark' : 'light',
  };
  const entry = entries[tag].find((candidate) =>
    Object.entries(candidate.attributes).every(
      ([name, value]) =>
        value ===
        (wanted[name] ??
          attributes[name] ??
          widget.attributes.find((attribute) => attribute.name === name)?.default ??
          ''),
    ),
  );
  if (!entry) throw new Error(`no entry for <${tag}> ${JSON.stringify(attributes)}`);
  return entry.html.replaceAll('{{base}}', base);
}

/**
 * `html` as jsdom serializes it, for comparing what a page or a feed holds with an entry: without
 * the attributes WordPress adds to every image in a post's content (ours has `loading` of its own).
 */
export function comparableHtml(html) {
  const fragment = JSDOM.fragment(html);
  for (const image of fragment.querySelectorAll('img')) {
    image.removeAttribute('loading');
    image.removeAttribute('decoding');
  }
  const container = JSDOM.fragment('<div></div>').firstChild;
  container.append(fragment);
  return container.innerHTML.trim();
}
