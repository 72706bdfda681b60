import type { TestSealing } from '@db/repositories/sealed-tests';
import { useTestKey } from '@db/sealing/test-content';
import { readTestKeyWraps, unwrapTestKey } from '@db/sealing/test-key-wrap';
import { ApiError } from '@shared/api/result';
import type { Clock } from '@shared/time';

/**
 * How far ahead of its scheduled start a sealed test is released by time, for
 * computers whose clocks run a little apart. Documented in the README.
 */
export const RELEASE_TOLERANCE_MS = 2 * 60_000;

export class SealedTestNotReleasedError extends ApiError {
  constructor(opensAt: string | null) {
    super(
      'CONFLICT',
      opensAt === null
        ? 'This test is sealed until your proctor gives its start code.'
        : `This test is sealed until its start time (${opensAt}). It cannot be opened on this computer before then.`,
    );
    this.name = 'SealedTestNotReleasedError';
  }
}

/**
 * When a sealed test may be opened for a student on this computer. By time:
 * the wall clock has reached the start (less the tolerance), and so has the
 * wall time this run of the app began at plus the monotonic time since, so
 * moving the clock forward while the app runs releases nothing early. By code:
 * the start code, checked against its hash, also opens the key's start-code
 * wrap, and the key it holds is the one main opens the questions with.
 */
export class SealedTestRelease {
  private readonly startWallMs: number;
  private readonly startMonoMs: number;

  constructor(private readonly clock: Clock) {
    this.startWallMs = clock.nowMs();
    this.startMonoMs = clock.monotonicMs();
  }

  /** Whether the scheduled start has come by both the wall clock and this run's monotonic clock. */
  reachedByTime(availableFrom: string | null): boolean {
    if (availableFrom === null) return false;
    const opensMs = Date.parse(availableFrom) - RELEASE_TOLERANCE_MS;
    const sinceStart = Math.max(0, this.clock.monotonicMs() - this.startMonoMs);
    return Math.min(this.clock.nowMs(), this.startWallMs + sinceStart) >= opensMs;
  }

  /** Refuses a start before a test sealed by time alone is released. */
  requireTime(test: TestSealing): void {
    if (!this.reachedByTime(test.availableFrom)) {
      throw new SealedTestNotReleasedError(test.availableFrom);
    }
  }

  /**
   * Releases a sealed test with the start code the student typed (already
   * checked against its hash): the key comes out of the start-code wrap. A
   * code issued before the test was sealed has no wrap; its checked hash is
   * then what releases the test.
   */
  releaseWithCode(test: TestSealing, code: string): void {
    const wrapped = readTestKeyWraps(test.wraps)?.startCode;
    if (wrapped === undefined) return;
    const place = { tenant: test.clientId, testId: test.id };
    const key = unwrapTestKey(wrapped, place, 'startCode', code);
    if (!key) throw new SealedTestNotReleasedError(null);
    useTestKey(test.clientId, test.id, key);
    key.fill(0);
  }
}
