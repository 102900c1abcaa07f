/** The colours and font a chart is drawn with, read from the widget's resolved CSS at draw time. */
export interface ChartPalette {
  accent: string;
  text: string;
  muted: string;
  grid: string;
  /** Behind text drawn over the chart (value labels): the system `Canvas` under forced colours,
   * otherwise white or near-black, whichever sets off the text colour. */
  surface: string;
  font: string;
  /** Whether the chart is drawn light on dark (`dark`) or dark on light: which image matches it. */
  scheme: 'light' | 'dark';
}

/** Whether an `rgb()` colour is light (light text means a dark scheme). */
function isLight(colour: string): boolean {
  const [red = 0, green = 0, blue = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue > 128;
}

/**
 * Resolves the palette from swatch elements in the shadow root (`[data-swatch=accent]` …) whose
 * `color` is set by CSS: custom properties holding `light-dark()` cannot be read resolved, colours
 * of real elements can. (The swatches have no transition, so they read the final colour at once.)
 */
export function readPalette(root: HTMLElement | DocumentFragment): ChartPalette {
  const colour = (name: string) => {
    const swatch = root.querySelector(`[data-swatch="${name}"]`);
    return swatch ? getComputedStyle(swatch).color : 'currentColor';
  };
  const frame = root.querySelector('[data-swatch="text"]');
  const text = colour('text');
  // Transparent unless forced colours give the system surface (see chart-frame.styles.ts).
  const surface = colour('surface');
  return {
    accent: colour('accent'),
    text,
    muted: colour('muted'),
    grid: colour('grid'),
    // A surface for the text: near-black for light text, white for dark text.
    surface: /^rgba\(.*,\s*0\)$|^transparent$/.test(surface)
      ? isLight(text)
        ? '#16181d'
        : '#ffffff'
      : surface,
    font: frame ? getComputedStyle(frame).fontFamily : 'sans-serif',
    scheme: isLight(text) ? 'dark' : 'light',
  };
}
