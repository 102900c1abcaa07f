import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { licenses } from '../src/data/republish.js';
import '../src/widgets/asylum-stat/asylum-stat.js';
import '../src/widgets/republish-notice/republish-notice.js';
import type { ArticleColumnParameter } from './article-column.js';
import {
  commonArgTypes,
  componentDocs,
  darkStory,
  defaultStory,
  permutationsStory,
  spanishStory,
  storyDocs,
  themeLangCells,
  type CommonArgs,
} from './controls.js';

/** The attributes an editor writes, as text; an empty string leaves the attribute out. */
interface RepublishNoticeArgs extends CommonArgs {
  license: string;
  'pixel-src': string;
}

/** The original story, which the copied HTML credits and links to. */
const original = {
  url: 'https://revealnews.org/article/small-numbers-of-mexicans-fleeing-drug-violence-given-refuge/',
  title: 'Small numbers of Mexicans fleeing drug violence given refuge',
} as const;

/*
 * The story's body on this preview page, in our own words. Like the article column's sample text,
 * it holds no figures: the only numbers on the page come from the widget and its sources. The
 * notice copies this text, so what editors see in the dialog is this text, not the real story.
 */
const storyText = {
  en: {
    opening:
      'Sample text, written for this preview and not taken from the story. On a real page, the story’s own paragraphs stand here; the notice at the end offers them, with our graphics, to other newsrooms.',
    middle:
      'Families describe leaving home after threats, and lawyers explain how hard it is to win protection in an American court. The graphic below is one of our widgets: it stays in the HTML to copy, so a republished story shows it too.',
    closing:
      'The story ends with this paragraph. The notice after it is left out of the copy: a republished story does not offer itself for republishing again.',
  },
  es: {
    opening:
      'Texto de muestra, escrito para esta vista previa y que no proviene de la historia. En una página real, aquí van los párrafos de la historia; el aviso del final los ofrece, junto con nuestros gráficos, a otras redacciones.',
    middle:
      'Familias que cuentan cómo dejaron su casa tras las amenazas y abogados que explican lo difícil que es obtener protección en una corte estadounidense. El gráfico de abajo es uno de nuestros widgets: se conserva en el HTML para copiar, así que la historia republicada también lo muestra.',
    closing:
      'La historia termina con este párrafo. El aviso que le sigue queda fuera de la copia: una historia republicada no se ofrece de nuevo para republicarse.',
  },
} as const;

/** How much of the story a preview shows, and how the notice finds it on the page. */
interface StoryBodyOptions {
  /** The `id` of this story's `<article>`, for a page that holds several (the permutation grid). */
  id?: string;
  /** Only the opening paragraph and the notice, without the graphic. */
  short?: boolean;
}

/**
 * A story's body as a partner's page has it: an `<article class="story-body">` with paragraphs, one
 * of our widgets, and the notice after the last paragraph. `article-selector` points the notice at
 * this article: the article column around it is an `<article>` too, and would be found first.
 */
