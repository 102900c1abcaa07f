import widgets from 'virtual:refuge-widgets';
import type { WidgetDescription } from './widget-catalog.js';

export type { AttributeDescription, WidgetDescription } from './widget-catalog.js';

/** Every widget the library defines, described from the manifest at build time. */
export const registry: readonly WidgetDescription[] = widgets;

export function findWidget(tag: string | null): WidgetDescription | undefined {
  return registry.find((widget) => widget.tag === tag);
}
