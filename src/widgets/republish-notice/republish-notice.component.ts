import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { excerpt } from '../../core/messages.js';
import { WidgetElement, type WidgetErrorDetail } from '../../core/widget-element.js';
import { defaultCredit, findLicense, licenses, type License } from '../../data/republish.js';
import { checkedUrl, pageDefaults, type Story } from './page.js';
import type * as dialogModuleTypes from './republish-dialog.js';
import type { CopyFeedback, Preparation } from './republish-dialog.js';
import { messages, type RepublishNoticeMessages } from './republish-notice.messages.js';
import { republishNoticeStyles } from './republish-notice.styles.js';
import { lockPageScroll, unlockPageScroll } from './scroll-lock.js';

/** The detail of `republish-open` and `republish-copy`. */
export interface RepublishEventDetail {
  /** The original story's absolute URL. */
  url: string;
  title: string;
}

/** The page URL hash that opens the dialog, so a link elsewhere can point straight at it. */
const OPEN_HASH = '#republish';

type DialogModule = typeof dialogModuleTypes;

let dialogModule: Promise<DialogModule> | undefined;
/**
 * The dialog's content, the copy builder and DOMPurify: loaded the first time a dialog opens. A
 * failed import (a network error) is not remembered, so the next opening tries again.
 */
function loadDialog(): Promise<DialogModule> {
  dialogModule ??= importDialog().catch((error: unknown) => {
    dialogModule = undefined;
    throw error;
  });
  return dialogModule;
}
// A bare `import()` in its own function: Vite wraps it in its preload helper, which the build
// then removes (vite.config.ts, `withoutPreloadHelper`) only in this simple form.
const importDialog = () => import('./republish-dialog.js');

/** Internal state: changing it re-renders but is not a new rendering of the widget. */
const internalState = new Set<PropertyKey>(['story', 'preparation', 'feedback', 'dialogParts']);

/** Every connected notice, in the order it connected: the first one answers `#republish`. */
const notices = new Set<RepublishNotice>();

/** `value` with its whitespace trimmed, or `undefined` when that leaves nothing. */
const present = (value: string | null | undefined) => value?.trim() || undefined;

/**
 * Tells readers they may republish the story and, in a modal dialog, gives them the rules and the
 * story's HTML ready to copy: title, byline, the article body read from the page and sanitized,
 * a credit line linking the original, `<link rel="canonical">`, and the publisher's tracking image
 * when one is configured. refuge-widgets elements in the body stay in the copy, with one
 * `<script type="module">` tag that loads the library.
 *
 * The notice's own code is small: DOMPurify is loaded the first time the dialog opens. Nothing in
 * it needs `'unsafe-inline'`; under Trusted Types it needs the `lit-html` and `dompurify` policies.
 *
 * @tagname republish-notice
 * @summary A "Republish this story" notice, with a dialog that gives the rules and the HTML to copy.
 *
 * @slot notice - Replaces the notice's statement with the publisher's own words (rich text, links
 *   allowed), e.g. `<p slot="notice">…</p>`. Other children are the no-JavaScript fallback and are
 *   hidden once the element renders.
 *
 * @csspart notice - The statement that the story may be republished.
 * @csspart license - The license line: badge, proper name and deed link (only with `license` or `license-url`).
 * @csspart badge - The license badge (an inline SVG).
 * @csspart button - The "Republish this story" button.
 * @csspart dialog - The modal dialog.
 * @csspart close-button - The dialog's close button.
 * @csspart html - The read-only text area holding the HTML to copy.
 * @csspart copy-button - The "Copy HTML" button.
 * @csspart copy-status - The live region that says the HTML was copied, or how to copy it.
 * @csspart dialog-error - The message shown in the dialog when the story's text cannot be read.
 *
 * @cssproperty --republish-notice-button - Background of the buttons. Default: `--refuge-accent`.
 * @cssproperty --republish-notice-button-text - Text colour of the buttons. Default: white (dark in a dark theme).
 *
 * @fires republish-open - When the dialog opens; `detail: { url, title }`.
 * @fires republish-copy - When the reader copies the HTML; `detail: { url, title }`.
 */
export class RepublishNotice extends WidgetElement {
  static override styles = [WidgetElement.styles, republishNoticeStyles];

