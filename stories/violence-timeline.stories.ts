import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/widgets/violence-timeline/violence-timeline.js';
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

/** <violence-timeline> has only the attributes every widget has. */
type ViolenceTimelineArgs = CommonArgs;

const render = ({ lang, theme }: ViolenceTimelineArgs) =>
  html`<violence-timeline lang=${lang || nothing} theme=${theme || nothing}></violence-timeline>`;

const meta = {
  title: 'Widgets/violence-timeline',
  component: 'violence-timeline',
  render,
  args: { lang: 'en', theme: '' },
  // The `lang` description calls it a widget, as it always has; `theme`'s calls it a timeline.
  argTypes: commonArgTypes('timeline', { noun: 'widget' }),
  parameters: componentDocs(
    'The key dates of the story, from the start of the Mexican government’s offensive against the drug cartels to the killings of police officers and the rise in asylum requests at the border. Each event is one short sentence with its date and links to its sources. It is a plain numbered list underneath, so it reads well in feed readers, with styles turned off and with a screen reader. Paste `<violence-timeline></violence-timeline>` where the timeline belongs in the article.',
  ),
} satisfies Meta<ViolenceTimelineArgs>;

export default meta;
type Story = StoryObj<ViolenceTimelineArgs>;

export const Default: Story = defaultStory(
  'The timeline as most articles will use it: in English, in the colours of the page.',
);

export const Spanish: Story = spanishStory(
  'timeline',
  'the events, dates and notes are in Spanish',
);

export const Dark: Story = darkStory('timeline');

export const Narrow: Story = narrowStory(
  'The dates stay above their events and long sentences wrap; nothing is cut off.',
);

export const ErrorState: Story = {
  name: 'Error',
  args: { theme: 'sepia' },
  argTypes: { theme: { control: 'text' } },
  parameters: storyDocs(
    'The timeline has no setting that can break it, so this story shows the closest thing: a `theme` it does not know (`sepia`). The timeline shows no error and simply ignores the value, taking the colours of the page as if `theme` had been left out. A misspelled `lang` is handled the same way: the timeline uses the language of the page. Type any value in the control below to try it.',
  ),
};

export const Permutations: Story = permutationsStory(
  () => themeLangCells((theme, lang) => render({ lang, theme })),
  'Every combination on one screen: light and dark, English and Spanish. It is meant for checking a change to the timeline at a glance, and for comparing screenshots before and after.',
);
