import type { EditorWords } from '../../core/editor-words.js';

/**
 * `<police-deaths-chart>` in editors' words (the builder's gallery and options, the WordPress
 * block). Not imported by the widget: see core/editor-words.ts.
 */
export const editorWords: EditorWords = {
  en: {
    name: 'Police officers killed chart',
    description:
      'A bar chart of the Mexican police officers killed in drug violence, 2007 to mid-2009.',
    options: {
      'show-table': {
        label: 'Show the table of figures',
        hint: 'Below the chart. Otherwise only readers using a screen reader get the table.',
      },
    },
  },
  es: {
    name: 'Gráfico de policías asesinados',
    description:
      'Un gráfico de barras de los policías mexicanos asesinados en la violencia del narcotráfico, de 2007 a mediados de 2009.',
    options: {
      'show-table': {
        label: 'Mostrar la tabla de cifras',
        hint: 'Debajo del gráfico. Si no, solo la reciben quienes usan un lector de pantalla.',
      },
    },
  },
};
