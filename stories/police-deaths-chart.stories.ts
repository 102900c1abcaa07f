import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { themes } from '../src/core/theme.js';
import '../src/widgets/police-deaths-chart/police-deaths-chart.js';
import { permutationGrid, type ArticleColumnParameter } from './article-column.js';

/** The attributes an editor writes: text, where an empty string leaves the attribute out. */
interface PoliceDeathsChartArgs {
  lang: string;
  theme: string;
  /** A boolean attribute: present when true, left out when false. */
  'show-table': boolean;
}

const render = ({ lang, theme, 'show-table': showTable }: PoliceDeathsChartArgs) =>
  html`<police-deaths-chart
    lang=${lang || nothing}
    theme=${theme || nothing}
    ?show-table=${showTable}
  ></police-deaths-chart>`;

const meta = {
  title: 'Widgets/police-deaths-chart',
  component: 'police-deaths-chart',
  render,
  args: { lang: 'en', theme: '', 'show-table': false },
  argTypes: {
    lang: {
      description:
        'Language of the chart: `en` (English) or `es` (Spanish). If you leave it out, the chart uses the language of the page.',
      control: { type: 'radio', labels: { '': 'not set (language of the page)' } },
      options: ['', 'en', 'es'],
    },
    theme: {
      description:
        "Colours. `light` or `dark` draws the chart on its own light or dark box; `auto` follows the reader's device setting. If you leave it out, the chart takes the colours of the page around it, and turns dark when the site's dark mode is on.",
      control: { type: 'radio', labels: { '': 'not set (colours of the page)' } },
      options: ['', ...themes],
    },
    'show-table': {
      description:
        'Shows the table of figures under the chart, for readers who would rather read the numbers than the bar. Write the word `show-table` in the tag to turn it on; leave it out to keep the table hidden. Screen readers get the table either way.',
      control: 'boolean',
      table: { type: { summary: 'boolean' }, defaultValue: { summary: 'false (not shown)' } },
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'How many Mexican police officers were killed in drug violence from the start of the government’s offensive until the time of our reporting, drawn as one bar in two parts: the single year our reporting counted on its own, and the rest, which is worked out from the two published figures and drawn with stripes so readers can tell it is calculated. Under the chart come notes on what the figures do not say, links to the sources and a link to download the data. The chart is drawn when the reader scrolls near it; until then its box already has its final size, so the article does not jump. Paste `<police-deaths-chart></police-deaths-chart>` where the chart belongs in the article.',
      },
    },
  },
} satisfies Meta<PoliceDeathsChartArgs>;

export default meta;
type Story = StoryObj<PoliceDeathsChartArgs>;

export const Default: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'The chart as most articles will use it: in English, in the colours of the page, with the table kept for screen readers only.',
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
          'With `lang="es"` the title, key, notes and table are in Spanish, and the numbers are written the Mexican way. On a Spanish-language page you can leave `lang` out: the chart follows the page.',
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
          'With `theme="dark"`, on a dark page. Use it when the article itself has a dark background. If your site switches between light and dark mode, leave `theme` out instead and the chart will follow the site, redrawing itself in the new colours.',
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
          'In a column as narrow as a small phone. The chart shrinks to the width of the column and keeps its shape, the key wraps onto more lines, and nothing is cut off.',
      },
    },
  },
};

export const TableShown: Story = {
  name: 'Table shown',
  args: { 'show-table': true },
  parameters: {
    docs: {
      description: {
        story:
          'With `show-table`, the table of figures appears under the chart for every reader. Use it when the exact figures matter to the story, or when readers may want to copy them.',
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
          content: render({ lang, theme, 'show-table': false }),
        })),
      ),
    ),
  parameters: {
    articleColumn: false satisfies ArticleColumnParameter,
    controls: { disable: true },
    docs: {
      description: {
        story:
          'Every combination on one screen: light and dark, English and Spanish. It is meant for checking a change to the chart at a glance, and for comparing screenshots before and after. Each chart is drawn only when it comes near the visible part of the page, so on a small screen the lower ones may appear empty for a moment and draw as you scroll down. That is expected: readers’ pages work the same way.',
      },
    },
  },
};
