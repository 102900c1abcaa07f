import type { Locale } from './localize.js';

/** Words every widget needs; each widget keeps its own in `<tag>.messages.ts`. */
export interface CoreMessages {
  /** Introduces the list of sources. */
  source: (count: number) => string;
  /** Marks a figure that is arithmetic on reported figures, not reported itself. */
  calculated: string;
  /** Prefix of the visible error message. */
  errorPrefix: string;
  /** An attribute value that is not one of the accepted values. */
  invalidValue: (attribute: string, value: string, accepted: readonly string[]) => string;
  /** Rendering failed for a reason we did not foresee. */
  renderFailed: string;
}

/** `value` between the quotation marks of `locale`. */
export const quote = (value: string, locale: Locale) =>
  locale === 'es' ? `«${value}»` : `“${value}”`;

export const coreMessages: Record<Locale, CoreMessages> = {
  en: {
    source: (count) => (count === 1 ? 'Source:' : 'Sources:'),
    calculated: 'calculated',
    errorPrefix: 'This part of the page could not be shown.',
    invalidValue: (attribute, value, accepted) =>
      `${quote(value, 'en')} is not a valid ${attribute}. Use one of: ${accepted.join(', ')}.`,
    renderFailed: 'Something went wrong while drawing it.',
  },
  es: {
    source: (count) => (count === 1 ? 'Fuente:' : 'Fuentes:'),
    calculated: 'calculado',
    errorPrefix: 'No se pudo mostrar esta parte de la página.',
    invalidValue: (attribute, value, accepted) =>
      `${quote(value, 'es')} no es un valor válido para ${attribute}. Use uno de: ${accepted.join(', ')}.`,
    renderFailed: 'Algo falló al dibujarlo.',
  },
};

/** Shortens untrusted text for display inside a message (a 5,000-character attribute stays readable). */
export function excerpt(value: string, maxLength = 40): string {
  const singleLine = value.replace(/\s+/g, ' ').trim();
  return singleLine.length > maxLength ? `${singleLine.slice(0, maxLength - 1)}…` : singleLine;
}
