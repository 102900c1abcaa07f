// What a modal dialog needs only once it is open: the focus trap and the page's scroll lock. Loaded
// with the dialog's content (republish-dialog.ts re-exports it), so the notice does not carry it.
import { lockPageScroll, unlockPageScroll } from './scroll-lock.js';

/**
 * Keeps Tab inside `dialog`. A modal dialog makes the page inert, but from its last control
 * Chromium moves focus on to the browser's own toolbar; from there the reader would have to find
 * the way back. Here focus wraps from last to first control and back.
 */
function trapTab(event: KeyboardEvent): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  const dialog = event.currentTarget as HTMLDialogElement;
  const controls = [
    ...dialog.querySelectorAll<HTMLElement>('a[href], button:not(:disabled), textarea'),
  ].filter((control) => control.getClientRects().length > 0);
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  const root = dialog.getRootNode() as Document | ShadowRoot;
  const index = controls.indexOf(root.activeElement as HTMLElement);
  if (event.shiftKey && index <= 0) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && index === controls.length - 1) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * Holds the open `dialog` modal: Tab stays in it and the page behind it does not scroll.
 * @returns a function that lets go of both (once; later calls do nothing).
 */
export function holdModal(dialog: HTMLDialogElement): () => void {
  dialog.addEventListener('keydown', trapTab);
  lockPageScroll();
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    dialog.removeEventListener('keydown', trapTab);
    unlockPageScroll();
  };
}
