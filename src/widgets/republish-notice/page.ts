// What the notice reads from the host page and how it checks the URLs it is given. Small and
// loaded with the notice: `validate()` needs it before any dialog opens.
import { defaultCredit } from '../../data/republish.js';

/** The story as read when the dialog opens. Every string is untrusted text. */
export interface Story {
  /** The original story's absolute URL. */
  url: string;
  /**
   * The headline. The notice reads only `article-title` (or nothing, ''); the dialog's module,
   * once loaded, completes it from the page (story-title.ts).
   */
  title: string;
  author: string;
  publisher: string;
  /** The page's `article:published_time`, as written; shown only when it holds a date. */
  published: string | undefined;
}

type Schemes = 'https' | 'http' | 'https-or-local';

/**
 * `value` resolved against the page as an absolute URL, if its scheme is allowed: `https` only;
 * `http` and `https`; or `https-or-local`, which also accepts `http:` on the developer's own
 * machine (localhost), the one place an insecure address is as safe as a secure one.
 */
export function checkedUrl(
  value: string,
  schemes: Schemes,
  base = document.baseURI,
): URL | undefined {
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol !== 'http:') return undefined;
  if (schemes === 'http') return url;
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return schemes === 'https-or-local' && local ? url : undefined;
}

const metaContent = (document: Document, selector: string) =>
  document.querySelector<HTMLMetaElement>(selector)?.content.trim() || undefined;

/**
 * What the host page says about the story, used where an attribute is absent: the canonical URL
 * (else the page's address without its hash), the `author` meta tag and `article:published_time`.
 * The title is the dialog's to find (story-title.ts).
 */
export function pageDefaults(document: Document) {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]');
  const location = new URL(document.location.href);
  location.hash = '';
  return {
    url: canonical?.href || location.href,
    author: metaContent(document, 'meta[name="author" i]'),
    published: metaContent(document, 'meta[property="article:published_time" i]'),
  };
}

/** `value` with its whitespace trimmed, or `undefined` when that leaves nothing. */
export const present = (value: string | null | undefined) => value?.trim() || undefined;

/** The attributes that name the story, each optional. */
interface StoryAttributes {
  articleUrl?: string | undefined;
  articleTitle?: string | undefined;
  author?: string | undefined;
  publisher?: string | undefined;
}

/** The story's details: attributes first, then what the page says, then our default credit. */
export function readStory(attributes: StoryAttributes, document: Document): Story {
  const page = pageDefaults(document);
  const url = checkedUrl(present(attributes.articleUrl) ?? page.url, 'http');
  return {
    url: url?.href ?? page.url,
    title: present(attributes.articleTitle) ?? '',
    author: present(attributes.author) ?? page.author ?? defaultCredit.author,
    publisher: present(attributes.publisher) ?? defaultCredit.publisher,
    published: page.published,
  };
}
