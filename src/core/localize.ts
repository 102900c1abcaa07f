import type { PartialDate } from '../data/types.js';

/** The languages every widget speaks. */
export type Locale = 'en' | 'es';

/** The `Intl` locale used for each language; Mexican Spanish groups thousands with a comma. */
export const intlLocales: Record<Locale, string> = { en: 'en-US', es: 'es-MX' };

/** `es`, `es-MX`… mean Spanish, `en`, `en-GB`… English; anything else is not a language we speak. */
export function localeFromTag(tag: string | null | undefined): Locale | undefined {
  const value = tag?.trim().toLowerCase() ?? '';
  if (/^es(-|$)/.test(value)) return 'es';
  if (/^en(-|$)/.test(value)) return 'en';
  return undefined;
}

/** The parent element, stepping out of shadow roots so a widget nested in another component still finds `<html lang>`. */
function parentOrHost(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The widget's language: its own `lang` (the property, which can be newer than the attribute
 * during an update) if it is one we speak; otherwise the closest ancestor that
 * declares a `lang` (Spanish for `es-*`, English for anything else), which ends at `<html lang>`.
 */
export function resolveLocale(
  element: Element,
  ownLang: string | null | undefined = element.getAttribute('lang'),
): Locale {
  const own = localeFromTag(ownLang);
  if (own) return own;
  for (let node = parentOrHost(element); node; node = parentOrHost(node)) {
    if (node.hasAttribute('lang')) return localeFromTag(node.getAttribute('lang')) ?? 'en';
  }
  return 'en';
}

type LanguageListener = () => void;
const languageListeners = new Set<LanguageListener>();
let languageObserver: MutationObserver | undefined;

/**
 * Calls `listener` whenever any `lang` attribute in the document changes, so widgets follow a page
 * (or a single-page app) that switches language after they rendered. One observer serves every
 * widget; it is created for the first subscriber and dropped with the last.
 * @returns a function that unsubscribes.
 */
export function observeLanguageChanges(listener: LanguageListener): () => void {
  languageListeners.add(listener);
  if (!languageObserver && typeof MutationObserver !== 'undefined') {
    languageObserver = new MutationObserver(() => languageListeners.forEach((notify) => notify()));
    languageObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  return () => {
    languageListeners.delete(listener);
    if (languageListeners.size === 0) {
      languageObserver?.disconnect();
      languageObserver = undefined;
    }
  };
}

/**
 * Intl's formatters, each made once per page: making one costs far more than using it (profiled on
 * a page of 20 charts, where every chart made its own date formatters for its source line).
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(
  key: string,
  make: () => T,
): T {
  let format = formatters.get(key) as T | undefined;
  if (!format) formatters.set(key, (format = make()));
  return format;
}

/** Formats a count for the locale: 3,000 in both `en-US` and `es-MX`. */
export function formatNumber(value: number, locale: Locale): string {
  return formatter(`number ${locale}`, () => new Intl.NumberFormat(intlLocales[locale])).format(
    value,
  );
}

const dateOptions: Record<number, Intl.DateTimeFormatOptions> = {
  1: { year: 'numeric', timeZone: 'UTC' },
  2: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  3: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

/**
 * Formats an ISO date of year, month or day precision without inventing precision: `2006-12` is
 * "December 2006" / "diciembre de 2006", never a day.
 */
export function formatPartialDate(isoDate: PartialDate, locale: Locale): string {
  const parts = isoDate.split('-').map(Number);
  const [year = 0, month = 1, day = 1] = parts;
  const format = formatter(
    `date ${locale} ${parts.length}`,
    () => new Intl.DateTimeFormat(intlLocales[locale], dateOptions[parts.length]),
  );
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}

/** Formats a share (0.024) as a percentage with at most one decimal: "2.4%" / "2.4 %". */
export function formatPercent(share: number, locale: Locale): string {
  const format = formatter(
    `percent ${locale}`,
    () =>
      new Intl.NumberFormat(intlLocales[locale], { style: 'percent', maximumFractionDigits: 1 }),
  );
  return format.format(share);
}
