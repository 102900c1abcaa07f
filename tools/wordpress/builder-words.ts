import type { WidgetWords } from '../../src/core/editor-words';
import type { Locale } from '../../src/core/localize';
import { sharedOptionWords } from '../../src/embed/builder/shared-option-words';
import { messages } from '../../src/embed/builder/builder.messages';
import { widgetWords } from '../../src/embed/builder/widget-words';

/**
 * The words the block shares with the snippet builder that the editor script says through
 * WordPress's translations, English and Spanish: the sidebar's headings and each graphic's name and
 * description (its variation's). The plugin's Spanish .po must give them exactly as the builder
 * does, so editors meet the same words in both tools. The options' words travel in widgets.json
 * instead (editorWords below).
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

/**
 * A graphic's words for editors in both languages, its own options with those every widget has,
 * for widgets.json: the block's sidebar names each option and choice as the builder does.
 */
export function editorWords(tag: string): Record<Locale, WidgetWords> | undefined {
  const words = widgetWords[tag];
  if (!words) return undefined;
  const merged = (locale: Locale): WidgetWords => ({
    ...words[locale],
    options: { ...sharedOptionWords[locale], ...words[locale].options },
  });
  return { en: merged('en'), es: merged('es') };
}
