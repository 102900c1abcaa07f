import widgets from 'virtual:refuge-widgets';

/** A documented attribute of a widget, as the manifest describes it. */
export interface AttributeDescription {
  name: string;
  description: string;
  /** `enum`: one of `values`; `boolean`: present or absent; `text`: free text. */
  kind: 'enum' | 'boolean' | 'text';
  values: string[];
  default?: string;
}

/** A widget, its one-line summary and its documented attributes (from custom-elements.json). */
export interface WidgetDescription {
  tag: string;
  summary: string;
  attributes: AttributeDescription[];
}

/** Every widget the library defines, read from the manifest at build time. */
export const registry: readonly WidgetDescription[] = widgets;

export function findWidget(tag: string | null): WidgetDescription | undefined {
  return registry.find((widget) => widget.tag === tag);
}
