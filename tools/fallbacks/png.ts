import { createCanvas, loadImage } from '@napi-rs/canvas';
import UPNG from 'upng-js';

/**
 * Colours a chart image keeps. Flat bars, lines and anti-aliased text need few: 64 keeps the
 * text's edges smooth at 2× and brings a 640 px chart from ~200 KB (Skia's full-colour PNG) to
 * ~50–70 KB, under the 80 KB budget.
 */
const PALETTE_SIZE = 64;

/** The RGBA pixels of a PNG. */
export async function decodePng(
  png: Buffer,
): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  return {
    width: image.width,
    height: image.height,
    data: context.getImageData(0, 0, image.width, image.height).data,
  };
}

/** `png` again, as an indexed-colour PNG (UPNG.js's quantizer). */
export async function compressPng(png: Buffer): Promise<Buffer> {
  const { width, height, data } = await decodePng(png);
  const rgba = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  return Buffer.from(UPNG.encode([rgba], width, height, PALETTE_SIZE));
}

/** The variance of the pixels' luminance: 0 for an image of one colour. */
export function luminanceVariance(data: Uint8ClampedArray): number {
  let sum = 0;
  let sumOfSquares = 0;
  const pixels = data.length / 4;
  for (let index = 0; index < data.length; index += 4) {
    const luminance = 0.2126 * data[index]! + 0.7152 * data[index + 1]! + 0.0722 * data[index + 2]!;
    sum += luminance;
    sumOfSquares += luminance * luminance;
  }
  const mean = sum / pixels;
  return sumOfSquares / pixels - mean * mean;
}
