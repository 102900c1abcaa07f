// The HTML to copy: prepared when the dialog opens, again when the language changes while it is
// open. Loaded with the dialog, so that @lit/task and DOMPurify stay out of the notice's own code.
import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { Locale } from '../../core/localize.js';
import { coreMessages, excerpt } from '../../core/messages.js';
import type { WidgetErrorDetail } from '../../core/widget-element.js';
import type { CopySettings } from './copy-settings.js';
import type { Story } from './page.js';
import { messages } from './republish-dialog.messages.js';
import { messages as noticeMessages } from './republish-notice.messages.js';
import { liveChartImages } from './fallback-images.js';
import { previewOf } from './copy-preview.js';
import { buildRepublishHtml, storyDate } from './republish-html.js';
import { loadSanitizer, sanitizeArticle } from './sanitize.js';

/**
 * Where the HTML to copy is: being prepared, ready, or not available (with the problem). Each run
 * gives a new object, so a reader's "Copied" can be tied to the copy it was said of.
 */
export type Preparation =
  | { status: 'loading' }
  | { status: 'ready'; html: string; preview: Element }
  | ({ status: 'failed' } & WidgetErrorDetail);

const loading: Preparation = { status: 'loading' };

/** What the copied HTML is made from. */
export interface CopyRequest extends CopySettings {
  document: Document;
  story: Story;
  locale: Locale;
}

type CopyResult = { html: string; preview: Element } | { problem: WidgetErrorDetail };

/** What a preparation reads from its notice, and where it reports a problem. */
export interface CopySource {
  /** The story while the dialog is open; `undefined` once it has closed. */
  story(): Story | undefined;
  locale(): Locale;
  settings(): CopySettings;
  report(problem: WidgetErrorDetail): void;
}

/**
 * Prepares the copy for one notice, each time the story (read anew at each opening) or the
 * language changes. The work is asynchronous (DOMPurify loads on first use) and a reader can close
 * and reopen the dialog, or switch languages, before it ends: the task keeps only the latest run's
 * result, so an earlier run never overwrites a later one, and only its problem is reported.
 */
export class CopyPreparation {
  readonly #task: Task<readonly [Story | undefined, Locale], Preparation>;

  constructor(host: ReactiveControllerHost & Element, source: CopySource) {
    this.#task = new Task(host, {
      args: () => [source.story(), source.locale()] as const,
      task: async ([story, locale]): Promise<Preparation | typeof initialState> => {
        // Closed: nothing to prepare, and a run still under way is dropped.
        if (!story) return initialState;
        const request = { ...source.settings(), document: host.ownerDocument, story, locale };
        let result: CopyResult;
        try {
          result = await prepareCopy(request);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          const message = `${coreMessages[locale].renderFailed} (${excerpt(reason, 120)})`;
          result = { problem: { code: 'copy-failed', message } };
        }
        return 'problem' in result
          ? { status: 'failed', ...result.problem }
          : { status: 'ready', ...result };
      },
      onComplete: (preparation) => {
        if (preparation.status === 'failed') {
          source.report({ code: preparation.code, message: preparation.message });
        }
      },
    });
  }

  /** The latest run's outcome; `loading` while a run is under way. */
  get preparation(): Preparation {
    return (this.#task.status === TaskStatus.COMPLETE && this.#task.value) || loading;
  }
}

/**
 * The HTML to copy, or the problem that prevents it: a page address that cannot be credited, a
 * selector that is not valid CSS or that finds nothing on the page, or DOMPurify that could not be
 * loaded.
 */
export async function prepareCopy(request: CopyRequest): Promise<CopyResult> {
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
  const copy = buildRepublishHtml({
    url: story.url,
    title: story.title,
    author: story.author,
    publisher: story.publisher,
    date: storyDate(story.published, locale),
    locale,
    // The story's own language, as the page declares it around the article (up to <html lang>).
    lang: article.closest('[lang]')?.getAttribute('lang')?.trim() || undefined,
    license: request.license,
    licenseUrl: request.licenseUrl,
    body: sanitizeArticle(purify, article, story.url),
    chartImages: liveChartImages(article),
    pixelSrc: request.pixelSrc,
    librarySrc: request.librarySrc,
  });
  return { html: copy.html, preview: previewOf(copy.story, request.document) };
}
