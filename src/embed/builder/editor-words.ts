import type { OptionWords, WidgetWords } from '../../core/editor-words.js';
import type { Locale } from '../../core/localize.js';
import { sharedOptionWords } from './shared-option-words.js';
import type { WidgetDescription } from '../widget-catalog.js';
import { widgetWords } from './widget-words.js';

/**
 * A graphic in editors' words, from the `<tag>.editor.ts` beside it. A widget that has none yet is
 * named by the manifest's summary (in English), which the builder's test reports.
 */
export function graphicWords(widget: WidgetDescription, locale: Locale): WidgetWords {
  return (
    widgetWords[widget.tag]?.[locale] ?? {
      name: widget.summary,
      description: '',
      options: {},
    }
  );
}

/** An option in editors' words: the widget's own, else those every widget shares. */
export function optionWords(
  widget: WidgetDescription,
  attribute: string,
  locale: Locale,
): OptionWords | undefined {
  return (
    widgetWords[widget.tag]?.[locale].options[attribute] ?? sharedOptionWords[locale][attribute]
  );
}
