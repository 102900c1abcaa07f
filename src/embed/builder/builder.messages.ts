import type { Locale } from '../../core/localize.js';

/** Every word of the snippet builder, for editors, in English and Spanish. */
export interface BuilderMessages {
  title: string;
  intro: string;
  interfaceLanguage: string;
  /** The gallery's name: the graphics, each by its name and what it shows. */
  widget: string;
  options: string;
  /** A choice that is the default, marked as such (the options' words are in each widget's `<tag>.editor.ts`). */
  byDefault: (label: string) => string;
  /** The names of the two languages, for the builder's own language. */
  languageNames: Record<Locale, string>;
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
  /** The preview's toggles: how the graphic looks on a light or dark page, in English or Spanish. */
  previewColors: string;
  previewLight: string;
  previewDark: string;
  previewLanguage: string;
  previewEnglish: string;
  previewSpanish: string;
  /** Said under the toggles: what they change besides the preview. */
  previewHelp: string;
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
      'Choose a graphic and its options, check how it looks, then copy its code into your article.',
    interfaceLanguage: 'Language of this page',
    widget: 'Graphic',
    options: 'Options',
    byDefault: (label) => `${label} (default)`,
    languageNames: { en: 'English', es: 'Español' },
    baseUrl: 'Address of the graphics’ files',
    baseUrlHelp:
      'Where your newsroom publishes the graphics. Your web team can tell you; it ends with “/”.',
    channel: 'Corrections and updates',
    current: 'Current version (recommended)',
    currentHelp: (major) =>
      `Loads the newest release of version ${major}. When a figure is corrected or a problem fixed, your article shows it, with no change to the code.`,
    pinned: (version) => `This exact version, ${version}`,
    pinnedHelp:
      'Never changes, and carries integrity checks for sites that require them. It will not receive corrections: to show one, you would have to replace the code in your article.',
    unversioned:
      'The address above names no version, so both choices load the same files; with integrity checks, the graphic stops loading when those files change.',
    preview: 'Preview',
    previewColors: 'Page colors',
    previewLight: 'Light page',
    previewDark: 'Dark page',
    previewLanguage: 'Article language',
    previewEnglish: 'English',
    previewSpanish: 'Spanish',
    previewHelp:
      'See the graphic as readers will on a light or a dark page, in English or Spanish. Where you chose its colors or language above, this changes them too.',
    phone: 'On a phone',
    desktop: 'On a computer',
    scriptSnippet: 'Code for your article',
    scriptHelp:
      'For most sites. Readers whose browsers run no scripts still see the figures and the source.',
    iframeSnippet: 'Code for sites that remove scripts',
    iframeHelp:
      'If your site removes the first code, use this one: the graphic shows in a frame that fits its height. Its last line is optional.',
    newsletterSnippet: 'Email newsletter',
    newsletterHelp:
      'For newsletters: the chart as a picture and the figures as text, with no script. Paste it where your email tool takes HTML.',
    readStory: 'Read the full story',
    copy: 'Copy',
    copied: 'Copied. Now paste it into your article.',
    copyFallback: 'Press Ctrl+C (or ⌘C) to copy the selected text.',
  },
  es: {
    title: 'Insertar un gráfico',
    intro: 'Elija un gráfico y sus opciones, revise cómo se ve y copie su código en su artículo.',
    interfaceLanguage: 'Idioma de esta página',
    widget: 'Gráfico',
    options: 'Opciones',
    byDefault: (label) => `${label} (predeterminado)`,
    languageNames: { en: 'English', es: 'Español' },
    baseUrl: 'Dirección de los archivos de los gráficos',
    baseUrlHelp:
      'Donde su medio publica los gráficos. Su equipo web se la puede indicar; termina en “/”.',
    channel: 'Correcciones y actualizaciones',
    current: 'Versión actual (recomendada)',
    currentHelp: (major) =>
      `Carga la publicación más reciente de la versión ${major}. Si se corrige una cifra o se arregla un problema, su artículo lo muestra sin cambiar el código.`,
    pinned: (version) => `Esta versión exacta, ${version}`,
    pinnedHelp:
      'No cambia nunca y lleva verificación de integridad, para los sitios que la exigen. No recibirá correcciones: para mostrar una, tendría que reemplazar el código en su artículo.',
    unversioned:
      'La dirección de arriba no indica ninguna versión: las dos opciones cargan los mismos archivos y, con verificación de integridad, el gráfico deja de cargarse cuando esos archivos cambian.',
    preview: 'Vista previa',
    previewColors: 'Colores de la página',
    previewLight: 'Página clara',
    previewDark: 'Página oscura',
    previewLanguage: 'Idioma del artículo',
    previewEnglish: 'Inglés',
    previewSpanish: 'Español',
    previewHelp:
      'Vea el gráfico como lo verán los lectores en una página clara u oscura, en inglés o en español. Si arriba eligió sus colores o su idioma, esto también los cambia.',
    phone: 'En un teléfono',
    desktop: 'En una computadora',
    scriptSnippet: 'Código para su artículo',
    scriptHelp:
      'Para la mayoría de los sitios. Los lectores cuyo navegador no ejecuta scripts igual ven las cifras y la fuente.',
    iframeSnippet: 'Código para sitios que eliminan scripts',
    iframeHelp:
      'Si su sitio elimina el primer código, use este: el gráfico se muestra en un marco que se ajusta a su altura. La última línea es opcional.',
    newsletterSnippet: 'Boletín por correo',
    newsletterHelp:
      'Para boletines: el gráfico como imagen y las cifras como texto, sin scripts. Péguelo donde su herramienta de correo acepta HTML.',
    readStory: 'Lea el reportaje completo',
    copy: 'Copiar',
    copied: 'Copiado. Ahora péguelo en su artículo.',
    copyFallback: 'Pulse Ctrl+C (o ⌘C) para copiar el texto seleccionado.',
  },
};
