/**
 * The engine's answers that mean "another writer got there first; run the
 * whole transaction again": the database changed under an open transaction
 * (a pull applied), its schema changed (a pull brought a migration), or the
 * lock stayed taken past the busy timeout. Nothing was written.
 */
const RETRYABLE =
  /database schema changed|snapshot is stale|database is busy|database is locked|SQLITE_BUSY/i;

export function isRetryableWriteError(error: unknown): boolean {
  return error instanceof Error && RETRYABLE.test(error.message);
}

/** How often, how soon and for how long a retryable write is tried again. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** No new try starts once this long has passed since the first. */
  budgetMs: number;
  /** The wait before try `n + 1`, after `n` failed. */
  delayMs(failed: number): number;
  sleep(ms: number): Promise<void>;
  /** Monotonic milliseconds, for the budget. */
  nowMs(): number;
  /** Each retry, for the log. */
  onRetry?: (error: unknown, failed: number) => void;
}

const realSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/**
 * The app's writes: a few quick tries, then longer waits, at most about two
 * seconds in all, so a student never sees an error because sync was running.
 * Real timers on purpose: a save must never wait for a test's hand-moved clock.
 */
export const WRITE_RETRY: RetryPolicy = {
  attempts: 12,
  budgetMs: 2_000,
  delayMs: (failed) => Math.min(250, 2 ** failed),
  sleep: realSleep,
  nowMs: () => performance.now(),
};

/** Runs `op`, again while it fails with a retryable error and the policy allows. */
export async function withRetry<T>(policy: RetryPolicy, op: () => Promise<T>): Promise<T> {
  const started = policy.nowMs();
  for (let failed = 0; ;) {
    try {
      return await op();
    } catch (error) {
      failed += 1;
      const delay = policy.delayMs(failed);
      const outOfTime = policy.nowMs() + delay - started > policy.budgetMs;
      if (!isRetryableWriteError(error) || failed >= policy.attempts || outOfTime) throw error;
      policy.onRetry?.(error, failed);
      await policy.sleep(delay);
    }
  }
}
