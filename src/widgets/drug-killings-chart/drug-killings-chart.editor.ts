import type { EditorWords } from '../../core/editor-words.js';

/**
 * `<drug-killings-chart>` in editors' words (the builder's gallery and options, the WordPress
 * block). Not imported by the widget: see core/editor-words.ts.
 */
export const editorWords: EditorWords = {
  en: {
    name: 'Organized crime killings chart',
    description:
      'A bar chart of the killings Mexico’s government linked to organized crime, year by year, 2007–2010.',
    options: {
      'show-table': {
        label: 'Show the table of figures',
        hint: 'Below the chart. Otherwise only readers using a screen reader get the table.',
      },
    },
  },
  es: {
    name: 'Gráfico de homicidios del crimen organizado',
    description:
      'Un gráfico de barras de los homicidios que el gobierno de México vinculó al crimen organizado, año por año, 2007–2010.',
    options: {
      'show-table': {
        label: 'Mostrar la tabla de cifras',
        hint: 'Debajo del gráfico. Si no, solo la reciben quienes usan un lector de pantalla.',
      },
    },
  },
};
