// From Orca's speech log to one transcript per widget. Everything before the first walk is dropped
// (the window title and the say-all on load depend on timing); each walk is cut at the article's
// paragraphs (article-page.mjs), so the lines between paragraph N and paragraph N + 1 are what the
// N-th widget made Orca say, including the "leaving figure." of the key that left it.
import { articleEnd, paragraphBefore, widgets } from './article-page.mjs';

const speechLine = /^SPEECH OUTPUT: '(.*)'( voice=\w+)?$/;

/** A log line as a transcript shows it: `> Key`, `## walk`, or the words spoken (trimmed). */
function transcriptLine(line) {
  if (line.startsWith('KEY: ')) return `> ${line.slice(5)}`;
  if (line.startsWith('WALK: ')) return `## ${line.slice(6)}`;
  const speech = line.match(speechLine);
  return speech ? speech[1].trim() : undefined;
}

/** The walks of a log: `[{ title, lines }]`, lines as transcriptLine gives them, blanks dropped. */
export function walksOf(logLines) {
  const walks = [];
  let unheard = false;
  for (const line of logLines) {
    // Between `UNHEARD:` and `HEARD`, what the walk does is not compared (walk.mjs says why).
    if (line.startsWith('UNHEARD:') || line === 'HEARD') {
      unheard = line !== 'HEARD';
      continue;
    }
    if (unheard) continue;
    const text = transcriptLine(line);
    if (text?.startsWith('## ')) walks.push({ title: text.slice(3), lines: [] });
    else if (text && walks.length && text !== 'Screen reader off.') walks.at(-1).lines.push(text);
  }
  return walks;
}

const isSpeech = (line) => !line.startsWith('> ');

/** The transcript of each widget: `{ [tag]: text }`, its walks under `## ` headings. */
export function transcriptsByWidget(logLines, lang) {
  const walks = walksOf(logLines);
  const starts = [...widgets.map((_, index) => paragraphBefore(lang, index)), articleEnd(lang)];
  const result = {};
  widgets.forEach((tag, index) => {
    const parts = walks.map(({ title, lines }) => {
      const from = lines.findIndex((line) => isSpeech(line) && line.includes(starts[index]));
      const to = lines.findIndex(
        (line, at) => at > from && isSpeech(line) && line.includes(starts[index + 1]),
      );
      if (from < 0 || to < 0) {
        throw new Error(
          `the ${title} walk (${lang}) never reached <${tag}> between its paragraphs`,
        );
      }
      return [`## ${title}`, ...lines.slice(from + 1, to)].join('\n');
    });
    result[tag] = `${parts.join('\n\n')}\n`;
  });
  return result;
}

/** The walks of one widget's transcript: `{ [title]: lines }`. */
export function parseTranscript(text) {
  const walks = {};
  let current;
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) walks[(current = line.slice(3))] = [];
    else if (line && current) walks[current].push(line);
  }
  return walks;
}

/** Only the words spoken, in order, of some transcript lines. */
export const spoken = (lines) => lines.filter(isSpeech);
