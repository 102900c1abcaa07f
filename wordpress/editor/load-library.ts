import type { LibraryScript } from './editor-data.js';

/**
 * Adds the library's module script to `document`, once. The preview goes into the document the
 * block is drawn in: the admin page itself in WordPress 6.1, an iframe in later versions (the
 * editor canvas is iframed from 6.3 on, depending on the blocks), and an iframe has a custom
 * element registry of its own, so a script loaded in the admin page would not define the
 * elements there.
 */
export function loadLibrary(document: Document, { src, integrity }: LibraryScript): void {
  if (document.querySelector('script[data-refuge-widgets-library]')) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  if (integrity) {
    script.integrity = integrity;
    script.crossOrigin = 'anonymous';
  }
  script.dataset['refugeWidgetsLibrary'] = '';
  document.head.append(script);
}