const storyBody = (
  { lang, theme, license, 'pixel-src': pixelSrc }: RepublishNoticeArgs,
  { id, short = false }: StoryBodyOptions = {},
) => {
  const text = storyText[lang === 'es' ? 'es' : 'en'];
  return html`<article class="story-body" id=${id ?? nothing}>
    <p>${text.opening}</p>
    ${
      short
        ? nothing
        : html`<p>${text.middle}</p>
            <asylum-stat lang=${lang || nothing}></asylum-stat>
            <p>${text.closing}</p>`
    }
    <republish-notice
      article-url=${original.url}
      article-title=${original.title}
      article-selector=${id ? `#${id}` : '.story-body'}
      license=${license || nothing}
      pixel-src=${pixelSrc || nothing}
      lang=${lang || nothing}
      theme=${theme || nothing}
    ></republish-notice>
  </article>`;
};

const render = (args: RepublishNoticeArgs) => storyBody(args);

const meta = {
  title: 'Widgets/republish-notice',
  component: 'republish-notice',
  render,
  args: { lang: 'en', theme: '', license: '', 'pixel-src': '' },
  argTypes: {
    ...commonArgTypes('notice', {
      languageOf: 'the notice and of its dialog',
      note: 'The story’s own text is copied as it is, in whatever language it is written.',
    }),
    license: {
      description:
        'The Creative Commons license the story is published under, written as its short code, for example `cc-by-4.0`. The notice then names it, with its badge and a link to the license’s page, and the copied HTML says so in its closing credit. The licenses that forbid changes (the codes with `nd`) add a rule to the dialog: no edits beyond house style and length. Which license applies is the publisher’s decision, so if you leave it out, the notice names none.',
      control: { type: 'select', labels: { '': 'not set (no license named)' } },
      options: ['', ...licenses.map(({ id }) => id)],
    },
    'pixel-src': {
      description:
        'The web address of the publisher’s tracking image, if it uses one to count readers of republished copies. It must start with `https://`. The copied HTML then ends with that image, invisible to readers, with the story’s address added to it, and the dialog asks republishers to leave it in. Any other address is ignored and the copy is made without it. Leave it out if the publisher does not count copies this way.',
      control: 'text',
    },
  },
  parameters: {
    // Each story brings its own article body (below), so the column's sample text is left out.
    articleColumn: { filler: false } satisfies ArticleColumnParameter,
    ...componentDocs(
      'Tells readers that other newsrooms may run the story for free, and gives them what they need: the button "Republish this story" opens a window with the rules (credit the author and the original publisher, link back, do not sell the story on its own) and the story’s HTML, ready to copy. That HTML holds the title, the byline, the text of the story as it is on the page, our graphics, and a closing credit that links to the original. Put the notice at the end of the story, for example `<republish-notice article-selector=".story-body" license="cc-by-4.0"></republish-notice>`. `article-selector` tells it where the story’s text is on the page; if you leave it out, it takes the first `<article>`. Everything else the notice reads from the page, so `article-url` and `article-title` are only needed when the page does not say them. In this preview the copy is of the sample text shown, and the script tag in it that loads our graphics, when there is one, points at this preview’s own files: on a live page it points at the address the widgets are loaded from.',
    ),
  },
} satisfies Meta<RepublishNoticeArgs>;

export default meta;
type Story = StoryObj<RepublishNoticeArgs>;

export const Default: Story = defaultStory(
  'The notice as most stories will use it: in English, in the colours of the page, naming no license. Press the button to see the rules and the HTML to copy.',
);

export const Spanish: Story = spanishStory(
  'notice',
  'the notice, the rules in the dialog and the credit lines of the copy are in Spanish',
);

export const Dark: Story = darkStory('notice');

export const WithLicense: Story = {
  name: 'With license',
  args: { license: 'cc-by-4.0' },
  parameters: storyDocs(
    'With `license="cc-by-4.0"`: under the statement, the license’s badge and full name, linked to the license’s own page. The dialog names it as well, and the copied HTML ends by saying the story is republished under it. Only set a license the publisher has chosen for this story.',
  ),
};

export const NoDerivatives: Story = {
  name: 'No derivatives',
  args: { license: 'cc-by-nd-4.0' },
  parameters: storyDocs(
    'With `license="cc-by-nd-4.0"`, a license that forbids changes to the work. The dialog adds a rule for republishers: they may not change the text, except to fit their house style or to shorten it. Every license whose code contains `nd` does the same.',
  ),
};

export const ErrorState: Story = {
  name: 'Error',
  args: { license: 'cc-by-xx' },
  argTypes: { license: { control: 'text' } },
  parameters: storyDocs(
    'What readers see if `license` is misspelled: a short message in place of the notice that lists the licenses the notice accepts, and no button, so the story is never offered under a license nobody chose. The rest of the page is not affected. If you see this in a preview, check the spelling of `license`. Type any value in the control below to try it.',
  ),
};

export const Permutations: Story = permutationsStory(
  () =>
    themeLangCells((theme, lang) =>
      storyBody(
        { lang, theme, license: 'cc-by-nd-4.0', 'pixel-src': '' },
        { id: `story-body-${theme}-${lang}`, short: true },
      ),
    ),
  'Every combination on one screen: light and dark, English and Spanish, each with a license named so that its badge can be checked in both colours. Each notice copies the paragraph above it. It is meant for checking a change to the notice at a glance, and for comparing screenshots before and after.',
);
