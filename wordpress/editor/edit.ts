import { attributeControl } from './attribute-control.js';
import type { BlockMessages } from './block.messages.js';
import type { EditorData, GraphicAttributes } from './editor-data.js';
import { Preview } from './preview.js';
import { checkChoice, type Problem } from './validate.js';
import {
  blockEditor,
  components,
  element,
  type Component,
  type EditProps,
  type WpNode,
} from './wp.js';

/**
 * The block in the editor: the graphic's options in the sidebar, generated from the widgets'
 * manifest descriptions, the real element previewed in the canvas, and a notice for any stored
 * choice the server would drop.
 */
export function createEdit(
  { widgets, library }: EditorData,
  text: BlockMessages,
  locale: string,
): Component<EditProps<GraphicAttributes>> {
  const h = element.createElement;

  function widgetSelect(tag: string, onChange: (tag: string) => void): WpNode {
    return h(components.SelectControl, {
      label: text.widget,
      value: widgets.some((widget) => widget.tag === tag) ? tag : '',
      options: [
        { label: text.notSet, value: '' },
        ...widgets.map((widget) => ({
          label: `${widget.summary} (<${widget.tag}>)`,
          value: widget.tag,
        })),
      ],
      onChange,
      __nextHasNoMarginBottom: true,
    });
  }

  function describe(problem: Problem): string {
    if (problem.kind === 'unknown-widget') return text.unknownWidget(problem.tag);
    if (problem.kind === 'unknown-attribute') return text.unknownAttribute(problem.attribute);
    const label = text.attributeLabels[problem.attribute] ?? problem.attribute;
    const allowed = problem.allowed.map((value) => text.valueLabels[value] ?? value).join(', ');
    return text.invalidValue(label, problem.value, allowed);
  }

  return function Edit({ attributes, setAttributes }) {
    const checked = checkChoice(widgets, attributes);
    const { widget } = checked;
    const chooseWidget = (tag: string) => setAttributes({ widget: tag, values: {} });
    const setValue = (name: string, value: string | boolean | undefined) => {
      const values = { ...attributes.values };
      if (value === undefined) delete values[name];
      else values[name] = value;
      setAttributes({ values });
    };

    const sidebar = h(
      blockEditor.InspectorControls,
      {},
      h(
        components.PanelBody,
        { title: text.options },
        widgetSelect(attributes.widget, chooseWidget),
        ...(widget?.attributes ?? []).map((attribute) =>
          attributeControl(attribute, attributes.values?.[attribute.name], text, locale, setValue),
        ),
      ),
    );
    const notices = checked.problems.map((problem) =>
      h(components.Notice, { status: 'warning', isDismissible: false }, describe(problem)),
    );
    const canvas = widget
      ? h(Preview, { tag: widget.tag, attributes: checked.attributes, library })
      : h(
          components.Placeholder,
          { icon: 'chart-bar', label: text.placeholder, instructions: text.chooseWidget },
          widgetSelect(attributes.widget, chooseWidget),
        );
    return h('div', blockEditor.useBlockProps(), sidebar, ...notices, canvas);
  };
}
