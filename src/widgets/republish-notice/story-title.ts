// The story's headline, read from the page when the dialog opens. Loaded with the dialog, not with
// the notice: the notice's own bytes are budgeted (README, Performance), and nothing shows the
// title before the dialog's content does.

/** What sits between a page's title and its site's name: "Story | Site", "Story — Site"… */
const separators = [' | ', ' — ', ' – ', ' - '];

/** `value` with its whitespace collapsed, or `undefined` when that leaves nothing. */
const text = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim() || undefined;

/**
 * The element the copy reads the story's body from: `selector`'s first match, else the page's
 * first `<article>`; `null` when there is none or the selector is not valid CSS (the copy says
 * which, see prepareCopy).
 */
export function findArticle(document: Document, selector: string | undefined): Element | null {
  try {
    return document.querySelector(selector ?? 'article');
  } catch {
    return null;
  }
}

/**
 * The story's headline: `given` (the `article-title` attribute), else the page's `og:title`, else
 * the first `<h1>` of the article (else of the page), else the document's title without the site's
 * name. One headline for the dialog, the copy and the events.
 */
export function storyTitle(
  given: string | undefined,
  document: Document,
  article: Element | null,
): string {
  const meta = (selector: string) =>
    text(document.querySelector<HTMLMetaElement>(`meta[${selector} i]`)?.content);
  const heading = article?.querySelector('h1') ?? document.querySelector('h1');
  return (
    text(given) ??
    meta('property="og:title"') ??
    text(heading?.textContent) ??
    withoutSiteName(text(document.title) ?? '', [
      meta('property="og:site_name"'),
      meta('name="application-name"'),
    ])
  );
}

/**
 * A document title without its site's name: the suffix " | Site" (or " — ", " – ", " - ") whose
 * name is one the page gives (`og:site_name`, `application-name`); when none matches, the last
 * such segment, as most sites put their name last. A title with no separator, or nothing before
 * the site's name, is kept whole.
 */
export function withoutSiteName(title: string, siteNames: (string | undefined)[]): string {
  for (const name of siteNames) {
    for (const separator of separators) {
      const suffix = `${separator}${name}`.toLowerCase();
      const rest = title.slice(0, -suffix.length);
      if (name && rest && title.toLowerCase().endsWith(suffix)) return rest;
    }
  }
  const cut = Math.max(...separators.map((separator) => title.lastIndexOf(separator)));
  return cut > 0 ? title.slice(0, cut) : title;
}
