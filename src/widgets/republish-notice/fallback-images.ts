import { CHART_IMAGE_WIDTH } from '../../core/chart/image-width.js';

/** A chart's image, as the live widget on the page offers it for download. */
export interface ChartImage {
  src: string;
  alt: string;
}

/**
 * The image each chart widget of the live article offers ("Download the image", `part=
 * "download-image"`): the build's PNG of the chart in the language and colours it is shown in,
 * from the library the page loads, with the chart's text summary (its canvas label) as alt text.
 * By tag, in document order. Nothing is fetched.
 */
export function liveChartImages(article: Element): Map<string, ChartImage[]> {
  const images = new Map<string, ChartImage[]>();
  for (const element of article.querySelectorAll('*')) {
    const root = element.shadowRoot;
    const link = root?.querySelector<HTMLAnchorElement>('[part~="download-image"]');
    if (!link) continue;
    const alt = root!.querySelector('canvas')?.getAttribute('aria-label') ?? '';
    images.set(element.localName, [
      ...(images.get(element.localName) ?? []),
      { src: link.href, alt },
    ]);
  }
  return images;
}

/**
 * Gives each chart widget of the copied body its chart image, before its own fallback text and
 * unless it has an image already, so a partner whose CMS strips scripts still shows the chart.
 * Widgets are matched to the live ones by tag and order; a tag whose count differs (the sanitizer
 * dropped one) gets none rather than a wrong image. Call it on the copy in its never-displayed
 * document (see republish-html.ts), so the images are not fetched here.
 */
export function addChartImages(body: ParentNode, images: Map<string, ChartImage[]>): void {
  for (const [tag, live] of images) {
    const copied = [...body.querySelectorAll(tag)];
    if (copied.length !== live.length) continue;
    copied.forEach((widget, index) => {
      const image = live[index]!;
      if (widget.querySelector('img')) return;
      const doc = widget.ownerDocument;
      const paragraph = doc.createElement('p');
      const img = doc.createElement('img');
      img.setAttribute('src', image.src);
      img.setAttribute('alt', image.alt);
      // Its size as drawn, not its PNG's (twice as wide): a page without styles shows it so. No
      // height: it varies with the chart's text, and the image's own ratio gives it.
      img.setAttribute('width', String(CHART_IMAGE_WIDTH));
      paragraph.append(img);
      widget.prepend(paragraph);
    });
  }
}
