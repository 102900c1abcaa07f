import { i18n } from './wp.js';

const { __, sprintf } = i18n;

/** Every word of the block's editor UI, in the editor's language. */
export interface BlockMessages {
  widget: string;
  options: string;
  notSet: string;
  /** Friendly names of attribute values; a value without one shows as itself. */
  valueLabels: Record<string, string>;
  /** Friendly names of known attributes; a new attribute shows its own name until it gets one. */
  attributeLabels: Record<string, string>;
  placeholder: string;
  chooseWidget: string;
  unknownWidget: (tag: string) => string;
  invalidValue: (label: string, value: string, allowed: string) => string;
  unknownAttribute: (name: string) => string;
  /**
   * Whether the editor speaks English: the attributes' documentation, written in English in the
   * manifest, is then their help.
   */
  english: boolean;
}

/**
 * The messages in the user's language: WordPress gives `__` the plugin's translation for it
 * (languages/refuge-widgets-<locale>-refuge-widgets-editor.json, compiled by the plugin's build from
 * wordpress/languages/*.po, which it checks holds every string here). The names of the options and
 * their values are the snippet builder's (src/embed/builder/builder.messages.ts), and the build
 * checks the .po gives them the builder's Spanish, so editors meet the same words in both tools.
 */
export function blockMessages(): BlockMessages {
  const language = i18n.getLocaleData('refuge-widgets')?.['']?.lang;
  return {
    widget: __('Graphic', 'refuge-widgets'),
    options: __('Options', 'refuge-widgets'),
    notSet: __('Not set (default)', 'refuge-widgets'),
    valueLabels: {
      en: __('English', 'refuge-widgets'),
      es: __('Spanish', 'refuge-widgets'),
      light: __('Light', 'refuge-widgets'),
      dark: __('Dark', 'refuge-widgets'),
      auto: __('Follow the reader’s setting', 'refuge-widgets'),
    },
    attributeLabels: {
      metric: __('Figure', 'refuge-widgets'),
      lang: __('Language of the graphic', 'refuge-widgets'),
      theme: __('Colors', 'refuge-widgets'),
      'show-table': __('Show the table of figures', 'refuge-widgets'),
    },
    placeholder: __('Refuge graphic', 'refuge-widgets'),
    chooseWidget: __('Choose a graphic, then its options in the sidebar.', 'refuge-widgets'),
    unknownWidget: (tag) =>
      sprintf(
        /* translators: %s: the tag name of the element the block asks for, such as refugee-map. */
        __(
          'The graphic <%s> is not one this plugin offers, so readers see nothing here. Choose another graphic.',
          'refuge-widgets',
        ),
        tag,
      ),
    invalidValue: (label, value, allowed) =>
      sprintf(
        /* translators: 1: the stored value, 2: the option's name, 3: the valid values, separated by commas. */
        __(
          '“%1$s” is not a valid choice for “%2$s” (%3$s). Readers get the default until you choose one.',
          'refuge-widgets',
        ),
        value,
        label,
        allowed,
      ),
    unknownAttribute: (name) =>
      sprintf(
        /* translators: %s: the name of an attribute the graphic does not have. */
        __('This graphic has no option “%s”; it is left out of the page.', 'refuge-widgets'),
        name,
      ),
    // No translation of the plugin for the user's language means the English strings above.
    english: !language || language.startsWith('en'),
  };
}
