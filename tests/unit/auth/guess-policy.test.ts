import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterWrongTry,
  FRESH_GUESS_STATE,
  GUESS_POLICIES,
  guessKinds,
  lockDurationMs,
  remainingLockMs,
  waitInWords,
  type GuessState,
} from '@shared/auth/guess-policy';
import { afterFailedSignIn, LOCKOUT_MS, MAX_FAILED_SIGN_INS } from '@shared/auth/lockout';

const MINUTE = 60_000;

describe('guessing back-off', () => {
  it('doubles each lockout in a row, from the first lock up to the cap, per kind', () => {
    const schedule = (kind: (typeof guessKinds)[number]) =>
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => lockDurationMs(GUESS_POLICIES[kind], n) / MINUTE);
    expect(schedule('sign_in')).toEqual([15, 30, 60, 60, 60, 60, 60, 60]);
    expect(schedule('pin')).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
    expect(schedule('start_code')).toEqual([1, 2, 4, 8, 16, 30, 30, 30]);
    expect(schedule('resume_code')).toEqual([1, 2, 4, 8, 16, 30, 30, 30]);
    expect(lockDurationMs(GUESS_POLICIES.pin, 10_000)).toBe(60 * MINUTE);
  });

  it('locks on the allowed-th wrong try, from that try, and starts the count again', () => {
    const policy = GUESS_POLICIES.pin;
    let state: GuessState = FRESH_GUESS_STATE;
    for (let i = 1; i < policy.allowed; i += 1) {
      const step = afterWrongTry(policy, state, 1_000 * i);
      expect(step.lockedForMs).toBeNull();
      state = step.state;
    }
    const locking = afterWrongTry(policy, state, 9_000);
    expect(locking).toEqual({
      state: { failures: 0, lockouts: 1, lockedUntilMs: 9_000 + MINUTE },
      lockedForMs: MINUTE,
    });
    expect(remainingLockMs(locking.state, 9_000 + MINUTE - 1)).toBe(1);
    expect(remainingLockMs(locking.state, 9_000 + MINUTE)).toBe(0);
  });

  it('property: over any run of wrong tries, a lock falls every `allowed` tries and never exceeds the cap', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...guessKinds),
        fc.integer({ min: 1, max: 120 }),
        (kind, tries) => {
          const policy = GUESS_POLICIES[kind];
          let state = FRESH_GUESS_STATE;
          const locks: number[] = [];
          for (let i = 0; i < tries; i += 1) {
            const step = afterWrongTry(policy, state, i);
            if (step.lockedForMs !== null) locks.push(step.lockedForMs);
            state = step.state;
          }
          expect(locks).toEqual(locks.map((_, n) => lockDurationMs(policy, n + 1)));
          expect(locks.every((ms) => ms <= policy.maxLockMs)).toBe(true);
          expect(locks).toHaveLength(Math.floor(tries / policy.allowed));
          expect(state.failures).toBe(tries % policy.allowed);
        },
      ),
    );
  });

  it('keeps the person’s sign-in record in step with the computer’s count', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: MAX_FAILED_SIGN_INS - 1 }),
        fc.nat({ max: 6 }),
        (failures, lockouts) => {
          const before: GuessState = { failures, lockouts, lockedUntilMs: null };
          const step = afterWrongTry(GUESS_POLICIES.sign_in, before, 0);
          const now = Date.UTC(2026, 5, 1);
          const record = afterFailedSignIn(failures, now, step.lockedForMs ?? LOCKOUT_MS);
          expect(record.failedLoginCount).toBe(step.state.failures);
          expect(record.lockedUntil).toBe(
            step.lockedForMs === null ? null : new Date(now + step.lockedForMs).toISOString(),
          );
        },
      ),
    );
  });

  it('says how long to wait in words, rounded up', () => {
    expect(waitInWords(1)).toBe('1 second');
    expect(waitInWords(60_000)).toBe('60 seconds');
    expect(waitInWords(90_000)).toBe('2 minutes');
    expect(waitInWords(15 * MINUTE)).toBe('15 minutes');
    expect(waitInWords(60 * MINUTE)).toBe('60 minutes');
    expect(waitInWords(2 * 60 * MINUTE)).toBe('2 hours');
  });
});
