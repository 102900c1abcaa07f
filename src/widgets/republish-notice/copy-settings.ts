import type { Locale } from '../../core/localize.js';
import { excerpt } from '../../core/messages.js';
import type { WidgetErrorDetail } from '../../core/widget-element.js';
import { findLicense, type License } from '../../data/republish.js';
import { checkedUrl, present } from './page.js';
import { messages } from './republish-notice.messages.js';

/** The notice's settings for the copy, read each time one is prepared. URLs are already checked. */
export interface CopySettings {
  /** `article-selector`, if given; otherwise the page's first `<article>`. */
  selector: string | undefined;
  license: License | undefined;
  licenseUrl: string | undefined;
  pixelSrc: string | undefined;
  librarySrc: string | undefined;
}

/** The notice's attributes that the copy is made with. */
interface CopyAttributes {
  articleSelector?: string | undefined;
  license?: string | undefined;
  licenseUrl?: string | undefined;
  pixelSrc?: string | undefined;
  librarySrc?: string | undefined;
}

/**
 * What the copy is made with, and the problems found in the attributes that the copy does without
 * (they leave the notice usable): a tracking image or a library address that is not `https:`.
 * `library-src` defaults to `defaultLibrarySrc`.
 */
export function readCopySettings(
  attributes: CopyAttributes,
  defaultLibrarySrc: string | undefined,
  locale: Locale,
): { settings: CopySettings; problems: WidgetErrorDetail[] } {
  const text = messages[locale];
  const license = findLicense(attributes.license);
  const pixelSrc = present(attributes.pixelSrc);
  const pixelUrl = pixelSrc ? checkedUrl(pixelSrc, 'https') : undefined;
  const librarySrc = present(attributes.librarySrc);
  const library = librarySrc ?? defaultLibrarySrc;
  const libraryUrl = library ? checkedUrl(library, 'https-or-local') : undefined;
  const problems: WidgetErrorDetail[] = [];
  if (pixelSrc && !pixelUrl) {
    problems.push({ code: 'invalid-pixel-src', message: text.invalidPixelSrc(excerpt(pixelSrc)) });
  }
  if (librarySrc && !libraryUrl) {
    const message = text.invalidLibrarySrc(excerpt(librarySrc));
    problems.push({ code: 'invalid-library-src', message });
  }
  return {
    settings: {
      selector: present(attributes.articleSelector),
      license,
      licenseUrl: license ? present(attributes.licenseUrl) : undefined,
      pixelSrc: pixelUrl?.href,
      librarySrc: libraryUrl?.href,
    },
    problems,
  };
}
