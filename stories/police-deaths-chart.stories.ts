import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/widgets/police-deaths-chart/police-deaths-chart.js';
import { chartStories, tableShownStory, type ChartArgs } from './chart-stories.js';
import { componentDocs, narrowStory, spanishStory } from './controls.js';

const chart = chartStories('police-deaths-chart', {
  tableDescription:
    'Shows the table of figures under the chart, for readers who would rather read the numbers than the bar.',
});

const meta = {
  title: 'Widgets/police-deaths-chart',
  component: 'police-deaths-chart',
  ...chart.meta,
  parameters: componentDocs(
    'How many Mexican police officers were killed in drug violence from the start of the government’s offensive until the time of our reporting, drawn as one bar in two parts: the single year our reporting counted on its own, and the rest, which is worked out from the two published figures and drawn with stripes so readers can tell it is calculated. Under the chart come notes on what the figures do not say, links to the sources and a link to download the data. The chart is drawn when the reader scrolls near it; until then its box already has its final size, so the article does not jump. Paste `<police-deaths-chart></police-deaths-chart>` where the chart belongs in the article.',
  ),
} satisfies Meta<ChartArgs>;

export default meta;
type Story = StoryObj<ChartArgs>;

export const Default: Story = chart.Default;

export const Spanish: Story = spanishStory(
  'chart',
  'the title, key, notes and table are in Spanish, and the numbers are written the Mexican way',
);

export const Dark: Story = chart.Dark;

export const Narrow: Story = narrowStory(
  'The chart shrinks to the width of the column and keeps its shape, the key wraps onto more lines, and nothing is cut off.',
);

export const TableShown: Story = { name: 'Table shown', ...tableShownStory() };

export const Permutations: Story = chart.Permutations;

export const Prerendered: Story = chart.Prerendered;
