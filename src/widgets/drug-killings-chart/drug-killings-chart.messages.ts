import type { Locale } from '../../core/localize.js';

/** Every visible word of `<drug-killings-chart>`. Figures arrive formatted for the locale. */
export interface DrugKillingsChartMessages {
  title: string;
  description: string;
  /** `years` is the list "2,826 in 2007, 6,838 in 2008 …" built with `yearValue`. */
  summary: (years: string) => string;
  yearValue: (value: string, year: string) => string;
  tooltip: (value: string) => string;
  datasetLabel: string;
  tableCaption: string;
  yearHeader: string;
  countHeader: string;
  tableNote: (december2006: string, total: string) => string;
  notes: (reforma2009: string, articleNearly: string) => readonly string[];
  csvHeaders: readonly string[];
  csvFilename: string;
}

export const messages: Record<Locale, DrugKillingsChartMessages> = {
  en: {
    title: 'Killings linked to organized crime in Mexico, 2007–2010',
    description: 'Deaths per year, as counted by the federal government.',
    summary: (years) =>
      `Bar chart. The government counts these killings. It says each was presumably related to organized crime. They rose every year: ${years}.`,
    yearValue: (value, year) => `${value} in ${year}`,
    tooltip: (value) => `${value} killings`,
    datasetLabel: 'Killings',
    tableCaption: 'Killings presumably related to organized crime, Mexico, official count',
    yearHeader: 'Year',
    countHeader: 'Killings',
    tableNote: (december2006, total) =>
      `December 2006, the first month counted: ${december2006} (some reports print 62). With the years above, ${total} in all from December 2006 to December 2010, the official total.`,
    notes: (reforma2009, articleNearly) => [
      `The government counts these killings. It says each was presumably related to organized crime. They were executions, gun fights and attacks on authorities. They are only a part of all homicides. Newspaper tallies are lower: Reforma counted ${reforma2009} in 2009.`,
      'The government first put out these figures on January 12, 2011. On January 11, 2012, the Attorney General’s Office (PGR) put them out once more.',
      `The article has its own count: nearly ${articleNearly} people killed from December 2006 to mid-2009. That figure comes from another count and is not part of this series.`,
    ],
    csvHeaders: ['year', 'killings', 'qualifier', 'confidence'],
    csvFilename: 'organized-crime-killings-mexico-2007-2010.csv',
  },
  es: {
    title: 'Homicidios vinculados al crimen organizado en México, 2007–2010',
    description: 'Muertes por año, según el conteo del gobierno federal.',
    summary: (years) =>
      `Gráfico de barras. El gobierno cuenta estas muertes. Dice que cada una tiene presunta relación con el crimen organizado. Aumentaron cada año: ${years}.`,
    yearValue: (value, year) => `${value} en ${year}`,
    tooltip: (value) => `${value} homicidios`,
    datasetLabel: 'Homicidios',
    tableCaption:
      'Homicidios presuntamente relacionados con el crimen organizado, México, conteo oficial',
    yearHeader: 'Año',
    countHeader: 'Homicidios',
    tableNote: (december2006, total) =>
      `Diciembre de 2006, el primer mes contado: ${december2006} (algunos reportes dicen 62). Con los años de arriba, ${total} en total de diciembre de 2006 a diciembre de 2010, la cifra oficial.`,
    notes: (reforma2009, articleNearly) => [
      `El gobierno cuenta estas muertes. Dice que cada una tiene presunta relación con el crimen organizado. En la cuenta hay ejecuciones, balaceras y ataques a la autoridad. Son solo una parte de todos los homicidios. Los conteos de los periódicos son menores: Reforma contó ${reforma2009} en 2009.`,
      'El gobierno dio a conocer la serie el 12 de enero de 2011; la Procuraduría General de la República (PGR) la volvió a publicar el 11 de enero de 2012.',
      `El artículo da una cifra propia: casi ${articleNearly} personas asesinadas de diciembre de 2006 a mediados de 2009. Esa cifra proviene de otro conteo y no forma parte de esta serie.`,
    ],
    csvHeaders: ['año', 'homicidios', 'calificador', 'confianza'],
    csvFilename: 'homicidios-crimen-organizado-mexico-2007-2010.csv',
  },
};
