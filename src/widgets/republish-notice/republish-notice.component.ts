import { html, nothing, type PropertyValues } from 'lit';
import { excerpt } from '../../core/messages.js';
import { WidgetElement, type WidgetErrorDetail } from '../../core/widget-element.js';
import { deedUrl, findLicense, licenses } from '../../data/republish.js';
import { readCopySettings } from './copy-settings.js';
import { DialogContent, loadDialog } from './dialog-content.js';
import { DialogController } from './dialog-controller.js';
import { renderBadge } from './license-badge.js';
import { checkedUrl, present, readStory } from './page.js';
import { storyEvent } from './republish-events.js';
import { messages, type RepublishNoticeMessages } from './republish-notice.messages.js';
import { republishNoticeStyles } from './republish-notice.styles.js';

export type { RepublishEventDetail } from './republish-events.js';

/**
 * Tells readers they may republish the story and, in a modal dialog, gives them the rules and the
 * story's HTML ready to copy: title, byline, the article body read from the page and sanitized,
 * a credit line linking the original, `<link rel="canonical">`, and the publisher's tracking image
 * when one is configured. The refuge-widgets elements in the body that the page has registered
 * stay in the copy, with the attributes they document, and one `<script type="module">` tag that
 * loads the library.
 *
 * The notice's own code is small: the dialog's content, the copy's preparation and DOMPurify load
 * the first time the dialog opens. Nothing in it needs `'unsafe-inline'`; under Trusted Types it
 * needs the `lit-html` and `dompurify` policies.
 *
 * @tagname republish-notice
 * @summary A "Republish this story" notice, with a dialog that gives the rules and the HTML to copy.
 *
 * @slot notice - Replaces the notice's statement with the publisher's own words (rich text, links
 *   allowed), e.g. `<p slot="notice">…</p>`. Other children are the no-JavaScript fallback and are
 *   hidden once the element renders.
 *
 * @csspart title - The dialog's heading; the builder names an iframe after it.
 * @csspart notice - The statement that the story may be republished.
 * @csspart license - The license line: badge, proper name and deed link (only with `license` or `license-url`).
 * @csspart badge - The license badge (an inline SVG).
 * @csspart button - The "Republish this story" button.
 * @csspart dialog - The modal dialog.
 * @csspart close-button - The dialog's close button.
 * @csspart preview - The preview of the copy (a `<details>`): the story as a site that removes scripts shows it.
 * @csspart html - The read-only text area holding the HTML to copy.
 * @csspart copy-button - The "Copy HTML" button.
 * @csspart copy-status - The live region that says the HTML was copied, or how to copy it.
 * @csspart dialog-error - The message shown in the dialog when the story's text cannot be read.
 *
 * @cssproperty --republish-notice-button - Background of the buttons. Default: `--refuge-accent`.
 * @cssproperty --republish-notice-button-text - Text colour of the buttons. Default: white (dark in a dark theme).
 *
 * @fires republish-open - When the dialog opens, once its code has loaded; `detail: { url, title }`, the title the copy is headed with.
 * @fires republish-copy - When the reader copies the HTML; `detail: { url, title }`.
 */
export class RepublishNotice extends WidgetElement {
  static override styles = [WidgetElement.styles, republishNoticeStyles];

  static override properties = {
    ...WidgetElement.properties,
    notice: { type: String },
    articleUrl: { type: String, attribute: 'article-url' },
    articleTitle: { type: String, attribute: 'article-title' },
    author: { type: String },
    publisher: { type: String },
    license: { type: String },
    licenseUrl: { type: String, attribute: 'license-url' },
    articleSelector: { type: String, attribute: 'article-selector' },
    pixelSrc: { type: String, attribute: 'pixel-src' },
    librarySrc: { type: String, attribute: 'library-src' },
  };

  /**
   * The library URL used when `library-src` is absent. The registration module sets it to the
   * `refuge-widgets.js` beside itself, which is right for the `dist/` build loaded by a script
   * tag; code that bundles the npm package sets `library-src` instead.
   */
  static defaultLibrarySrc: string | undefined;

  /** The notice's statement, as plain text, in place of ours. The `notice` slot wins over it. */
  declare notice: string | undefined;

  /**
   * The original story's URL. Default: the page's `<link rel="canonical">`, else the page's
   * address without its hash. Must be an `http:` or `https:` address: a wrong value shows an error
   * in place of the notice; a page address that is not one (`about:srcdoc`, `file:`) is explained
   * in the dialog.
   */
  declare articleUrl: string | undefined;

  /**
   * The story's title. Default: the page's `og:title`, else the article's first `<h1>` (else the
   * page's), else the page's `<title>` without the site's name (" | Site", " — Site"…).
   */
  declare articleTitle: string | undefined;

  /** The byline's author. Default: the page's `<meta name="author">`, else "Andrew Becker". */
  declare author: string | undefined;

  /** The original publisher. Default: "The Center for Investigative Reporting (Reveal)". */
  declare publisher: string | undefined;

  /**
   * The Creative Commons license the publisher uses; absent means no license is named. One of
   * `cc-by-4.0`, `cc-by-sa-4.0`, `cc-by-nd-4.0`, `cc-by-nc-4.0`, `cc-by-nc-sa-4.0`,
   * `cc-by-nc-nd-4.0`, `cc-by-nc-nd-3.0`, `cc0-1.0`.
   * @type {'cc-by-4.0' | 'cc-by-sa-4.0' | 'cc-by-nd-4.0' | 'cc-by-nc-4.0' | 'cc-by-nc-sa-4.0' | 'cc-by-nc-nd-4.0' | 'cc-by-nc-nd-3.0' | 'cc0-1.0' | undefined}
   */
  declare license: string | undefined;

