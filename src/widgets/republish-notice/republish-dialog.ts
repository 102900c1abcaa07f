// The republishing dialog's content and the copied HTML, loaded the first time a dialog opens so
// that the notice itself stays small. DOMPurify is loaded from here, the first time it is needed.
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../core/localize.js';
import { excerpt } from '../../core/messages.js';
import type { WidgetErrorDetail } from '../../core/widget-element.js';
import type { License } from '../../data/republish.js';
import type { Story } from './page.js';
import { messages } from './republish-dialog.messages.js';
import { messages as noticeMessages } from './republish-notice.messages.js';
import { buildRepublishHtml, storyDate } from './republish-html.js';
import { loadSanitizer, sanitizeArticle } from './sanitize.js';

export { republishDialogStyles } from './republish-dialog.styles.js';

/** Where the HTML to copy is: being prepared, ready, or not available (with the reason). */
export type Preparation =
  { status: 'loading' } | { status: 'ready'; html: string } | { status: 'failed'; message: string };

/** How the last press of "Copy HTML" went. */
export type CopyFeedback = 'none' | 'copied' | 'selected';

/** What the dialog shows, and what its controls call. */
export interface DialogView {
  locale: Locale;
  story: Story;
  license: License | undefined;
  licenseUrl: string | undefined;
  hasPixel: boolean;
  /** Only `ready`: the other states are drawn by the dialog's frame. */
  preparation: Extract<Preparation, { status: 'ready' }>;
  feedback: CopyFeedback;
  onCopyClick: () => void;
  onTextareaCopy: () => void;
}

/** The rules, the story's details and the HTML to copy, below the dialog's heading. */
export function renderDialogBody(view: DialogView): TemplateResult {
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
            <a href=${view.licenseUrl ?? license.deedUrl} rel="license noopener" target="_blank"
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

/** What the copied HTML is made from. URLs are already checked. */
export interface CopyRequest {
  document: Document;
  /** `article-selector`, if given; otherwise the page's first `<article>`. */
  selector: string | undefined;
  story: Story;
  locale: Locale;
  license: License | undefined;
  licenseUrl: string | undefined;
  pixelSrc: string | undefined;
  librarySrc: string | undefined;
}

/**
 * The HTML to copy, or the problem that prevents it: a page address that cannot be credited, a
 * selector that is not valid CSS or that finds nothing on the page, or DOMPurify that could not be
 * loaded.
 */
export async function prepareCopy(
  request: CopyRequest,
): Promise<{ html: string } | { problem: WidgetErrorDetail }> {
  const text = messages[request.locale];
  const { selector } = request;
  if (!/^https?:\/\//.test(request.story.url)) {
    const message = text.pageUrlUnusable(excerpt(request.story.url));
    return { problem: { code: 'invalid-article-url', message } };
  }
  let article: Element | null;
  try {
    article = request.document.querySelector(selector ?? 'article');
  } catch {
    const message = text.invalidSelector(excerpt(selector ?? ''));
    return { problem: { code: 'invalid-article-selector', message } };
  }
  if (!article) {
    const message = selector
      ? text.selectorMatchesNothing(excerpt(selector))
      : text.noArticleElement;
    return { problem: { code: 'article-not-found', message } };
  }
  const { story, locale } = request;
  let purify;
  try {
    purify = await loadSanitizer();
  } catch {
    const message = noticeMessages[locale].loadFailed;
    return { problem: { code: 'dialog-unavailable', message } };
  }
  return {
    html: buildRepublishHtml({
      url: story.url,
      title: story.title,
      author: story.author,
      publisher: story.publisher,
      date: storyDate(story.published, locale),
      locale,
      license: request.license,
      licenseUrl: request.licenseUrl,
      body: sanitizeArticle(purify, article, story.url),
      pixelSrc: request.pixelSrc,
      librarySrc: request.librarySrc,
    }),
  };
}
