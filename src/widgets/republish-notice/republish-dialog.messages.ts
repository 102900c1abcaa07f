import type { Locale } from '../../core/localize.js';
import { quote } from '../../core/messages.js';

/**
 * The words of the republishing dialog and of the copied HTML, loaded with the dialog. Values from
 * the page or from attributes arrive as arguments and are rendered as text.
 */
export interface RepublishDialogMessages {
  rulesTitle: string;
  ruleCredit: string;
  ruleLink: string;
  /** Only when a tracking image is configured. */
  rulePixel: string;
  ruleNoSale: string;
  /** Only for a NoDerivatives license. */
  ruleNoDerivatives: string;
  storyTitle: string;
  titleLabel: string;
  bylineLabel: string;
  dateLabel: string;
  /** "By Andrew Becker, The Center…"; also the byline of the copied HTML. */
  byline: (author: string, publisher: string) => string;
  /** The preview's summary, which names it, and what it shows. */
  previewLabel: string;
  previewHelp: string;
  htmlLabel: string;
  htmlHelp: string;
  copy: string;
  copied: string;
  selectHint: string;
  /** The copied HTML's closing credit, around the link to the original story. */
  creditBefore: string;
  creditAfter: string;
  /** The copied HTML's license sentence, around the link to the deed. */
  licenseCreditBefore: string;
  licenseCreditAfter: string;
  /** No `article-url`, and the page's own address is not a web address. */
  pageUrlUnusable: (address: string) => string;
  invalidSelector: (selector: string) => string;
  selectorMatchesNothing: (selector: string) => string;
  noArticleElement: string;
}

export const messages: Record<Locale, RepublishDialogMessages> = {
  en: {
    rulesTitle: 'What we ask in return',
    ruleCredit: 'Name the author and the original publisher in the byline.',
    ruleLink: 'Link back to the original story (the credit line at the end of the HTML does it).',
    rulePixel:
      'Leave in the tracking image at the end of the HTML: it lets the original publisher count the story’s readers.',
    ruleNoSale: 'Do not sell the story on its own.',
    ruleNoDerivatives: 'Do not change the text, except to fit your house style or to shorten it.',
    storyTitle: 'The story',
    titleLabel: 'Title',
    bylineLabel: 'Byline',
    dateLabel: 'Published',
    byline: (author, publisher) => `By ${author}, ${publisher}`,
    previewLabel: 'Preview: the story as pasted',
    previewHelp:
      'As it reads on a site that removes scripts: each graphic shows its image or its text.',
    htmlLabel: 'HTML for your site',
    htmlHelp: 'Paste it into the HTML or source view of your editor.',
    copy: 'Copy HTML',
    copied: 'Copied. You can now paste the HTML into your editor.',
    selectHint:
      'This browser did not let the page copy. The HTML is selected: press Ctrl+C (⌘+C on a Mac) to copy it.',
    creditBefore: 'This story was first published by ',
    creditAfter: '.',
    licenseCreditBefore: 'It is republished here under the ',
    licenseCreditAfter: ' license.',
    pageUrlUnusable: (address) =>
      `This page’s address, ${quote(address, 'en')}, is not one that readers of a copy could follow. Set article-url to the story’s full https:// address.`,
    invalidSelector: (selector) =>
      `The story’s text could not be read: ${quote(selector, 'en')} is not a valid CSS selector for article-selector.`,
    selectorMatchesNothing: (selector) =>
      `The story’s text could not be read: nothing on this page matches the article-selector ${quote(selector, 'en')}.`,
    noArticleElement:
      'The story’s text could not be found on this page. Set article-selector to the element that holds it.',
  },
  es: {
    rulesTitle: 'Lo que pedimos a cambio',
    ruleCredit: 'Nombre al autor y al medio que la publicó primero en el crédito.',
    ruleLink: 'Enlace a la historia original (la línea de crédito al final del HTML ya lo hace).',
    rulePixel:
      'Conserve la imagen de seguimiento al final del HTML: permite al medio original contar los lectores de la historia.',
    ruleNoSale: 'No venda la historia por separado.',
    ruleNoDerivatives: 'No cambie el texto, salvo para ajustarlo a su estilo o para acortarlo.',
    storyTitle: 'La historia',
    titleLabel: 'Título',
    bylineLabel: 'Crédito',
    dateLabel: 'Publicada',
    byline: (author, publisher) => `Por ${author}, ${publisher}`,
    previewLabel: 'Vista previa: la historia tal como se pega',
    previewHelp:
      'Así se lee en un sitio que quita los scripts: cada gráfico muestra su imagen o su texto.',
    htmlLabel: 'HTML para su sitio',
    htmlHelp: 'Péguelo en la vista de HTML o de código de su editor.',
    copy: 'Copiar HTML',
    copied: 'Copiado. Ya puede pegar el HTML en su editor.',
    selectHint:
      'Este navegador no permitió copiar desde la página. El HTML está seleccionado: pulse Ctrl+C (⌘+C en Mac) para copiarlo.',
    creditBefore: 'Esta historia se publicó primero en ',
    creditAfter: '.',
    licenseCreditBefore: 'Se reproduce aquí bajo la licencia ',
    licenseCreditAfter: '.',
    pageUrlUnusable: (address) =>
      `La dirección de esta página, ${quote(address, 'es')}, no es una que los lectores de una copia puedan seguir. Indique en article-url la dirección completa https:// de la historia.`,
    invalidSelector: (selector) =>
      `No se pudo leer el texto de la historia: ${quote(selector, 'es')} no es un selector CSS válido para article-selector.`,
    selectorMatchesNothing: (selector) =>
      `No se pudo leer el texto de la historia: nada en esta página coincide con el article-selector ${quote(selector, 'es')}.`,
    noArticleElement:
      'No se encontró el texto de la historia en esta página. Indique en article-selector el elemento que lo contiene.',
  },
};
