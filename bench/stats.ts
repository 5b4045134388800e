// The arithmetic of the results: medians of repeated runs and ratios to the reference engine.
// Pure functions, tested in harness.test.ts.

/** The median of the samples (the mean of the middle two for an even count); undefined if none. */
export function median(samples: readonly number[]): number | undefined {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * How many times the reference's time a time is (below 1: faster than the reference); undefined
 * when either is missing or the reference is not a positive time.
 */
export function ratio(seconds: number | undefined, referenceSeconds: number | undefined): number | undefined {
  if (seconds === undefined || referenceSeconds === undefined || !(referenceSeconds > 0)) return undefined;
  return seconds / referenceSeconds;
}
