import { formatPartialDate, localeFromTag, type Locale } from '../../core/localize.js';
import type { PartialDate } from '../../data/types.js';
import { deedUrl, type License } from '../../data/republish.js';
import type { Story } from './page.js';
import { messages } from './republish-dialog.messages.js';
import { addChartImages, type ChartImage } from './fallback-images.js';
import { copiedWidgets } from './sanitize.js';
import { tidyBody } from './tidy-copy.js';

/** Everything the copied HTML is made of. URLs are already checked (see `checkedUrl`). */
export interface RepublishCopy extends Omit<Story, 'published'> {
  /** The dialog's language: that of the byline, the date and the credit line. */
  locale: Locale;
  /** The story's language (a BCP 47 tag from the page), when the page declares one. */
  lang?: string | undefined;
  /** From `article:published_time`, only when the page gives a date. */
  date?: StoryDate | undefined;
  license?: License | undefined;
  /** The license link; the license's deed unless the page gave `license-url`. */
  licenseUrl?: string | undefined;
  /** The sanitized article body. */
  body: DocumentFragment;
  pixelSrc?: string | undefined;
  librarySrc?: string | undefined;
  /** The images the article's live chart widgets show: each copied chart carries its own. */
  chartImages?: Map<string, ChartImage[]> | undefined;
}

/** The copy, as pasted and as read. */
export interface BuiltCopy {
  /** The HTML to paste. */
  html: string;
  /**
   * What a reader of the pasted story reads: the headline, byline, date, body and credit, in a
   * `<div>` (with the story's `lang` when known), without the canonical link, the tracking image
   * and the script. The same nodes the HTML was serialized from, in the never-displayed document.
   */
  story: HTMLDivElement;
}

/** A calendar date as given by the page, and as readers see it. */
export interface StoryDate {
  iso: PartialDate;
  text: string;
}

/**
 * A publication date for display, from the calendar date written at the start of an ISO value
 * (`2009-04-28T10:00:00-07:00` is April 28, 2009 wherever the reader is). Anything else gives no
 * date rather than a guessed one.
 */
export function storyDate(value: string | undefined, locale: Locale): StoryDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value ?? '');
  if (!match) return undefined;
  const iso = `${match[1]}-${match[2]}-${match[3]}` as PartialDate;
  const check = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== iso) return undefined;
  return { iso, text: formatPartialDate(iso, locale) };
}

/** Escapes a value for a double-quoted HTML attribute. */
function attributeValue(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/**
 * The HTML a republisher pastes into their site: title, byline, date, the sanitized body, a
 * credit line linking the original (in a `<div lang>` of the story's language when the page
 * declares one), `<link rel="canonical">`, the tracking image when there is one, and the library's
 * script when the body holds our widgets.
 *
 * Every element is built with DOM methods in a document that is never displayed (so neither the
 * tracking image nor the body's images are fetched), untrusted values go in as text or attribute
 * values, and the result is serialized by the browser.
 */
export function buildRepublishHtml(copy: RepublishCopy): BuiltCopy {
  const text = messages[copy.locale];
  const doc = document.implementation.createHTMLDocument('');
  const element = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    attributes: Record<string, string> = {},
    ...children: (Node | string)[]
  ) => {
    const node = doc.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  };

  const story: (Element | Text)[] = [];
  const add = (node: Element) => story.push(node);
  // The story keeps its language (the wrapper's `lang`, below); what we write around it is in the
  // dialog's, and says so when that is another one.
  const ours: Record<string, string> =
    copy.lang && localeFromTag(copy.lang) !== copy.locale ? { lang: copy.locale } : {};
  if (copy.title) add(element('h1', {}, copy.title));
  add(element('p', ours, text.byline(copy.author, copy.publisher)));
  if (copy.date) {
    add(element('p', ours, element('time', { datetime: copy.date.iso }, copy.date.text)));
  }

  const body = element('div');
  body.append(doc.importNode(copy.body, true));
  if (copy.chartImages) addChartImages(body, copy.chartImages);
  story.push(...tidyBody(body, copy.title));

  const credit = element(
    'p',
    ours,
    text.creditBefore,
    element('a', { href: copy.url }, copy.publisher),
    text.creditAfter,
  );
  if (copy.license) {
    credit.append(
      ' ',
      text.licenseCreditBefore,
      element(
        'a',
        { href: copy.licenseUrl ?? deedUrl(copy.license, copy.locale), rel: 'license' },
        copy.license.abbreviation,
      ),
      text.licenseCreditAfter,
    );
  }
  add(credit);

  const widgets = copiedWidgets();
  const hasWidgets = [...body.querySelectorAll('*')].some(({ localName }) =>
    widgets.has(localName),
  );
  // Serialized by the browser, a text as text: "a &lt; b" stays so, never becomes markup.
  const blocks = story.map((node) => {
    const holder = element('div');
    holder.append(node.cloneNode(true));
    return holder.innerHTML;
  });
  if (copy.lang) {
    // One wrapper, its tags on lines of their own, so the blocks stay one a line.
    blocks.unshift(`<div lang="${attributeValue(copy.lang)}">`);
    blocks.push('</div>');
  }
  const readable = element('div', copy.lang ? { lang: copy.lang } : {}, ...story);
  blocks.push(element('link', { rel: 'canonical', href: copy.url }).outerHTML);

  if (copy.pixelSrc) {
    const pixel = new URL(copy.pixelSrc);
    pixel.searchParams.set('url', copy.url);
    blocks.push(
      element('img', {
        src: pixel.href,
        width: '1',
        height: '1',
        alt: '',
        referrerpolicy: 'no-referrer-when-downgrade',
      }).outerHTML,
    );
  }

  if (hasWidgets && copy.librarySrc) {
    // Written as text: a <script> element's `src` is a Trusted Types sink, even in a document that
    // is never displayed, and this URL was checked (absolute, https:) and is escaped here.
    blocks.push(
      `<script type="module" src="${attributeValue(new URL(copy.librarySrc).href)}"></script>`,
    );
  }
  // One block a line, as an editor pastes it into a CMS's HTML view.
  return { html: blocks.join('\n'), story: readable };
}
