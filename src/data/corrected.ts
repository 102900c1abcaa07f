import { corrections } from './corrections.js';
import type { Correction, IsoDay } from './types.js';

/**
 * The corrections that concern any of `figures` (figure ids), in the list's order: newest first
 * (test/data.test.ts holds the list to it).
 */
export function correctionsFor(
  figures: readonly string[],
  list: readonly Correction[] = corrections,
): Correction[] {
  return list.filter((correction) => correction.figures.some((id) => figures.includes(id)));
}

/**
 * When the data last changed: the date of the newest of `list` (newest first, as `corrections` and
 * `correctionsFor()` give), or `undefined` when there is no correction.
 */
export function dataLastUpdated(list: readonly Correction[] = corrections): IsoDay | undefined {
  return list[0]?.date;
}
