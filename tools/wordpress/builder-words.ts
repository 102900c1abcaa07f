import { messages } from '../../src/embed/builder/builder.messages';
import { widgetWords } from '../../src/embed/builder/widget-words';

/**
 * The words the block shares with the snippet builder that the editor script says through
 * WordPress's translations, English and Spanish: the sidebar's headings and each graphic's name and
 * description (its variation's). The plugin's Spanish .po must give them exactly as the builder
 * does, so editors meet the same words in both tools.
 */
export function builderWords(): [english: string, spanish: string][] {
  const { en, es } = messages;
  return [
    [en.widget, es.widget],
    [en.options, es.options],
    ...Object.values(widgetWords).flatMap((words): [string, string][] => [
      [words.en.name, words.es.name],
      [words.en.description, words.es.description],
    ]),
  ];
}
