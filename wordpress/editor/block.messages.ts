import { localeFromTag, type Locale } from '../../src/core/localize.js';
import { i18n } from './wp.js';

const { __, sprintf } = i18n;

/** Every word of the block's editor UI, in the editor's language. */
export interface BlockMessages {
  widget: string;
  options: string;
  /** The graphic select's first choice, before one is chosen. */
  noWidget: string;
  /** A choice that is the default, marked as such, as the builder marks it. */
  byDefault: (label: string) => string;
  placeholder: string;
  chooseWidget: string;
  unknownWidget: (tag: string) => string;
  invalidValue: (label: string, value: string, allowed: string) => string;
  unknownAttribute: (name: string) => string;
  /**
   * The language of the plugin's words for this editor: the options' words (widgets.json, from
   * each widget's `<tag>.editor.ts`, as the builder says them) are taken in it.
   */
  language: Locale;
}

/**
 * The messages in the user's language: WordPress gives `__` the plugin's translation for it
 * (languages/refuge-widgets-<locale>-refuge-widgets-editor.json, compiled by the plugin's build from
 * wordpress/languages/*.po, which it checks holds every string here). The words shared with the
 * snippet builder (src/embed/builder/builder.messages.ts, the graphics' names) must have the
 * builder's Spanish in the .po; the options' words come with widgets.json (editor-data.ts).
 */
export function blockMessages(): BlockMessages {
  const language = i18n.getLocaleData('refuge-widgets')?.['']?.lang;
  return {
    widget: __('Graphic', 'refuge-widgets'),
    options: __('Options', 'refuge-widgets'),
    noWidget: __('None chosen yet', 'refuge-widgets'),
    byDefault: (label) =>
      /* translators: %s: a choice of an option, such as "Requests at the border". */
      sprintf(__('%s (default)', 'refuge-widgets'), label),
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
    language: localeFromTag(language?.replace('_', '-')) ?? 'en',
  };
}
