// A PNG decoded to pixels with @napi-rs/canvas, and how much two of them differ: for the node tests
// of the build's images (test/images/).
import { createCanvas, loadImage } from '@napi-rs/canvas';

/** `{ width, height, data }`, data RGBA as a canvas gives it. */
export async function decodePng(bytes) {
  const image = await loadImage(bytes);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  return {
    width: image.width,
    height: image.height,
    data: context.getImageData(0, 0, image.width, image.height).data,
  };
}

/** The share of pixels that differ between two decoded images (1 when their sizes differ). */
export function differingShare(a, b) {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let index = 0; index < a.data.length; index += 4) {
    if (
      a.data[index] !== b.data[index] ||
      a.data[index + 1] !== b.data[index + 1] ||
      a.data[index + 2] !== b.data[index + 2]
    ) {
      differing += 1;
    }
  }
  return differing / (a.data.length / 4);
}
