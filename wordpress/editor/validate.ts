import type { WidgetDescription } from '../../src/embed/widget-catalog.js';
import type { GraphicAttributes } from './editor-data.js';

/** Something in a block's stored attributes that the server will drop when it renders the page. */
export type Problem =
  | { kind: 'unknown-widget'; tag: string }
  | { kind: 'invalid-value'; attribute: string; value: string; allowed: string[] }
  | { kind: 'unknown-attribute'; attribute: string };

export interface CheckedChoice {
  widget: WidgetDescription | undefined;
  /** The values the server keeps, as element attributes: `''` for a boolean that is on. */
  attributes: Record<string, string>;
  problems: Problem[];
}

/**
 * The block's attributes as the server will render them (wordpress/includes/values.php keeps the
 * same rules): an unknown widget renders nothing; an attribute the widget does not document, or a
 * value outside an attribute's list, is dropped. The editor shows the same thing and says why, so
 * an invalid choice (a block pasted from a newer version, or edited in the code editor) is not
 * silently lost.
 */
export function checkChoice(
  widgets: readonly WidgetDescription[],
  { widget: tag, values }: GraphicAttributes,
): CheckedChoice {
  const widget = widgets.find((candidate) => candidate.tag === tag);
  if (!widget) {
    return { widget, attributes: {}, problems: tag ? [{ kind: 'unknown-widget', tag }] : [] };
  }
  const attributes: Record<string, string> = {};
  const problems: Problem[] = [];
  for (const [name, value] of Object.entries(values ?? {})) {
    const attribute = widget.attributes.find((candidate) => candidate.name === name);
    if (!attribute) {
      problems.push({ kind: 'unknown-attribute', attribute: name });
    } else if (attribute.kind === 'boolean') {
      if (value === true) attributes[name] = '';
    } else if (typeof value !== 'string' || value === '') {
      continue;
    } else if (attribute.kind === 'enum' && !attribute.values.includes(value)) {
      problems.push({ kind: 'invalid-value', attribute: name, value, allowed: attribute.values });
    } else {
      attributes[name] = value;
    }
  }
  return { widget, attributes, problems };
}
