import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { themes } from '../src/core/theme.js';
import { asylumMetrics } from '../src/widgets/asylum-stat/asylum-stat.js';
import { permutationGrid, type ArticleColumnParameter } from './article-column.js';

/** The attributes an editor writes, as text; an empty string leaves the attribute out. */
interface AsylumStatArgs {
  metric: string;
  lang: string;
  theme: string;
}

const render = ({ metric, lang, theme }: AsylumStatArgs) =>
  html`<asylum-stat
    metric=${metric || nothing}
    lang=${lang || nothing}
    theme=${theme || nothing}
  ></asylum-stat>`;

const meta = {
  title: 'Widgets/asylum-stat',
  component: 'asylum-stat',
  render,
  args: { metric: 'court-grants', lang: 'en', theme: '' },
  argTypes: {
    metric: {
      description:
        'Which figure to show. `court-grants`: how rarely Mexicans win asylum in U.S. immigration courts, with a small bar that shows the share. `port-requests`: how many Mexicans asked for asylum at U.S. border crossings in one fiscal year. If you leave it out, you get `court-grants`.',
      control: 'radio',
      options: asylumMetrics,
      table: { defaultValue: { summary: 'court-grants' } },
    },
    lang: {
      description:
        'Language of the widget: `en` (English) or `es` (Spanish). If you leave it out, the widget uses the language of the page.',
      control: { type: 'radio', labels: { '': 'not set (language of the page)' } },
      options: ['', 'en', 'es'],
    },
    theme: {
      description:
        "Colours. `light` or `dark` draws the widget on its own light or dark box; `auto` follows the reader's device setting. If you leave it out, the widget takes the colours of the page around it, and turns dark when the site's dark mode is on.",
      control: { type: 'radio', labels: { '': 'not set (colours of the page)' } },
      options: ['', ...themes],
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A headline figure from our reporting on Mexicans who ask for asylum in the United States, with a sentence of context, a note on what the figure does not say, and links to the sources. The number is real text, so readers can select it and screen readers read it. Paste the tag where the figure belongs in the article, for example `<asylum-stat metric="port-requests" lang="es"></asylum-stat>`. Any sentence you write between the tags is what readers see if the widget cannot load, so put the figure in words there.',
      },
    },
  },
} satisfies Meta<AsylumStatArgs>;

export default meta;
type Story = StoryObj<AsylumStatArgs>;

export const Default: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'The widget as most articles will use it: the immigration-court figure, in English, in the colours of the page.',
      },
    },
  },
};

export const PortRequests: Story = {
  name: 'Port requests',
  args: { metric: 'port-requests' },
  parameters: {
    docs: {
      description: {
        story:
          'With `metric="port-requests"`: the number of Mexicans who asked for asylum at U.S. ports of entry, with how that compares to the year before.',
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
          'With `lang="es"` everything is in Spanish, numbers included, which are written the Mexican way. On a Spanish-language page you can leave `lang` out: the widget follows the page.',
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
          'With `theme="dark"`, on a dark page. Use it when the article itself has a dark background. If your site switches between light and dark mode, leave `theme` out instead and the widget will follow the site.',
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
          'In a column as narrow as a small phone. The widget fits any width: the text wraps and the bar shrinks, and nothing is cut off.',
      },
    },
  },
};

export const ErrorState: Story = {
  name: 'Error',
  args: { metric: 'not-a-metric' },
  argTypes: { metric: { control: 'text' } },
  parameters: {
    docs: {
      description: {
        story:
          'What readers see if `metric` is misspelled: a short message in place of the figure that lists the values the widget accepts. The rest of the page is not affected. If you see this in a preview, check the spelling of `metric`. Type any value in the control below to try it.',
      },
    },
  },
};

export const Permutations: Story = {
  render: () =>
    permutationGrid(
      asylumMetrics.flatMap((metric) =>
        (['light', 'dark'] as const).flatMap((theme) =>
          (['en', 'es'] as const).map((lang) => ({
            label: `${metric} · ${theme} · ${lang}`,
            scheme: theme,
            lang,
            content: render({ metric, lang, theme }),
          })),
        ),
      ),
    ),
  parameters: {
    articleColumn: false satisfies ArticleColumnParameter,
    controls: { disable: true },
    docs: {
      description: {
        story:
          'Every combination on one screen: both figures, light and dark, English and Spanish. It is meant for checking a change to the widget at a glance, and for comparing screenshots before and after.',
      },
    },
  },
};
