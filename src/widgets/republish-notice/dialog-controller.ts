import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The page URL hash that opens the dialog, so a link elsewhere can point straight at it. */
const OPEN_HASH = '#republish';

/** Every connected host's controller, in the order it connected: the first answers `#republish`. */
const connected = new Set<DialogController>();

/** The element that renders the dialog: a Lit element, or any host that renders into a root. */
export type DialogHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

/** What the host does around the dialog's opening and closing. */
export interface DialogCallbacks {
  /**
   * Before the dialog shows, to set its content; the host renders once more before it opens. May
   * return a promise of what the content still loads, which `opened` waits for.
   */
  beforeOpen(): Promise<unknown> | undefined | void;
  /** Once the dialog is open, with focus in it, and what `beforeOpen` loads has settled. */
  opened(): void;
  /** Once the dialog has closed, whatever closed it. */
  closed(): void;
  /**
   * Loads what holds an open dialog modal (modal-hold.ts: the focus trap and the scroll lock),
   * which arrives with the dialog's content rather than with the notice.
   */
  loadModalHold(): Promise<(dialog: HTMLDialogElement) => () => void>;
}

/**
 * Runs the modal `<dialog>` that a host renders (in the spirit of Shoelace's `internal/modal.ts`):
 * opening and closing, a focus trap, a page that does not scroll behind it, the `#republish` link
 * that opens it, and nothing left behind when the host leaves the page.
 *
 * The host renders one `<dialog>` labelled by its heading (`aria-labelledby`, the heading with
 * `tabindex="-1"`), binds its `close` event to `handleClose`, and renders the button that opens it
 * with `aria-haspopup="dialog"`. On opening, focus goes to
 * the heading, so a screen reader reads the dialog from the top; on closing, back to that button.
 */
export class DialogController implements ReactiveController {
  readonly #host: DialogHost;
  readonly #callbacks: DialogCallbacks;
  /** Lets go of the open dialog's focus trap and scroll lock, while they hold it. */
  #release: (() => void) | undefined;

  constructor(host: DialogHost, callbacks: DialogCallbacks) {
    this.#host = host;
    this.#callbacks = callbacks;
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    window.addEventListener('hashchange', this.#onHashChange);
    // After the first render, so the dialog exists; a no-op when the page has no #republish.
    void this.#host.updateComplete.then(this.#onHashChange);
  }

  hostDisconnected(): void {
    connected.delete(this);
    window.removeEventListener('hashchange', this.#onHashChange);
    // The `close` event would come too late (or never) for an element that left the page.
    if (this.#dialog?.open) this.#dialog.close();
    this.#letGo();
  }

  hostUpdated(): void {
    // The host may have rendered something else in place of the dialog (an error): nothing is open.
    if (!this.#dialog?.open) this.#letGo();
  }

  /** Opens the dialog, unless it is open already or the host is not on the page. */
  async open(): Promise<void> {
    const host = this.#host;
    const dialog = this.#dialog;
    if (!dialog || dialog.open || !host.isConnected) return;
    try {
      const loading = this.#callbacks.beforeOpen();
      await host.updateComplete;
      if (!host.isConnected || dialog.open || this.#dialog !== dialog) return;
      dialog.showModal();
      const heading = this.#heading;
      heading?.focus();
      // The caret goes to the heading too. Orca (43, Debian 12's) reads a web page from its caret:
      // once the modal made the opening button inert, and so gone from the accessibility tree, it
      // found no caret, took the focus without a word, and said nothing as the dialog opened in
      // Chromium 156 (the Orca transcripts; its debug log: "Clearing context").
      if (heading) getSelection()?.collapse(heading, 0);
      await this.#hold(dialog);
      // The republish dialog's module finds the headline that `republish-open` names.
      await loading;
      this.#callbacks.opened();
    } catch (error) {
      console.warn(`refuge-widgets: <${host.localName}> could not open its dialog.`, error);
    }
  }

  close(): void {
    this.#dialog?.close();
  }

  /** The dialog closed: by its button, by Escape, or by script. */
  readonly handleClose = (): void => {
    this.#letGo();
    if (location.hash === OPEN_HASH) {
      // Otherwise the same link could not open it again, and a reload would reopen it.
      const url = new URL(location.href);
      url.hash = '';
      history.replaceState(history.state, '', url.href);
    }
    this.#callbacks.closed();
    this.#host.renderRoot.querySelector<HTMLElement>('[aria-haspopup="dialog"]')?.focus();
  };

  #onHashChange = (): void => {
    if (location.hash !== OPEN_HASH || connected.values().next().value !== this) return;
    void this.open();
  };

  get #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }

  /** The dialog's heading, which labels it. */
  get #heading(): HTMLElement | null {
    const dialog = this.#dialog;
    const id = dialog?.getAttribute('aria-labelledby');
    return id ? (dialog!.getRootNode() as Document | ShadowRoot).getElementById(id) : null;
  }

  /** Holds the open dialog modal once that code has arrived, if it is still open then. */
  async #hold(dialog: HTMLDialogElement): Promise<void> {
    let hold: (dialog: HTMLDialogElement) => () => void;
    try {
      hold = await this.#callbacks.loadModalHold();
    } catch {
      return; // The dialog's content failed to load too, and says so in the dialog.
    }
    if (dialog.open && this.#host.isConnected && !this.#release) this.#release = hold(dialog);
  }

  #letGo(): void {
    this.#release?.();
    this.#release = undefined;
  }
}
