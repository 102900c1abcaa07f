import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { themes } from '../src/core/theme.js';
import '../src/widgets/drug-killings-chart/drug-killings-chart.js';
import { permutationGrid, type ArticleColumnParameter } from './article-column.js';

/** The attributes an editor writes: text, where an empty string leaves the attribute out. */
interface DrugKillingsChartArgs {
  lang: string;
  theme: string;
  /** A boolean attribute: present when true, left out when false. */
  'show-table': boolean;
}

const render = ({ lang, theme, 'show-table': showTable }: DrugKillingsChartArgs) =>
  html`<drug-killings-chart
    lang=${lang || nothing}
    theme=${theme || nothing}
    ?show-table=${showTable}
  ></drug-killings-chart>`;

const meta = {
  title: 'Widgets/drug-killings-chart',
  component: 'drug-killings-chart',
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
        'Shows the table of figures under the chart, year by year, for readers who would rather read the numbers than the bars. Write the word `show-table` in the tag to turn it on; leave it out to keep the table hidden. Screen readers get the table either way.',
      control: 'boolean',
      table: { type: { summary: 'boolean' }, defaultValue: { summary: 'false (not shown)' } },
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The Mexican government’s own count of killings it classified as presumably linked to organized crime, one bar for each full year of the offensive against the cartels. The month the count began is given in a note under the table, and the different figure in our article is explained in the notes, because it comes from another count. Under the chart come those notes, links to the sources and a link to download the data. The chart is drawn when the reader scrolls near it; until then its box already has its final size, so the article does not jump. Paste `<drug-killings-chart></drug-killings-chart>` where the chart belongs in the article.',
      },
    },
  },
} satisfies Meta<DrugKillingsChartArgs>;

export default meta;
type Story = StoryObj<DrugKillingsChartArgs>;

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
          'With `lang="es"` the title, axis, notes and table are in Spanish, and the numbers are written the Mexican way. On a Spanish-language page you can leave `lang` out: the chart follows the page.',
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
          'In a column as narrow as a small phone. The chart shrinks to the width of the column and keeps its shape, the bars get thinner, and nothing is cut off.',
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
          'With `show-table`, the table of figures appears under the chart for every reader, with the note on the first month of the count at its foot. Use it when the exact figures matter to the story, or when readers may want to copy them.',
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
