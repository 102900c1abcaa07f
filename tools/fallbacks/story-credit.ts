import type { Locale } from '../../src/core/localize.js';
import { article } from '../../src/data/sources.js';

/**
 * The story a graphic belongs to, in our words around the article's own title and byline: the
 * credit line of the social cards, and the share pages' words for a widget without a card.
 */
export const storyCredit: Record<Locale, string> = {
  en: `A graphic for “${article.title}”, by ${article.author}, ${article.publisher}, ${article.published}`,
  es: `Gráfico del reportaje «${article.title}», de ${article.author}, ${article.publisher}, ${article.published}`,
};

/** The share page's title for a widget without a card. */
export const storyGraphic: Record<Locale, string> = {
  en: `A graphic for “${article.title}”`,
  es: `Gráfico del reportaje «${article.title}»`,
};
