import { html, nothing } from 'lit';
import { lazyImport } from '../../core/lazy-import.js';
import type { DialogHost } from './dialog-controller.js';
import type { Story } from './page.js';
import type { DialogSource, RepublishDialog } from './republish-dialog.js';
import { messages } from './republish-notice.messages.js';

/** The dialog's content and styles, the copy's preparation and DOMPurify: loaded on first opening. */
export const loadDialog = lazyImport(() => import('./republish-dialog.js'));

/**
 * The dialog's content as the notice sees it: the story while the dialog is open, the dialog's
 * module (loaded the first time it opens, and again at the next opening after a failure), and what
 * to show until the HTML is ready.
 */
export class DialogContent {
  readonly #host: DialogHost;
  readonly #source: Omit<DialogSource, 'story'>;
  #story: Story | undefined;
  #loaded: RepublishDialog | undefined;
  #loadFailed = false;

  constructor(host: DialogHost, source: Omit<DialogSource, 'story'>) {
    this.#host = host;
    this.#source = source;
  }

  /**
   * The story shown, read when the dialog opened, with the headline the dialog's module finds
   * (as the notice read it if that module failed to load); `undefined` while it is closed.
   */
  get story(): Story | undefined {
    return this.#loaded?.story ?? this.#story;
  }

  /**
   * The dialog opened on `story`: shows it, loading the dialog's module if need be.
   * @returns while that module loads, a promise settled once it has loaded (or failed to).
   */
  show(story: Story): Promise<void> | undefined {
    this.#story = story;
    this.#host.requestUpdate();
    if (!this.#loaded) return this.#load();
  }

  /** The dialog closed. */
  hide(): void {
    this.#story = undefined;
    this.#host.requestUpdate();
  }

  /** Below the dialog's heading: the dialog's own content once ready, else where it stands. */
  render(): unknown {
    if (!this.#story) return nothing;
    const text = messages[this.#source.locale()];
    const preparation = this.#loaded?.preparation;
    const problem = this.#loadFailed
      ? text.loadFailed
      : preparation?.status === 'failed' && preparation.message;
    if (problem) {
      return html`<p class="error dialog-error" role="alert" part="dialog-error">
        <strong>${text.copyUnavailable}</strong> ${problem}
      </p>`;
    }
    if (preparation?.status !== 'ready') {
      return html`<p class="preparing" role="status">${text.preparing}</p>`;
    }
    return this.#loaded?.render();
  }

  async #load(): Promise<void> {
    this.#loadFailed = false;
    try {
      const { RepublishDialog } = await loadDialog();
      this.#loaded ??= new RepublishDialog(this.#host, {
        ...this.#source,
        story: () => this.#story,
      });
    } catch {
      this.#loadFailed = true;
      const { loadFailed } = messages[this.#source.locale()];
      this.#source.report({ code: 'dialog-unavailable', message: loadFailed });
    }
    this.#host.requestUpdate();
  }
}
