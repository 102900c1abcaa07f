import { css, html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Decorator } from '@storybook/web-components-vite';

/**
 * How a widget is previewed: in a column of body text like a partner's article, so editors see it
 * between paragraphs, in the page's serif typeface, at the width readers get.
 */
export interface ArticleColumnOptions {
  /** Width of the text column in CSS pixels. Default 640, a typical article column. */
  width?: number;
  /** The page's colours. A dark page also sets `color-scheme: dark`, as real dark modes do. */
  scheme?: 'light' | 'dark';
  /** Language of the sample text around the widget. */
  lang?: 'en' | 'es';
  /** Sample paragraphs before and after the widget. Off in the permutation grid. */
  filler?: boolean;
}

/**
 * `parameters.articleColumn` of a story: changes its column, or `false` for a story that lays out
 * its own columns (the permutation grid). The language comes from the story's `lang` arg.
 */
export type ArticleColumnParameter = Omit<ArticleColumnOptions, 'lang'> | false;

/** One cell of a permutation grid. */
export interface PermutationCell {
  /** What the cell shows, e.g. "dark · es · port-requests". */
  label: string;
  scheme: 'light' | 'dark';
  lang: 'en' | 'es';
  content: unknown;
}

/*
 * Sample text in our own words. It holds no figures on purpose: every number on the page must come
 * from a widget and its sources, so the preview never shows a number nobody checked.
 */
const filler = {
  en: {
    before:
      'Sample text, written for this preview. In the published story, the reporting leads up to the graphic below: families describe leaving home after threats, and lawyers explain how hard it is to win protection in an American court. The widget sits between paragraphs like this one, in the same column and the same typeface.',
    after:
      'The story carries on below the widget. This closing paragraph is here so you can check the space above and below it, whether it picks up the typeface of the page, and how it fits when the column is as narrow as a phone screen.',
  },
  es: {
    before:
      'Texto de muestra, escrito para esta vista previa. En la nota publicada, el reportaje conduce hasta el gráfico de abajo: familias que cuentan cómo dejaron su casa tras las amenazas y abogados que explican lo difícil que es obtener protección en una corte estadounidense. El widget va entre párrafos como este, en la misma columna y con la misma tipografía.',
    after:
      'La nota sigue debajo del widget. Este párrafo final sirve para revisar el espacio por encima y por debajo, si el widget toma la tipografía de la página y cómo se acomoda cuando la columna es tan angosta como la pantalla de un teléfono.',
  },
} as const;

const styles = css`
  .article-page,
  .article-column {
    color-scheme: light;
    background: #fbfaf7;
    color: #1f2024;
  }
  :is(.article-page, .article-column)[data-scheme='dark'] {
    color-scheme: dark;
    background: #111317;
    color: #e4e6eb;
  }
  .article-page {
    min-block-size: 100vh;
  }
  .article-column {
    /* The width is the text's, as on a phone where the column is the screen minus its margins. */
    box-sizing: content-box;
    margin-inline: auto;
    padding: 2rem 1rem;
    font-family: Georgia, 'Times New Roman', Times, serif;
    font-size: 1.125rem;
    line-height: 1.6;
  }
  .article-column > * {
    margin-block: 0 1.25em;
  }
  .article-column > :last-child {
    margin-block-end: 0;
  }
  .permutations {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr));
    align-items: start;
    gap: 1rem;
    padding: 1rem;
  }
  .permutations .article-column {
    box-sizing: border-box;
    inline-size: 100%;
    padding: 1rem;
  }
  .permutation-label {
    font:
      600 0.75rem / 1.4 system-ui,
      sans-serif;
    letter-spacing: 0.02em;
  }
`;

let stylesAdopted = false;

/** The column's styles go into the preview document once, not into every story's markup. */
function adoptStyles(): void {
  if (stylesAdopted || !styles.styleSheet) return;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, styles.styleSheet];
  stylesAdopted = true;
}

/** `content` in an article column, between sample paragraphs unless `filler` is false. */
export function articleColumn(
  content: unknown,
  {
    width = 640,
    scheme = 'light',
    lang = 'en',
    filler: withFiller = true,
  }: ArticleColumnOptions = {},
): TemplateResult {
  adoptStyles();
  const text = filler[lang];
  return html`<article
    class="article-column"
    data-scheme=${scheme}
    lang=${lang}
    style=${styleMap({ maxInlineSize: `${width}px` })}
  >
    ${withFiller ? html`<p>${text.before}</p>` : nothing} ${content}
    ${withFiller ? html`<p>${text.after}</p>` : nothing}
  </article>`;
}

/** Cells side by side, each in its own small article column with the cell's page colours. */
export function permutationGrid(cells: readonly PermutationCell[]): TemplateResult {
  adoptStyles();
  return html`<div class="permutations">
    ${cells.map(({ label, scheme, lang, content }) =>
      articleColumn(
        html`<p class="permutation-label">${label}</p>
          ${content}`,
        {
          scheme,
          lang,
          filler: false,
        },
      ),
    )}
  </div>`;
}

/**
 * Puts every story on an article page (registered in .storybook/preview.ts). The sample text
 * follows the story's `lang` arg, so a Spanish widget is previewed in a Spanish article.
 */
export const withArticleColumn: Decorator = (story, context) => {
  const options = context.parameters.articleColumn as ArticleColumnParameter | undefined;
  if (options === false) return story();
  const scheme = options?.scheme ?? 'light';
  const lang = context.args.lang === 'es' ? 'es' : 'en';
  return html`<div class="article-page" data-scheme=${scheme}>
    ${articleColumn(story(), { ...options, scheme, lang })}
  </div>`;
};
