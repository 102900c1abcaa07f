import UPNG from 'upng-js';

/**
 * Colours a chart image keeps. Flat bars, lines and anti-aliased text need few: 64 keeps the
 * text's edges smooth at 2× and brings a 624 px chart from ~200 KB (as a full-colour PNG) to
 * ~50–70 KB, under the 80 KB budget.
 */
const PALETTE_SIZE = 64;

/** `image` as an indexed-colour PNG (UPNG.js's quantizer). */
export function encodePng({ width, height, data }: ImageData): Buffer {
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
