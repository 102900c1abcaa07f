/** Colours as tests read them: computed CSS colours, contrast, system colours, canvas pixels. */

/** `rgb()` / `rgba()` as numbers: [r, g, b, alpha 0–1]. */
export function rgb(colour: string): number[] {
  const [red = 0, green = 0, blue = 0, alpha = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return [red, green, blue, alpha];
}

/** The WCAG contrast ratio of two colours. */
export function contrast(one: number[], two: number[]): number {
  const luminance = ([red = 0, green = 0, blue = 0]: number[]) => {
    const [r, g, b] = [red, green, blue].map((channel) => {
      const value = channel / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(one), luminance(two)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

/** A system colour (`Highlight`, `Canvas`…) as a canvas stores it: [r, g, b, alpha 0–255]. */
export function systemColour(name: string): number[] {
  const probe = document.createElement('span');
  probe.style.cssText = `color: ${name}; forced-color-adjust: none;`;
  document.body.append(probe);
  const [red = 0, green = 0, blue = 0, alpha = 1] = rgb(getComputedStyle(probe).color);
  probe.remove();
  return [red, green, blue, Math.round(alpha * 255)];
}

/** The RGBA of a widget's canvas at CSS pixel (x, y). */
export function canvasPixel(widget: Element, x: number, y: number): number[] {
  const canvas = widget.shadowRoot!.querySelector('canvas')!;
  const scale = canvas.width / canvas.getBoundingClientRect().width;
  const data = canvas
    .getContext('2d')!
    .getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data;
  return [...data];
}
