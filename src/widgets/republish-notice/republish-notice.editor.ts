import type { EditorWords } from '../../core/editor-words.js';

/**
 * `<republish-notice>` in editors' words (the builder's gallery and options). Not imported by the
 * widget: see core/editor-words.ts. The licenses are named as Creative Commons names them.
 */
export const editorWords: EditorWords = {
  en: {
    name: 'Republish notice',
    description:
      'A “Republish this story” button that gives other newsrooms the story to copy, with its credit.',
    options: {
      notice: {
        label: 'Invitation to republish',
        hint: 'Your own sentence in place of ours. Leave it empty for ours.',
      },
      'article-url': {
        label: 'Address of the original story',
        hint: 'Leave it empty to use the address of the page the button is on.',
      },
      'article-title': {
        label: 'Headline',
        hint: 'Leave it empty to use the headline of the page.',
      },
      author: {
        label: 'Author',
        hint: 'Leave it empty for the page’s author, or Andrew Becker.',
      },
      publisher: {
        label: 'Publisher',
        hint: 'Leave it empty for The Center for Investigative Reporting (Reveal).',
      },
      license: {
        label: 'License',
        hint: 'The Creative Commons license your newsroom lets others republish under.',
        unset: 'No license named',
        choices: {
          'cc-by-4.0': 'Attribution (CC BY 4.0)',
          'cc-by-sa-4.0': 'Attribution-ShareAlike (CC BY-SA 4.0)',
          'cc-by-nd-4.0': 'Attribution-NoDerivatives (CC BY-ND 4.0)',
          'cc-by-nc-4.0': 'Attribution-NonCommercial (CC BY-NC 4.0)',
          'cc-by-nc-sa-4.0': 'Attribution-NonCommercial-ShareAlike (CC BY-NC-SA 4.0)',
          'cc-by-nc-nd-4.0': 'Attribution-NonCommercial-NoDerivatives (CC BY-NC-ND 4.0)',
          'cc-by-nc-nd-3.0': 'Attribution-NonCommercial-NoDerivs, version 3 (CC BY-NC-ND 3.0)',
          'cc0-1.0': 'Public domain (CC0 1.0)',
        },
      },
      'license-url': {
        label: 'Address of your republishing terms',
        hint: 'A page with your rules for republishing; the notice links to it.',
      },
      'article-selector': {
        label: 'Where the story’s text is on the page',
        hint: 'Ask your web team. Leave it empty to copy the page’s main article.',
      },
      'pixel-src': {
        label: 'Address of your tracking image',
        hint: 'Counts the readers of republished copies. It must start with https://',
      },
      'library-src': {
        label: 'Address the copies load the graphics from',
        hint: 'Leave it empty to use the address this page loads them from.',
      },
    },
  },
  es: {
    name: 'Aviso de republicación',
    description:
      'Un botón “Republicar este reportaje” que da a otros medios el reportaje listo para copiar, con su crédito.',
    options: {
      notice: {
        label: 'Invitación a republicar',
        hint: 'Su propia frase en lugar de la nuestra. Déjelo vacío para usar la nuestra.',
      },
      'article-url': {
        label: 'Dirección del reportaje original',
        hint: 'Déjelo vacío para usar la dirección de la página donde está el botón.',
      },
      'article-title': {
        label: 'Titular',
        hint: 'Déjelo vacío para usar el titular de la página.',
      },
      author: {
        label: 'Autor',
        hint: 'Déjelo vacío para usar el autor de la página, o Andrew Becker.',
      },
      publisher: {
        label: 'Medio',
        hint: 'Déjelo vacío para usar The Center for Investigative Reporting (Reveal).',
      },
      license: {
        label: 'Licencia',
        hint: 'La licencia Creative Commons con la que su medio permite republicar.',
        unset: 'Ninguna licencia indicada',
        choices: {
          'cc-by-4.0': 'Atribución (CC BY 4.0)',
          'cc-by-sa-4.0': 'Atribución-CompartirIgual (CC BY-SA 4.0)',
          'cc-by-nd-4.0': 'Atribución-SinDerivadas (CC BY-ND 4.0)',
          'cc-by-nc-4.0': 'Atribución-NoComercial (CC BY-NC 4.0)',
          'cc-by-nc-sa-4.0': 'Atribución-NoComercial-CompartirIgual (CC BY-NC-SA 4.0)',
          'cc-by-nc-nd-4.0': 'Atribución-NoComercial-SinDerivadas (CC BY-NC-ND 4.0)',
          'cc-by-nc-nd-3.0': 'Atribución-NoComercial-SinDerivadas, versión 3 (CC BY-NC-ND 3.0)',
          'cc0-1.0': 'Dominio público (CC0 1.0)',
        },
      },
      'license-url': {
        label: 'Dirección de sus condiciones de republicación',
        hint: 'Una página con sus reglas para republicar; el aviso enlaza a ella.',
      },
      'article-selector': {
        label: 'Dónde está el texto del reportaje en la página',
        hint: 'Consulte a su equipo web. Déjelo vacío para copiar el artículo principal de la página.',
      },
      'pixel-src': {
        label: 'Dirección de su imagen de seguimiento',
        hint: 'Cuenta los lectores de las copias republicadas. Debe empezar con https://',
      },
      'library-src': {
        label: 'Dirección desde la que las copias cargan los gráficos',
        hint: 'Déjelo vacío para usar la dirección desde la que esta página los carga.',
      },
    },
  },
};
