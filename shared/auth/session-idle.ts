import type { Role } from '../domain/roles';

/**
 * Staff sessions end after this long without the person using the app (a key
 * press, a click, or a change they make); a computer left signed in as an
 * admin or proctor in a lab is soon of no use to a student. Exam sessions
 * (students) never time out: a student reading a long question must never be
 * thrown out of their exam.
 */
export const STAFF_IDLE_TIMEOUT_MS = 30 * 60_000;

/** The idle limit of a role's sessions, or null for none. */
export function idleTimeoutMs(role: Role): number | null {
  return role === 'student' ? null : STAFF_IDLE_TIMEOUT_MS;
}

/** Whether a session last active at `lastActiveMs` (monotonic) has been idle too long at `nowMs`. */
export function idleExpired(role: Role, lastActiveMs: number, nowMs: number): boolean {
  const limit = idleTimeoutMs(role);
  return limit !== null && nowMs - lastActiveMs >= limit;
}

export const IDLE_SIGN_OUT_MESSAGE = `You were signed out after ${STAFF_IDLE_TIMEOUT_MS / 60_000} minutes without activity. Sign in again to go on.`;
