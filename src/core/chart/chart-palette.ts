/** The swatches the frame renders (see chart-frame.ts) so that their resolved colours can be read. */
export const swatchNames = ['accent', 'text', 'muted', 'grid'] as const;

/** The colours and font a chart is drawn with, read from the widget's resolved CSS at draw time. */
export interface ChartPalette {
  accent: string;
  text: string;
  muted: string;
  grid: string;
  font: string;
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
  return {
    accent: colour('accent'),
    text: colour('text'),
    muted: colour('muted'),
    grid: colour('grid'),
    font: frame ? getComputedStyle(frame).fontFamily : 'sans-serif',
  };
}
