// The parts of WordPress's script globals this script uses, typed by hand as WordPress 6.1 and
// later ship them. The @wordpress/* packages carry complete types, but would bring their own React
// and some hundred packages into the tree for a few functions and components. The plugin's PHP
// declares wp-blocks, wp-element, wp-components, wp-block-editor and wp-i18n as this script's
// dependencies, so WordPress loads them first.

/** A React element as `wp.element.createElement` makes it: this script only hands them back. */
export interface WpNode {
  readonly type: unknown;
  readonly props: unknown;
}
export type Child = WpNode | string | false | null | undefined;
export type Component<P> = (props: P) => WpNode | null;

interface Option {
  label: string;
  value: string;
}
interface ControlProps<V> {
  label: string;
  help?: string;
  onChange: (value: V) => void;
  /** Opts in to the spacing WordPress 6.7 makes the default (6.1 ignores it; 7.x has no other). */
  __nextHasNoMarginBottom?: boolean;
  /**
   * Opts in to the 40 px height WordPress 6.8 makes the default: without it 6.8 logs a deprecation
   * for every select and text field (6.1 ignores it; 7.x has no other size).
   */
  __next40pxDefaultSize?: boolean;
}

interface WordPressGlobals {
  element: {
    createElement<P>(type: Component<P>, props: P, ...children: Child[]): WpNode;
    createElement(
      type: string,
      props?: Record<string, unknown> | null,
      ...children: Child[]
    ): WpNode;
    useEffect(effect: () => void | (() => void), dependencies: readonly unknown[]): void;
    useRef<T>(initial: T | null): { current: T | null };
  };
  blocks: {
    registerBlockType<A>(metadata: object, settings: BlockSettings<A>): unknown;
  };
  i18n: {
    /** `text` in the user's language, from the translations WordPress gave `domain`, else itself. */
    __: (text: string, domain: string) => string;
    sprintf(format: string, ...args: (string | number)[]): string;
    /** The translations set for `domain`: their header, under '', names the language. */
    getLocaleData(domain: string): { ''?: { lang?: string } } | undefined;
  };
  blockEditor: {
    InspectorControls: Component<Record<string, never>>;
    useBlockProps(props?: Record<string, unknown>): Record<string, unknown>;
  };
  components: {
    PanelBody: Component<{ title: string; initialOpen?: boolean }>;
    Placeholder: Component<{ icon?: string; label: string; instructions?: string }>;
    Notice: Component<{ status: 'warning' | 'error' | 'info'; isDismissible?: boolean }>;
    SelectControl: Component<ControlProps<string> & { value: string; options: Option[] }>;
    ToggleControl: Component<ControlProps<boolean> & { checked: boolean }>;
    TextControl: Component<ControlProps<string> & { value: string; type?: 'text' | 'url' }>;
  };
}

/**
 * One of a block's variations: the block with some attributes set, listed in the inserter under its
 * own name and icon. `isActive` names the attributes that tell it apart, so the block's toolbar and
 * settings show the variation's name once it is inserted.
 */
export interface BlockVariation<A> {
  name: string;
  title: string;
  description: string;
  /** A Dashicon's name. */
  icon: string;
  keywords: string[];
  attributes: Partial<A>;
  isActive: (keyof A)[];
  scope: ('inserter' | 'block' | 'transform')[];
  /** What the inserter previews when the variation is hovered. */
  example: { attributes: Partial<A>; viewportWidth?: number };
}

/** What a block's `edit` receives. */
export interface EditProps<A> {
  attributes: A;
  setAttributes: (attributes: Partial<A>) => void;
  isSelected: boolean;
}

export interface BlockSettings<A> {
  edit: Component<EditProps<A>>;
  /** A dynamic block saves nothing: the server renders it from its attributes. */
  save: () => null;
  /** One per graphic for the graphic block; the notice has none. */
  variations?: BlockVariation<A>[];
}

export const { element, blocks, blockEditor, components, i18n } = (
  window as unknown as { wp: WordPressGlobals }
).wp;
