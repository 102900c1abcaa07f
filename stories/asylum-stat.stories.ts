import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { asylumMetrics } from '../src/widgets/asylum-stat/asylum-stat.js';
import {
  commonArgTypes,
  componentDocs,
  darkStory,
  defaultStory,
  narrowStory,
  permutationsStory,
  spanishStory,
  storyDocs,
  themeLangCells,
  type CommonArgs,
} from './controls.js';

/** The attributes an editor writes, as text; an empty string leaves the attribute out. */
interface AsylumStatArgs extends CommonArgs {
  metric: string;
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
    ...commonArgTypes('widget'),
  },
  parameters: componentDocs(
    'A headline figure from our reporting on Mexicans who ask for asylum in the United States, with a sentence of context, a note on what the figure does not say, and links to the sources. The number is real text, so readers can select it and screen readers read it. Paste the tag where the figure belongs in the article, for example `<asylum-stat metric="port-requests" lang="es"></asylum-stat>`. Any sentence you write between the tags is what readers see if the widget cannot load, so put the figure in words there.',
  ),
} satisfies Meta<AsylumStatArgs>;

export default meta;
type Story = StoryObj<AsylumStatArgs>;

export const Default: Story = defaultStory(
  'The widget as most articles will use it: the immigration-court figure, in English, in the colours of the page.',
);

export const PortRequests: Story = {
  name: 'Port requests',
  args: { metric: 'port-requests' },
  parameters: storyDocs(
    'With `metric="port-requests"`: the number of Mexicans who asked for asylum at U.S. ports of entry, with how that compares to the year before.',
  ),
};

export const Spanish: Story = spanishStory(
  'widget',
  'everything is in Spanish, numbers included, which are written the Mexican way',
);

export const Dark: Story = darkStory('widget');

export const Narrow: Story = narrowStory(
  'The widget fits any width: the text wraps and the bar shrinks, and nothing is cut off.',
);

export const ErrorState: Story = {
  name: 'Error',
  args: { metric: 'not-a-metric' },
  argTypes: { metric: { control: 'text' } },
  parameters: storyDocs(
    'What readers see if `metric` is misspelled: a short message in place of the figure that lists the values the widget accepts. The rest of the page is not affected. If you see this in a preview, check the spelling of `metric`. Type any value in the control below to try it.',
  ),
};

export const Permutations: Story = permutationsStory(
  () =>
    asylumMetrics.flatMap((metric) =>
      themeLangCells((theme, lang) => render({ metric, lang, theme }), `${metric} · `),
    ),
  'Every combination on one screen: both figures, light and dark, English and Spanish. It is meant for checking a change to the widget at a glance, and for comparing screenshots before and after.',
);
