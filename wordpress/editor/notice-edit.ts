import type { LibraryScript } from './editor-data.js';
import type { NoticeAttributes, NoticeEditorData } from './notice-data.js';
import { noticeProblems, type NoticeProblem } from './notice-problems.js';
import { Preview } from './preview.js';
import {
  blockEditor,
  components,
  element,
  i18n,
  type Component,
  type EditProps,
  type WpNode,
} from './wp.js';

/**
 * The "Republish notice" block in the editor: its options in the sidebar, in editors' words, each
 * saying what leaving it empty gives (the site's default, or the post's own value); the real
 * notice previewed in the canvas; a warning for any choice the server would drop.
 */
export function createNoticeEdit(
  { licenses, defaults }: NoticeEditorData,
  library: LibraryScript,
): Component<EditProps<NoticeAttributes>> {
  const h = element.createElement;
  const licenseName = (id: string) => licenses.find((license) => license.id === id)?.name;
  const siteDefault = (value: string) =>
    i18n.sprintf(
      /* translators: %s: the value the site's settings give, such as a name or an address. */
      i18n.__('Leave empty for the site’s default: %s', 'refuge-widgets'),
      value,
    );

  function describe(problem: NoticeProblem): string {
    if (problem.kind === 'unknown-license') {
      return i18n.sprintf(
        /* translators: %s: the license stored in the block. */
        i18n.__(
          '“%s” is not a license this plugin knows: readers get the site’s default until you choose one.',
          'refuge-widgets',
        ),
        problem.value,
      );
    }
    if (problem.kind === 'invalid-article-url') {
      return i18n.__(
        'The original address must start with http:// or https://: until it does, copies credit this post’s address.',
        'refuge-widgets',
      );
    }
    return i18n.__(
      'The tracking image address must start with https://: until it does, copies get the site’s default, if any.',
      'refuge-widgets',
    );
  }

  function controls(
    attributes: NoticeAttributes,
    set: (name: keyof NoticeAttributes) => (value: string) => void,
  ): WpNode[] {
    const defaultLicense = licenseName(defaults.license);
    const pixelHelp = i18n.__(
      'An https: address of an image on your statistics server; each copy shows it, so you can count where the story is republished.',
      'refuge-widgets',
    );
    const common = { __nextHasNoMarginBottom: true };
    return [
      h(components.SelectControl, {
        ...common,
        label: i18n.__('License', 'refuge-widgets'),
        value: attributes.license,
        options: [
          {
            label: defaultLicense
              ? i18n.sprintf(
                  /* translators: %s: a license's name. */
                  i18n.__('The site’s default: %s', 'refuge-widgets'),
                  defaultLicense,
                )
              : i18n.__('The site’s default: none named', 'refuge-widgets'),
            value: '',
          },
          ...licenses.map(({ id, name }) => ({ label: name, value: id })),
        ],
        onChange: set('license'),
      }),
      h(components.TextControl, {
        ...common,
        label: i18n.__('Author', 'refuge-widgets'),
        help: defaults.author
          ? siteDefault(defaults.author)
          : i18n.__('Leave empty for the post’s author.', 'refuge-widgets'),
        value: attributes.author,
        onChange: set('author'),
      }),
      h(components.TextControl, {
        ...common,
        label: i18n.__('Publisher', 'refuge-widgets'),
        help: defaults.publisher
          ? siteDefault(defaults.publisher)
          : i18n.__('Leave empty for the site’s name.', 'refuge-widgets'),
        value: attributes.publisher,
        onChange: set('publisher'),
      }),
      h(components.TextControl, {
        ...common,
        type: 'url',
        label: i18n.__('Original address', 'refuge-widgets'),
        help: i18n.__(
          'Where the story was first published; copies credit and link it. Leave empty for this post’s address.',
          'refuge-widgets',
        ),
        value: attributes.articleUrl,
        onChange: set('articleUrl'),
      }),
      h(components.TextControl, {
        ...common,
        type: 'url',
        label: i18n.__('Tracking image address', 'refuge-widgets'),
        help: `${pixelHelp} ${
          defaults['pixel-src']
            ? siteDefault(defaults['pixel-src'])
            : i18n.__('Leave empty for none.', 'refuge-widgets')
        }`,
        value: attributes.pixelSrc,
        onChange: set('pixelSrc'),
      }),
      h(components.SelectControl, {
        ...common,
        label: i18n.__('Language of the notice', 'refuge-widgets'),
        value: attributes.lang,
        options: [
          { label: i18n.__('The page’s language', 'refuge-widgets'), value: '' },
          { label: i18n.__('English', 'refuge-widgets'), value: 'en' },
          { label: i18n.__('Spanish', 'refuge-widgets'), value: 'es' },
        ],
        onChange: set('lang'),
      }),
    ];
  }

  return function NoticeEdit({ attributes, setAttributes }) {
    const set = (name: keyof NoticeAttributes) => (value: string) =>
      setAttributes({ [name]: value });
    const problems = noticeProblems(attributes, licenses);
    const knownLicense = licenseName(attributes.license) ? attributes.license : defaults.license;
    // What readers see of the notice: its statement, license line and button, in its language.
    const previewed: Record<string, string> = {};
    if (licenseName(knownLicense)) previewed['license'] = knownLicense;
    if (attributes.lang) previewed['lang'] = attributes.lang;

    const sidebar = h(
      blockEditor.InspectorControls,
      {},
      h(
        components.PanelBody,
        { title: i18n.__('Republication', 'refuge-widgets') },
        ...controls(attributes, set),
      ),
    );
    const notices = problems.map((problem) =>
      h(components.Notice, { status: 'warning', isDismissible: false }, describe(problem)),
    );
    return h(
      'div',
      blockEditor.useBlockProps(),
      sidebar,
      ...notices,
      h(Preview, { tag: 'republish-notice', attributes: previewed, library }),
    );
  };
}
