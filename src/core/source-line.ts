import { html, type TemplateResult } from 'lit';
import { coreMessages } from './messages.js';
import { correctionsFor } from '../data/corrected.js';
import type { Correction, PartialDate, Source } from '../data/types.js';
import { formatPartialDate, type Locale } from './localize.js';

/** "Andrew Becker, “Title”, Publisher, 2009": only the parts we know, never a guessed title. */
export function sourceLabel(source: Source, locale: Locale): string {
  const parts = [
    source.author,
    source.title ? (locale === 'es' ? `«${source.title}»` : `“${source.title}”`) : undefined,
    source.publisher,
    formatPartialDate(source.published as PartialDate, locale),
  ];
  return parts.filter(Boolean).join(', ');
}

/** "Corrected on December 6, 2026: …", the same words in every output (live, image, CSV). */
export const correctionLine = (correction: Correction, locale: Locale) =>
  `${coreMessages[locale].corrected(formatPartialDate(correction.date, locale))} ${correction.text[locale]}`;

/**
 * The line naming a widget's sources, each a link (`part="source"`), and under it each correction
 * to the `figures` (ids) it attributes (`part="correction"`), newest first, as text.
 */
export function renderSourceLine(
  sources: readonly Source[],
  locale: Locale,
  figures: readonly string[],
): TemplateResult {
  return html`<p class="source" part="source" data-fallback>
      ${coreMessages[locale].source(sources.length)}
      ${sources.map(
        (source, index) =>
          html`${index > 0 ? '; ' : ''}<a href=${source.url} target="_blank" rel="noopener"
              >${sourceLabel(source, locale)}</a
            >`,
      )}
    </p>
    ${correctionsFor(figures).map(
      (correction) =>
        html`<p class="correction" part="correction" data-fallback>
          ${correctionLine(correction, locale)}
        </p>`,
    )}`;
}
