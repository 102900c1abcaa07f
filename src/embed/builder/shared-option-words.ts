import type { OptionWords } from '../../core/editor-words.js';
import type { Locale } from '../../core/localize.js';

/**
 * The options every widget has (core/widget-element.ts: `lang`, `theme`) in editors' words. Like
 * each widget's `<tag>.editor.ts`, only the builder and the WordPress tooling import this. It is
 * not beside widget-element.ts: the build puts every module of src/core/ in the chunk every widget
 * loads (vite.config.ts).
 */
export const sharedOptionWords: Record<Locale, Record<string, OptionWords>> = {
  en: {
    lang: {
      label: 'Language of the graphic',
      hint: 'The language of its words, dates and numbers.',
      unset: 'The article’s language',
      choices: { en: 'English', es: 'Spanish' },
    },
    theme: {
      label: 'Colors',
      hint: 'By default the graphic takes the colors of the page it is on, light or dark.',
      unset: 'Match the article page',
      choices: {
        light: 'Dark text on a light background',
        dark: 'Light text on a dark background',
        auto: 'Follow each reader’s phone or computer setting',
      },
    },
  },
  es: {
    lang: {
      label: 'Idioma del gráfico',
      hint: 'El idioma de sus textos, fechas y cifras.',
      unset: 'El idioma del artículo',
      choices: { en: 'Inglés', es: 'Español' },
    },
    theme: {
      label: 'Colores',
      hint: 'De forma predeterminada, el gráfico toma los colores de la página donde está, clara u oscura.',
      unset: 'Igual que la página del artículo',
      choices: {
        light: 'Texto oscuro sobre fondo claro',
        dark: 'Texto claro sobre fondo oscuro',
        auto: 'Según el teléfono o la computadora de cada lector',
      },
    },
  },
};
