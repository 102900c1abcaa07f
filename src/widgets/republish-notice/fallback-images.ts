import { pickFallback, type Fallbacks } from '../../core/fallback/fallbacks.js';

/**
 * Gives each chart widget of the copied body its chart image, if its fallback has none yet, so a
 * partner whose CMS strips scripts still shows the chart: the image of the widget's language and
 * theme, as listed in the library's fallbacks.json, with its width, height and alt text, before
 * the widget's own fallback text. Call it on the copy in its never-displayed document (see
 * republish-html.ts), so the images are not fetched here.
 */
export function addChartImages(
  body: ParentNode,
  fallbacks: Fallbacks,
  librarySrc: string,
  pageLang: string,
): void {
  for (const [tag, entries] of Object.entries(fallbacks)) {
    for (const widget of body.querySelectorAll(tag)) {
      if (widget.querySelector('img')) continue;
      const attribute = (name: string) => widget.getAttribute(name) ?? undefined;
      const wanted = Object.fromEntries(
        Object.keys(entries[0]?.attributes ?? {}).map((name) => [name, attribute(name)]),
      );
      const image = pickFallback(entries, {
        ...wanted,
        lang: attribute('lang') || widget.closest('[lang]')?.getAttribute('lang') || pageLang,
      })?.image;
      if (!image) continue;
      const doc = widget.ownerDocument;
      const paragraph = doc.createElement('p');
      const img = doc.createElement('img');
      img.setAttribute('src', new URL(image.png, librarySrc).href);
      img.setAttribute('width', String(image.width));
      img.setAttribute('height', String(image.height));
      img.setAttribute('alt', image.alt);
      paragraph.append(img);
      widget.prepend(paragraph);
    }
  }
}

/**
 * The fallbacks.json beside `librarySrc`; undefined without it (an old or a bundled library): the
 * copy then goes as it is.
 */
export async function readFallbacks(
  librarySrc: string | undefined,
): Promise<Fallbacks | undefined> {
  if (!librarySrc) return undefined;
  try {
    // A library host that does not answer must not hold the copy up for long.
    const response = await fetch(new URL('fallbacks.json', librarySrc), {
      signal: AbortSignal.timeout(5000),
    });
    return response.ok ? ((await response.json()) as Fallbacks) : undefined;
  } catch {
    return undefined;
  }
}
