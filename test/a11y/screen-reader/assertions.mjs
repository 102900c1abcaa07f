// What every transcript must hold, whatever the golden files say (issue 24). Each returns the
// failures it finds, as sentences; an empty list is a pass.
import { franc } from 'franc-min';
import { parseTranscript, spoken } from './transcript.mjs';

const browseWalk = 'browse mode, line by line';

// Orca's own words, in the language Orca runs in (English): roles, states and its messages. They are
// taken out of an utterance before its language is judged.
const orcaWords = [
  /\b(heading level \d|table with \d+ rows? \d+ columns?|column header|row header|List with \d+ items?)\b/g,
  /\b(leaving (figure|table|list|region|dialog)|push button|opens dialog|Focus mode|Browse mode)\b/g,
  /\b(not selected|selected|link|figure|caption|region|dialog|image|clickable|\d+ of \d+)\b/g,
];
const withoutOrcaWords = (line) =>
  orcaWords.reduce((rest, words) => rest.replace(words, ' '), line);

// What no utterance may be: a control or image with no name, a blank, an address, a file name.
const unlabelled =
  /^(link|push button|button|image|graphic|clickable|image, clickable|canvas|list box|blank|unlabell?ed)\.?$/i;
const rawAddress = /\bhttps?:\/\/|\bwww\.|\bdata:/i;
const fileName = /\b[\w-]+\.(png|csv|svg|js|mjs|css|html|json)\b/i;

const count = (lines, text) => lines.filter((line) => line.includes(text)).length;
const lowercase = (lines) => lines.map((line) => line.toLowerCase());

function figuresWithQualifiers({ figures }, walk) {
  const heard = lowercase(walk).join('\n');
  return figures
    .filter(({ words }) => !heard.includes(words.toLowerCase()))
    .map(({ id, words }) => `the figure ${id} is never spoken as "${words}"`);
}

function summaryOnce({ summary }, walk) {
  if (!summary) return [];
  const times = count(walk, summary);
  return times === 1 ? [] : [`the chart's summary is spoken ${times} times, not once`];
}

function instructionsOnce({ table, lang }, walk) {
  if (!table) return [];
  const instruction = lang === 'es' ? 'use las flechas' : 'use the arrow keys';
  const times = count(walk, instruction);
  return times === 1
    ? []
    : [`how to explore the chart by keyboard is said ${times} times, not once`];
}

/** Orca reads a table cell with its column header when the row changes: "Killings column header 2,826". */
function tableWithHeaders({ table }, walk) {
  if (!table) return [];
  const failures = [];
  if (!walk.some((line) => /table with \d+ rows/.test(line)))
    failures.push('no table is announced');
  for (const [rowHeader, ...cells] of table.rows) {
    if (!walk.some((line) => line.replace(/\.$/, '') === rowHeader)) {
      failures.push(`the row header "${rowHeader}" is not read`);
    }
    cells.forEach((cell, index) => {
      const column = table.columns[index + 1];
      if (!walk.some((line) => line.includes(`${column} column header ${cell}`))) {
        failures.push(`the cell "${cell}" is not read with its header "${column}"`);
      }
    });
  }
  return failures;
}

function nothingTechnical({ attributeWords }, lines) {
  const failures = [];
  for (const line of lines) {
    // The republish dialog's field of HTML to copy is code by design: Orca reads its line on focus.
    const copyField = / read only entry\b/.test(line);
    if (unlabelled.test(line)) failures.push(`an unlabelled or blank utterance: "${line}"`);
    if (copyField) continue;
    if (rawAddress.test(line)) failures.push(`an address is spoken: "${line}"`);
    if (fileName.test(line)) failures.push(`a file name is spoken: "${line}"`);
    const words = line.toLowerCase().replace(/[.,;:]$/, '');
    for (const attribute of attributeWords) {
      const leaked = attribute.includes('-') ? words.includes(attribute) : words === attribute;
      if (leaked) failures.push(`an attribute name or value is spoken: "${line}"`);
    }
  }
  return failures;
}

// A source is cited in its own language: its title, publisher and outlet are names.
const citation =
  /[“”«»]|^(Sources?|Fuentes?):|Associated Press|24 Horas|El País|CNN|Washington Post|Center for Investigative Reporting|Los Angeles Times/;
const languageCode = { en: 'eng', es: 'spa' };

function oneLanguage({ lang }, lines) {
  const failures = [];
  for (const line of lines) {
    if (citation.test(line)) continue;
    const words = withoutOrcaWords(line).replace(/\s+/g, ' ').trim();
    if (words.split(' ').filter((word) => /\p{L}{2,}/u.test(word)).length < 4) continue;
    const detected = franc(words, { only: ['eng', 'spa'], minLength: 10 });
    if (detected !== 'und' && detected !== languageCode[lang]) {
      failures.push(`a sentence in the other language on the ${lang} page: "${line}"`);
    }
  }
  return failures;
}

/** Every failure of one widget's transcript against its expectations (expectations.mjs). */
export function checkTranscript(expected, transcript) {
  const walks = parseTranscript(transcript);
  const browse = spoken(walks[browseWalk] ?? []);
  const everything = Object.values(walks).flatMap(spoken);
  return [
    ...figuresWithQualifiers(expected, browse),
    ...summaryOnce(expected, browse),
    ...instructionsOnce(expected, browse),
    ...tableWithHeaders(expected, browse),
    ...nothingTechnical(expected, everything),
    ...oneLanguage(expected, everything),
  ];
}
