import type { WidgetDescription } from '../../src/embed/widget-catalog.js';

/** The library's module script as the plugin's settings give it. */
export interface LibraryScript {
  src: string;
  /** Present when the site turned integrity on. */
  integrity?: string;
}

/**
 * What the plugin's PHP gives this script before it runs (`wp_add_inline_script`): the widgets the
 * block offers, described from custom-elements.json at build time, and where the library is loaded
 * from. The server's list is the one it validates against, so the editor offers exactly that.
 */
export interface EditorData {
  widgets: WidgetDescription[];
  library: LibraryScript;
}

/** The block's attributes (block.json): the widget's tag and its attribute values. */
export interface GraphicAttributes {
  widget: string;
  /** Attribute name → value; `true` for a boolean that is on. */
  values: Record<string, string | boolean>;
}

export function editorData(): EditorData {
  const data = (window as unknown as { refugeWidgetsBlockData?: EditorData })
    .refugeWidgetsBlockData;
  if (!data) throw new Error('refuge-widgets: the editor data was not printed before the script.');
  return data;
}
