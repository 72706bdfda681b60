import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterFailedSignIn, isLocked, LOCKOUT_MS, MAX_FAILED_SIGN_INS } from '@shared/auth/lockout';

const time = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });

/** A person's sign-in state, moved on the way the auth service moves it. */
interface State {
  failedLoginCount: number;
  lockedUntil: string | null;
}

type Attempt = { gapMs: number; right: boolean };

function run(
  attempts: readonly Attempt[],
  start: number,
): Array<{ at: number; refused: boolean; state: State }> {
  let state: State = { failedLoginCount: 0, lockedUntil: null };
  let at = start;
  const log: Array<{ at: number; refused: boolean; state: State }> = [];
  for (const { gapMs, right } of attempts) {
    at += gapMs;
    if (isLocked(state.lockedUntil, at)) {
      log.push({ at, refused: true, state });
      continue;
    }
    state = right
      ? { failedLoginCount: 0, lockedUntil: null }
      : afterFailedSignIn(state.failedLoginCount, at);
    log.push({ at, refused: !right, state });
  }
  return log;
}

describe('lockout policy', () => {
  it('counts failures, and locks for LOCKOUT_MS on the last allowed one', () => {
    const now = Date.UTC(2026, 5, 1);
    expect(afterFailedSignIn(0, now)).toEqual({ failedLoginCount: 1, lockedUntil: null });
    expect(afterFailedSignIn(MAX_FAILED_SIGN_INS - 2, now)).toEqual({
      failedLoginCount: MAX_FAILED_SIGN_INS - 1,
      lockedUntil: null,
    });
    expect(afterFailedSignIn(MAX_FAILED_SIGN_INS - 1, now)).toEqual({
      failedLoginCount: 0,
      lockedUntil: new Date(now + LOCKOUT_MS).toISOString(),
    });
  });

  it('is locked strictly before lockedUntil, and never without it', () => {
    const until = Date.UTC(2026, 5, 1, 9, 15);
    const iso = new Date(until).toISOString();
    expect(isLocked(iso, until - 1)).toBe(true);
    expect(isLocked(iso, until)).toBe(false);
    expect(isLocked(null, until)).toBe(false);
  });

  it('property: locked exactly when the time is before lockedUntil', () => {
    fc.assert(
      fc.property(time, time, (until, now) => {
        expect(isLocked(new Date(until).toISOString(), now)).toBe(now < until);
      }),
    );
  });

  it('property: the count stays below the limit, and a lock always lasts LOCKOUT_MS from the failure that set it', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000 }), time, (count, now) => {
        const next = afterFailedSignIn(count, now);
        expect(next.failedLoginCount).toBeLessThan(MAX_FAILED_SIGN_INS);
        expect(next.lockedUntil === null ? null : Date.parse(next.lockedUntil) - now).toBe(
          count + 1 >= MAX_FAILED_SIGN_INS ? LOCKOUT_MS : null,
        );
      }),
    );
  });

  it('property: a lock starts exactly on the MAX-th wrong password in a row, and nothing gets in while it lasts', () => {
    const attempt = fc.record({ gapMs: fc.nat({ max: 2 * LOCKOUT_MS }), right: fc.boolean() });
    fc.assert(
      fc.property(fc.array(attempt, { maxLength: 40 }), time, (attempts, start) => {
        // The rule in plain terms: a streak of wrong passwords; the MAX-th locks for LOCKOUT_MS.
        const expected: Array<{ at: number; refused: boolean; state: State }> = [];
        let streak = 0;
        let lockedUntil: number | null = null;
        let at = start;
        for (const a of attempts) {
          at += a.gapMs;
          const lock: string | null =
            lockedUntil === null ? null : new Date(lockedUntil).toISOString();
          if (lockedUntil !== null && at < lockedUntil) {
            expected.push({ at, refused: true, state: { failedLoginCount: 0, lockedUntil: lock } });
            continue;
          }
          streak = a.right ? 0 : streak + 1;
          if (streak === MAX_FAILED_SIGN_INS) {
            streak = 0;
            lockedUntil = at + LOCKOUT_MS;
            expected.push({
              at,
              refused: true,
              state: { failedLoginCount: 0, lockedUntil: new Date(lockedUntil).toISOString() },
            });
          } else {
            expected.push({
              at,
              refused: !a.right,
              state: { failedLoginCount: streak, lockedUntil: null },
            });
          }
        }
        expect(run(attempts, start)).toEqual(expected);
      }),
    );
  });
});
