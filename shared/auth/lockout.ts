/** Sign-in lockout: after this many wrong passwords in a row, sign-in is refused for a while. */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

export function isLocked(lockedUntilIso: string | null, nowMs: number): boolean {
  return lockedUntilIso !== null && Date.parse(lockedUntilIso) > nowMs;
}

export function afterFailedSignIn(
  failedCount: number,
  nowMs: number,
): { failedLoginCount: number; lockedUntil: string | null } {
  const next = failedCount + 1;
  if (next >= MAX_FAILED_SIGN_INS) {
    return { failedLoginCount: 0, lockedUntil: new Date(nowMs + LOCKOUT_MS).toISOString() };
  }
  return { failedLoginCount: next, lockedUntil: null };
}
