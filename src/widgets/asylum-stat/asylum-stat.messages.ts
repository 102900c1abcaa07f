import type { Locale } from '../../core/localize.js';

/** Every visible word of `<asylum-stat>`. Figures arrive already formatted for the locale. */
export interface AsylumStatMessages {
  courtTitle: string;
  /** Follows the number of grants in the headline. */
  courtHeadline: (cases: string) => string;
  courtGraphicGranted: (grants: string) => string;
  courtGraphicCases: (cases: string) => string;
  courtShare: (oneIn: string, share: string) => string;
  courtContext: string;
  courtNote: string;
  portTitle: string;
  /** The headline figure itself, qualifier included. */
  portValue: (requests: string) => string;
  portHeadline: string;
  portContext: (firstQuarter: string) => string;
  portNote: string;
}

export const messages: Record<Locale, AsylumStatMessages> = {
  en: {
    courtTitle: 'Asylum for Mexicans in U.S. immigration courts',
    courtHeadline: (cases) => `asylum grants in one year, out of more than ${cases} cases`,
    courtGraphicGranted: (grants) => `${grants} granted`,
    courtGraphicCases: (cases) => `more than ${cases} cases`,
    courtShare: (oneIn, share) =>
      `Fewer than 1 in ${oneIn} cases ended in asylum (under ${share}).`,
    courtContext:
      'Most of these cases end before a judge rules: those who asked withdraw them or give up on them.',
    courtNote: 'Both figures cover the same single year, which the article does not name.',
    portTitle: 'Asking for asylum at the border',
    portValue: (requests) => `Almost ${requests}`,
    portHeadline: 'Mexicans asked for asylum at U.S. ports of entry in fiscal 2008.',
    portContext: (firstQuarter) =>
      `That was nearly double the year before. From October to December 2008 alone, another ${firstQuarter} asked. Most were in El Paso and San Diego.`,
    portNote:
      'These are requests made at the border, counted apart from the cases heard in immigration court. Fiscal 2008 ran from October 2007 to September 2008.',
  },
  es: {
    courtTitle: 'Asilo para mexicanos en las cortes de inmigración de EE. UU.',
    courtHeadline: (cases) => `concesiones de asilo en un año, frente a más de ${cases} casos`,
    courtGraphicGranted: (grants) => `${grants} concedidos`,
    courtGraphicCases: (cases) => `más de ${cases} casos`,
    courtShare: (oneIn, share) =>
      `Menos de 1 de cada ${oneIn} casos terminó en asilo (menos del ${share}).`,
    courtContext:
      'La mayoría de estos casos no llega a una decisión del juez: los solicitantes los retiran o los abandonan.',
    courtNote: 'Ambas cifras corresponden al mismo año, que el artículo no precisa.',
    portTitle: 'Pedir asilo en la frontera',
    portValue: (requests) => `Casi ${requests}`,
    portHeadline:
      'mexicanos pidieron asilo en puertos de entrada de EE. UU. en el año fiscal 2008 (de octubre de 2007 a septiembre de 2008).',
    portContext: (firstQuarter) =>
      `Fue casi el doble que el año anterior. Solo de octubre a diciembre de 2008, otros ${firstQuarter} lo pidieron, la mayoría en El Paso y San Diego.`,
    portNote:
      'Son solicitudes hechas en la frontera, contadas aparte de los casos en las cortes de inmigración. El año fiscal de EE. UU. va de octubre a septiembre.',
  },
};
