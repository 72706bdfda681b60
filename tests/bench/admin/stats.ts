export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export const round = (v: number, places = 1): number => Math.round(v * 10 ** places) / 10 ** places;

/**
 * The larger of the median ratios of each (measured, baseline) pair, to two
 * places: an overhead ratio that holds for every report measured.
 */
export function worseMedianRatio(
  pairs: ReadonlyArray<readonly [readonly number[], readonly number[]]>,
): number {
  const ratios = pairs.map(
    ([measured, baseline]) => percentile(measured, 50) / percentile(baseline, 50),
  );
  return Math.round(Math.max(...ratios) * 100) / 100;
}
