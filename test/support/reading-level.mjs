/**
 * `executeServerCommand('reading-level', { lang, sentences })` scores each sentence, in Node:
 * - English: the Flesch-Kincaid grade level (Kincaid et al., 1975; the `flesch-kincaid` package),
 *   syllables counted by the `syllable` package;
 * - Spanish: Fernández Huerta's reading ease (1959), as corrected by Law (2011):
 *   206.84 − 0.60 × syllables per 100 words − 1.02 × words per sentence (Law showed that the
 *   often-printed "sentences per 100 words" is a transcription error; 60 and up: plain,
 *   "normal" on Fernández Huerta's scale), syllables counted by `spanishSyllables` below.
 * A figure ("3,000", "2.4%") counts as one word of one syllable, as readers take it in at a glance.
 * Each sentence is scored on its own: one sentence, its words and syllables.
 */
export function readingLevelCommands() {
  return {
    name: 'refuge-reading-level',
    async executeCommand({ command, payload }) {
      if (command !== 'reading-level') return undefined;
      const { lang, sentences } = payload;
      const { fleschKincaid } = await import('flesch-kincaid');
      const { syllable } = await import('syllable');
      const count = lang === 'es' ? spanishSyllables : (word) => syllable(word);
      const scored = sentences.map((sentence) => {
        const words = wordsOf(sentence);
        const syllables = words.reduce(
          (total, word) =>
            total +
            word
              .split(/[-/]/)
              .filter(Boolean)
              .reduce((sum, part) => sum + (/\d/.test(part) ? 1 : Math.max(1, count(part))), 0),
          0,
        );
        const counts = { sentence: 1, word: words.length, syllable: syllables };
        const score =
          lang === 'es'
            ? 206.84 - 0.6 * ((100 * syllables) / words.length) - 1.02 * words.length
            : fleschKincaid(counts);
        return { sentence, words: words.length, syllables, score: Math.round(score * 10) / 10 };
      });
      if (!payload.passage) return scored;
      // The sentences read as one passage, as the formulas were made to score text.
      const totals = {
        sentence: scored.length,
        word: scored.reduce((total, entry) => total + entry.words, 0),
        syllable: scored.reduce((total, entry) => total + entry.syllables, 0),
      };
      const score =
        lang === 'es'
          ? 206.84 -
            0.6 * ((100 * totals.syllable) / totals.word) -
            1.02 * (totals.word / totals.sentence)
          : fleschKincaid(totals);
      return {
        sentence: `${totals.sentence} sentences`,
        words: totals.word,
        syllables: totals.syllable,
        score: Math.round(score * 10) / 10,
      };
    },
  };
}

/** The words of a sentence: runs of letters and digits (with inner apostrophes, points, commas). */
export function wordsOf(sentence) {
  return sentence.match(/[\p{L}\p{N}]+(?:[’'.,:\-/][\p{L}\p{N}]+)*/gu) ?? [];
}

const strong = 'aeoáéíóú'.split('');
const vowel = /[aeiouáéíóúüy]/;

/**
 * Syllables of a Spanish word, by the Real Academia's rules (Ortografía, 2010, §4.1): each syllable
 * has one vowel nucleus; two vowels are one nucleus (a diphthong) unless both are strong (a, e, o)
 * or one is a stressed weak vowel (í, ú), which makes a hiatus; "y" is a vowel only at the end of
 * a word after a vowel (ley, muy) or alone.
 */
export function spanishSyllables(word) {
  const letters = [...word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '')];
  let nuclei = 0;
  let previousVowel = '';
  for (const [index, letter] of letters.entries()) {
    const before = letters[index - 1];
    const after = letters[index + 1] ?? '';
    const isVowel =
      letter === 'y'
        ? letters.length === 1 || (index === letters.length - 1 && previousVowel !== '')
        : // The u of "que", "qui", "gue", "gui" is not pronounced.
          vowel.test(letter) &&
          !(letter === 'u' && (before === 'q' || (before === 'g' && /[eéií]/.test(after))));
    if (!isVowel) {
      previousVowel = '';
      continue;
    }
    const joined =
      previousVowel !== '' &&
      !(strong.includes(previousVowel) && strong.includes(letter)) &&
      !['í', 'ú'].includes(previousVowel) &&
      !['í', 'ú'].includes(letter);
    if (!joined) nuclei += 1;
    previousVowel = letter;
  }
  return Math.max(1, nuclei);
}
