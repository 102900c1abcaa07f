import type { Locale } from '../../core/localize.js';

/** Every word of the snippet builder, for editors, in English and Spanish. */
export interface BuilderMessages {
  title: string;
  intro: string;
  interfaceLanguage: string;
  widget: string;
  options: string;
  notSet: string;
  valueLabels: Record<string, string>;
  /** Friendly names of known attributes; a new attribute shows its own name until it gets one. */
  attributeLabels: Record<string, string>;
  baseUrl: string;
  baseUrlHelp: string;
  integrity: string;
  integrityHelp: string;
  preview: string;
  phone: string;
  desktop: string;
  scriptSnippet: string;
  scriptHelp: string;
  iframeSnippet: string;
  iframeHelp: string;
  copy: string;
  copied: string;
  copyFallback: string;
}

export const messages: Record<Locale, BuilderMessages> = {
  en: {
    title: 'Embed a graphic',
    intro:
      'Choose a graphic and its options, check the preview, then copy one of the two snippets into your article.',
    interfaceLanguage: 'Language of this page',
    widget: 'Graphic',
    options: 'Options',
    notSet: 'Not set (default)',
    valueLabels: {
      en: 'English',
      es: 'Spanish',
      light: 'Light',
      dark: 'Dark',
      auto: 'Follow the reader’s setting',
    },
    attributeLabels: {
      metric: 'Figure',
      lang: 'Language of the graphic',
      theme: 'Colors',
      'show-table': 'Show the table of figures',
    },
    baseUrl: 'Library address',
    baseUrlHelp: 'Where the library’s dist/ folder is published. It ends with a slash.',
    integrity: 'Add integrity checks to script tags',
    integrityHelp: 'Browsers then refuse a file that was changed. Use it with a versioned address.',
    preview: 'Preview',
    phone: 'Phone (360 px)',
    desktop: 'Desktop (720 px)',
    scriptSnippet: 'Script embed',
    scriptHelp: 'For pages that allow scripts. Readers without JavaScript see the sentence inside.',
    iframeSnippet: 'Iframe embed',
    iframeHelp:
      'For CMSs that remove scripts. The iframe sizes itself; the script line is optional.',
    copy: 'Copy',
    copied: 'Copied.',
    copyFallback: 'Press Ctrl+C (or ⌘C) to copy the selected text.',
  },
  es: {
    title: 'Insertar un gráfico',
    intro:
      'Elija un gráfico y sus opciones, revise la vista previa y copie uno de los dos fragmentos en su artículo.',
    interfaceLanguage: 'Idioma de esta página',
    widget: 'Gráfico',
    options: 'Opciones',
    notSet: 'Sin definir (predeterminado)',
    valueLabels: {
      en: 'Inglés',
      es: 'Español',
      light: 'Claro',
      dark: 'Oscuro',
      auto: 'Según la preferencia del lector',
    },
    attributeLabels: {
      metric: 'Cifra',
      lang: 'Idioma del gráfico',
      theme: 'Colores',
      'show-table': 'Mostrar la tabla de cifras',
    },
    baseUrl: 'Dirección de la biblioteca',
    baseUrlHelp: 'Donde se publica la carpeta dist/ de la biblioteca. Termina en una barra.',
    integrity: 'Agregar verificación de integridad a las etiquetas script',
    integrityHelp:
      'Así el navegador rechaza un archivo modificado. Úselo con una dirección con versión.',
    preview: 'Vista previa',
    phone: 'Teléfono (360 px)',
    desktop: 'Escritorio (720 px)',
    scriptSnippet: 'Inserción con script',
    scriptHelp:
      'Para páginas que permiten scripts. Los lectores sin JavaScript ven la frase de adentro.',
    iframeSnippet: 'Inserción con iframe',
    iframeHelp:
      'Para CMS que eliminan scripts. El iframe ajusta su altura; la línea del script es opcional.',
    copy: 'Copiar',
    copied: 'Copiado.',
    copyFallback: 'Pulse Ctrl+C (o ⌘C) para copiar el texto seleccionado.',
  },
};
