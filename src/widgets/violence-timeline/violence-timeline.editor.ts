import type { EditorWords } from '../../core/editor-words.js';

/**
 * `<violence-timeline>` in editors' words (the builder's gallery, the WordPress block); its
 * options are the ones every widget has. Not imported by the widget: see core/editor-words.ts.
 */
export const editorWords: EditorWords = {
  en: {
    name: 'Drug violence timeline',
    description:
      'Dated events of drug violence in Mexico and of Mexicans asking for asylum, 2006–2009.',
    options: {},
  },
  es: {
    name: 'Cronología de la violencia del narcotráfico',
    description:
      'Hechos fechados de la violencia del narcotráfico en México y de mexicanos que piden asilo, 2006–2009.',
    options: {},
  },
};
