import type { EditorWords } from '../../core/editor-words.js';

/**
 * `<asylum-stat>` in editors' words (the builder's gallery and options, the WordPress block). Not
 * imported by the widget: see core/editor-words.ts.
 */
export const editorWords: EditorWords = {
  en: {
    name: 'Asylum figure',
    description:
      'One headline figure: asylum for Mexicans in U.S. immigration courts, or asked for at the border.',
    options: {
      metric: {
        label: 'Figure',
        hint: 'The number readers see in large type, with its context and source.',
        choices: {
          'court-grants': 'Asylum grants in immigration court',
          'port-requests': 'Requests at the border',
        },
      },
    },
  },
  es: {
    name: 'Cifra de asilo',
    description:
      'Una cifra destacada: el asilo para mexicanos en las cortes de inmigración de EE. UU., o el que se pide en la frontera.',
    options: {
      metric: {
        label: 'Cifra',
        hint: 'El número que los lectores ven en grande, con su contexto y su fuente.',
        choices: {
          'court-grants': 'Asilos concedidos en las cortes de inmigración',
          'port-requests': 'Solicitudes en la frontera',
        },
      },
    },
  },
};
