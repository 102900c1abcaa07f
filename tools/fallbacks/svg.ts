import { readFileSync } from 'node:fs';

/**
 * Skia writes each text run of the SVG as `<text>` with the name its font file carries inside
 * (Source Sans 3's web subsets call themselves "Source Sans 3 ExtraLight") and a weight one step
 * lighter than drawn (600 for 700, 500 for 600, none for 400). This names the family as CSS does
 * and sets the weight drawn, and embeds the regular and bold faces (WOFF2, about 21 KB each in
 * base64), so the SVG shows in its own font wherever it is opened, its text still text.
 */
export function finishSvg(
  svg: string,
  family: string,
  faces: { weight: number; file: string }[],
): string {
  const weightDrawn: Record<string, string> = { '': '400', '500': '600', '600': '700' };
  const text = svg.replace(/<text\b([^>]*)>/g, (_tag, attributes: string) => {
    const weight = /font-weight="(\d+)"/.exec(attributes)?.[1] ?? '';
    const drawn = weightDrawn[weight];
    if (!drawn) throw new Error(`unexpected font weight ${weight} in the SVG`);
    const rest = attributes.replace(/\s(font-family|font-weight)="[^"]*"/g, '');
    return `<text font-family="${family}, sans-serif" font-weight="${drawn}"${rest}>`;
  });
  const fontFaces = faces
    .map(
      ({ weight, file }) =>
        `@font-face{font-family:${family};font-weight:${weight};src:url(data:font/woff2;base64,${readFileSync(file).toString('base64')}) format("woff2")}`,
    )
    .join('');
  return text.replace(/(<svg\b[^>]*>)/, `$1<style>${fontFaces}</style>`);
}
