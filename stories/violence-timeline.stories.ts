import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { themes } from '../src/core/theme.js';
import '../src/widgets/violence-timeline/violence-timeline.js';
import { permutationGrid, type ArticleColumnParameter } from './article-column.js';

/** The attributes an editor writes, as text; an empty string leaves the attribute out. */
interface ViolenceTimelineArgs {
  lang: string;
  theme: string;
}

const render = ({ lang, theme }: ViolenceTimelineArgs) =>
  html`<violence-timeline lang=${lang || nothing} theme=${theme || nothing}></violence-timeline>`;

const meta = {
  title: 'Widgets/violence-timeline',
  component: 'violence-timeline',
  render,
  args: { lang: 'en', theme: '' },
  argTypes: {
    lang: {
      description:
        'Language of the widget: `en` (English) or `es` (Spanish). If you leave it out, the widget uses the language of the page.',
      control: { type: 'radio', labels: { '': 'not set (language of the page)' } },
      options: ['', 'en', 'es'],
    },
    theme: {
      description:
        "Colours. `light` or `dark` draws the timeline on its own light or dark box; `auto` follows the reader's device setting. If you leave it out, the timeline takes the colours of the page around it, and turns dark when the site's dark mode is on.",
      control: { type: 'radio', labels: { '': 'not set (colours of the page)' } },
      options: ['', ...themes],
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The key dates of the story, from the start of the Mexican government’s offensive against the drug cartels to the killings of police officers and the rise in asylum requests at the border. Each event is one short sentence with its date and links to its sources. It is a plain numbered list underneath, so it reads well in feed readers, with styles turned off and with a screen reader. Paste `<violence-timeline></violence-timeline>` where the timeline belongs in the article.',
      },
    },
  },
} satisfies Meta<ViolenceTimelineArgs>;

export default meta;
type Story = StoryObj<ViolenceTimelineArgs>;

export const Default: Story = {
  parameters: {
    docs: {
      description: {
        story: 'The timeline as most articles will use it: in English, in the colours of the page.',
      },
    },
  },
};

export const Spanish: Story = {
  args: { lang: 'es' },
  parameters: {
    docs: {
      description: {
        story:
          'With `lang="es"` the events, dates and notes are in Spanish. On a Spanish-language page you can leave `lang` out: the timeline follows the page.',
      },
    },
  },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: {
    articleColumn: { scheme: 'dark' } satisfies ArticleColumnParameter,
    docs: {
      description: {
        story:
          'With `theme="dark"`, on a dark page. Use it when the article itself has a dark background. If your site switches between light and dark mode, leave `theme` out instead and the timeline will follow the site.',
      },
    },
  },
};

export const Narrow: Story = {
  parameters: {
    articleColumn: { width: 320 } satisfies ArticleColumnParameter,
    docs: {
      description: {
        story:
          'In a column as narrow as a small phone. The dates stay above their events and long sentences wrap; nothing is cut off.',
      },
    },
  },
};

export const ErrorState: Story = {
  name: 'Error',
  args: { theme: 'sepia' },
  argTypes: { theme: { control: 'text' } },
  parameters: {
    docs: {
      description: {
        story:
          'The timeline has no setting that can break it, so this story shows the closest thing: a `theme` it does not know (`sepia`). The timeline shows no error and simply ignores the value, taking the colours of the page as if `theme` had been left out. A misspelled `lang` is handled the same way: the timeline uses the language of the page. Type any value in the control below to try it.',
      },
    },
  },
};

export const Permutations: Story = {
  render: () =>
    permutationGrid(
      (['light', 'dark'] as const).flatMap((theme) =>
        (['en', 'es'] as const).map((lang) => ({
          label: `${theme} · ${lang}`,
          scheme: theme,
          lang,
          content: render({ lang, theme }),
        })),
      ),
    ),
  parameters: {
    articleColumn: false satisfies ArticleColumnParameter,
    controls: { disable: true },
    docs: {
      description: {
        story:
          'Every combination on one screen: light and dark, English and Spanish. It is meant for checking a change to the timeline at a glance, and for comparing screenshots before and after.',
      },
    },
  },
};
