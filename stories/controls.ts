import type { ArgTypes, Parameters, StoryObj } from '@storybook/web-components-vite';
import { themes } from '../src/core/theme.js';
import {
  permutationGrid,
  type ArticleColumnParameter,
  type PermutationCell,
} from './article-column.js';

/*
 * What every widget's stories share: the `lang` and `theme` controls, and the stories that show
 * them (Default, Spanish, Dark, Narrow, Permutations). Each `<tag>.stories.ts` passes in only what
 * is its own: what the widget is called in the descriptions ("widget", "chart", "timeline"...) and
 * what it does differently.
 */

/** The attributes every widget has, as text; an empty string leaves the attribute out. */
export interface CommonArgs {
  lang: string;
  theme: string;
}

/** How the `lang` description differs from the `theme` one, where it does. */
interface LangOptions {
  /** What the `lang` description calls the widget. Default: the same noun as `theme`'s. */
  noun?: string;
  /** What the language applies to, e.g. "the notice and of its dialog". Default "the <noun>". */
  languageOf?: string;
  /** A sentence added after the description. */
  note?: string;
}

/**
 * The `lang` and `theme` controls. `noun` is what editors call the widget, e.g. "chart": "If you
 * leave it out, the chart uses the language of the page."
 */
export function commonArgTypes(
  noun: string,
  { noun: langNoun = noun, languageOf = `the ${langNoun}`, note }: LangOptions = {},
): ArgTypes<CommonArgs> {
  return {
    lang: {
      description: `Language of ${languageOf}: \`en\` (English) or \`es\` (Spanish). If you leave it out, the ${langNoun} uses the language of the page.${note ? ` ${note}` : ''}`,
      control: { type: 'radio', labels: { '': 'not set (language of the page)' } },
      options: ['', 'en', 'es'],
    },
    theme: {
      description: `Colours. \`light\` or \`dark\` draws the ${noun} on its own light or dark box; \`auto\` follows the reader's device setting. If you leave it out, the ${noun} takes the colours of the page around it, and turns dark when the site's dark mode is on.`,
      control: { type: 'radio', labels: { '': 'not set (colours of the page)' } },
      options: ['', ...themes],
    },
  };
}

/** `parameters` with the description editors read above the widget's stories. */
export const componentDocs = (component: string): Parameters => ({
  docs: { description: { component } },
});

/** `parameters` with the description editors read under one story. */
export const storyDocs = (story: string): Parameters => ({ docs: { description: { story } } });

/** What a shared story sets: its args and parameters, never a render of its own. */
type SharedStory = Pick<StoryObj<CommonArgs>, 'args' | 'parameters'>;

/** The widget as most articles will use it: the meta's args, in the usual article column. */
export const defaultStory = (description: string): SharedStory => ({
  parameters: storyDocs(description),
});

/**
 * `lang="es"`. `inSpanish` says what changes, e.g. "the events, dates and notes are in Spanish"; the
 * description adds that on a Spanish-language page the attribute can be left out.
 */
export const spanishStory = (noun: string, inSpanish: string): SharedStory => ({
  args: { lang: 'es' },
  parameters: storyDocs(
    `With \`lang="es"\` ${inSpanish}. On a Spanish-language page you can leave \`lang\` out: the ${noun} follows the page.`,
  ),
});

/**
 * `theme="dark"` on a dark page. `followingTheSite`, when given, says how the widget follows a site
 * that switches modes, e.g. "redrawing itself in the new colours".
 */
export const darkStory = (noun: string, followingTheSite?: string): SharedStory => ({
  args: { theme: 'dark' },
  parameters: {
    articleColumn: { scheme: 'dark' } satisfies ArticleColumnParameter,
    ...storyDocs(
      `With \`theme="dark"\`, on a dark page. Use it when the article itself has a dark background. If your site switches between light and dark mode, leave \`theme\` out instead and the ${noun} will follow the site${followingTheSite ? `, ${followingTheSite}` : ''}.`,
    ),
  },
});

/** A column as narrow as a small phone. `howItFits` says what the widget does at that width. */
export const narrowStory = (howItFits: string): SharedStory => ({
  parameters: {
    articleColumn: { width: 320 } satisfies ArticleColumnParameter,
    ...storyDocs(`In a column as narrow as a small phone. ${howItFits}`),
  },
});

/**
 * The cells of a Permutations grid: light and dark pages, each in English and Spanish. `content`
 * draws the widget for one cell; `labelPrefix` goes before the cell's label ("dark · es").
 */
export const themeLangCells = (
  content: (theme: PermutationCell['scheme'], lang: PermutationCell['lang']) => unknown,
  labelPrefix = '',
): PermutationCell[] =>
  (['light', 'dark'] as const).flatMap((theme) =>
    (['en', 'es'] as const).map((lang) => ({
      label: `${labelPrefix}${theme} · ${lang}`,
      scheme: theme,
      lang,
      content: content(theme, lang),
    })),
  );

/**
 * Every combination on one screen, without controls. Its `render()` takes no arguments, so
 * test/visual.test.ts calls it to take the screenshots it compares.
 */
export const permutationsStory = (cells: () => readonly PermutationCell[], description: string) =>
  ({
    render: () => permutationGrid(cells()),
    parameters: {
      articleColumn: false satisfies ArticleColumnParameter,
      controls: { disable: true },
      ...storyDocs(description),
    },
  }) satisfies StoryObj<CommonArgs>;
