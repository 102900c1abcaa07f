import type { AttributeDescription } from '../../src/embed/widget-catalog.js';
import type { BlockMessages } from './block.messages.js';
import { components, element, type WpNode } from './wp.js';

/**
 * The sidebar control for one documented attribute, made from its manifest description as the
 * snippet builder makes its form (src/embed/builder/attribute-control.ts): a toggle for a boolean,
 * a select for a list of values (with "not set", so the widget's own default applies), a text
 * field otherwise. The attribute's documentation (English only) is its help in an English editor.
 */
export function attributeControl(
  attribute: AttributeDescription,
  value: string | boolean | undefined,
  text: BlockMessages,
  setValue: (name: string, value: string | boolean | undefined) => void,
): WpNode {
  const label = text.attributeLabels[attribute.name] ?? attribute.name;
  const common = {
    label,
    __nextHasNoMarginBottom: true,
    ...(text.english && attribute.description ? { help: attribute.description } : {}),
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
      value: typeof value === 'string' ? value : '',
      options: [
        { label: text.notSet, value: '' },
        ...attribute.values.map((option) => ({
          label: text.valueLabels[option] ?? option,
          value: option,
        })),
      ],
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
