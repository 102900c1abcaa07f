// The page Orca reads: an article in one language holding the five widgets as a partner pastes
// them from the builder (the widget's stylesheet, the module script, and the element holding its
// prerender from dist/prerendered.json), each after a paragraph of the article. Each paragraph is a
// link, as articles' paragraphs often hold one, so that Orca speaks it in the Tab walk too: the
// transcripts are cut into one file per widget at those paragraphs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The widgets in page order, with the attributes the builder leaves at their defaults. */
export const widgets = [
  'asylum-stat',
  'police-deaths-chart',
  'drug-killings-chart',
  'violence-timeline',
  'republish-notice',
];

const articleWords = {
  en: {
    title: 'Fleeing the drug war',
    paragraph: (n) => `Article paragraph ${n}.`,
    end: 'End of the article.',
  },
  es: {
    title: 'Huir de la guerra del narco',
    paragraph: (n) => `Párrafo ${n} del artículo.`,
    end: 'Fin del artículo.',
  },
};

/** The line of the article that comes before the widget at `index`, and the line after the last. */
export function paragraphBefore(lang, index) {
  return articleWords[lang].paragraph(index + 1);
}
export function articleEnd(lang) {
  return articleWords[lang].end;
}

/** The prerender the builder puts in the snippet: the default choice in the light theme. */
function prerenderFor(prerendered, tag, lang) {
  const entry = prerendered[tag].find(
    ({ attributes }) =>
      attributes.lang === lang &&
      attributes.theme === 'light' &&
      (attributes.license ?? '') === '' &&
      (attributes.metric ?? 'court-grants') === 'court-grants',
  );
  if (!entry) throw new Error(`dist/prerendered.json has no ${lang} prerender for <${tag}>`);
  return entry.html;
}

/** The article page for `lang`, loading the library from `libraryUrl` (ending in `/`). */
export function articlePage(distDir, lang, libraryUrl) {
  const prerendered = JSON.parse(readFileSync(join(distDir, 'prerendered.json'), 'utf8'));
  const words = articleWords[lang];
  const sections = widgets.map(
    (tag, index) => `<p><a href="#">${paragraphBefore(lang, index)}</a></p>
<link rel="stylesheet" href="${libraryUrl}${tag}.css">
<script type="module" src="${libraryUrl}refuge-widgets.js"></script>
<${tag} lang="${lang}">${prerenderFor(prerendered, tag, lang)}</${tag}>`,
  );
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${words.title}</title>
</head>
<body>
<main>
<article>
<h1>${words.title}</h1>
${sections.join('\n')}
<p><a href="#">${words.end}</a></p>
</article>
</main>
</body>
</html>
`;
}
