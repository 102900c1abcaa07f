import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/widgets/drug-killings-chart/drug-killings-chart.js';
import { chartStories, tableShownStory, type ChartArgs } from './chart-stories.js';
import { componentDocs, narrowStory, spanishStory } from './controls.js';

const chart = chartStories('drug-killings-chart', {
  tableDescription:
    'Shows the table of figures under the chart, year by year, for readers who would rather read the numbers than the bars.',
});

const meta = {
  title: 'Widgets/drug-killings-chart',
  component: 'drug-killings-chart',
  ...chart.meta,
  parameters: componentDocs(
    'The Mexican government’s own count of killings it classified as presumably linked to organized crime, one bar for each full year of the offensive against the cartels. The month the count began is given in a note under the table, and the different figure in our article is explained in the notes, because it comes from another count. Under the chart come those notes, links to the sources and a link to download the data. The chart is drawn when the reader scrolls near it; until then its box already has its final size, so the article does not jump. Paste `<drug-killings-chart></drug-killings-chart>` where the chart belongs in the article.',
  ),
} satisfies Meta<ChartArgs>;

export default meta;
type Story = StoryObj<ChartArgs>;

export const Default: Story = chart.Default;

export const Spanish: Story = spanishStory(
  'chart',
  'the title, axis, notes and table are in Spanish, and the numbers are written the Mexican way',
);

export const Dark: Story = chart.Dark;

export const Narrow: Story = narrowStory(
  'The chart shrinks to the width of the column and keeps its shape, the bars get thinner, and nothing is cut off.',
);

export const TableShown: Story = {
  name: 'Table shown',
  ...tableShownStory('with the note on the first month of the count at its foot'),
};

export const Permutations: Story = chart.Permutations;

export const Prerendered: Story = chart.Prerendered;
