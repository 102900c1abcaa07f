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
  /** Opts in to the spacing WordPress 6.7 makes the default (ignored before). */
  __nextHasNoMarginBottom?: boolean;
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
  i18n: {
    /**
     * `text` in the editor's language. Called as `i18n.__('…', 'refuge-widgets')` with the text
     * written out, so that WordPress's string extraction (which reads the calls) finds it.
     */
    __(text: string, domain: 'refuge-widgets'): string;
    sprintf(format: string, ...values: (string | number)[]): string;
  };
  blocks: {
    registerBlockType<A>(metadata: object, settings: BlockSettings<A>): unknown;
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
}

export const { element, i18n, blocks, blockEditor, components } = (
  window as unknown as { wp: WordPressGlobals }
).wp;
