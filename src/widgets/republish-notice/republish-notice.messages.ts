import type { Locale } from '../../core/localize.js';
import { quote } from '../../core/messages.js';

/**
 * The words of `<republish-notice>` that load with it: the notice, the dialog's frame and the
 * configuration errors. The dialog's own words load with it (republish-dialog.messages.ts).
 * Values that come from the page or from attributes arrive as arguments and are rendered as text.
 */
export interface RepublishNoticeMessages {
  /** The notice, when the page gives none of its own. Names no particular license. */
  statement: string;
  /** The button that opens the dialog, and the dialog's heading. */
  open: string;
  /** Introduces the license's proper name, in the notice and in the dialog. */
  licenseLabel: string;
  /** Link to `license-url` when no `license` is set: it names no license. */
  licenseTerms: string;
  close: string;
  preparing: string;
  /** Heads a problem shown in the dialog in place of the HTML. */
  copyUnavailable: string;
  /** The dialog's code or DOMPurify could not be loaded. */
  loadFailed: string;
  invalidArticleUrl: (value: string) => string;
  invalidLicenseUrl: (value: string) => string;
  invalidPixelSrc: (value: string) => string;
  invalidLibrarySrc: (value: string) => string;
}

export const messages: Record<Locale, RepublishNoticeMessages> = {
  en: {
    statement:
      'You may run this story on your site or in print for free, under a Creative Commons license.',
    open: 'Republish this story',
    licenseLabel: 'License:',
    licenseTerms: 'Read the republishing terms',
    close: 'Close',
    preparing: 'Preparing the HTML…',
    copyUnavailable: 'The HTML to copy is not available.',
    loadFailed: 'It could not be prepared. Reload the page and try again.',
    invalidArticleUrl: (value) =>
      `${quote(value, 'en')} is not a valid article-url. Give the story’s full address, starting with https://.`,
    invalidLicenseUrl: (value) =>
      `${quote(value, 'en')} is not a valid license-url. Give a full address, starting with https://.`,
    invalidPixelSrc: (value) =>
      `${quote(value, 'en')} is not a valid pixel-src. The tracking image must have an https:// address; the copy is made without it.`,
    invalidLibrarySrc: (value) =>
      `${quote(value, 'en')} is not a valid library-src. Give the https:// address of refuge-widgets.js; the copy is made without it.`,
  },
  es: {
    statement:
      'Puede publicar esta historia en su sitio o en papel, sin costo, con una licencia Creative Commons.',
    open: 'Republicar esta historia',
    licenseLabel: 'Licencia:',
    licenseTerms: 'Consulte las condiciones para republicar',
    close: 'Cerrar',
    preparing: 'Preparando el HTML…',
    copyUnavailable: 'El HTML para copiar no está disponible.',
    loadFailed: 'No se pudo preparar. Vuelva a cargar la página e inténtelo de nuevo.',
    invalidArticleUrl: (value) =>
      `${quote(value, 'es')} no es un valor válido para article-url. Indique la dirección completa de la historia, que empiece por https://.`,
    invalidLicenseUrl: (value) =>
      `${quote(value, 'es')} no es un valor válido para license-url. Indique una dirección completa, que empiece por https://.`,
    invalidPixelSrc: (value) =>
      `${quote(value, 'es')} no es un valor válido para pixel-src. La imagen de seguimiento debe tener una dirección https://; la copia se hace sin ella.`,
    invalidLibrarySrc: (value) =>
      `${quote(value, 'es')} no es un valor válido para library-src. Indique la dirección https:// de refuge-widgets.js; la copia se hace sin ella.`,
  },
};
