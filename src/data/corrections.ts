import type { Correction } from './types.js';

/**
 * Corrections to the figures the widgets show, newest first (README, "Corrections"). Empty: no
 * figure has been corrected. A widget showing a figure an entry names shows the entry under its
 * source line, in every output (live, prerender, fallbacks, images, CSV); the entry also goes in a
 * changeset, so CHANGELOG.md lists it (`npm run check:contract` checks).
 *
 * Only this list lives in this module, so a test can put a fixture in its place (test/fixtures/).
 */
export const corrections: readonly Correction[] = [];
