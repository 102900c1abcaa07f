/**
 * The width of every chart image the build draws (tools/fallbacks/chart-image.ts), in CSS pixels;
 * its PNG has twice as many pixels, for sharp text on dense screens. Whatever shows the image
 * outside a widget gives it this width, or a page without styles shows it twice as wide.
 */
export const CHART_IMAGE_WIDTH = 624;
