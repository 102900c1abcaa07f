// Summary statistics over the measured rounds. Medians, not means: on a shared, noisy machine
// one slow round says more about the neighbours than about the page.

export function stats(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), n: sorted.length };
}

/**
 * A variant's median over its baseline's median, both from the same run; undefined for a zero
 * baseline or one without figures (the static card has no first script).
 */
export function ratio(variant, baseline) {
  if (!Number.isFinite(variant?.median) || !Number.isFinite(baseline?.median)) return undefined;
  if (baseline.median === 0) return undefined;
  return variant.median / baseline.median;
}
