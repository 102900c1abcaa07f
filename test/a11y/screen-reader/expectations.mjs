// What the assertions (assertions.mjs) hold each transcript to, taken from the build, not from the
// golden transcripts: the figures of dist/lib/data with their qualifiers, each chart's summary and
// table from its prerender (dist/prerendered.json), and every attribute name and value
// custom-elements.json lists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { figures } from '../../../tools/contract/surface.mjs';

/** The figures each widget shows with the builder's default choices. */
const figuresShown = {
  'asylum-stat': ['court-grants', 'court-cases', 'court-share'],
  'police-deaths-chart': ['police-since-2007', 'police-2008', 'police-other'],
  'drug-killings-chart': [
    'killings-2006-12',
    'killings-2007',
    'killings-2008',
    'killings-2009',
    'killings-2010',
    'article-killed-since-2006',
  ],
  'violence-timeline': ['port-requests', 'police-2008'],
  'republish-notice': [],
};

// The words a reader must hear with a figure (FACTS.md), written here independently of the widgets'
// messages. Spanish figures are written as in Mexico (es-MX): 3,000 and 2.4.
const qualifierWords = {
  en: {
    exact: '',
    'more-than': 'more than ',
    almost: 'almost ',
    about: 'about ',
    nearly: 'nearly ',
    'at-most': 'under ',
  },
  es: {
    exact: '',
    'more-than': 'más de ',
    almost: 'casi ',
    about: 'alrededor de ',
    nearly: 'casi ',
    'at-most': 'menos del ',
  },
};
const numberLocale = { en: 'en-US', es: 'es-MX' };

/** "more than 3,000", "menos del 2.4%": each figure of `tag` as it must be spoken in `lang`. */
function spokenFigures(all, tag, lang) {
  return figuresShown[tag].map((id) => {
    const { value, qualifier } = all[id];
    const format = id.endsWith('-share')
      ? new Intl.NumberFormat(numberLocale[lang], { style: 'percent', maximumFractionDigits: 1 })
      : new Intl.NumberFormat(numberLocale[lang]);
    return { id, words: `${qualifierWords[lang][qualifier]}${format.format(value)}` };
  });
}

function prerender(distDir, tag, lang) {
  const all = JSON.parse(readFileSync(join(distDir, 'prerendered.json'), 'utf8'));
  const entry = all[tag].find(
    ({ attributes }) =>
      attributes.lang === lang &&
      attributes.theme === 'light' &&
      !attributes.license &&
      (attributes.metric ?? 'court-grants') === 'court-grants',
  );
  return new JSDOM(entry.html).window.document;
}

const text = (node) => node.textContent.replace(/\s+/g, ' ').trim();

/** Everything the assertions need for one widget in one language. */
export async function expectationsFor(distDir, tag, lang) {
  const document = prerender(distDir, tag, lang);
  const table = document.querySelector('table');
  const manifest = JSON.parse(readFileSync(join(distDir, 'custom-elements.json'), 'utf8'));
  const attributeValues = new Set();
  for (const module of manifest.modules)
    for (const declaration of module.declarations ?? [])
      for (const attribute of declaration.attributes ?? []) {
        if (attribute.name.includes('-')) attributeValues.add(attribute.name);
        for (const value of (attribute.type?.text ?? '').matchAll(/'([^']+)'/g))
          attributeValues.add(value[1]);
      }
  return {
    tag,
    lang,
    figures: spokenFigures(await figures(distDir), tag, lang),
    summary: document.querySelector('img.prerendered-chart')?.getAttribute('alt') ?? null,
    table: table && {
      columns: [...table.querySelectorAll('thead th')].map(text),
      rows: [...table.querySelectorAll('tbody tr')].map((row) => [...row.cells].map(text)),
    },
    attributeWords: [...attributeValues].filter((value) => /[-.]/.test(value) || value.length > 2),
  };
}
