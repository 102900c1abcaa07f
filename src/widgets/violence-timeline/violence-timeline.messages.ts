import type { Locale } from '../../core/localize.js';
import type { TimelineEventId } from '../../data/timeline.js';

/** Every visible word of `<violence-timeline>`. Figures arrive already formatted for the locale. */
export interface ViolenceTimelineMessages {
  title: string;
  fiscalYear: (year: number) => string;
  /** The event texts, each given the formatted figure it quotes (if any). */
  events: Record<TimelineEventId, (figure: string) => string>;
  caveat: string;
}

export const messages: Record<Locale, ViolenceTimelineMessages> = {
  en: {
    title: 'Drug violence in Mexico and the flight north, 2006–2009',
    fiscalYear: (year) => `Fiscal ${year}`,
    events: {
      offensive: () =>
        'Felipe Calderón takes office and soon opens an offensive on the drug cartels.',
      'port-requests': (count) => `Almost ${count} Mexicans ask for asylum at U.S. ports of entry.`,
      'police-2008': (count) =>
        `Nearly ${count} Mexican police officers are killed in drug violence in that year.`,
      'juarez-chief': () =>
        'Roberto Orduña Cruz, the chief of police in Ciudad Juárez, quits his job. A drug gang had vowed to kill one of his officers every 48 hours until he left.',
      troops: (count) => `About ${count} troops are deployed across the country.`,
      'tijuana-spree': (count) =>
        `${count} police officers are killed in Tijuana in one night. The attacks are planned to strike at once.`,
    },
    caveat:
      'Dates and counts are those reported at the time by the sources linked with each event. The article spells the chief’s name “Robert Orduña”. Reports from the day give “Roberto Orduña Cruz”.',
  },
  es: {
    title: 'La violencia del narcotráfico en México y la huida al norte, 2006–2009',
    fiscalYear: (year) => `Año fiscal ${year}`,
    events: {
      offensive: () =>
        'Felipe Calderón llega al poder y pronto lanza una ofensiva contra los cárteles de la droga.',
      'port-requests': (count) =>
        `Casi ${count} mexicanos piden asilo en puertos de entrada de EE. UU.`,
      'police-2008': (count) =>
        `Casi ${count} policías de México son asesinados por la violencia del narco ese año.`,
      'juarez-chief': () =>
        'Roberto Orduña Cruz, jefe de la policía de Ciudad Juárez, renuncia. Una banda del narco juró matar a uno de sus agentes cada 48 horas hasta que se fuera.',
      troops: (count) => `Alrededor de ${count} soldados están desplegados en todo el país.`,
      'tijuana-spree': (count) =>
        `En una noche de ataques coordinados, matan a ${count} policías en Tijuana.`,
    },
    caveat:
      'Las fechas y cifras son las que informaron en su momento las fuentes enlazadas en cada hecho. El artículo escribe el nombre del jefe de policía de Juárez como «Robert Orduña»; las noticias del día dicen «Roberto Orduña Cruz».',
  },
};
