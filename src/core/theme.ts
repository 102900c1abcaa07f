/** The values of the `theme` attribute. Absent or unknown means: follow the host page. */
export const themes = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof themes)[number];
export type ResolvedTheme = 'light' | 'dark';

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (themes as readonly string[]).includes(value.toLowerCase());
}

function prefersDark(): boolean {
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/**
 * The scheme the widget is drawn in. The colours themselves are resolved by CSS (`light-dark()`
 * against the `color-scheme` the host inherits, see styles.ts); this answers the same question in
 * script for code that cannot use CSS, such as a canvas.
 */
export function resolveTheme(element: Element): ResolvedTheme {
  const schemes = getComputedStyle(element).colorScheme.split(/\s+/);
  const light = schemes.includes('light');
  const dark = schemes.includes('dark');
  if (dark && light) return prefersDark() ? 'dark' : 'light';
  return dark ? 'dark' : 'light';
}
