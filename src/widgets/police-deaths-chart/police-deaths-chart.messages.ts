import type { Locale } from '../../core/localize.js';

/** Every visible word of `<police-deaths-chart>`. Figures arrive formatted for the locale. */
export interface PoliceDeathsChartMessages {
  title: string;
  description: (total: string, in2008: string) => string;
  summary: (total: string, in2008: string, other: string) => string;
  /** The period of the whole count, and the label of the chart's one bar. */
  wholePeriod: string;
  year2008: string;
  otherPeriod: string;
  in2008: (value: string) => string;
  other: (value: string) => string;
  total: (value: string) => string;
  nearly: (value: string) => string;
  calculatedFrom: (total: string, in2008: string) => string;
  tableCaption: string;
  periodHeader: string;
  countHeader: string;
  notes: readonly string[];
  csvHeaders: readonly string[];
  csvFilename: string;
}

export const messages: Record<Locale, PoliceDeathsChartMessages> = {
  en: {
    title: 'Mexican police officers killed, 2007 to mid-2009',
    description: (total, in2008) =>
      `About ${total} officers were killed in drug violence; nearly ${in2008} of them in 2008.`,
    summary: (total, in2008, other) =>
      `Bar chart. About ${total} police were killed in drug violence from 2007 to mid-2009. In 2008, nearly ${in2008} died. The rest, about ${other}, died in 2007 and in 2009 up to mid-year (calculated).`,
    wholePeriod: '2007 to mid-2009',
    year2008: '2008',
    otherPeriod: '2007 and 2009 up to mid-year',
    in2008: (value) => `2008: nearly ${value}`,
    other: (value) => `2007 and 2009 up to mid-year: about ${value} (calculated)`,
    total: (value) => `about ${value}`,
    nearly: (value) => `nearly ${value}`,
    calculatedFrom: (total, in2008) => `about ${total} minus nearly ${in2008}, calculated`,
    tableCaption: 'Police officers killed in drug violence in Mexico',
    periodHeader: 'Period',
    countHeader: 'Officers killed',
    notes: [
      'These are the figures the Center for Investigative Reporting gave in 2009. Official and press counts of police killed in these years vary a lot. They depend on which officers are counted: city, state or federal.',
      'No year-by-year count has been verified, so 2007 and 2009 are not shown separately.',
    ],
    csvHeaders: ['period', 'officers_killed', 'qualifier', 'confidence'],
    csvFilename: 'police-officers-killed-mexico-2007-2009.csv',
  },
  es: {
    title: 'Policías mexicanos asesinados, de 2007 a mediados de 2009',
    description: (total, in2008) =>
      `Alrededor de ${total} agentes murieron por la violencia del narcotráfico; casi ${in2008} de ellos en 2008.`,
    summary: (total, in2008, other) =>
      `Gráfico de barras. Alrededor de ${total} policías mexicanos murieron por la violencia del narcotráfico de 2007 a mediados de 2009: casi ${in2008} en 2008 y alrededor de ${other} en 2007 y la primera parte de 2009, un resto calculado.`,
    wholePeriod: 'De 2007 a mediados de 2009',
    year2008: '2008',
    otherPeriod: '2007 y 2009 hasta mediados de año',
    in2008: (value) => `2008: casi ${value}`,
    other: (value) => `2007 y 2009 hasta mediados de año: alrededor de ${value} (calculado)`,
    total: (value) => `alrededor de ${value}`,
    nearly: (value) => `casi ${value}`,
    calculatedFrom: (total, in2008) => `alrededor de ${total} menos casi ${in2008}, calculado`,
    tableCaption: 'Policías asesinados por la violencia del narcotráfico en México',
    periodHeader: 'Periodo',
    countHeader: 'Agentes asesinados',
    notes: [
      'Son las cifras que publicó el Center for Investigative Reporting en 2009. Los conteos oficiales y de prensa de esos años varían mucho. Dependen de qué agentes se cuentan: de municipios, estados o la federación.',
      'No hay un conteo anual verificado, por eso 2007 y 2009 no se muestran por separado.',
    ],
    csvHeaders: ['periodo', 'agentes_asesinados', 'calificador', 'confianza'],
    csvFilename: 'policias-asesinados-mexico-2007-2009.csv',
  },
};
