import type {
  Attribute,
  CustomElement,
  Declaration,
  Package,
} from 'custom-elements-manifest/schema';

/** A documented attribute of a widget, as the builder's form and the embed page need it. */
export interface AttributeDescription {
  name: string;
  description: string;
  /** `enum`: one of `values`; `boolean`: present or absent; `text`: free text. */
  kind: 'enum' | 'boolean' | 'text';
  values: string[];
  default?: string;
}

/** A widget, its one-line summary and its documented attributes. */
export interface WidgetDescription {
  tag: string;
  summary: string;
  attributes: AttributeDescription[];
}

// The analyzer writes custom elements as class declarations with the `CustomElement` fields.
const isCustomElement = (
  declaration: Declaration,
): declaration is Declaration & CustomElement & { tagName: string } =>
  'tagName' in declaration && typeof declaration.tagName === 'string';

/**
 * The widgets of a Custom Elements Manifest, compact: the builder and the embed page ship this
 * (a few hundred bytes) rather than the whole manifest (230 KB). Runs at build time.
 */
export function describeWidgets(manifest: Package): WidgetDescription[] {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter(isCustomElement)
    .map((declaration) => ({
      tag: declaration.tagName,
      summary: declaration.summary ?? declaration.tagName,
      attributes: (declaration.attributes ?? []).map(describeAttribute),
    }));
}

/** The manifest's attribute type (`'a' | 'b' | undefined`, `boolean`, `string`) as a form control. */
function describeAttribute(attribute: Attribute): AttributeDescription {
  const types = (attribute.type?.text ?? 'string')
    .split('|')
    .map((type) => type.trim())
    .filter((type) => type !== 'undefined');
  const literals = types.filter((type) => /^'[^']*'$/.test(type)).map((type) => type.slice(1, -1));
  const kind =
    types.length > 0 && literals.length === types.length
      ? 'enum'
      : types[0] === 'boolean'
        ? 'boolean'
        : 'text';
  const description: AttributeDescription = {
    name: attribute.name,
    // JSDoc is written in Markdown; editors read it as plain text.
    description: (attribute.description ?? '').replace(/`/g, '').replace(/\s+/g, ' ').trim(),
    kind,
    values: literals,
  };
  const fallback = attribute.default?.replace(/^'|'$/g, '');
  return fallback === undefined ? description : { ...description, default: fallback };
}
