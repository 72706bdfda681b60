/**
 * The time allowed with an accommodation: the limit times the multiplier
 * (rounded down to the millisecond, so rounding never gives time), plus the
 * extra minutes. Null for an untimed test. Done in whole hundredths, since
 * 1.15 × 60,000 is 68,999.999… in floating point.
 */
export function accommodatedLimitMs(
  limitMs: number | null,
  terms: { timeMultiplier: number | null; extraMinutes: number | null } | null,
): number | null {
  if (limitMs === null) return null;
  const hundredths = Math.round((terms?.timeMultiplier ?? 1) * 100);
  return Math.floor((limitMs * hundredths) / 100) + (terms?.extraMinutes ?? 0) * 60_000;
}
