/**
 * Retry delays while the network or the server is down: exponential, capped,
 * with jitter so a room of lab PCs coming back online does not retry in step.
 */
export interface BackoffPolicy {
  /** The first retry's ceiling. */
  baseMs: number;
  /** No retry waits longer than this. */
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, capMs: 60_000 };

/** The upper bound of the delay after `failures` consecutive failures (1 = the first). */
export function backoffCeilingMs(
  failures: number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): number {
  const n = Math.max(1, Math.floor(failures));
  // 2^30 already exceeds any sensible cap; stop there so the power never overflows.
  const factor = 2 ** Math.min(n - 1, 30);
  return Math.min(policy.capMs, policy.baseMs * factor);
}

/**
 * "Equal jitter": half the ceiling is fixed and half is random, so the delay is
 * never below half the ceiling (no busy loop) and devices still spread out.
 * `random` is a number in [0, 1), passed in so the function stays pure.
 */
export function backoffDelayMs(
  failures: number,
  random: number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): number {
  const ceiling = backoffCeilingMs(failures, policy);
  const r = Math.min(Math.max(random, 0), 1);
  return Math.round(ceiling / 2 + (r * ceiling) / 2);
}
