/** Sign-in lockout: after this many wrong passwords in a row, sign-in is refused for a while. */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

export function isLocked(lockedUntilIso: string | null, nowMs: number): boolean {
  return lockedUntilIso !== null && Date.parse(lockedUntilIso) > nowMs;
}

/**
 * A person's sign-in record after a wrong password (`profiles.failed_login_count`
 * and `locked_until`, which staff read on the People screen): the count, or on
 * the last allowed try, a lock of `lockMs`. The lock itself is decided per
 * computer on its uptime (shared/auth/guess-policy.ts); this record says what
 * the computer that saw the try decided, in wall time.
 */
export function afterFailedSignIn(
  failedCount: number,
  nowMs: number,
  lockMs: number = LOCKOUT_MS,
): { failedLoginCount: number; lockedUntil: string | null } {
  const next = failedCount + 1;
  if (next >= MAX_FAILED_SIGN_INS) {
    return { failedLoginCount: 0, lockedUntil: new Date(nowMs + lockMs).toISOString() };
  }
  return { failedLoginCount: next, lockedUntil: null };
}
