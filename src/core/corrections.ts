import { html, type TemplateResult } from 'lit';
import { correctionsFor, dataLastUpdated } from '../data/corrected.js';
import { correctionsShown } from '../data/corrections-shown.js';
import type { Correction } from '../data/types.js';
import { formatPartialDate, type Locale } from './localize.js';

// How a widget shows the corrections to its figures (README, "Corrections"). Everything here is
// reached only where `correctionsShown` is true, so a CDN build with no correction leaves it all
// out, its words included (src/data/corrections-shown.ts).

const correctionMessages: Record<
  Locale,
  { corrected: (date: string) => string; csvCorrection: string; csvUpdated: string }
> = {
  en: {
    corrected: (date) => `Corrected on ${date}:`,
    csvCorrection: 'Correction',
    csvUpdated: 'Data last updated',
  },
  es: {
    corrected: (date) => `Corregido el ${date}:`,
    csvCorrection: 'Corrección',
    csvUpdated: 'Última actualización de los datos',
  },
};

/** "Corrected on December 6, 2026: …", the same words in every output (live, image, CSV). */
export const correctionLine = (correction: Correction, locale: Locale): string =>
  `${correctionMessages[locale].corrected(formatPartialDate(correction.date, locale))} ${correction.text[locale]}`;

/**
 * Under a source line: each correction to `figures` (ids), newest first, as text, in the source
 * line's style (its class: no rule of its own to ship), told apart by its part.
 */
export function renderCorrections(figures: readonly string[], locale: Locale): TemplateResult[] {
  return correctionsFor(figures).map(
    (correction) =>
      html`<p class="source" part="correction" data-fallback>
        ${correctionLine(correction, locale)}
      </p>`,
  );
}

/** CSV rows: each correction to `figures`, then the date the data last changed; none if none. */
export function correctionRows(
  figures: readonly string[] | false | undefined,
  locale: Locale,
): string[][] {
  // Checked here, in the chunk that holds this module: the minifier then empties the function.
  // Checked only in the caller's chunk (the chart element's), this module would stay exported
  // from the core chunk, and shipped.
  if (!correctionsShown || !figures) return [];
  const words = correctionMessages[locale];
  const corrections = correctionsFor(figures);
  const updated = dataLastUpdated(corrections);
  return [
    ...corrections.map((correction) => [words.csvCorrection, correctionLine(correction, locale)]),
    ...(updated ? [[words.csvUpdated, updated]] : []),
  ];
}