  /**
   * The page of the license or of the publisher's republishing terms. With `license` it replaces
   * the link to the license's deed; without it, the notice links to it without naming a license.
   */
  declare licenseUrl: string | undefined;

  /**
   * CSS selector of the story's text on this page; its content, sanitized, is the copy's body.
   * Default: the page's first `<article>`.
   */
  declare articleSelector: string | undefined;

  /**
   * An `https:` address of the publisher's tracking image. The copy gets a 1×1 image of it with
   * the story's URL added as the `url` query parameter. Any other scheme fires `refuge-error` and
   * the copy is made without it.
   */
  declare pixelSrc: string | undefined;

  /**
   * The `https:` address of `refuge-widgets.js`, loaded by the copy when the body holds our
   * widgets. Default: the `refuge-widgets.js` beside the file that registered this element.
   */
  declare librarySrc: string | undefined;

  /** Whether this rendering is a new one for the page, not the dialog's own news. */
  #publicChange = true;

  readonly #content = new DialogContent(this, {
    locale: () => this.locale,
    settings: () => this.#copySettings().settings,
    report: (problem) => this.reportError(problem),
    copied: () => this.#emit('republish-copy'),
  });

  readonly #dialog = new DialogController(this, {
    beforeOpen: () => this.#content.show(readStory(this, this.ownerDocument)),
    opened: () => this.#emit('republish-open'),
    closed: () => this.#content.hide(),
    loadModalHold: () => loadDialog().then((dialog) => dialog.holdModal),
  });

  protected override willUpdate(changed?: PropertyValues): void {
    const locale = this.locale;
    super.willUpdate();
    // The dialog's controllers re-render the notice without changing a property: only a property
    // or the language makes a new rendering (and a new `refuge-ready`).
    this.#publicChange = !this.hasUpdated || Boolean(changed?.size) || this.locale !== locale;
  }

  protected override validate(): WidgetErrorDetail | undefined {
    const text = messages[this.locale];
    const license = present(this.license);
    if (license && !findLicense(license)) {
      return this.invalidValue(
        'license',
        this.license ?? '',
        licenses.map(({ id }) => id),
      );
    }
    const licenseUrl = present(this.licenseUrl);
    if (licenseUrl && !checkedUrl(licenseUrl, 'http')) {
      return { code: 'invalid-license-url', message: text.invalidLicenseUrl(excerpt(licenseUrl)) };
    }
    // Only a wrong attribute hides the notice. A page whose own address cannot be credited (a
    // preview in an `about:srcdoc` frame, a file on disk) still shows it; the dialog explains.
    const articleUrl = present(this.articleUrl);
    if (articleUrl && !checkedUrl(articleUrl, 'http')) {
      return { code: 'invalid-article-url', message: text.invalidArticleUrl(excerpt(articleUrl)) };
    }
    return undefined;
  }

  protected override contentRendered(): void {
    if (!this.#publicChange) return;
    // Problems that leave the notice usable: reported, and the copy is made without the part.
    for (const problem of this.#copySettings().problems) this.reportError(problem);
    this.announceReady();
  }

  protected override renderContent(): unknown {
    const text = messages[this.locale];
    return html`<div class="notice">
        <div class="statement" part="notice">
          <slot name="notice">${present(this.notice) ?? text.statement}</slot>
        </div>
        ${this.#renderLicenseLine(text)}
        <button
          type="button"
          class="open primary"
          part="button"
          aria-haspopup="dialog"
          @click=${this.#onOpenClick}
        >
          ${text.open}
        </button>
      </div>
      <dialog part="dialog" aria-labelledby="dialog-title" @close=${this.#dialog.handleClose}>
        <div class="dialog-header">
          <h2 class="dialog-title" part="title" id="dialog-title" tabindex="-1">${text.open}</h2>
          <button type="button" class="close" part="close-button" @click=${this.#onCloseClick}>
            ${text.close}
          </button>
        </div>
        ${this.#content.render()}
      </dialog>`;
  }

  #renderLicenseLine(text: RepublishNoticeMessages) {
    const license = findLicense(this.license);
    const licenseUrl = present(this.licenseUrl);
    if (!license && !licenseUrl) return nothing;
    const link = license
      ? html`<a
          href=${licenseUrl ?? deedUrl(license, this.locale)}
          rel="license noopener"
          target="_blank"
          >${renderBadge(license)}<span>${license.name}</span></a
        >`
      : html`<a href=${licenseUrl} rel="noopener" target="_blank">${text.licenseTerms}</a>`;
    return html`<p class="license" part="license">
      ${license ? html`<span>${text.licenseLabel}</span>` : nothing}${link}
    </p>`;
  }

  #onOpenClick(): void {
    void this.#dialog.open();
  }

  #onCloseClick(): void {
    this.#dialog.close();
  }

  #copySettings() {
    return readCopySettings(this, RepublishNotice.defaultLibrarySrc, this.locale);
  }

  #emit(type: 'republish-open' | 'republish-copy'): void {
    const story = this.#content.story;
    if (story) this.dispatchEvent(storyEvent(type, story));
  }
}

// Declared with the class, not in the registration module, so that the package root, which
// registers nothing, still types document.querySelector('republish-notice').
declare global {
  interface HTMLElementTagNameMap {
    'republish-notice': RepublishNotice;
  }
}
