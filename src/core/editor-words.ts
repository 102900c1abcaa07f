import type { Locale } from './localize.js';

/**
 * An option of a widget in editors' words, for the snippet builder and the WordPress block: what
 * the reader will see, never how the attribute works (the manifest's descriptions, written from
 * the JSDoc, stay for developers). Each widget's words are in `<tag>.editor.ts` beside it, which
 * only the builder and the WordPress tooling import: no widget ships them.
 */
export interface OptionWords {
  /** The control's label: what the option changes on the page. */
  label: string;
  /** One short sentence under the control: what the reader will see. */
  hint?: string;
  /** For a list, each value by what it shows. */
  choices?: Record<string, string>;
  /** For a list with no default among its values: what the reader sees when none is chosen. */
  unset?: string;
}

/** A graphic in editors' words: its name and what it shows, then its options. */
export interface WidgetWords {
  /** The graphic's name, as the gallery and the WordPress inserter show it. */
  name: string;
  /** One line: what the reader sees. */
  description: string;
  /** Its own options, by attribute name (the options every widget has are in embed/builder/shared-option-words.ts). */
  options: Record<string, OptionWords>;
}

/** A widget's words in every language the builder speaks. */
export type EditorWords = Record<Locale, WidgetWords>;
