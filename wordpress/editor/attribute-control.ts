import type { OptionWords } from '../../src/core/editor-words.js';
import { chosenValue, optionChoices } from '../../src/embed/builder/option-choices.js';
import type { AttributeDescription } from '../../src/embed/widget-catalog.js';
import type { BlockMessages } from './block.messages.js';
import { components, element, type WpNode } from './wp.js';

/**
 * The sidebar control for one documented attribute, in the snippet builder's words (`words`, from
 * the widget's `<tag>.editor.ts` through widgets.json) and made as the builder makes its form
 * (src/embed/builder/attribute-control.ts): a toggle for a boolean, a select of choices named by
 * what they show for a list (the default marked; choosing it leaves the value out, so the widget's
 * own default applies), a text field otherwise. The option's hint is its help.
 */
export function attributeControl(
  attribute: AttributeDescription,
  value: string | boolean | undefined,
  words: OptionWords | undefined,
  text: BlockMessages,
  setValue: (name: string, value: string | boolean | undefined) => void,
): WpNode {
  const common = {
    label: words?.label ?? attribute.name,
    __nextHasNoMarginBottom: true,
    ...(words?.hint ? { help: words.hint } : {}),
  };
  if (attribute.kind === 'boolean') {
    return element.createElement(components.ToggleControl, {
      ...common,
      checked: value === true,
      // Off is absent, as the element reads it.
      onChange: (checked: boolean) => setValue(attribute.name, checked || undefined),
    });
  }
  if (attribute.kind === 'enum') {
    return element.createElement(components.SelectControl, {
      ...common,
      __next40pxDefaultSize: true,
      value: chosenValue(attribute, typeof value === 'string' ? value : undefined),
      options: optionChoices(attribute, words, text.byDefault),
      onChange: (chosen: string) => setValue(attribute.name, chosen || undefined),
    });
  }
  return element.createElement(components.TextControl, {
    ...common,
    __next40pxDefaultSize: true,
    value: typeof value === 'string' ? value : '',
    onChange: (typed: string) => setValue(attribute.name, typed || undefined),
  });
}
