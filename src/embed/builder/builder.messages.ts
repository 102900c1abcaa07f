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
  /** The choice between the current and the pinned version (src/embed/builder/channels.ts). */
  channel: string;
  current: string;
  currentHelp: (major: string) => string;
  pinned: (version: string) => string;
  pinnedHelp: string;
  /** Said when the library's address names no version, so both choices load the same files. */
  unversioned: string;
  preview: string;
  phone: string;
  desktop: string;
  scriptSnippet: string;
  scriptHelp: string;
  iframeSnippet: string;
  iframeHelp: string;
  newsletterSnippet: string;
  newsletterHelp: string;
  /** The email's link to the story, in the graphic's language. */
  readStory: string;
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
    channel: 'Corrections and updates',
    current: 'Current version (recommended)',
    currentHelp: (major) =>
      `Loads the newest release of version ${major}. When a figure is corrected or a problem fixed, your article shows it, with no change to the snippet.`,
    pinned: (version) => `This exact version, ${version}`,
    pinnedHelp:
      'Never changes, and carries integrity checks for sites that require them. It will not receive corrections: to show one, you would have to replace the snippet in your article.',
    unversioned:
      'The library address above names no version, so both choices load the same files; with integrity checks, the graphic stops loading when those files change.',
    preview: 'Preview',
    phone: 'Phone (360 px)',
    desktop: 'Desktop (720 px)',
    scriptSnippet: 'Script embed',
    scriptHelp: 'For pages that allow scripts. Readers without JavaScript see the sentence inside.',
    iframeSnippet: 'Iframe embed',
    iframeHelp:
      'For CMSs that remove scripts. The iframe sizes itself; the script line is optional.',
    newsletterSnippet: 'Email newsletter',
    newsletterHelp:
      'For newsletters: the chart as a picture and the figures as text, with no script. Paste it where your email tool takes HTML.',
    readStory: 'Read the full story',
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
    channel: 'Correcciones y actualizaciones',
    current: 'Versión actual (recomendada)',
    currentHelp: (major) =>
      `Carga la publicación más reciente de la versión ${major}. Si se corrige una cifra o se arregla un problema, su artículo lo muestra sin cambiar el fragmento.`,
    pinned: (version) => `Esta versión exacta, ${version}`,
    pinnedHelp:
      'No cambia nunca y lleva verificación de integridad, para los sitios que la exigen. No recibirá correcciones: para mostrar una, tendría que reemplazar el fragmento en su artículo.',
    unversioned:
      'La dirección de la biblioteca no indica ninguna versión: las dos opciones cargan los mismos archivos y, con verificación de integridad, el gráfico deja de cargarse cuando esos archivos cambian.',
    preview: 'Vista previa',
    phone: 'Teléfono (360 px)',
    desktop: 'Escritorio (720 px)',
    scriptSnippet: 'Inserción con script',
    scriptHelp:
      'Para páginas que permiten scripts. Los lectores sin JavaScript ven la frase de adentro.',
    iframeSnippet: 'Inserción con iframe',
    iframeHelp:
      'Para CMS que eliminan scripts. El iframe ajusta su altura; la línea del script es opcional.',
    newsletterSnippet: 'Boletín por correo',
    newsletterHelp:
      'Para boletines: el gráfico como imagen y las cifras como texto, sin scripts. Péguelo donde su herramienta de correo acepta HTML.',
    readStory: 'Lea el reportaje completo',
    copy: 'Copiar',
    copied: 'Copiado.',
    copyFallback: 'Pulse Ctrl+C (o ⌘C) para copiar el texto seleccionado.',
  },
};