  // Internal state says `attribute: false` as well: the manifest analyzer (and the builder and
  // embed page that read it) would otherwise list it among the attributes.
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
    story: { state: true, attribute: false },
    preparation: { state: true, attribute: false },
    feedback: { state: true, attribute: false },
    dialogParts: { state: true, attribute: false },
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

  /** The story's title. Default: the page's `og:title`, else its `<title>`. */
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

  // Internal state, kept out of the manifest (and so out of the builder and the embed page).
  /** @internal */
  declare private story: Story | undefined;
  /** @internal */
  declare private preparation: Preparation;
  /** @internal */
  declare private feedback: CopyFeedback;
  /** The dialog's module, once loaded. @internal */
  declare private dialogParts: DialogModule | undefined;

  #publicChange = true;
  #preparations = 0;
  #adoptedDialogStyles = false;
  #preparedLocale: string | undefined;
  #holdsScrollLock = false;
  #reported = new Set<string>();

  constructor() {
    super();
    this.preparation = { status: 'loading' };
    this.feedback = 'none';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    notices.add(this);
    window.addEventListener('hashchange', this.#onHashChange);
    // After the first render, so the dialog exists; a no-op when the page has no #republish.
    void this.updateComplete.then(this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    notices.delete(this);
    window.removeEventListener('hashchange', this.#onHashChange);
    // The `close` event would come too late (or never) for an element that left the page.
    if (this.#dialog?.open) this.#dialog.close();
    this.#releaseScrollLock();
  }

  protected override willUpdate(changed?: PropertyValues): void {
    super.willUpdate();
    const keys = [...(changed?.keys() ?? [])];
    this.#publicChange =
      !this.hasUpdated || keys.length === 0 || keys.some((key) => !internalState.has(key));
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

  protected override updated(): void {
    super.updated();
    // A configuration error replaces the dialog: nothing is open any more.
    if (!this.#dialog?.open) this.#releaseScrollLock();
  }

  protected override contentRendered(): void {
    if (this.#dialog?.open && this.#preparedLocale !== this.locale) void this.#prepareCopy();
    if (!this.#publicChange) return;
    // Problems that leave the notice usable: reported, and the copy is made without the part.
    const text = messages[this.locale];
    const pixelSrc = present(this.pixelSrc);
    if (pixelSrc && !this.#pixelUrl) {
      this.#report({ code: 'invalid-pixel-src', message: text.invalidPixelSrc(excerpt(pixelSrc)) });
    }
    const librarySrc = present(this.librarySrc);
    if (librarySrc && !this.#libraryUrl) {
      this.#report({
        code: 'invalid-library-src',
        message: text.invalidLibrarySrc(excerpt(librarySrc)),
      });
    }
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
      <dialog
        part="dialog"
        aria-labelledby="dialog-title"
        @close=${this.#onDialogClose}
        @keydown=${this.#onDialogKeydown}
      >
        <div class="dialog-header">
          <h2 class="dialog-title" id="dialog-title" tabindex="-1">${text.open}</h2>
          <button type="button" class="close" part="close-button" @click=${this.#onCloseClick}>
            ${text.close}
          </button>
        </div>
        ${this.story ? this.#renderDialogBody(this.story, text) : nothing}
      </dialog>`;
  }

  #renderLicenseLine(text: RepublishNoticeMessages) {
    const license = findLicense(this.license);
    const licenseUrl = present(this.licenseUrl);
    if (!license && !licenseUrl) return nothing;
    const link = license
      ? html`<a href=${licenseUrl ?? license.deedUrl} rel="license noopener" target="_blank"
          >${renderBadge(license)}<span>${license.name}</span></a
        >`
      : html`<a href=${licenseUrl} rel="noopener" target="_blank">${text.licenseTerms}</a>`;
    return html`<p class="license" part="license">
      ${license ? html`<span>${text.licenseLabel}</span>` : nothing}${link}
    </p>`;
  }

  /** Below the dialog's heading: the dialog's own content once loaded, else where it stands. */
  #renderDialogBody(story: Story, text: RepublishNoticeMessages) {
    const preparation = this.preparation;
    if (preparation.status === 'failed') {
      return html`<p class="error dialog-error" role="alert" part="dialog-error">
        <strong>${text.copyUnavailable}</strong> ${preparation.message}
      </p>`;
    }
    if (preparation.status === 'loading' || !this.dialogParts) {
      return html`<p class="preparing" role="status">${text.preparing}</p>`;
    }
    const license = findLicense(this.license);
    return this.dialogParts.renderDialogBody({
      locale: this.locale,
      story,
      license,
      licenseUrl: license ? present(this.licenseUrl) : undefined,
      hasPixel: this.#pixelUrl !== undefined,
      preparation,
      feedback: this.feedback,
      onCopyClick: () => void this.#copy(),
      onTextareaCopy: () => this.#emit('republish-copy'),
    });
  }

  #onOpenClick(): void {
    void this.#open();
  }

  #onCloseClick(): void {
    this.#dialog?.close();
  }

  /** The dialog closed: by its button, by Escape, or by script. */
  #onDialogClose(): void {
    this.#releaseScrollLock();
    this.feedback = 'none';
    if (location.hash === OPEN_HASH) {
      // Otherwise the same link could not open it again, and a reload would reopen it.
      const url = new URL(location.href);
      url.hash = '';
      history.replaceState(history.state, '', url.href);
    }
    this.#openButton?.focus();
  }

  /**
   * Keeps Tab inside the dialog. A modal dialog makes the page inert, but from its last control
   * Chromium moves focus on to the browser's own toolbar; from there the reader would have to find
   * the way back. Here focus wraps from last to first control and back.
   */
  #onDialogKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const dialog = this.#dialog;
    if (!dialog) return;
    const controls = [
      ...dialog.querySelectorAll<HTMLElement>('a[href], button:not(:disabled), textarea'),
    ].filter((control) => control.getClientRects().length > 0);
    const first = controls[0];
    const last = controls.at(-1);
    if (!first || !last) return;
    const index = controls.indexOf(this.shadowRoot?.activeElement as HTMLElement);
    if (event.shiftKey && index <= 0) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && index === controls.length - 1) {
      event.preventDefault();
      first.focus();
    }
  }

  #onHashChange = (): void => {
    if (location.hash !== OPEN_HASH || notices.values().next().value !== this) return;
    void this.#open();
  };

  async #copy(): Promise<void> {
    if (this.preparation.status !== 'ready') return;
    const copied = this.preparation.html;
    // Cleared first, so that copying twice is announced twice.
    this.feedback = 'none';
    await this.updateComplete;
    try {
      await navigator.clipboard.writeText(copied);
      this.feedback = 'copied';
      this.#emit('republish-copy');
    } catch {
      // No Clipboard API, no permission, or the document lost focus: the reader copies by hand.
      this.feedback = 'selected';
      const area = this.#textarea;
      area?.focus();
      area?.select();
    }
  }

  async #open(): Promise<void> {
    const dialog = this.#dialog;
    if (!dialog || dialog.open || !this.isConnected) return;
    try {
      this.story = this.#readStory();
      this.feedback = 'none';
      this.preparation = { status: 'loading' };
      await this.updateComplete;
      if (!this.isConnected || dialog.open || this.#dialog !== dialog) return;
      dialog.showModal();
      lockPageScroll();
      this.#holdsScrollLock = true;
      // The heading, not the first button: a screen reader then reads the rules from the top.
      this.renderRoot.querySelector<HTMLElement>('.dialog-title')?.focus();
      this.#emit('republish-open');
      await this.#prepareCopy();
    } catch (error) {
      console.warn(`refuge-widgets: <${this.localName}> could not open its dialog.`, error);
    }
  }

  /**
   * Builds the HTML to copy, loading the dialog's module (and DOMPurify) the first time. The
   * problems it finds are shown in the dialog and reported with `refuge-error`.
   */
  async #prepareCopy(): Promise<void> {
    const run = ++this.#preparations;
    const story = this.story;
    if (!story) return;
    const locale = this.locale;
    this.#preparedLocale = locale;
    const fail = (problem: WidgetErrorDetail) => {
      if (run !== this.#preparations) return;
      this.preparation = { status: 'failed', message: problem.message };
      this.#report(problem);
    };
    try {
      let parts;
      try {
        parts = await loadDialog();
      } catch {
        return fail({ code: 'dialog-unavailable', message: messages[locale].loadFailed });
      }
      this.#adoptDialogStyles(parts);
      this.dialogParts = parts;
      const license = findLicense(this.license);
      const result = await parts.prepareCopy({
        document: this.ownerDocument,
        selector: present(this.articleSelector),
        story,
        locale,
        license,
        licenseUrl: license ? present(this.licenseUrl) : undefined,
        pixelSrc: this.#pixelUrl?.href,
        librarySrc: this.#libraryUrl?.href,
      });
      if (run !== this.#preparations) return;
      if ('problem' in result) return fail(result.problem);
      this.preparation = { status: 'ready', html: result.html };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      fail({
        code: 'copy-failed',
        message: `${this.coreMessages.renderFailed} (${excerpt(reason, 120)})`,
      });
    }
  }

  /** The dialog's styles arrive with its module; added once beside the notice's own. */
  #adoptDialogStyles(parts: DialogModule): void {
    const root = this.shadowRoot;
    const sheet = parts.republishDialogStyles.styleSheet;
    if (this.#adoptedDialogStyles || !root || !sheet) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    this.#adoptedDialogStyles = true;
  }

  /** The story's details: attributes first, then what the page says, then our default credit. */
  #readStory(): Story {
    const page = pageDefaults(this.ownerDocument);
    const url = checkedUrl(present(this.articleUrl) ?? page.url, 'http');
    return {
      url: url?.href ?? page.url,
      title: present(this.articleTitle) ?? page.title,
      author: present(this.author) ?? page.author ?? defaultCredit.author,
      publisher: present(this.publisher) ?? defaultCredit.publisher,
      published: page.published,
    };
  }

  get #pixelUrl(): URL | undefined {
    const value = present(this.pixelSrc);
    return value ? checkedUrl(value, 'https') : undefined;
  }

  get #libraryUrl(): URL | undefined {
    const value = present(this.librarySrc) ?? RepublishNotice.defaultLibrarySrc;
    return value ? checkedUrl(value, 'https-or-local') : undefined;
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  get #openButton(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('button.open');
  }

  get #textarea(): HTMLTextAreaElement | null {
    return this.renderRoot.querySelector('textarea');
  }

  #releaseScrollLock(): void {
    if (!this.#holdsScrollLock) return;
    this.#holdsScrollLock = false;
    unlockPageScroll();
  }

  #emit(type: 'republish-open' | 'republish-copy'): void {
    if (this.story) this.dispatchEvent(storyEvent(type, this.story));
  }

  /**
   * Reports a problem that does not replace the notice (the base class reports those that do):
   * fires `refuge-error` and warns once for each distinct problem.
   */
  #report(problem: WidgetErrorDetail): void {
    const key = `${problem.code}\n${problem.message}`;
    if (this.#reported.has(key)) return;
    this.#reported.add(key);
    console.warn(`refuge-widgets: <${this.localName}> ${problem.code}: ${problem.message}`);
    this.dispatchEvent(
      new CustomEvent<WidgetErrorDetail>('refuge-error', {
        bubbles: true,
        composed: true,
        detail: { ...problem },
      }),
    );
  }
}

/** `republish-open` or `republish-copy` (documented with `@fires` on the class). */
function storyEvent(type: string, { url, title }: Story): CustomEvent<RepublishEventDetail> {
  return new CustomEvent(type, { bubbles: true, composed: true, detail: { url, title } });
}

/**
 * A Creative Commons-style badge drawn inline (no image is fetched): a "cc" mark and the license's
 * short name. Hidden from assistive technology, since the proper name is written beside it.
 */
function renderBadge(license: License): TemplateResult {
  const code = license.abbreviation.replace(/^CC /, '');
  return html`<svg
    class="badge"
    part="badge"
    viewBox="0 0 88 31"
    aria-hidden="true"
    focusable="false"
  >
    ${svg`<rect class="badge-box" x="1" y="1" width="86" height="29" rx="4"></rect>
      <circle class="badge-mark" cx="16" cy="15.5" r="10"></circle>
      <text class="badge-cc" x="16" y="19.5" text-anchor="middle">cc</text>
      <text class="badge-code" x="56.5" y="19" text-anchor="middle" textLength=${Math.min(56, code.length * 6.4)} lengthAdjust="spacingAndGlyphs">${code}</text>`}
  </svg>`;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'republish-open': CustomEvent<RepublishEventDetail>;
    'republish-copy': CustomEvent<RepublishEventDetail>;
  }
}
