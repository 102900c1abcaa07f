// Comparing two renderings of a chart pixel by pixel (test/chart-images.test.ts,
// test/static-plot-pixels.test.ts).

/** The RGBA pixels of `source`, drawn over `background` if given. */
export async function pixels(
  source: CanvasImageSource,
  width: number,
  height: number,
  background?: string,
) {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  if (background) {
    context.fillStyle = background;
    context.fillRect(0, 0, width, height);
  }
  context.drawImage(source, 0, 0);
  return context.getImageData(0, 0, width, height).data;
}

/**
 * The share of pixels, averaged over `block`×`block` blocks (2: one CSS pixel at DPR 2), whose colour differs by more than
 * `threshold` in some channel. Averaging absorbs the build PNG's 64-colour quantization and the two
 * Skias' anti-aliasing, which shift single device pixels; a changed mark moves whole CSS pixels.
 */
export function differingShare(
  a: Uint8ClampedArray,
  b: Uint8ClampedArray,
  width: number,
  threshold = 24,
  block = 2,
): number {
  const height = a.length / 4 / width;
  let differing = 0;
  let blocks = 0;
  for (let y = 0; y + block - 1 < height; y += block) {
    for (let x = 0; x + block - 1 < width; x += block) {
      blocks += 1;
      let largest = 0;
      for (let channel = 0; channel < 3; channel += 1) {
        let delta = 0;
        for (let dy = 0; dy < block; dy += 1) {
          for (let dx = 0; dx < block; dx += 1) {
            const index = ((y + dy) * width + x + dx) * 4 + channel;
            delta += a[index]! - b[index]!;
          }
        }
        largest = Math.max(largest, Math.abs(delta) / (block * block));
      }
      if (largest > threshold) differing += 1;
    }
  }
  return differing / blocks;
}
