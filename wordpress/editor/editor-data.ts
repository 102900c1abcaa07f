import type { WidgetWords } from '../../src/core/editor-words.js';
import type { Locale } from '../../src/core/localize.js';
import type { WidgetDescription } from '../../src/embed/widget-catalog.js';

/** An offered widget, with its words for editors in both languages (the builder's). */
export type OfferedWidget = WidgetDescription & { words?: Record<Locale, WidgetWords> };

/** The library's module script as the plugin's settings give it. */
export interface LibraryScript {
  src: string;
  /** Present when the site turned integrity on. */
  integrity?: string;
}

/** A widget as the inserter previews it, drawn with no script: see wordpress/includes/examples.php. */
export interface WidgetExample {
  /** The widget prerendered, in the editor's language, with its default values. */
  html: string;
  /** The widget's stylesheet, which lays the prerender out as the widget looks. */
  css: string;
}

/**
 * What the plugin's PHP gives this script before it runs (`wp_add_inline_script`): the widgets the
 * block offers, described from custom-elements.json at build time, where the library is loaded
 * from, and each widget's inserter preview. The server's list is the one it validates against, so
 * the editor offers exactly that.
 */
export interface EditorData {
  widgets: OfferedWidget[];
  library: LibraryScript;
  /** Tag → its preview. */
  examples: Record<string, WidgetExample>;
}

/** The block's attributes (block.json): the widget's tag and its attribute values. */
export interface GraphicAttributes {
  widget: string;
  /** Attribute name → value; `true` for a boolean that is on. */
  values: Record<string, string | boolean>;
  /** Set only in a variation's `example`: the block is the inserter's preview of its widget. */
  inserterExample?: boolean;
}

export function editorData(): EditorData {
  const data = (window as unknown as { refugeWidgetsBlockData?: EditorData })
    .refugeWidgetsBlockData;
  if (!data) throw new Error('refuge-widgets: the editor data was not printed before the script.');
  return data;
}
