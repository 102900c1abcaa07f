/**
 * The email-newsletter snippet (issue 25, item 2): the graphic as email clients show it, with no
 * script, no custom element, no `<style>` or `<link>`: a presentation table of 600 px at most,
 * inline styles on every element, the chart as its PNG at an absolute address (600 px wide at
 * most, its alt text giving the figures), the title, the one-line summary, the figures as text,
 * the source line with its link, and a link to the story. Made from the widget's no-JavaScript
 * fallback (dist/fallbacks.json), which holds the image, the text and the sources already.
 */

/** What the email holds around the fallback, in the graphic's language. */
export interface NewsletterParts {
  title: string;
  /** The chart's one-line description; none for a widget whose text is its whole content. */
  summary?: string | undefined;
  story: { url: string; label: string };
}

/** Email clients keep at most 600 px of width for content. */
export const NEWSLETTER_WIDTH = 600;

const text = 'font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;';
/** Inline styles by element: email clients drop stylesheets and many inherited styles. */
const styles: Record<string, string> = {
  h2: `${text}margin:0 0 8px;font-size:20px;line-height:1.3;font-weight:bold;`,
  p: `${text}margin:0 0 12px;font-size:16px;line-height:1.5;`,
  ol: `${text}margin:0 0 12px;padding-left:24px;font-size:16px;line-height:1.5;`,
  ul: `${text}margin:0 0 12px;padding-left:24px;font-size:16px;line-height:1.5;`,
  li: `${text}margin:0 0 8px;`,
  table: 'border-collapse:collapse;width:100%;margin:0 0 12px;',
  caption: `${text}text-align:left;font-weight:bold;font-size:16px;padding:0 0 4px;`,
  th: `${text}text-align:left;font-size:14px;padding:4px 8px 4px 0;border-bottom:1px solid #cccccc;`,
  td: `${text}text-align:left;font-size:14px;padding:4px 8px 4px 0;border-bottom:1px solid #cccccc;`,
  a: 'color:#0b57a4;text-decoration:underline;',
  img: 'display:block;border:0;max-width:100%;height:auto;',
};

/** Serializing through an inert document escapes every text and attribute correctly. */
const inert = document.implementation.createHTMLDocument('');

/**
 * The email HTML for a widget whose fallback is `fallbackHtml` (its addresses already absolute:
 * `fallbackHtmlAt`), with `parts` around it.
 */
export function newsletterSnippet(fallbackHtml: string, parts: NewsletterParts): string {
  const cell = inert.createElement('td');
  cell.setAttribute('style', 'padding:0;');
  const add = (tag: string, content: string) => {
    const element = inert.createElement(tag);
    element.textContent = content;
    cell.append(element);
    return element;
  };
  add('h2', parts.title);
  if (parts.summary) add('p', parts.summary);
  const body = inert.createElement('template');
  body.innerHTML = fallbackHtml;
  cell.append(body.content);
  const story = inert.createElement('a');
  story.setAttribute('href', parts.story.url);
  story.textContent = parts.story.label;
  add('p', '').append(story);

  for (const image of cell.querySelectorAll('img')) {
    const width = Number(image.getAttribute('width')) || NEWSLETTER_WIDTH;
    const height = Number(image.getAttribute('height'));
    const shown = Math.min(width, NEWSLETTER_WIDTH);
    image.setAttribute('width', String(shown));
    if (height) image.setAttribute('height', String(Math.round((height * shown) / width)));
    image.removeAttribute('loading');
  }
  for (const element of cell.querySelectorAll('*')) {
    const style = styles[element.localName];
    if (style) element.setAttribute('style', style);
  }

  const table = inert.createElement('table');
  for (const [name, value] of Object.entries({
    role: 'presentation',
    width: String(NEWSLETTER_WIDTH),
    cellpadding: '0',
    cellspacing: '0',
    border: '0',
    style: `width:100%;max-width:${NEWSLETTER_WIDTH}px;border-collapse:collapse;`,
  })) {
    table.setAttribute(name, value);
  }
  const row = inert.createElement('tr');
  row.append(cell);
  table.append(row);
  // A line per block, for the editor who reads it before pasting.
  return table.outerHTML
    .replace(/<(h2|p|tr|td|ol|li|table|caption|thead|tbody)([ >])/g, '\n<$1$2')
    .trim();
}
