import { messages } from '../../src/embed/builder/builder.messages';

/**
 * The words the block's sidebar shares with the snippet builder, English and Spanish: the names of
 * the graphic, the options and their values. The editor script says them through WordPress's
 * translations, so the plugin's Spanish .po must give them exactly as the builder does, and editors
 * meet the same words in both tools.
 */
export function builderWords(): [english: string, spanish: string][] {
  const { en, es } = messages;
  const labels = (pick: (words: typeof en) => Record<string, string>) =>
    Object.entries(pick(en)).map(([name, english]): [string, string] => [
      english,
      pick(es)[name] ?? '',
    ]);
  return [
    [en.widget, es.widget],
    [en.options, es.options],
    [en.notSet, es.notSet],
    ...labels((words) => words.valueLabels),
    ...labels((words) => words.attributeLabels),
  ];
}
