import { html, type TemplateResult } from 'lit';
import { coreMessages } from './messages.js';
import type { PartialDate, Source } from '../data/types.js';
import { correctionsShown } from '../data/corrections-shown.js';
import { renderCorrections } from './corrections.js';
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

/**
 * The line naming a widget's sources, each a link (`part="source"`), and under it each correction
 * to the `figures` (ids) it attributes (`part="correction"`), newest first, as text.
 */
export function renderSourceLine(
  sources: readonly Source[],
  locale: Locale,
  figures?: readonly string[] | false,
): TemplateResult {
  const line = html`<p class="source" part="source" data-fallback>
    ${coreMessages[locale].source(sources.length)}
    ${sources.map(
      (source, index) =>
        html`${index > 0 ? '; ' : ''}<a href=${source.url} target="_blank" rel="noopener"
            >${sourceLabel(source, locale)}</a
          >`,
    )}
  </p>`;
  return correctionsShown && figures ? html`${line}${renderCorrections(figures, locale)}` : line;
}
