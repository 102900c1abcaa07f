import { attributeControl } from './attribute-control.js';
import type { BlockMessages } from './block.messages.js';
import type { EditorData, GraphicAttributes, OfferedWidget } from './editor-data.js';
import { Example } from './example.js';
import { Preview } from './preview.js';
import { checkChoice, type Problem } from './validate.js';
import {
  blockEditor,
  components,
  element,
  type BlockVariation,
  type Component,
  type EditProps,
  type WpNode,
} from './wp.js';

/**
 * The block in the editor: the graphic's options in the sidebar, generated from the widgets'
 * manifest descriptions, the real element previewed in the canvas, and a notice for any stored
 * choice the server would drop. In the inserter's preview of a variation, the widget prerendered.
 */
export function createEdit(
  { widgets, library, examples }: EditorData,
  text: BlockMessages,
  variations: readonly BlockVariation<GraphicAttributes>[],
): Component<EditProps<GraphicAttributes>> {
  const h = element.createElement;
  // A graphic is listed by its name in the editor's language, as the inserter lists it; one
  // without a variation by the summary the manifest gives it, in English.
  const titles = new Map(variations.map((variation) => [variation.name, variation.title]));

  function widgetSelect(tag: string, onChange: (tag: string) => void): WpNode {
    return h(components.SelectControl, {
      label: text.widget,
      value: widgets.some((widget) => widget.tag === tag) ? tag : '',
      options: [
        { label: text.noWidget, value: '' },
        ...widgets.map((widget) => ({
          label: titles.get(widget.tag) ?? `${widget.summary} (<${widget.tag}>)`,
          value: widget.tag,
        })),
      ],
      onChange,
      __nextHasNoMarginBottom: true,
      __next40pxDefaultSize: true,
    });
  }

  /** An option of `widget` in the builder's words, in the editor's language. */
  const optionWords = (widget: OfferedWidget | undefined, name: string) =>
    widget?.words?.[text.language].options[name];

  function describe(problem: Problem, widget: OfferedWidget | undefined): string {
    if (problem.kind === 'unknown-widget') return text.unknownWidget(problem.tag);
    if (problem.kind === 'unknown-attribute') return text.unknownAttribute(problem.attribute);
    const words = optionWords(widget, problem.attribute);
    const allowed = problem.allowed.map((value) => words?.choices?.[value] ?? value).join(', ');
    return text.invalidValue(words?.label ?? problem.attribute, problem.value, allowed);
  }

  return function Edit({ attributes, setAttributes }) {
    const blockProps = blockEditor.useBlockProps();
    const example = attributes.inserterExample ? examples[attributes.widget] : undefined;
    if (example) return h('div', blockProps, h(Example, { tag: attributes.widget, example }));

    const checked = checkChoice(widgets, attributes);
    const { widget } = checked;
    const offered = widgets.find((candidate) => candidate.tag === widget?.tag);
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
          attributeControl(
            attribute,
            attributes.values?.[attribute.name],
            optionWords(offered, attribute.name),
            text,
            setValue,
          ),
        ),
      ),
    );
    const notices = checked.problems.map((problem) =>
      h(components.Notice, { status: 'warning', isDismissible: false }, describe(problem, offered)),
    );
    const canvas = widget
      ? h(Preview, { tag: widget.tag, attributes: checked.attributes, library })
      : h(
          components.Placeholder,
          { icon: 'chart-bar', label: text.placeholder, instructions: text.chooseWidget },
          widgetSelect(attributes.widget, chooseWidget),
        );
    return h('div', blockProps, sidebar, ...notices, canvas);
  };
}
