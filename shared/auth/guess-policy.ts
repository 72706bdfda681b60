import { waitValues } from '../api/service-words';
import { LOCKOUT_MS, MAX_FAILED_SIGN_INS } from './lockout';

/**
 * How guessing of passwords, PINs and codes is slowed down on one computer.
 * Wrong tries are counted per computer and per target (a person's sign-in, an
 * organisation's proctor PINs, a test's start code, an attempt's resume code).
 * After `allowed` wrong tries in a row the target is locked on that computer;
 * each further lockout lasts twice the one before, up to `maxLockMs`, so
 * guessing slows to a crawl while the person it belongs to is never locked out
 * for good. A right answer starts the count and the back-off afresh.
 *
 * Times here are on the computer's app uptime (`DeviceUptime`): milliseconds
 * the app has been running, summed across restarts. Moving the wall clock
 * does not move it, and a restart does not reset it.
 */
export interface GuessPolicy {
  allowed: number;
  firstLockMs: number;
  maxLockMs: number;
}

export const guessKinds = ['sign_in', 'pin', 'start_code', 'resume_code'] as const;
export type GuessKind = (typeof guessKinds)[number];

const MINUTE = 60_000;

export const GUESS_POLICIES: Readonly<Record<GuessKind, GuessPolicy>> = {
  sign_in: { allowed: MAX_FAILED_SIGN_INS, firstLockMs: LOCKOUT_MS, maxLockMs: 60 * MINUTE },
  pin: { allowed: 5, firstLockMs: MINUTE, maxLockMs: 60 * MINUTE },
  start_code: { allowed: 5, firstLockMs: MINUTE, maxLockMs: 30 * MINUTE },
  resume_code: { allowed: 5, firstLockMs: MINUTE, maxLockMs: 30 * MINUTE },
};

export const guessKindLabels: Readonly<Record<GuessKind, string>> = {
  sign_in: 'Sign-in',
  pin: 'Proctor PIN',
  start_code: 'Start code',
  resume_code: 'Resume code',
};

export interface GuessState {
  /** Wrong tries since the last lockout or right answer. */
  failures: number;
  /** Lockouts since the last right answer: the back-off level. */
  lockouts: number;
  /** On the uptime clock; null when never locked. */
  lockedUntilMs: number | null;
}

export const FRESH_GUESS_STATE: GuessState = { failures: 0, lockouts: 0, lockedUntilMs: null };

/** How long the n-th lockout in a row lasts (n from 1). */
export function lockDurationMs(policy: GuessPolicy, lockoutNumber: number): number {
  const doublings = Math.max(0, Math.min(lockoutNumber - 1, 40));
  return Math.min(policy.firstLockMs * 2 ** doublings, policy.maxLockMs);
}

/**
 * Milliseconds of the lock still to run at `uptimeMs`, or 0. A lock with more
 * left than the policy's longest was set by no try on this computer (a row
 * edited in the file, or on the server and synced here, or an uptime restored
 * from an older snapshot): it is not honoured, so no row can lock a target for good.
 */
export function remainingLockMs(policy: GuessPolicy, state: GuessState, uptimeMs: number): number {
  if (state.lockedUntilMs === null) return 0;
  const remaining = Math.max(0, state.lockedUntilMs - uptimeMs);
  return remaining > policy.maxLockMs ? 0 : remaining;
}

/**
 * The state after a wrong try made while not locked, and the lock it set (if
 * this try used up the allowance). Tries made while locked are refused without
 * being counted, so they neither extend the lock nor count towards the next.
 */
export function afterWrongTry(
  policy: GuessPolicy,
  state: GuessState,
  uptimeMs: number,
): { state: GuessState; lockedForMs: number | null } {
  const failures = state.failures + 1;
  if (failures < policy.allowed) {
    return { state: { ...state, failures }, lockedForMs: null };
  }
  const lockouts = state.lockouts + 1;
  const lockedForMs = lockDurationMs(policy, lockouts);
  return {
    state: { failures: 0, lockouts, lockedUntilMs: uptimeMs + lockedForMs },
    lockedForMs,
  };
}

/** "3 minutes", "1 hour", "45 seconds": how long a person has to wait, rounded up. */
export function waitInWords(ms: number): string {
  const { amount, unit } = waitValues(ms);
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}
