import type { ArgTypes, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { until } from 'lit/directives/until.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import {
  commonArgTypes,
  darkStory,
  defaultStory,
  permutationsStory,
  storyDocs,
  themeLangCells,
  type CommonArgs,
} from './controls.js';

/*
 * What the chart widgets' stories share. <police-deaths-chart> and <drug-killings-chart> take the
 * same attributes and are previewed the same way; their files add only their own descriptions.
 */

/** The attributes an editor writes: text, where an empty string leaves the attribute out. */
export interface ChartArgs extends CommonArgs {
  /** A boolean attribute: present when true, left out when false. */
  'show-table': boolean;
}

type ChartStory = StoryObj<ChartArgs>;

/** A page holding `tag`'s prerendered box in `lang` and `theme`, with its stylesheet and no script. */
async function prerenderedPage(tag: string, lang: string, theme: string): Promise<string> {
  const entries = (await (await fetch('/dist/prerendered.json')).json()) as Record<
    string,
    { attributes: Record<string, string>; html: string }[]
  >;
  const entry = entries[tag]?.find(
    ({ attributes }) => attributes.lang === lang && attributes.theme === theme,
  );
  if (!entry) return `<p>Run <code>npm run build</code> to see the prerendered ${tag}.</p>`;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
    <link rel="stylesheet" href="/dist/${tag}.css">
    <style>body { margin: 0 auto; max-width: 40rem; font: 17px/1.6 Georgia, serif; }</style></head>
    <body><${tag} lang="${lang}" theme="${theme}">${entry.html.replaceAll('{{base}}', '/dist/')}</${tag}></body></html>`;
}

/**
 * The meta (without title, component and description, which each file writes out) and the stories
 * that read the same for every chart. `tableDescription` is the first sentence of the `show-table`
 * description: what the table holds and who it is for.
 */
export function chartStories(
  tag: `${string}-chart`,
  { tableDescription }: { tableDescription: string },
) {
  // The tag is part of the template (a static value), so the chart renders exactly as a template
  // that spells it out would. `staticHtml`, not `html`: the lit lint rules do not know static tags.
  const tagName = unsafeStatic(tag);
  const render = ({ lang, theme, 'show-table': showTable }: ChartArgs) =>
    staticHtml`<${tagName}
    lang=${lang || nothing}
    theme=${theme || nothing}
    ?show-table=${showTable}
  ></${tagName}>`;

  const argTypes: ArgTypes<ChartArgs> = {
    ...commonArgTypes('chart'),
    'show-table': {
      description: `${tableDescription} Write the word \`show-table\` in the tag to turn it on; leave it out to keep the table hidden. Screen readers get the table either way.`,
      control: 'boolean',
      table: { type: { summary: 'boolean' }, defaultValue: { summary: 'false (not shown)' } },
    },
  };

  /**
   * What a partner's page shows before the script runs, or without JavaScript: the widget's
   * prerendered box from the builder's snippet (dist/prerendered.json, styled by dist/<tag>.css),
   * its bars a static plot, in a page of its own where no script of ours runs. Storybook serves
   * dist/ (see .storybook/main.ts): run `npm run build` first.
   */
  const renderPrerendered = ({ lang, theme }: ChartArgs) =>
    html`<iframe
      title="The chart before its script runs"
      style="inline-size: 100%; block-size: 34rem; border: 0"
      srcdoc=${until(prerenderedPage(tag, lang || 'en', theme || 'light'), '')}
    ></iframe>`;

  return {
    meta: { render, args: { lang: 'en', theme: '', 'show-table': false }, argTypes },
    Prerendered: {
      render: renderPrerendered,
      parameters: storyDocs(
        'The chart as the builder’s snippet shows it before its script has run, and as readers without JavaScript see it: the bars, the axis and the values are drawn in the page itself (an image made when the library was built), so they appear with the article’s text. When the script arrives, the interactive chart takes the same place without anything moving. Readers who have asked their browser to save data keep this picture until they choose “Explore the chart”.',
      ),
    } satisfies ChartStory,
    Default: defaultStory(
      'The chart as most articles will use it: in English, in the colours of the page, with the table kept for screen readers only.',
    ),
    Dark: darkStory('chart', 'redrawing itself in the new colours'),
    Permutations: permutationsStory(
      () => themeLangCells((theme, lang) => render({ lang, theme, 'show-table': false })),
      'Every combination on one screen: light and dark, English and Spanish. It is meant for checking a change to the chart at a glance, and for comparing screenshots before and after. Each chart is drawn only when it comes near the visible part of the page, so on a small screen the lower ones may appear empty for a moment and draw as you scroll down. That is expected: readers’ pages work the same way.',
    ),
  };
}

/**
 * `show-table` on. `withTheTable`, when given, says what comes with the table, e.g. "with the note
 * on the first month of the count at its foot". The story's name ("Table shown") is written in
 * each file, where Storybook reads it without running the code.
 */
export const tableShownStory = (withTheTable?: string): ChartStory => ({
  args: { 'show-table': true },
  parameters: storyDocs(
    `With \`show-table\`, the table of figures appears under the chart for every reader${withTheTable ? `, ${withTheTable}` : ''}. Use it when the exact figures matter to the story, or when readers may want to copy them.`,
  ),
});
