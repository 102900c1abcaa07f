// The republishing dialog's content, loaded the first time a dialog opens so that the notice
// itself stays small: the rules, the story's details, the HTML to copy (prepared with DOMPurify,
// which loads on first use), the Copy button and the dialog's styles.
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../core/localize.js';
import { deedUrl, type License } from '../../data/republish.js';
import { CopyPreparation, type CopySource, type Preparation } from './copy-preparation.js';
import type { DialogHost } from './dialog-controller.js';
import type { Story } from './page.js';
import { messages } from './republish-dialog.messages.js';
import { republishDialogStyles } from './republish-dialog.styles.js';
import { messages as noticeMessages } from './republish-notice.messages.js';
import { storyDate } from './republish-html.js';
import { findArticle, storyTitle } from './story-title.js';

export { holdModal } from './modal-hold.js';

/** How the last press of "Copy HTML" went. */
export type CopyFeedback = 'none' | 'copied' | 'selected';

type ReadyCopy = Extract<Preparation, { status: 'ready' }>;

/** What the last press of "Copy HTML" did, and to which copy: a new copy starts with none. */
type Feedback = { copy: ReadyCopy; status: CopyFeedback } | undefined;

/** What the dialog reads from its notice, and what it tells it. */
export interface DialogSource extends CopySource {
  /** The reader copied the HTML, with the button or by hand. */
  copied(): void;
}

/**
 * The dialog's content for one notice, below its heading, created the first time its dialog
 * opens. The notice's own code (`DialogContent`) draws the `loading` and `failed` states of
 * `preparation`, so that it has something to show before this module arrives.
 */
export class RepublishDialog {
  readonly #host: DialogHost;
  readonly #source: DialogSource;
  readonly #copy: CopyPreparation;
  #feedback: Feedback;
  /** The story as the notice read it, and the same with its headline found on the page. */
  #read: Story | undefined;
  #story: Story | undefined;

  constructor(host: DialogHost, source: DialogSource) {
    this.#host = host;
    this.#source = source;
    // The copy is made of the story with its headline, so the copy, the dialog and the events
    // name the story alike.
    this.#copy = new CopyPreparation(host, { ...source, story: () => this.story });
    // The dialog's styles arrive with it, beside the notice's own.
    const root = host.shadowRoot;
    const sheet = republishDialogStyles.styleSheet;
    if (root && sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  get preparation(): Preparation {
    return this.#copy.preparation;
  }

  /**
   * The story shown, with its headline (`article-title`, else found on the page: see
   * story-title.ts); `undefined` while the dialog is closed. Found once per opening, so the task
   * that prepares the copy sees the same story until the next one.
   */
  get story(): Story | undefined {
    const read = this.#source.story();
    if (read !== this.#read) {
      this.#read = read;
      const document = this.#host.ownerDocument;
      const article = findArticle(document, this.#source.settings().selector);
      this.#story = read && { ...read, title: storyTitle(read.title, document, article) };
    }
    return this.#story;
  }

  /** The rules, the story's details and the HTML to copy, once it is ready. */
  render(): unknown {
    const preparation = this.preparation;
    const story = this.story;
    if (preparation.status !== 'ready' || !story) return nothing;
    const { license, licenseUrl, pixelSrc } = this.#source.settings();
    const feedback = this.#feedback?.copy === preparation ? this.#feedback.status : 'none';
    return renderDialogBody({
      locale: this.#source.locale(),
      story,
      license,
      licenseUrl,
      hasPixel: pixelSrc !== undefined,
      preparation,
      feedback,
      onCopyClick: () => void this.#copyToClipboard(preparation),
      onTextareaCopy: () => this.#source.copied(),
    });
  }

  async #copyToClipboard(copy: ReadyCopy): Promise<void> {
    // Cleared first, so that copying twice is announced twice.
    this.#setFeedback(undefined);
    await this.#host.updateComplete;
    try {
      await navigator.clipboard.writeText(copy.html);
      this.#setFeedback({ copy, status: 'copied' });
      this.#source.copied();
    } catch {
      // No Clipboard API, no permission, or the document lost focus: the reader copies by hand.
      this.#setFeedback({ copy, status: 'selected' });
      const area = this.#host.renderRoot.querySelector('textarea');
      area?.focus();
      area?.select();
    }
  }

  #setFeedback(feedback: Feedback): void {
    this.#feedback = feedback;
    this.#host.requestUpdate();
  }
}

/** What the dialog shows, and what its controls call. */
interface DialogView {
  locale: Locale;
  story: Story;
  license: License | undefined;
  licenseUrl: string | undefined;
  hasPixel: boolean;
  preparation: ReadyCopy;
  feedback: CopyFeedback;
  onCopyClick: () => void;
  onTextareaCopy: () => void;
}

/** The rules, the story's details and the HTML to copy, below the dialog's heading. */
function renderDialogBody(view: DialogView): TemplateResult {
  const text = messages[view.locale];
  const { story, license } = view;
  const date = storyDate(story.published, view.locale);
  const feedback = { none: '', copied: text.copied, selected: text.selectHint }[view.feedback];
  return html`<h3>${text.rulesTitle}</h3>
    <ul class="rules">
      <li>${text.ruleCredit}</li>
      <li>${text.ruleLink}</li>
      ${view.hasPixel ? html`<li>${text.rulePixel}</li>` : nothing}
      <li>${text.ruleNoSale}</li>
      ${license?.noDerivatives ? html`<li>${text.ruleNoDerivatives}</li>` : nothing}
    </ul>
    ${
      license
        ? html`<p class="dialog-license">
            ${noticeMessages[view.locale].licenseLabel}
            <a
              href=${view.licenseUrl ?? deedUrl(license, view.locale)}
              rel="license noopener"
              target="_blank"
              >${license.name}</a
            >
          </p>`
        : nothing
    }
    <h3>${text.storyTitle}</h3>
    <dl class="story">
      ${
        story.title
          ? html`<div>
              <dt>${text.titleLabel}</dt>
              <dd>${story.title}</dd>
            </div>`
          : nothing
      }
      <div>
        <dt>${text.bylineLabel}</dt>
        <dd>${text.byline(story.author, story.publisher)}</dd>
      </div>
      ${
        date
          ? html`<div>
              <dt>${text.dateLabel}</dt>
              <dd><time datetime=${date.iso}>${date.text}</time></dd>
            </div>`
          : nothing
      }
    </dl>
    <details class="preview" part="preview">
      <summary id="preview-title">${text.previewLabel}</summary>
      <p class="help">${text.previewHelp}</p>
      <div class="preview-story" role="region" aria-labelledby="preview-title" tabindex="0">
        ${view.preparation.preview}
      </div>
    </details>
    <label class="html-label" for="html">${text.htmlLabel}</label>
    <p class="help" id="html-help">${text.htmlHelp}</p>
    <textarea
      id="html"
      part="html"
      rows="10"
      readonly
      spellcheck="false"
      aria-describedby="html-help"
      .value=${view.preparation.html}
      @copy=${view.onTextareaCopy}
    ></textarea>
    <div class="actions">
      <button type="button" class="copy primary" part="copy-button" @click=${view.onCopyClick}>
        ${text.copy}
      </button>
      <p class="feedback ${view.feedback}" part="copy-status" role="status" aria-live="polite">
        ${feedback}
      </p>
    </div>`;
}
