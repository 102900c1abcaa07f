import type { Locale } from '../localize.js';

/** Words every chart shares; each widget keeps its own in `<tag>.messages.ts`. */
export const chartMessages: Record<
  Locale,
  {
    downloadCsv: string;
    downloadImage: string;
    chartFailed: string;
    csvSource: string;
    csvNote: string;
    /** The name of the chart's list of bars, which says how to walk it. */
    pointsLabel: string;
    /** The button that loads the interactive chart for a reader who saves data. */
    exploreChart: string;
  }
> = {
  en: {
    downloadCsv: 'Download the data (CSV)',
    downloadImage: 'Download the image (PNG)',
    chartFailed: 'The chart could not be loaded. Its figures are in the table below.',
    csvSource: 'Source',
    csvNote: 'Note',
    pointsLabel: 'The chart’s bars: use the arrow keys',
    exploreChart: 'Explore the chart',
  },
  es: {
    downloadCsv: 'Descargar los datos (CSV)',
    downloadImage: 'Descargar la imagen (PNG)',
    chartFailed: 'No se pudo cargar el gráfico. Sus cifras están en la tabla de abajo.',
    csvSource: 'Fuente',
    csvNote: 'Nota',
    pointsLabel: 'Las barras del gráfico: use las flechas',
    exploreChart: 'Explorar el gráfico',
  },
};
