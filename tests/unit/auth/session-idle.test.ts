import { describe, expect, it } from 'vitest';
import { idleExpired, idleTimeoutMs, STAFF_IDLE_TIMEOUT_MS } from '@shared/auth/session-idle';
import { roles } from '@shared/domain/roles';

describe('idle timeout', () => {
  it('is 30 minutes for staff and none for students', () => {
    expect(STAFF_IDLE_TIMEOUT_MS).toBe(30 * 60_000);
    expect(Object.fromEntries(roles.map((r) => [r, idleTimeoutMs(r)]))).toEqual({
      admin: STAFF_IDLE_TIMEOUT_MS,
      author: STAFF_IDLE_TIMEOUT_MS,
      proctor: STAFF_IDLE_TIMEOUT_MS,
      student: null,
    });
  });

  it('expires a staff session at the limit, not before, and a student’s never', () => {
    expect(idleExpired('proctor', 1_000, 1_000 + STAFF_IDLE_TIMEOUT_MS - 1)).toBe(false);
    expect(idleExpired('proctor', 1_000, 1_000 + STAFF_IDLE_TIMEOUT_MS)).toBe(true);
    expect(idleExpired('student', 0, Number.MAX_SAFE_INTEGER)).toBe(false);
  });
});
