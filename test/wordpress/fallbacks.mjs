// The fallback a server render must put inside an element, picked from fallbacks.json by the
// rule the library's build documents: its language (`es` or else `en`), its theme (`dark` or else
// `light`), and any other attribute an entry lists equal to the chosen value or the default.

/** The entry's HTML for `tag` with `attributes`, the library's address in place of `{{base}}`. */
export function expectedFallback({ fallbacks, widgets }, tag, attributes, base) {
  const widget = widgets.find((candidate) => candidate.tag === tag);
  const wanted = {
    lang: attributes.lang === 'es' ? 'es' : 'en',
    theme: attributes.theme === 'dark' ? 'dark' : 'light',
  };
  const entry = fallbacks[tag].find((candidate) =>
    Object.entries(candidate.attributes).every(
      ([name, value]) =>
        value ===
        (wanted[name] ??
          attributes[name] ??
          widget.attributes.find((attribute) => attribute.name === name)?.default),
    ),
  );
  if (!entry)
    throw new Error(`fallbacks.json has no entry for <${tag}> ${JSON.stringify(attributes)}`);
  return entry.html.replaceAll('{{base}}', base);
}
