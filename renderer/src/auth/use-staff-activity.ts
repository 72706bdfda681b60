import { useEffect } from 'react';
import { IDLE_SIGN_OUT_MESSAGE, idleTimeoutMs } from '@shared/auth/session-idle';
import type { Role } from '@shared/domain/roles';
import { call } from '../api/client';
import { useSessionStore } from './session-store';

/** At most one activity report a minute; main's idle clock is then never more than a minute behind. */
const REPORT_EVERY_MS = 60_000;

/**
 * Tells main when a staff member uses the window (a key press, a click, a
 * scroll), so their session stays open while they work and ends when they walk
 * away; screens that refresh on their own do not count. When the idle period
 * has passed with no activity here, asks main, which ends the session and says
 * why. Students' sessions never time out, so nothing runs for them.
 */
export function useStaffActivity(profileId: string | null, role: Role | null): void {
  useEffect(() => {
    const limit = role === null ? null : idleTimeoutMs(role);
    if (profileId === null || limit === null) return undefined;
    let lastReport = 0;
    let idleTimer = 0;
    const checkIdle = async () => {
      const result = await call('auth.session', {});
      if (result.ok && result.value === null) useSessionStore.getState().end(IDLE_SIGN_OUT_MESSAGE);
      else arm();
    };
    const arm = () => {
      window.clearTimeout(idleTimer);
      idleTimer = window.setTimeout(() => void checkIdle(), limit + 1_000);
    };
    const onActivity = () => {
      arm();
      const now = performance.now();
      if (now - lastReport < REPORT_EVERY_MS) return;
      lastReport = now;
      void call('auth.keepAlive', {});
    };
    const events = ['pointerdown', 'keydown', 'wheel'] as const;
    for (const name of events)
      window.addEventListener(name, onActivity, { capture: true, passive: true });
    arm();
    return () => {
      window.clearTimeout(idleTimer);
      for (const name of events) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [profileId, role]);
}
