import type { OptionWords } from '../../core/editor-words.js';
import type { AttributeDescription } from '../widget-catalog.js';

/** One choice of a list option: the value the snippet gets (`''`: left out) and its name. */
export interface OptionChoice {
  value: string;
  label: string;
}

/**
 * The choices of a list option by what they show, the default marked by `markDefault`: when the
 * manifest names a default among the values, that value (choosing it leaves the attribute out,
 * which shows the same); otherwise a first choice that leaves it out, named by what the reader
 * then sees (`unset`). Shared by the builder and the WordPress block.
 */
export function optionChoices(
  attribute: AttributeDescription,
  words: OptionWords | undefined,
  markDefault: (label: string) => string,
): OptionChoice[] {
  const name = (value: string) => words?.choices?.[value] ?? value;
  const fallback = attribute.default;
  if (fallback !== undefined && attribute.values.includes(fallback)) {
    return attribute.values.map((value) => ({
      value: value === fallback ? '' : value,
      label: value === fallback ? markDefault(name(value)) : name(value),
    }));
  }
  return [
    { value: '', label: markDefault(words?.unset ?? '') },
    ...attribute.values.map((value) => ({ value, label: name(value) })),
  ];
}

/** The choice a stored value selects: its own, or the default's (`''`) when it is the default. */
export const chosenValue = (attribute: AttributeDescription, value: string | undefined): string =>
  !value || value === attribute.default ? '' : value;
